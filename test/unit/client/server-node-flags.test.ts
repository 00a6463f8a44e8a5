import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { SERVER_NODE_FLAGS } from '../../../server/src/shared/node-flags.ts';

// The server's node flags are given in four places; the VS Code client and the Neovim files
// must start the server the way `npm run bench` measures it.
const read = (path: string) => fs.readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

test('the VS Code client starts the server with SERVER_NODE_FLAGS, in run and debug mode', () => {
  const source = read('client/src/extension.ts');
  assert.match(source, /run: \{[^}]*execArgv: \[\.\.\.SERVER_NODE_FLAGS\]/);
  assert.match(source, /debug: \{[\s\S]*?execArgv: \[\.\.\.SERVER_NODE_FLAGS, /);
});

test('the Neovim setup and its end-to-end test pass the same flags', () => {
  const lua = SERVER_NODE_FLAGS.map((flag) => `'${flag}'`).join(', ');
  assert.ok(read('test/e2e/neovim/README.md').includes(`cmd = { 'node', ${lua}, harden_server, '--stdio' }`));
  assert.ok(read('test/e2e/neovim/harden.lua').includes(`cmd = { node, ${lua}, server, '--stdio' }`));
  assert.ok(read('README.md').includes(`node ${SERVER_NODE_FLAGS.join(' ')} dist/server.js --stdio`));
});

test('each flag is one V8 option node accepts on its command line', () => {
  assert.ok(SERVER_NODE_FLAGS.length > 0);
  for (const flag of SERVER_NODE_FLAGS) {
    assert.match(flag, /^--[a-z-]+=\d+$/);
    assert.ok(process.allowedNodeEnvironmentFlags.has(flag.split('=')[0]!), `${flag} is a node flag`);
  }
});
