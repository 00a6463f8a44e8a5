import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { TextDocumentSyncKind } from 'vscode-languageserver-protocol/node';
import { ensureServerBuilt, LspClient, tempWorkspace } from './harness.ts';

describe('server lifecycle', () => {
  let client: LspClient | undefined;

  before(() => ensureServerBuilt());
  after(() => client?.kill());

  test('initialize announces incremental sync, code actions with the fix-all kind, and the server command', async () => {
    client = await LspClient.start(tempWorkspace({}));
    const { capabilities, serverInfo } = client.initializeResult;
    assert.equal(serverInfo?.name, 'harden');
    assert.match(serverInfo?.version ?? '', /^\d+\.\d+\.\d+/);
    assert.deepEqual(capabilities.textDocumentSync, {
      openClose: true,
      change: TextDocumentSyncKind.Incremental,
      save: { includeText: false },
    });
    assert.deepEqual(capabilities.codeActionProvider, {
      codeActionKinds: ['quickfix', 'source.fixAll.harden'],
      resolveProvider: false,
    });
    assert.deepEqual(capabilities.executeCommandProvider?.commands, ['harden.server.applyFileMode']);
    assert.equal(capabilities.workspace?.workspaceFolders?.supported, true);
  });

  test('after initialized it watches .harden.yaml and asks for configuration changes, then reports ready', async () => {
    assert.ok(client);
    const watcher = await client.waitFor(
      () => client!.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
      'the file watcher registration',
    );
    assert.deepEqual(watcher.registerOptions, {
      watchers: [{ globPattern: '**/{.harden.yaml,.harden.yml}' }],
    });
    const configuration = await client.waitFor(
      () => client!.registrations.find((r) => r.method === 'workspace/didChangeConfiguration'),
      'the configuration registration',
    );
    assert.deepEqual(configuration.registerOptions, { section: 'harden' });
    await client.waitFor(
      () =>
        client!.notifications.find(
          (n) => n.method === 'harden/status' && (n.params as { state: string }).state === 'ready',
        ),
      'a ready status',
    );
  });

  test('shutdown then exit ends the process with code 0', async () => {
    assert.ok(client);
    assert.equal(await client.shutdown(), 0);
    assert.equal(client.alive, false);
    client = undefined;
  });

  test('exit without shutdown ends the process with code 1, as the protocol says', async () => {
    const other = await LspClient.start(tempWorkspace({}));
    await other.connection.sendNotification('exit');
    const code = await new Promise<number | null>((resolve) => other.child!.on('exit', resolve));
    assert.equal(code, 1);
    other.kill();
  });

  test('--node-ipc starts the same server', async () => {
    const child = spawn(process.execPath, [ensureServerBuilt(), '--node-ipc'], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    try {
      const response = await new Promise<{ id: number; result?: { serverInfo?: { name: string } } }>(
        (resolve, reject) => {
          child.on('message', (message: { id?: number }) => {
            if (message.id === 1) resolve(message as never);
          });
          child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
          child.send({
            jsonrpc: '2.0',
            id: 1,
            method: 'initialize',
            params: { processId: null, rootUri: null, capabilities: {} },
          });
        },
      );
      assert.equal(response.result?.serverInfo?.name, 'harden');
    } finally {
      child.kill();
    }
  });
});
