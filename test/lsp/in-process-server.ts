/**
 * The server's wiring (`startHardenServer`) run in this process over a pair of streams, with
 * rules and a format made up for the test: for what the real rules of the built bundle cannot
 * show (a rule that throws, a file-permission fix, related locations).
 */
import { PassThrough } from 'node:stream';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { ENGINE_RULES } from '../../server/src/engine/engine-rules.ts';
import type { Format } from '../../server/src/engine/format.ts';
import type { AnyRule, RuleMeta } from '../../server/src/engine/rule.ts';
import { startHardenServer } from '../../server/src/lsp/harden-server.ts';
import { LspClient, type ClientOptions } from './harness.ts';

/** A toy language: every line is a statement, `#` starts a comment; `*.sh` files are detected as it. */
export const lineFormat: Format<string[]> = {
  id: 'shell',
  commentPrefix: '#',
  parse: (text) => ({ ast: text.split('\n'), problems: [], fullyUnderstood: true }),
};

export interface InProcessServer {
  client: LspClient;
  stop(): void;
}

export async function startInProcess(
  rules: AnyRule[],
  root: string,
  options: ClientOptions = {},
): Promise<InProcessServer> {
  const serverInput = new PassThrough();
  const serverOutput = new PassThrough();
  const connection = createConnection(
    new StreamMessageReader(serverInput),
    new StreamMessageWriter(serverOutput),
  );
  startHardenServer(connection, {
    rules,
    ruleMetas: [...ENGINE_RULES, ...rules.map((r) => r.meta as RuleMeta)],
    formats: { shell: lineFormat },
    version: '0.0.0-test',
    docsDirectories: [],
  });
  const client = await LspClient.connect(
    new StreamMessageReader(serverOutput),
    new StreamMessageWriter(serverInput),
    root,
    options,
  );
  return {
    client,
    stop() {
      client.kill();
      connection.dispose();
      serverInput.end();
    },
  };
}
