/**
 * Harden with an editor that is not VS Code: Neovim's built-in LSP client runs `dist/server.js`
 * over stdio (test/e2e/neovim/harden.lua), gets the diagnostics of a production .env file,
 * applies the preferred quick fix and saves. Runs in `npm test` (it needs `nvim` and a build,
 * which `npm test` makes first) as well as in `npm run test:e2e`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const SCRIPT = join(ROOT, 'test', 'e2e', 'neovim', 'harden.lua');

const PRODUCTION_ENV = [
  '# Production settings',
  'APP_ENV=prod',
  'APP_DEBUG=1',
  'SESSION_COOKIE_SECURE=false',
  '',
].join('\n');

interface LspDiagnostic {
  code: string;
  source: string;
  message: string;
  severity: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  codeDescription?: { href: string };
}

interface NeovimResult {
  nvim: string;
  filetype: string;
  codeActionProvider: boolean;
  diagnostics: LspDiagnostic[];
  shownByNeovim: number;
  actions: { title: string; kind: string; isPreferred: boolean }[];
  applied: string;
  diagnosticsAfter: LspDiagnostic[];
  finalText: string;
  serverStopped: boolean;
  serverExit?: { code: number; signal: number };
  errors: string[];
}

const where = (d: LspDiagnostic) =>
  `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

describe('Neovim (built-in LSP client, headless)', () => {
  let dir: string;
  let file: string;
  let result: NeovimResult;
  let run: ReturnType<typeof spawnSync>;

  before(() => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: build first (node scripts/build.mjs)`);
    const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.equal(
      nvim.status,
      0,
      'nvim not found: install Neovim 0.7+ (Debian: apt-get install neovim); this test always runs',
    );
    dir = mkdtempSync(join(tmpdir(), 'harden-neovim-'));
    file = join(dir, '.env.prod');
    writeFileSync(file, PRODUCTION_ENV);
    const resultPath = join(dir, 'result.json');
    run = spawnSync('nvim', ['--headless', '--clean', '-u', SCRIPT], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        HARDEN_SERVER: SERVER,
        HARDEN_NODE: process.execPath,
        HARDEN_FILE: file,
        HARDEN_RESULT: resultPath,
        HARDEN_RULE: 'dotenv/debug-in-production',
      },
    });
    assert.ok(
      existsSync(resultPath),
      `no result from Neovim (exit ${run.status}): ${run.stderr}${run.stdout}`,
    );
    result = JSON.parse(readFileSync(resultPath, 'utf8')) as NeovimResult;
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the script ran to the end', () => {
    assert.deepEqual(result.errors, []);
    assert.equal(run.status, 0, `nvim exited with ${run.status}: ${run.stderr}`);
    assert.equal(result.filetype, 'dotenv');
    assert.equal(result.codeActionProvider, true);
  });

  test('the server publishes the findings with ranges, codes and documentation links', () => {
    const seen = result.diagnostics.map(where);
    assert.ok(seen.includes('dotenv/debug-in-production@2:10-2:11'), seen.join(', '));
    assert.ok(seen.includes('dotenv/cookie-insecure@3:22-3:27'), seen.join(', '));
    for (const d of result.diagnostics) {
      assert.equal(d.source, 'harden');
      assert.equal(
        d.codeDescription?.href,
        `https://github.com/harden-dev/harden/blob/main/rules/${d.code}.md`,
      );
    }
    const debug = result.diagnostics.find((d) => d.code === 'dotenv/debug-in-production')!;
    assert.equal(debug.severity, 2, 'warning');
    assert.equal(result.shownByNeovim, result.diagnostics.length, 'vim.diagnostic shows every finding');
  });

  test('the code actions are the same catalogue as in VS Code', () => {
    assert.deepEqual(
      result.actions.map((a) => a.title),
      [
        'Set APP_DEBUG=0',
        'Disable dotenv/debug-in-production for this line',
        'Disable dotenv/debug-in-production for the entire file',
        'Show documentation for dotenv/debug-in-production',
      ],
    );
    assert.deepEqual(
      result.actions.filter((a) => a.isPreferred).map((a) => a.title),
      ['Set APP_DEBUG=0'],
    );
  });

  test('the preferred fix is applied, saved, and the finding goes away', () => {
    assert.equal(result.applied, 'Set APP_DEBUG=0');
    const expected = PRODUCTION_ENV.replace('APP_DEBUG=1', 'APP_DEBUG=0');
    assert.equal(result.finalText, expected);
    assert.equal(readFileSync(file, 'utf8'), expected, 'the file on disk');
    const after = result.diagnosticsAfter.map(where);
    assert.ok(!after.some((d) => d.startsWith('dotenv/debug-in-production')), after.join(', '));
    assert.ok(after.includes('dotenv/cookie-insecure@3:22-3:27'), 'the other finding stays');
  });

  test('the server shuts down cleanly when Neovim stops it', () => {
    assert.equal(result.serverStopped, true);
    assert.deepEqual(result.serverExit, { code: 0, signal: 0 });
  });
});
