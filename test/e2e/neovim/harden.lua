-- Harden in Neovim 0.7+, as an independent LSP client of `dist/server.js`.
--
-- Headless check run by test/e2e/neovim.test.ts:
--   HARDEN_SERVER=dist/server.js HARDEN_FILE=/tmp/x/.env.prod HARDEN_RESULT=/tmp/x/result.json \
--     nvim --headless --clean -u test/e2e/neovim/harden.lua
-- It starts the server over stdio, opens the file, waits for the diagnostics, asks for the code
-- actions at the first finding (or at HARDEN_RULE's), applies the preferred one's WorkspaceEdit,
-- writes the buffer and records everything in the JSON result file. Exit code 0 when it got
-- that far; the test decides whether the results are right.
--
-- Users: see README.md beside this file for the configuration to put in init.lua.

local env = vim.env
local server = assert(env.HARDEN_SERVER, 'HARDEN_SERVER: path to dist/server.js')
local file = assert(env.HARDEN_FILE, 'HARDEN_FILE: the file to open')
local result_path = assert(env.HARDEN_RESULT, 'HARDEN_RESULT: where to write the JSON result')
local node = env.HARDEN_NODE or 'node'
local wanted_rule = env.HARDEN_RULE
local timeout_ms = tonumber(env.HARDEN_TIMEOUT_MS or '20000')
local root = vim.fn.fnamemodify(file, ':p:h')

local result = {
  nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor),
  published = {},
  diagnostics = {},
  actions = {},
  errors = {},
}

local function write_result()
  local out = assert(io.open(result_path, 'w'))
  out:write(vim.fn.json_encode(result))
  out:close()
end

local function fail(message)
  table.insert(result.errors, message)
  write_result()
  vim.cmd('cquit 1')
end

-- Neovim 0.7 gives `.env.prod` no filetype; `dotenv` is the language id Harden expects (the
-- server also decides the format from the path, so another id would work as well).
vim.cmd([[autocmd BufNewFile,BufRead .env,.env.*,*.env set filetype=dotenv]])

-- Every publishDiagnostics, as sent (vim.diagnostic keeps only part of it), then the default handler.
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
local client_id = vim.lsp.start_client({
  name = 'harden',
  -- The node flags the VS Code client starts the server with (server/src/shared/node-flags.ts).
  cmd = { node, '--max-semi-space-size=64', server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
  settings = { harden = { run = 'onType' } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
      table.insert(result.published, params)
      return publish(err, params, ctx, config)
    end,
  },
  on_init = function(client)
    result.codeActionProvider = client.server_capabilities.codeActionProvider ~= nil
  end,
  on_exit = function(code, signal)
    result.serverExit = { code = code, signal = signal }
  end,
})
if not client_id then
  return fail('vim.lsp.start_client failed')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
result.filetype = vim.bo[bufnr].filetype
vim.lsp.buf_attach_client(bufnr, client_id)
local uri = vim.uri_from_bufnr(bufnr)

local function latest_for_uri()
  for i = #result.published, 1, -1 do
    local params = result.published[i]
    if params.uri == uri then
      return params.diagnostics
    end
  end
  return nil
end

local function has_rule(diagnostics, rule)
  for _, d in ipairs(diagnostics or {}) do
    if d.code == rule then
      return true
    end
  end
  return false
end

local got = vim.wait(timeout_ms, function()
  local latest = latest_for_uri()
  if latest == nil or #latest == 0 then
    return false
  end
  return wanted_rule == nil or has_rule(latest, wanted_rule)
end, 50)
if not got then
  return fail('no diagnostics within ' .. timeout_ms .. ' ms')
end
result.diagnostics = latest_for_uri()
result.shownByNeovim = #vim.diagnostic.get(bufnr)

local target = result.diagnostics[1]
for _, d in ipairs(result.diagnostics) do
  if d.code == wanted_rule then
    target = d
    break
  end
end

local client = vim.lsp.get_client_by_id(client_id)
local response, request_error = client.request_sync('textDocument/codeAction', {
  textDocument = { uri = uri },
  range = target.range,
  context = { diagnostics = { target } },
}, timeout_ms, bufnr)
if not response or response.err then
  return fail('codeAction failed: ' .. vim.inspect(request_error or (response and response.err)))
end

local preferred
for _, action in ipairs(response.result or {}) do
  table.insert(result.actions, { title = action.title, kind = action.kind, isPreferred = action.isPreferred == true })
  if action.isPreferred and action.edit and not preferred then
    preferred = action
  end
end
if not preferred then
  return fail('no preferred code action with an edit')
end
result.applied = preferred.title
vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
vim.cmd('write')

-- After the fix and the save the server publishes again: the fixed finding must be gone.
local fixed_rule = target.code
vim.wait(timeout_ms, function()
  local latest = latest_for_uri()
  return latest ~= nil and not has_rule(latest, fixed_rule)
end, 50)
result.diagnosticsAfter = latest_for_uri()
result.finalText = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'

vim.lsp.stop_client(client_id)
result.serverStopped = vim.wait(5000, function()
  return vim.lsp.client_is_stopped(client_id)
end, 50)
write_result()
vim.cmd('qall!')
