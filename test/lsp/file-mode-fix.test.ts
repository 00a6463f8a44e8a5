/**
 * A file-permission fix is not a text edit: its code action is a server command that asks the
 * user first. No rule of the built bundle has one yet, so a made-up rule runs in-process.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol/node';
import { defineRule } from '../../server/src/engine/rule.ts';
import { codes, tempWorkspace, titles, writeFile, type LspClient } from './harness.ts';
import { startInProcess, type InProcessServer } from './in-process-server.ts';

const worldWritable = defineRule<string[]>({
  meta: {
    id: 'shell/world-writable',
    format: 'shell',
    severity: 'error',
    title: 'World-writable script',
    presets: ['recommended'],
    messages: { writable: 'This script is writable by every user.' },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const mode = context.workspace.stat(file)?.mode;
    if (mode === undefined || (mode & 0o002) === 0) return;
    context.report({
      messageId: 'writable',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      fix: () => ({
        title: 'Change the mode to 755',
        kind: 'mode',
        edits: [],
        chmod: [{ file, mode: 0o755 }],
      }),
    });
  },
});

describe('a file-permission fix', () => {
  let server: InProcessServer;
  let client: LspClient;
  let root: string;
  let answer: string | undefined;

  before(async () => {
    root = tempWorkspace({});
    server = await startInProcess([worldWritable], root, { answerMessage: () => answer });
    client = server.client;
  });
  after(() => server.stop());

  async function modeAction(relative: string): Promise<CodeAction> {
    const file = writeFile(root, relative, 'echo hello\n');
    fs.chmodSync(file, 0o777);
    const uri = await client.open(relative, 'echo hello\n', 'shellscript');
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(codes(diagnostics), ['shell/world-writable']);
    const actions = await client.codeActions(uri, diagnostics[0]!.range, diagnostics);
    assert.deepEqual(titles(actions), [
      'Change the mode to 755',
      'Disable shell/world-writable for this line',
      'Disable shell/world-writable for the entire file',
      'Show documentation for shell/world-writable',
    ]);
    return actions![0] as CodeAction;
  }

  test('is offered as a command, not an edit, and changes nothing when the user declines', async () => {
    const action = await modeAction('decline.sh');
    assert.equal(action.isPreferred, true);
    assert.equal(action.edit, undefined);
    assert.equal(action.command?.command, 'harden.server.applyFileMode');
    answer = undefined;
    const changed = await client.connection.sendRequest('workspace/executeCommand', {
      command: action.command!.command,
      arguments: action.command!.arguments,
    });
    assert.equal(changed, false);
    const asked = client.messageRequests[client.messageRequests.length - 1]!;
    assert.match(asked.message, /decline\.sh → 755/);
    assert.equal(fs.statSync(path.join(root, 'decline.sh')).mode & 0o777, 0o777);
  });

  test('changes the mode once the user confirms, and the diagnostic goes away', async () => {
    const action = await modeAction('confirm.sh');
    answer = 'Change permissions';
    const since = client.diagnostics.length;
    const changed = await client.connection.sendRequest('workspace/executeCommand', {
      command: action.command!.command,
      arguments: action.command!.arguments,
    });
    assert.equal(changed, true);
    assert.equal(fs.statSync(path.join(root, 'confirm.sh')).mode & 0o777, 0o755);
    const confirmUri = [...client.documents.keys()].find((u) => u.endsWith('/confirm.sh'))!;
    const after = await client.waitForDiagnostics(confirmUri, () => true, since);
    assert.deepEqual(after.diagnostics, []);
  });

  test('refuses a file outside the workspace folders', async () => {
    await assert.rejects(
      client.connection.sendRequest('workspace/executeCommand', {
        command: 'harden.server.applyFileMode',
        arguments: [{ title: 'x', operations: [{ uri: 'file:///etc/passwd', mode: 0o777 }] }],
      }),
      /not in a workspace folder/,
    );
    assert.notEqual(fs.statSync('/etc/passwd').mode & 0o777, 0o777);
  });
});
