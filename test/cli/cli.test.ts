import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { validateSarif } from '../helpers/sarif-validate.ts';
import { harden, hardenBinary, tempWorkspace } from './cli-harness.ts';

// A production file with real problems, a clean file, and a template.
const PROBLEMS = {
  '.env.prod.local': 'APP_ENV=prod\nAPP_DEBUG=1\nAPP_SECRET=changeme\n',
  '.env': 'APP_ENV=prod\nAPP_SECRET=\n',
};
const CLEAN = {
  '.env.prod':
    'APP_ENV=prod\nAPP_DEBUG=0\nAPP_SECRET=3f9c1a7be2d84e6f90a5c3b1d7e2f4a6c8b0d2e4f6a8c0b2d4e6f8a0c2e4a6b8\n',
};

describe('harden audit', () => {
  test('exit 1 and text findings grouped by file for a workspace with problems', async () => {
    const dir = tempWorkspace(PROBLEMS);
    const run = await harden(['audit'], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^\.env\.prod\.local$/m);
    assert.match(run.stdout, /^\.env\.prod\.local:2:\d+ {2}warning {2}.+ {2}dotenv\/debug-in-production$/m);
    assert.match(run.stdout, /problems? in \d+ files?/);
    assert.ok(!run.stdout.includes('\u001b['), 'no colours when not on a TTY');
  });

  test('exit 0 for a clean workspace', async () => {
    const run = await harden(['audit'], tempWorkspace(CLEAN));
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });

  test('--fail-on decides the exit code', async () => {
    const dir = tempWorkspace({ '.env.prod': 'APP_ENV=prod\nAPP_DEBUG=1\n' });
    assert.equal((await harden(['audit', '--fail-on', 'error'], dir)).code, 0);
    assert.equal((await harden(['audit', '--fail-on', 'warning'], dir)).code, 1);
    assert.equal((await harden(['audit', '--fail-on', 'never'], dir)).code, 0);
  });

  test('every output format renders, and --output writes the file', async () => {
    const dir = tempWorkspace(PROBLEMS);
    for (const format of ['text', 'json', 'sarif', 'markdown', 'html']) {
      const out = path.join(dir, `report.${format}`);
      const run = await harden(['audit', '--format', format, '--output', out, '.'], dir);
      assert.equal(run.code, 1, `${format}: ${run.stderr}`);
      assert.equal(run.stdout, '');
      const text = fs.readFileSync(out, 'utf8');
      assert.match(text, /debug-in-production/, format);
      if (format === 'json') assert.equal(typeof JSON.parse(text), 'object');
      if (format === 'html') assert.match(text, /^<!DOCTYPE html>/i);
    }
  });

  test('never prints a secret value in any format', async () => {
    const secret = 'Kq7vN2pXw9LmR4tZ';
    const dir = tempWorkspace({
      '.env.prod.local': `APP_DEBUG=1\nDATABASE_URL=mysql://root:${secret}@203.0.113.9:3306/app\nAPP_SECRET=short${secret}\n`,
    });
    for (const format of ['text', 'json', 'sarif', 'markdown', 'html']) {
      const run = await harden(['audit', '--format', format], dir);
      assert.ok(!run.stdout.includes(secret), `${format} output contains the secret`);
    }
  });

  test('usage errors exit 2 with one line', async () => {
    const dir = tempWorkspace(CLEAN);
    for (const argv of [
      ['audit', '--format', 'xml'],
      ['frobnicate'],
      ['audit', '--bogus'],
      ['audit', 'missing/'],
    ]) {
      const run = await harden(argv, dir);
      assert.equal(run.code, 2, argv.join(' '));
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.match(run.stderr, /^harden: /);
    }
  });

  test('an invalid .harden.yaml exits 2 and names the line', async () => {
    const dir = tempWorkspace({
      ...CLEAN,
      '.harden.yaml': 'extends: [recommended]\nrules:\n  dotenv/no-such-rule: off\n',
    });
    const run = await harden(['audit'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /\.harden\.yaml:3:\d+: .*dotenv\/no-such-rule/);
  });

  test('a .harden.yaml that is a FIFO is refused, not read (reading it would block forever)', (t) => {
    const dir = tempWorkspace(CLEAN);
    if (spawnSync('mkfifo', [path.join(dir, '.harden.yaml')]).status !== 0) {
      t.skip('mkfifo is not available');
      return;
    }
    const run = hardenBinary(['audit'], dir);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /cannot read configuration .*\.harden\.yaml: not a regular file/);
  });

  test('.harden.yaml turns rules off and sets severities', async () => {
    const dir = tempWorkspace({
      '.env.prod': 'APP_ENV=prod\nAPP_DEBUG=1\n',
      '.harden.yaml': 'rules:\n  dotenv/debug-in-production: off\n',
    });
    const run = await harden(['audit', '--format', 'json'], dir);
    assert.doesNotMatch(run.stdout, /debug-in-production/);
  });

  test('`harden audit --format sarif .` run inside a directory audits it, and the SARIF is valid', async () => {
    const dir = tempWorkspace(PROBLEMS);
    const run = hardenBinary(['audit', '--format', 'sarif', '.'], dir);
    assert.equal(run.code, 1, run.stderr);
    const sarif = JSON.parse(run.stdout);
    const results = sarif.runs[0].results as {
      ruleId: string;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    assert.ok(results.some((r) => r.ruleId === 'dotenv/debug-in-production'));
    assert.ok(results.every((r) => !r.locations[0]!.physicalLocation.artifactLocation.uri.startsWith('/')));
    const validation = await validateSarif(run.stdout);
    assert.deepEqual(validation.errors, []);
  });
});

describe('harden fix', () => {
  test('--dry-run prints a unified diff and writes nothing', async () => {
    const dir = tempWorkspace({ '.env.prod': 'APP_ENV=dev\nAPP_DEBUG=1\n' });
    const before = fs.readFileSync(path.join(dir, '.env.prod'), 'utf8');
    const run = await harden(['fix', '--dry-run'], dir);
    assert.match(run.stdout, /^--- a\/\.env\.prod/m);
    assert.match(run.stdout, /^\+APP_DEBUG=0$/m);
    assert.equal(fs.readFileSync(path.join(dir, '.env.prod'), 'utf8'), before);
  });

  test('applies safe fixes in place; the audit is then clean of them', async () => {
    const dir = tempWorkspace({ '.env.prod': 'APP_ENV=dev\nAPP_DEBUG=1\n' });
    const run = await harden(['fix'], dir);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(fs.readFileSync(path.join(dir, '.env.prod'), 'utf8'), 'APP_ENV=prod\nAPP_DEBUG=0\n');
    assert.equal((await harden(['audit'], dir)).code, 0);
  });

  test('never adds the same lines twice when a finding outlives its fix (a ^~ / location)', async () => {
    const site =
      'server {\n    listen 443 ssl;\n    server_name a.example;\n    ssl_certificate /etc/ssl/a.pem;\n    ssl_certificate_key /etc/ssl/a.key;\n' +
      '    add_header Strict-Transport-Security "max-age=31536000" always;\n    root /srv/a;\n' +
      '    location ^~ / {\n        try_files $uri =404;\n    }\n}\n';
    const dir = tempWorkspace({ 'etc/nginx/conf.d/site.conf': site });
    await harden(['fix'], dir);
    const fixed = fs.readFileSync(path.join(dir, 'etc/nginx/conf.d/site.conf'), 'utf8');
    assert.equal(fixed.match(/X-Content-Type-Options/g)?.length, 1, fixed);
    assert.doesNotMatch(fixed, /deny all/, fixed);
    const audit = await harden(['audit', '--format', 'json'], dir);
    const ids = (JSON.parse(audit.stdout) as { files: { findings: { ruleId: string }[] }[] }).files.flatMap(
      (f) => f.findings.map((x) => x.ruleId),
    );
    assert.ok(
      ids.includes('nginx/private-paths-exposed'),
      'the finding stays, without a fix that cannot work',
    );
  });

  test('never writes a generated secret', async () => {
    const dir = tempWorkspace({ '.env.prod': 'APP_ENV=prod\nAPP_DEBUG=0\nAPP_SECRET=changeme\n' });
    await harden(['fix'], dir);
    assert.match(fs.readFileSync(path.join(dir, '.env.prod'), 'utf8'), /APP_SECRET=changeme/);
  });
});

describe('harden rules', () => {
  test('json lists every rule with metadata', async () => {
    const run = await harden(['rules', '--format', 'json'], process.cwd());
    const { rules } = JSON.parse(run.stdout) as { rules: { id: string; docs: string }[] };
    assert.ok(rules.some((r) => r.id === 'dotenv/weak-secret'));
    assert.ok(rules.every((r) => r.docs.endsWith(`${r.id}.md`)));
  });
});
