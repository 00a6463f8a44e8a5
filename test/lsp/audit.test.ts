import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { codes, ensureServerBuilt, LspClient, tempWorkspace, uriOf } from './harness.ts';

interface AuditSummary {
  files: number;
  filesWithProblems: number;
  problems: number;
  errors: number;
  warnings: number;
  infos: number;
  skipped: number;
  cancelled: boolean;
  durationMs: number;
}

const FILES = {
  '.env.prod': 'APP_ENV=prod\nAPP_DEBUG=1\nAPP_SECRET=changeme\n',
  'config/.env.production': 'APP_ENV=dev\n',
  '.env': 'APP_ENV=dev\n',
  'node_modules/pkg/.env.prod': 'APP_DEBUG=1\n',
  'notes.txt': 'APP_DEBUG=1\n',
};

describe('workspace audit', () => {
  let client: LspClient;
  let root: string;

  before(async () => {
    ensureServerBuilt();
    root = tempWorkspace(FILES);
    client = await LspClient.start(root);
  });
  after(() => client.kill());

  test('an export before any audit runs one', async () => {
    const result = await client.connection.sendRequest<{ content: string; fileName: string }>(
      'harden/exportReport',
      {
        format: 'json',
      },
    );
    assert.equal(result.fileName, 'harden-report.json');
    assert.doesNotThrow(() => JSON.parse(result.content));
  });

  test('reports progress on the client token and returns the summary', async () => {
    const token = 'audit-1';
    client.trackProgress(token);
    const summary = await client.connection.sendRequest<AuditSummary>('harden/auditWorkspace', {
      workDoneToken: token,
    });
    assert.equal(summary.cancelled, false);
    assert.equal(summary.files, 3);
    assert.equal(summary.filesWithProblems, 2);
    assert.ok(summary.errors >= 1);
    assert.equal(summary.problems, summary.errors + summary.warnings + summary.infos);
    assert.ok(summary.durationMs >= 0);

    const events = client.progress.filter((p) => p.token === token).map((p) => p.value);
    assert.equal(events[0]?.kind, 'begin');
    assert.equal(events[0]?.cancellable, true);
    assert.equal(events[events.length - 1]?.kind, 'end');
    const reports = events.filter((e) => e.kind === 'report');
    assert.ok(reports.length > 0);
    const last = reports[reports.length - 1]!;
    assert.equal(last.message, '3/3 files');
    assert.equal(last.percentage, 100);
  });

  test('diagnostics are published for the audited files that are not open, and only for them', async () => {
    const prod = client.latestDiagnostics(uriOf(root, '.env.prod'));
    assert.ok(prod && codes(prod).includes('dotenv/debug-in-production'));
    const config = client.latestDiagnostics(uriOf(root, 'config/.env.production'));
    assert.ok(config && codes(config).includes('dotenv/debug-in-production'));
    assert.equal(client.latestDiagnostics(uriOf(root, 'node_modules/pkg/.env.prod')), undefined);
    assert.equal(client.latestDiagnostics(uriOf(root, 'notes.txt')), undefined);
  });

  test('an open buffer takes precedence over the disk; once closed, the audit diagnostics come from the disk', async () => {
    const relative = 'config/.env.production';
    const uri = await client.open(relative, 'APP_ENV=prod\n', 'dotenv');
    const open = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(codes(open.diagnostics), []);
    const summary = await client.connection.sendRequest<AuditSummary>('harden/auditWorkspace', {});
    assert.equal(summary.files, 3);
    assert.equal(summary.filesWithProblems, 1, 'the buffer, not the disk, was audited');

    const since = client.diagnostics.length;
    await client.close(uri);
    const closed = await client.waitForDiagnostics(uri, () => true, since);
    assert.ok(codes(closed.diagnostics).includes('dotenv/debug-in-production'));
  });

  test('closing a file the audit did not cover clears its diagnostics', async () => {
    const uri = await client.open('deploy/app.env', 'app_env=dev\n', 'dotenv');
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const since = client.diagnostics.length;
    await client.close(uri);
    assert.deepEqual((await client.waitForDiagnostics(uri, () => true, since)).diagnostics, []);
  });

  test('without a client token, the server creates its own progress', async () => {
    const before = client.createdProgressTokens.length;
    const summary = await client.connection.sendRequest<AuditSummary>('harden/auditWorkspace', {});
    assert.equal(summary.cancelled, false);
    const token = client.createdProgressTokens[before];
    assert.ok(token !== undefined);
    await client.waitFor(
      () => client.progress.find((p) => p.token === token && p.value.kind === 'end'),
      'the end of the server-created progress',
    );
  });

  test('exports the last audit as SARIF', async () => {
    const result = await client.connection.sendRequest<{ content: string; fileName: string }>(
      'harden/exportReport',
      {
        format: 'sarif',
      },
    );
    assert.equal(result.fileName, 'harden-report.sarif');
    const sarif = JSON.parse(result.content) as {
      version: string;
      runs: { results: { ruleId: string }[]; tool: { driver: { name: string } } }[];
    };
    assert.equal(sarif.version, '2.1.0');
    const ruleIds = sarif.runs.flatMap((run) => run.results.map((r) => r.ruleId));
    assert.ok(ruleIds.includes('dotenv/debug-in-production'));
    assert.ok(!result.content.includes('changeme'));
  });

  test('an unknown export format is an error response, and the server carries on', async () => {
    await assert.rejects(
      client.connection.sendRequest('harden/exportReport', { format: 'pdf' }),
      (error: unknown) => error instanceof ResponseError && /Unknown report format/.test(error.message),
    );
    const docs = await client.connection.sendRequest<{ ruleId: string; markdown: string }>(
      'harden/ruleDocs',
      {
        ruleId: 'dotenv/weak-secret',
      },
    );
    assert.equal(docs.ruleId, 'dotenv/weak-secret');
  });
});

