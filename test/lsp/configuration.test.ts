import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver-protocol/node';
import {
  codes,
  messageOf,
  titles,
  ensureServerBuilt,
  LspClient,
  tempWorkspace,
  uriOf,
  writeFile,
} from './harness.ts';

const ENV_PROD = 'APP_ENV=prod\nAPP_DEBUG=1\nAPP_SECRET=changeme\n';

describe('settings', () => {
  let client: LspClient;
  let uri: string;

  before(async () => {
    ensureServerBuilt();
    client = await LspClient.start(tempWorkspace({ '.env.prod': ENV_PROD }));
    uri = await client.open('.env.prod', ENV_PROD, 'dotenv');
    await client.waitForDiagnostics(uri);
  });
  after(() => client.kill());
  afterEach(async () => {
    const since = client.diagnostics.length;
    await client.changeSettings({});
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, since);
  });

  test('settings are asked for with the document as scope, in the harden section', () => {
    const request = client.configurationRequests[0] as { items: { scopeUri?: string; section?: string }[] };
    assert.deepEqual(request.items, [{ scopeUri: uri, section: 'harden' }]);
  });

  test('harden.rules turning a rule off removes its diagnostics after didChangeConfiguration', async () => {
    const since = client.diagnostics.length;
    await client.changeSettings({ rules: { 'dotenv/weak-secret': 'off' } });
    const after = await client.waitForDiagnostics(uri, () => true, since);
    assert.ok(!codes(after.diagnostics).includes('dotenv/weak-secret'));
    assert.ok(codes(after.diagnostics).includes('dotenv/debug-in-production'));
  });

  test('harden.rules can change a severity', async () => {
    const since = client.diagnostics.length;
    await client.changeSettings({ rules: { 'dotenv/debug-in-production': { severity: 'error' } } });
    const after = await client.waitForDiagnostics(uri, () => true, since);
    const debug = after.diagnostics.find((d) => d.code === 'dotenv/debug-in-production');
    assert.equal(debug?.severity, DiagnosticSeverity.Error);
  });

  test('an unknown rule in harden.rules is logged, and the other settings still apply', async () => {
    const since = client.diagnostics.length;
    await client.changeSettings({ rules: { 'dotenv/weak-secrett': 'off', 'dotenv/weak-secret': 'off' } });
    const after = await client.waitForDiagnostics(uri, () => true, since);
    assert.ok(!codes(after.diagnostics).includes('dotenv/weak-secret'));
    await client.waitFor(
      () =>
        client.logs.find(
          (log) => log.message.includes('harden.rules') && log.message.includes('dotenv/weak-secrett'),
        ),
      'a log line about the unknown rule',
    );
  });

  test('harden.enable false clears the diagnostics', async () => {
    const since = client.diagnostics.length;
    await client.changeSettings({ enable: false });
    const after = await client.waitForDiagnostics(uri, () => true, since);
    assert.deepEqual(after.diagnostics, []);
  });

  test('harden.maxFileSize lowers the size limit', async () => {
    const since = client.diagnostics.length;
    await client.changeSettings({ maxFileSize: 16 });
    const after = await client.waitForDiagnostics(uri, () => true, since);
    assert.deepEqual(codes(after.diagnostics), ['harden/file-skipped']);
  });

  test('harden.run onSave: typing does not lint, saving does', async () => {
    let since = client.diagnostics.length;
    await client.changeSettings({ run: 'onSave' });
    await client.waitForDiagnostics(uri, () => true, since);
    since = client.diagnostics.length;
    await client.edit(uri, [
      { range: { start: { line: 1, character: 10 }, end: { line: 1, character: 11 } }, newText: '0' },
    ]);
    await client.expectNoDiagnostics(uri, since);
    await client.save(uri);
    const saved = await client.waitForCurrentDiagnostics(uri, since);
    assert.ok(!codes(saved.diagnostics).includes('dotenv/debug-in-production'));
    await client.replaceText(uri, ENV_PROD);
    await client.save(uri);
    await client.waitForCurrentDiagnostics(uri, since);
  });

  test('harden.preset applies when there is no .harden.yaml', async () => {
    const other = await client.open('.env.production', 'APP_URL=http://shop.example.com\n', 'dotenv');
    assert.deepEqual(codes((await client.waitForDiagnostics(other)).diagnostics), []);
    const since = client.diagnostics.length;
    await client.changeSettings({ preset: 'strict' });
    const strict = await client.waitForDiagnostics(other, () => true, since);
    assert.deepEqual(codes(strict.diagnostics), ['dotenv/insecure-url']);
    await client.close(other);
  });
});

describe('settings pushed by a client without workspace/configuration', () => {
  let client: LspClient;
  let uri: string;

  before(async () => {
    ensureServerBuilt();
    client = await LspClient.start(tempWorkspace({}), {
      capabilities: { workspace: { configuration: false } },
    });
    uri = await client.open('.env.prod', ENV_PROD, 'dotenv');
  });
  after(() => client.kill());

  test('the defaults apply until settings arrive with didChangeConfiguration', async () => {
    assert.ok(codes((await client.waitForDiagnostics(uri)).diagnostics).includes('dotenv/weak-secret'));
    assert.deepEqual(client.configurationRequests, []);
    const since = client.diagnostics.length;
    await client.changeSettings({ rules: { 'dotenv/weak-secret': 'off' } });
    const after = await client.waitForDiagnostics(uri, () => true, since);
    assert.ok(!codes(after.diagnostics).includes('dotenv/weak-secret'));
  });
});

