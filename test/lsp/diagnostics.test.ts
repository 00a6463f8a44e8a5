import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { codes, messageOf, ensureServerBuilt, LspClient, tempWorkspace, uriOf } from './harness.ts';

const ENV_PROD = 'APP_ENV=prod\nAPP_DEBUG=1\nAPP_SECRET=changeme\n';

function byCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.find((d) => d.code === code);
  assert.ok(found, `no ${code} diagnostic in ${JSON.stringify(codes(diagnostics))}`);
  return found;
}

describe('diagnostics of open documents', () => {
  let client: LspClient;
  let root: string;

  before(async () => {
    ensureServerBuilt();
    root = tempWorkspace({ '.env.prod': ENV_PROD, 'README.md': '# notes\n' });
    client = await LspClient.start(root);
  });
  after(() => client.kill());

  test('opening a production .env publishes its problems with rule ids, ranges, severities and doc links', async () => {
    const uri = await client.open('.env.prod', ENV_PROD, 'dotenv');
    const { diagnostics, version } = await client.waitForDiagnostics(uri);
    assert.equal(version, 1);

    const debug = byCode(diagnostics, 'dotenv/debug-in-production');
    assert.deepEqual(debug.range, { start: { line: 1, character: 10 }, end: { line: 1, character: 11 } });
    assert.equal(debug.severity, DiagnosticSeverity.Warning);
    assert.equal(debug.source, 'harden');
    assert.equal(
      debug.codeDescription?.href,
      'https://github.com/harden-dev/harden/blob/main/rules/dotenv/debug-in-production.md',
    );
    assert.match(messageOf(debug), /APP_DEBUG turns debug mode on/);
    // Nothing of the fix travels with the diagnostic: it is computed when a code action asks.
    assert.deepEqual(debug.data, { ruleId: 'dotenv/debug-in-production', messageId: 'debug' });

    const secret = byCode(diagnostics, 'dotenv/weak-secret');
    assert.equal(secret.range.start.line, 2);
    assert.equal(secret.severity, DiagnosticSeverity.Error);
    // The secret's value never travels in a diagnostic.
    assert.ok(!JSON.stringify(diagnostics).includes('changeme'));
  });

  test('a change is linted after the pause in typing, and the result carries the new version', async () => {
    const uri = uriOf(root, '.env.prod');
    const since = client.diagnostics.length;
    // Three quick edits: APP_DEBUG=1 → 0, then the secret line removed.
    await client.edit(uri, [
      { range: { start: { line: 1, character: 10 }, end: { line: 1, character: 11 } }, newText: '0' },
    ]);
    await client.edit(uri, [
      { range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, newText: '' },
    ]);
    await client.edit(uri, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '' },
    ]);
    const published = await client.waitForCurrentDiagnostics(uri, since);
    assert.equal(published.version, 4);
    assert.deepEqual(codes(published.diagnostics), []);
    // Debounced: the intermediate versions were never linted on their own.
    const intermediate = client.diagnostics.slice(since).filter((p) => p.uri === uri && p.version !== 4);
    assert.deepEqual(intermediate, []);
  });

  test('closing the document clears its diagnostics', async () => {
    const uri = uriOf(root, '.env.prod');
    await client.replaceText(uri, ENV_PROD);
    await client.waitForDiagnostics(
      uri,
      (p) => p.diagnostics.length > 0 && p.version === client.documents.get(uri)!.version,
    );
    const since = client.diagnostics.length;
    await client.close(uri);
    const cleared = await client.waitForDiagnostics(uri, () => true, since);
    assert.deepEqual(cleared.diagnostics, []);
  });

  test("saving a document re-lints the open documents that read it: Symfony's .env.local replaces .env's secret", async () => {
    fs.mkdirSync(path.join(root, 'sym'), { recursive: true });
    fs.writeFileSync(path.join(root, 'sym', 'symfony.lock'), '{}\n');
    const env = await client.open('sym/.env', 'APP_SECRET=changeme\n', 'dotenv');
    assert.deepEqual(codes((await client.waitForDiagnostics(env)).diagnostics), ['dotenv/weak-secret']);
    const local = await client.open('sym/.env.local', 'LOCK_DSN=flock\n', 'dotenv');
    await client.waitForDiagnostics(local);
    const since = client.diagnostics.length;
    await client.replaceText(local, 'APP_SECRET=9f3c2e1b7a6d4c8e0f1a2b3c4d5e6f70\n');
    await client.save(local);
    const relinted = await client.waitForDiagnostics(env, () => true, since);
    assert.deepEqual(relinted.diagnostics, []);
    await client.close(local);
    await client.close(env);
  });

  test('a document of a format Harden does not know gets no diagnostics', async () => {
    const uri = await client.open('README.md', '# notes\nAPP_DEBUG=1\n', 'markdown');
    const published = await client.waitForDiagnostics(uri);
    assert.deepEqual(published.diagnostics, []);
    await client.close(uri);
  });

  test('the language id decides when the path says nothing: a dotenv buffer under another name', async () => {
    const text = 'app_debug=1\n';
    const asDotenv = await client.open('deploy/settings', text, 'dotenv');
    assert.deepEqual(codes((await client.waitForDiagnostics(asDotenv)).diagnostics), [
      'dotenv/lowercase-key',
    ]);
    await client.close(asDotenv);
    const asText = await client.open('deploy/other-settings', text, 'plaintext');
    assert.deepEqual((await client.waitForDiagnostics(asText)).diagnostics, []);
    await client.close(asText);
  });

  test('parse problems are diagnostics too', async () => {
    const uri = await client.open('.env.local', 'APP_ENV=dev\nthis is not an assignment\n', 'dotenv');
    const { diagnostics } = await client.waitForDiagnostics(uri);
    const problem = diagnostics.find((d) => d.code === 'harden/parse-error');
    assert.ok(problem, JSON.stringify(codes(diagnostics)));
    assert.equal(problem.range.start.line, 1);
    assert.equal(problem.severity, DiagnosticSeverity.Error);
    await client.close(uri);
  });

  test('a document larger than the size limit gets one information diagnostic saying it was skipped', async () => {
    const big = `APP_DEBUG=1\n# ${'x'.repeat(6 * 1024 * 1024)}\n`;
    const uri = await client.open('.env.production', big, 'dotenv');
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.code, 'harden/file-skipped');
    assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Information);
    assert.match(messageOf(diagnostics[0]!), /larger than the 5\.0 MB limit/);
    await client.close(uri);
  });

  test('a binary document is skipped the same way', async () => {
    const uri = await client.open('.env.staging', 'APP_DEBUG=1\n\u0000\u0001', 'dotenv');
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(codes(diagnostics), ['harden/file-skipped']);
    assert.match(messageOf(diagnostics[0]!), /binary/);
    await client.close(uri);
  });

  test('status notifications tell when linting starts and how long the last lint took', async () => {
    const statuses = client.notifications
      .filter((n) => n.method === 'harden/status')
      .map((n) => n.params as { state: string; lastLint?: { uri: string; durationMs: number; at: string } });
    assert.ok(statuses.some((s) => s.state === 'linting'));
    const done = statuses.filter((s) => s.state === 'ready' && s.lastLint);
    assert.ok(done.length > 0);
    const last = done[done.length - 1]!.lastLint!;
    assert.ok(last.durationMs >= 0 && Number.isFinite(last.durationMs));
    assert.ok(!Number.isNaN(Date.parse(last.at)));
  });

  test('a garbage file gets at most 5,000 diagnostics, the most severe first, and one that counts the rest', async () => {
    // 2,000 lines of `x`: on each a parse error and three warnings, but the first line duplicates
    // nothing (7,999 findings).
    const text = `${'x\n'.repeat(2000)}`;
    const uri = await client.open('.env.garbage', text, 'dotenv');
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.equal(diagnostics.length, 5001);
    const last = diagnostics[diagnostics.length - 1]!;
    assert.equal(last.code, undefined);
    assert.equal(last.severity, DiagnosticSeverity.Information);
    assert.match(messageOf(last), /^2999 more findings of this file are not shown .*harden audit/);
    const shown = diagnostics.slice(0, -1);
    assert.equal(shown.filter((d) => d.severity === DiagnosticSeverity.Error).length, 2000);
    assert.equal(shown.filter((d) => d.severity === DiagnosticSeverity.Warning).length, 3000);
    // In file order, as published without the cap.
    for (let i = 1; i < shown.length; i++)
      assert.ok(shown[i - 1]!.range.start.line <= shown[i]!.range.start.line, `order at ${i}`);
    await client.close(uri);
  });
});