describe('workspace audit cancellation', () => {
  let client: LspClient;

  before(async () => {
    ensureServerBuilt();
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++)
      files[`sites/site${i}/.env.prod`] = `APP_ENV=dev\nAPP_DEBUG=1\nAPP_SECRET=changeme${i}\n`;
    client = await LspClient.start(tempWorkspace(files));
  });
  after(() => client.kill());

  test('cancelling at once ends the audit as cancelled, and the server keeps answering', async () => {
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest<AuditSummary>('harden/auditWorkspace', {}, source.token);
    source.cancel();
    try {
      const summary = await request;
      assert.equal(summary.cancelled, true);
    } catch (error) {
      assert.ok(error instanceof ResponseError);
      assert.equal(error.code, LSPErrorCodes.RequestCancelled);
    }
    const summary = await client.connection.sendRequest<AuditSummary>('harden/auditWorkspace', {});
    assert.equal(summary.cancelled, false);
    assert.equal(summary.files, 400);
  });

  test('cancelling from the progress the server created stops the audit too', async () => {
    const before = client.createdProgressTokens.length;
    const request = client.connection.sendRequest<AuditSummary>('harden/auditWorkspace', {});
    const token = await client.waitFor(
      () => client.createdProgressTokens[before],
      'a server-created progress token',
    );
    // The editor shows its Cancel button once the progress has begun.
    await client.waitFor(
      () => client.progress.find((p) => p.token === token && p.value.kind === 'begin'),
      'the beginning of the progress',
    );
    await client.connection.sendNotification('window/workDoneProgress/cancel', { token });
    const summary = await request;
    assert.equal(summary.cancelled, true);
  });
});

describe('rule documentation', () => {
  let client: LspClient;

  before(async () => {
    ensureServerBuilt();
    client = await LspClient.start(tempWorkspace({}));
  });
  after(() => client.kill());

  test('returns the page that ships beside the bundle', async () => {
    const docs = await client.connection.sendRequest<{
      ruleId: string;
      title: string;
      markdown: string;
      url: string;
    }>('harden/ruleDocs', { ruleId: 'dotenv/weak-secret' });
    assert.equal(docs.title, 'Secrets must be set, random and not shipped in templates');
    assert.match(docs.markdown, /^# /);
    assert.equal(docs.url, 'https://github.com/harden-dev/harden/blob/main/rules/dotenv/weak-secret.md');
  });

  test('an unknown rule, or a path, is refused', async () => {
    for (const ruleId of ['dotenv/nope', '../../package', 42]) {
      await assert.rejects(client.connection.sendRequest('harden/ruleDocs', { ruleId }), ResponseError);
    }
  });
});
