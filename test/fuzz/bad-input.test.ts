/**
 * DESIGN.md "Reliability", through the real CLI entry (runCli): a workspace full of files that
 * break naive tools — binary, too large, invalid UTF-8, BOM + CRLF, an include cycle, 10,000
 * nested blocks, a symlink loop, a FIFO named `.env`, an unterminated quote. The audit must end
 * (exit 0 or 1, never 2 or a crash), and every bad file must be either skipped with a reason or
 * reported with a clear diagnostic. The CLI runs in a child process with a time limit, so a
 * hang fails the test instead of stalling the suite.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { JsonFile, JsonReport } from '../../server/src/engine/reports/json.ts';
import { REPO_ROOT } from '../helpers/rule-docs.ts';

/** A hang detector: the whole audit of this workspace takes a few seconds. */
const TIME_LIMIT_MS = 120_000;
const CHILD = path.join(REPO_ROOT, 'test/fuzz/support/run-cli-child.ts');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

function runHarden(cwd: string, argv: string[]): CliResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, cwd, ...argv], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: TIME_LIMIT_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (child.error || child.signal) {
    assert.fail(
      `harden ${argv.join(' ')} did not finish within ${TIME_LIMIT_MS} ms (${child.error?.message ?? child.signal})`,
    );
  }
  assert.equal(child.status, 0, `the child process failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as CliResult;
}

const SERVER_BLOCK = 'server {\n    listen 80;\n    location / { root /var/www; }\n}\n';
const NESTING = 10_000;

/** The bad files, by path relative to the workspace. */
const FILES: Record<string, string | Buffer> = {
  'binary/.env': Buffer.from('APP_SECRET=abc\0\0\0def\n', 'latin1'),
  'big/nginx.conf': SERVER_BLOCK.repeat(Math.ceil((6 * 1024 * 1024) / SERVER_BLOCK.length)),
  'latin/.env': Buffer.from([...Buffer.from('APP_ENV=prod\nAPP_NAME=caf'), 0xe9, 0x0a]),
  'bom-crlf/nginx/nginx.conf': Buffer.from(
    '\uFEFFhttp {\r\n    server {\r\n        listen 80;\r\n        server_tokens off;\r\n    }\r\n}\r\n',
    'utf8',
  ),
  'bom/.env': Buffer.from('\uFEFFAPP_ENV=prod\r\nAPP_DEBUG=0\r\n', 'utf8'),
  'cycle/nginx/a.conf': 'server {\n    listen 80;\n    include b.conf;\n}\n',
  'cycle/nginx/b.conf': 'include a.conf;\n',
  'deep/nginx/nginx.conf': `http {\nserver {\n${'location / {\n'.repeat(NESTING)}return 200;\n${'}\n'.repeat(NESTING)}}\n}\n`,
  'unterminated/.env': 'APP_ENV=prod\nAPP_SECRET="never closed\n',
};

let workspace = '';
let fifoCreated = false;
let audit: CliResult;
let report: JsonReport;

function skipReasonOf(file: string): string | undefined {
  return (
    report.skipped.find((s) => s.path === file)?.reason ?? report.files.find((f) => f.path === file)?.skipped
  );
}

function analysed(file: string): JsonFile | undefined {
  return report.files.find((f) => f.path === file && f.skipped === undefined);
}

/** Skipped with a reason matching `reason`, or analysed with a finding whose message matches `diagnostic`. */
function assertReported(file: string, reason: RegExp, diagnostic?: RegExp): void {
  const skipped = skipReasonOf(file);
  if (skipped !== undefined) {
    assert.match(skipped, reason, `${file} is skipped, but the reason does not say why`);
    return;
  }
  const result = analysed(file);
  assert.ok(result, `${file} is neither analysed nor listed as skipped`);
  assert.ok(diagnostic, `${file} was analysed, but should have been skipped (${reason})`);
  const messages = result.findings.map((f) => `${f.ruleId}: ${f.message}`);
  assert.ok(
    messages.some((m) => diagnostic.test(m)),
    `${file} has no diagnostic matching ${diagnostic}:\n${messages.join('\n')}`,
  );
}

describe('harden audit on a workspace of bad files', () => {
  before(() => {
    workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'harden-bad-input-')));
    for (const [relative, content] of Object.entries(FILES)) {
      const full = path.join(workspace, relative);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, content);
    }
    fs.mkdirSync(path.join(workspace, 'loop'));
    fs.symlinkSync('.env.b', path.join(workspace, 'loop/.env.a'));
    fs.symlinkSync('.env.a', path.join(workspace, 'loop/.env.b'));
    fs.symlinkSync('.', path.join(workspace, 'loop/self'));
    fs.mkdirSync(path.join(workspace, 'fifo'));
    fifoCreated = spawnSync('mkfifo', [path.join(workspace, 'fifo/.env')]).status === 0;
    audit = runHarden(workspace, ['audit', '--format', 'json', '--preset', 'strict', '.']);
    report = JSON.parse(audit.stdout) as JsonReport;
  });

  after(() => {
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  test('the audit finishes with exit 0 or 1, nothing on stderr, and no rule fails', (t) => {
    assert.ok(audit.code === 0 || audit.code === 1, `exit ${audit.code}: ${audit.stderr}`);
    assert.equal(audit.stderr, '');
    const failed = report.files.flatMap((f) => f.findings.filter((x) => x.ruleId === 'harden/rule-failed'));
    assert.deepEqual(
      failed.map((f) => f.message),
      [],
    );
    t.diagnostic(`audit of ${Object.keys(FILES).length + 3} bad files: ${audit.ms.toFixed(0)} ms`);
  });

  test('a binary .env is skipped as binary', () => assertReported('binary/.env', /binary/i));

  test('a 6 MB nginx.conf is skipped as too large', () =>
    assertReported('big/nginx.conf', /larger than|size limit/i));

  test('a .env with invalid UTF-8 is analysed and says how it was read', () =>
    assertReported('latin/.env', /UTF-8|encoding/i, /UTF-8|latin-1|encoding/i));

  test('an nginx.conf with a BOM and CRLF lines gets the BOM diagnostic', () =>
    assertReported('bom-crlf/nginx/nginx.conf', /BOM|byte.order mark/i, /BOM|byte.order mark/i));

  test('a .env with a BOM gets the diagnostic Symfony would throw', () =>
    assertReported(
      'bom/.env',
      /BOM|byte.order mark/i,
      /BOM|byte.order mark|Invalid character in variable name/i,
    ));

  test('the BOM + CRLF nginx.conf is still analysed (CRLF is fine)', () => {
    const result = analysed('bom-crlf/nginx/nginx.conf');
    assert.ok(result, 'not analysed');
    assert.ok(result.findings.every((f) => f.range.start.character >= 0 && f.range.end.line <= 6));
  });

  test('an include cycle is reported, and both files are analysed', () => {
    assertReported('cycle/nginx/a.conf', /cycle/i, /cycle/i);
    assertReported('cycle/nginx/b.conf', /cycle/i, /cycle/i);
  });

  test(`${NESTING.toLocaleString('en')} nested blocks are analysed or skipped with a reason`, () => {
    const reason = skipReasonOf('deep/nginx/nginx.conf');
    if (reason !== undefined) assert.ok(reason.trim().length > 0);
    else assert.ok(analysed('deep/nginx/nginx.conf'));
  });

  test('a symlink loop is skipped as a loop', () => {
    assertReported('loop/.env.a', /loop/i);
    assertReported('loop/.env.b', /loop/i);
    assert.ok(
      !report.files.some((f) => f.path.startsWith('loop/self/')),
      'a symlinked directory was entered',
    );
  });

  test('a FIFO named .env is skipped with a reason (and never read: that would hang)', (t) => {
    if (!fifoCreated) {
      t.skip('mkfifo is not available');
      return;
    }
    assertReported('fifo/.env', /regular file|FIFO|pipe/i);
  });

  test('a .env ending in an unterminated quote has a parse error that says so', () =>
    assertReported('unterminated/.env', /quote/i, /quote/i));

  test('harden fix --dry-run on the same workspace finishes without an internal error', () => {
    const fix = runHarden(workspace, ['fix', '--dry-run', '.']);
    assert.notEqual(fix.code, 2, fix.stderr);
    assert.doesNotMatch(fix.stderr, /internal error/);
  });
});