describe('.harden.yaml', () => {
  let client: LspClient;
  let root: string;
  let uri: string;

  before(async () => {
    ensureServerBuilt();
    root = tempWorkspace({
      '.env.prod': ENV_PROD,
      '.harden.yaml': 'rules:\n  dotenv/weak-secrett: off\n  dotenv/debug-in-production: off\n',
    });
    client = await LspClient.start(root, {
      settings: { rules: { 'dotenv/debug-in-production': 'warning' } },
    });
    uri = await client.open('.env.prod', ENV_PROD, 'dotenv');
  });
  after(() => client.kill());

  test('its problems are published on the file, even when it is not open', async () => {
    const { diagnostics } = await client.waitForDiagnostics(uriOf(root, '.harden.yaml'));
    assert.equal(diagnostics.length, 1);
    const [problem] = diagnostics;
    assert.equal(problem!.code, 'harden/config-error');
    assert.equal(problem!.source, 'harden');
    assert.equal(problem!.severity, DiagnosticSeverity.Error);
    assert.equal(problem!.range.start.line, 1);
    assert.match(messageOf(problem!), /dotenv\/weak-secret/);
  });

  test('its valid parts apply, and win over harden.rules for the rules it sets', async () => {
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.ok(!codes(diagnostics).includes('dotenv/debug-in-production'));
    assert.ok(codes(diagnostics).includes('dotenv/weak-secret'));
  });

  test('editing it in the editor re-lints the open documents and republishes its problems', async () => {
    const beforeOpen = client.diagnostics.length;
    const configUri = await client.open(
      '.harden.yaml',
      'rules:\n  dotenv/weak-secrett: off\n  dotenv/debug-in-production: off\n',
      'yaml',
    );
    const problem = (
      await client.waitForDiagnostics(
        configUri,
        (p) => p.diagnostics.length === 1,
        beforeOpen,
        'the config problem',
      )
    ).diagnostics[0]!;
    const published = client.diagnostics.length;
    const actions = await client.codeActions(configUri, problem.range, [problem]);
    assert.deepEqual(titles(actions), ['Show documentation for harden/config-error']);
    // Asking for actions did not lint the config file as a document (which would clear its problems).
    assert.deepEqual(
      client.diagnostics.slice(published).filter((p) => p.uri === configUri && p.diagnostics.length === 0),
      [],
    );

    const since = client.diagnostics.length;
    await client.replaceText(configUri, 'extends: [recommended]\nrules:\n  dotenv/weak-secret: off\n');
    await client.waitForDiagnostics(
      configUri,
      (p) => p.diagnostics.length === 0,
      since,
      'the fixed config without problems',
    );
    const after = await client.waitForDiagnostics(
      uri,
      (p) => !codes(p.diagnostics).includes('dotenv/weak-secret'),
      since,
      'diagnostics with the edited config',
    );
    // Without the file's setting, the editor's harden.rules now applies to debug-in-production.
    assert.ok(codes(after.diagnostics).includes('dotenv/debug-in-production'));
    // Closed without saving: the file on disk applies again.
    const beforeClose = client.diagnostics.length;
    await client.close(configUri);
    const restored = await client.waitForDiagnostics(uriOf(root, '.harden.yaml'), () => true, beforeClose);
    assert.equal(restored.diagnostics.length, 1);
    const relinted = await client.waitForDiagnostics(uri, () => true, beforeClose);
    assert.ok(!codes(relinted.diagnostics).includes('dotenv/debug-in-production'));
  });

  test('a change on disk reported by the watcher re-lints the open documents', async () => {
    writeFile(root, '.harden.yaml', 'rules:\n  dotenv/debug-in-production: off\n  dotenv/weak-secret: off\n');
    const since = client.diagnostics.length;
    await client.filesChanged([{ uri: uriOf(root, '.harden.yaml'), type: FileChangeType.Changed }]);
    const config = await client.waitForDiagnostics(uriOf(root, '.harden.yaml'), () => true, since);
    assert.deepEqual(config.diagnostics, []);
    const after = await client.waitForDiagnostics(uri, () => true, since);
    assert.ok(!codes(after.diagnostics).includes('dotenv/weak-secret'));
    assert.ok(!codes(after.diagnostics).includes('dotenv/debug-in-production'));
  });

  test('deleting it brings back the preset from the settings', async () => {
    fs.rmSync(path.join(root, '.harden.yaml'));
    const since = client.diagnostics.length;
    await client.filesChanged([{ uri: uriOf(root, '.harden.yaml'), type: FileChangeType.Deleted }]);
    const after = await client.waitForDiagnostics(uri, () => true, since);
    assert.ok(codes(after.diagnostics).includes('dotenv/weak-secret'));
  });
});

describe('a .harden.yaml that is not a regular file', () => {
  let client: LspClient | undefined;
  after(() => client?.kill());

  test('a FIFO is reported as unreadable instead of blocking the server', async (t) => {
    ensureServerBuilt();
    const root = tempWorkspace({ '.env.prod': ENV_PROD });
    if (spawnSync('mkfifo', [path.join(root, '.harden.yaml')]).status !== 0) {
      t.skip('mkfifo is not available');
      return;
    }
    client = await LspClient.start(root);
    const uri = await client.open('.env.prod', ENV_PROD, 'dotenv');
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.ok(codes(diagnostics).includes('dotenv/weak-secret'));
    const config = await client.waitForDiagnostics(uriOf(root, '.harden.yaml'));
    assert.deepEqual(codes(config.diagnostics), ['harden/config-error']);
    assert.match(messageOf(config.diagnostics[0]!), /not a regular file/);
  });
});
