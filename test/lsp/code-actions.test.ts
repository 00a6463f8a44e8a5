import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codes, ensureServerBuilt, LspClient, tempWorkspace, titles } from './harness.ts';

const ENV_PROD = 'APP_ENV=dev\nAPP_DEBUG=1\nAPP_SECRET=changeme\n';

function diagnostic(diagnostics: readonly Diagnostic[], code: string, line: number): Diagnostic {
  const found = diagnostics.find((d) => d.code === code && d.range.start.line === line);
  assert.ok(found, `no ${code} on line ${line + 1} in ${JSON.stringify(codes(diagnostics))}`);
  return found;
}

function action(actions: readonly unknown[] | null, title: string): CodeAction {
  const found = (actions ?? []).find((a) => (a as CodeAction).title === title) as CodeAction | undefined;
  assert.ok(found, `no action "${title}" in ${JSON.stringify(titles(actions as CodeAction[]))}`);
  return found;
}

describe('code actions', () => {
  let client: LspClient;
  let uri: string;

  before(async () => {
    ensureServerBuilt();
    client = await LspClient.start(tempWorkspace({ '.env.prod': ENV_PROD }));
    uri = await client.open('.env.prod', ENV_PROD, 'dotenv');
  });
  after(() => client.kill());

  test('the menu of a fixable diagnostic: fix, fix all of the rule, disable line, disable file, docs', async () => {
    const { diagnostics } = await client.waitForCurrentDiagnostics(uri);
    const debug = diagnostic(diagnostics, 'dotenv/debug-in-production', 1);
    const actions = await client.codeActions(uri, debug.range, [debug]);
    assert.deepEqual(titles(actions), [
      'Set APP_DEBUG=0',
      'Fix all dotenv/debug-in-production problems in this file',
      'Disable dotenv/debug-in-production for this line',
      'Disable dotenv/debug-in-production for the entire file',
      'Show documentation for dotenv/debug-in-production',
    ]);
    const [fix, fixAll, line, file, docs] = actions as CodeAction[];
    assert.equal(fix!.isPreferred, true);
    assert.equal(fix!.kind, 'quickfix');
    assert.deepEqual(fix!.diagnostics, [debug]);
    assert.notEqual(fixAll!.isPreferred, true);
    assert.equal(line!.kind, 'quickfix');
    assert.equal(file!.kind, 'quickfix');
    assert.deepEqual(docs!.command, {
      title: 'Show documentation for dotenv/debug-in-production',
      command: 'harden.showRuleDocumentation',
      arguments: ['dotenv/debug-in-production'],
    });
  });

  test('a secret fix says that it generates a random value, and there is no fix-all with one finding', async () => {
    const { diagnostics } = await client.waitForCurrentDiagnostics(uri);
    const secret = diagnostic(diagnostics, 'dotenv/weak-secret', 2);
    const actions = await client.codeActions(uri, secret.range, [secret]);
    const list = titles(actions);
    assert.match(list[0]!, /random/);
    assert.deepEqual(list.slice(1), [
      'Disable dotenv/weak-secret for this line',
      'Disable dotenv/weak-secret for the entire file',
      'Show documentation for dotenv/weak-secret',
    ]);
  });

  test('source.fixAll.harden only when asked for, with every safe fix but no secret', async () => {
    const { diagnostics } = await client.waitForCurrentDiagnostics(uri);
    const debug = diagnostic(diagnostics, 'dotenv/debug-in-production', 1);
    const quick = await client.codeActions(uri, debug.range, [debug]);
    assert.ok(!titles(quick).includes('Fix all auto-fixable Harden problems'));

    const onSave = await client.codeActions(
      uri,
      { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      [],
      ['source.fixAll.harden'],
    );
    assert.deepEqual(titles(onSave), ['Fix all auto-fixable Harden problems']);
    const fixAll = onSave![0] as CodeAction;
    assert.equal(fixAll.kind, 'source.fixAll.harden');
    const before = client.text(uri);
    const edits = fixAll.edit?.documentChanges?.[0];
    assert.ok(edits && 'edits' in edits);
    const after = TextDocument.applyEdits(client.documents.get(uri)!, edits.edits as TextEdit[]);
    assert.equal(after, 'APP_ENV=prod\nAPP_DEBUG=0\nAPP_SECRET=changeme\n');
    assert.equal(client.text(uri), before);

    const source = await client.codeActions(uri, debug.range, [debug], ['source']);
    assert.deepEqual(titles(source), ['Fix all auto-fixable Harden problems']);
  });

  test('applying the preferred fix removes that finding and keeps the others', async () => {
    const { diagnostics } = await client.waitForCurrentDiagnostics(uri);
    const debug = diagnostic(diagnostics, 'dotenv/debug-in-production', 1);
    const fix = action(await client.codeActions(uri, debug.range, [debug]), 'Set APP_DEBUG=0');
    const since = client.diagnostics.length;
    await client.applyWorkspaceEdit(fix.edit!);
    assert.equal(client.text(uri), 'APP_ENV=dev\nAPP_DEBUG=0\nAPP_SECRET=changeme\n');
    const after = await client.waitForCurrentDiagnostics(uri, since);
    assert.ok(
      !after.diagnostics.some((d) => d.code === 'dotenv/debug-in-production' && d.range.start.line === 1),
    );
    diagnostic(after.diagnostics, 'dotenv/debug-in-production', 0);
    diagnostic(after.diagnostics, 'dotenv/weak-secret', 2);
  });

  test('the edit of a fix is versioned: an editor refuses it once the document moved on', async () => {
    const { diagnostics } = await client.waitForCurrentDiagnostics(uri);
    const env = diagnostic(diagnostics, 'dotenv/debug-in-production', 0);
    const fix = action(await client.codeActions(uri, env.range, [env]), 'Set APP_ENV=prod');
    const change = fix.edit!.documentChanges![0]!;
    assert.ok('textDocument' in change);
    assert.equal(change.textDocument.version, client.documents.get(uri)!.version);
  });

  test('"Disable for this line" inserts the comment above, and the finding goes away without an unused-suppression', async () => {
    const { diagnostics } = await client.waitForCurrentDiagnostics(uri);
    const secret = diagnostic(diagnostics, 'dotenv/weak-secret', 2);
    const disable = action(
      await client.codeActions(uri, secret.range, [secret]),
      'Disable dotenv/weak-secret for this line',
    );
    const since = client.diagnostics.length;
    await client.applyWorkspaceEdit(disable.edit!);
    assert.equal(
      client.text(uri),
      'APP_ENV=dev\nAPP_DEBUG=0\n# harden-disable-next-line dotenv/weak-secret\nAPP_SECRET=changeme\n',
    );
    const after = await client.waitForCurrentDiagnostics(uri, since);
    assert.ok(!codes(after.diagnostics).includes('dotenv/weak-secret'));
    assert.ok(!codes(after.diagnostics).includes('harden/unused-suppression'));
  });

  test('"Disable for the entire file" adds the comment at the top', async () => {
    const { diagnostics } = await client.waitForCurrentDiagnostics(uri);
    const env = diagnostic(diagnostics, 'dotenv/debug-in-production', 0);
    const disable = action(
      await client.codeActions(uri, env.range, [env]),
      'Disable dotenv/debug-in-production for the entire file',
    );
    const since = client.diagnostics.length;
    await client.applyWorkspaceEdit(disable.edit!);
    assert.ok(client.text(uri).startsWith('# harden-disable-file dotenv/debug-in-production\nAPP_ENV=dev\n'));
    const after = await client.waitForCurrentDiagnostics(uri, since);
    assert.ok(!codes(after.diagnostics).includes('dotenv/debug-in-production'));
  });

  test('a diagnostic from an older version still gets its documentation action, and no stale edit', async () => {
    const stale: Diagnostic = {
      range: { start: { line: 40, character: 0 }, end: { line: 40, character: 3 } },
      message: 'gone',
      source: 'harden',
      code: 'dotenv/weak-secret',
    };
    const actions = await client.codeActions(uri, stale.range, [stale]);
    assert.deepEqual(titles(actions), ['Show documentation for dotenv/weak-secret']);
  });

  test('diagnostics of other tools get no Harden actions', async () => {
    const other: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
      message: 'x',
      source: 'dotenv-linter',
      code: 'dotenv/weak-secret',
    };
    assert.deepEqual(await client.codeActions(uri, other.range, [other]), []);
  });
});
