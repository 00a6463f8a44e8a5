/**
 * Language-server figures over real stdio: time from spawn to the first diagnostics of an opened
 * `.env`, and the edit → diagnostics round trip on a large `.env` and a 10,000-line nginx.conf. The server debounces typing;
 * the round trip is reported with the debounce subtracted, so the figure is the server's work.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  ConfigurationRequest,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { SERVER_NODE_FLAGS } from '../server/src/shared/node-flags.ts';
import { ms, summarizeSamples } from './stats.ts';
import { generateDotenvFile, seededRandom } from './workloads/dotenv.ts';
import { generateNginxLines } from './workloads/nginx.ts';

/** Keep in step with the server's typing debounce (server/src/lsp). */
const DEBOUNCE_MS = Number(process.env.HARDEN_BENCH_DEBOUNCE_MS ?? 150);
/** Edits made after opening before the timed ones (see editLatency), and the timed ones. */
const EDITS_BEFORE_TIMING = 5;
const TIMED_EDITS = 40;

export async function runServerBench(): Promise<void> {
  const serverPath = path.resolve('dist/server.js');
  if (!fs.existsSync(serverPath)) {
    console.log('server: dist/server.js is missing (npm run build)');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'harden-bench-server-'));
  const file = path.join(dir, '.env.prod');
  const big = generateDotenvFile(seededRandom(3), 2000);
  fs.writeFileSync(file, 'APP_ENV=prod\nAPP_DEBUG=1\n');
  const started = performance.now();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, serverPath, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const waiting: ((p: PublishDiagnosticsParams) => void)[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => waiting.shift()?.(p));
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const next = () => new Promise<PublishDiagnosticsParams>((resolve) => waiting.push(resolve));
  try {
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }],
      capabilities: { workspace: { configuration: true } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    const uri = pathToFileURL(file).href;
    const first = next();
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'dotenv', version: 1, text: 'APP_ENV=prod\nAPP_DEBUG=1\n' },
    });
    const diagnostics = await first;
    console.log(
      `server: spawn → first diagnostics ${ms(performance.now() - started)} (${diagnostics.diagnostics.length} diagnostics)`,
    );
    const editLatency = async (target: string, languageId: string, text: string) => {
      const targetUri = pathToFileURL(target).href;
      let version = 1;
      const opened = next();
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: targetUri, languageId, version: version++, text },
      });
      const shown = (await opened).diagnostics.length;
      const samples: number[] = [];
      // The first edits after opening are timed apart: the server's code is not compiled by the
      // JIT yet. The figures below are those of typing in a file, edit after edit.
      const firstEdits: number[] = [];
      for (let i = 0; i < EDITS_BEFORE_TIMING + TIMED_EDITS; i++) {
        const published = next();
        const t0 = performance.now();
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri: targetUri, version: version++ },
          contentChanges: [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              text: `# edit ${i}\n`,
            },
          ],
        });
        await published;
        (i < EDITS_BEFORE_TIMING ? firstEdits : samples).push(performance.now() - t0 - DEBOUNCE_MS);
      }
      return { ...summarizeSamples(samples), shown, first: firstEdits[0]! };
    };
    const env = await editLatency(path.join(dir, '.env.local'), 'dotenv', big);
    console.log(
      `server: 2,000-line .env, edit → diagnostics (debounce of ${DEBOUNCE_MS} ms subtracted): median ${ms(env.median)}, ` +
        `p95 ${ms(env.p95)} over ${TIMED_EDITS} edits after ${EDITS_BEFORE_TIMING}; the first edit: ${ms(env.first)}`,
    );
    // The editor's view of the nginx target: a 10,000-line configuration, its thousands of
    // diagnostics serialised and published after each edit.
    const nginx = await editLatency(
      path.join(dir, 'nginx', 'nginx.conf'),
      'nginx',
      generateNginxLines(10000, seededRandom(1)),
    );
    console.log(
      `server: 10,000-line nginx.conf (${nginx.shown} diagnostics), edit → diagnostics (debounce subtracted): ` +
        `median ${ms(nginx.median)}, p95 ${ms(nginx.p95)}; the first edit: ${ms(nginx.first)}`,
    );
  } finally {
    connection.dispose();
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
