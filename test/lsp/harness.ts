/**
 * A JSON-RPC client for the built language server, independent of the server's own code: it
 * spawns the built bundle (`dist/server.js`) with `--stdio`, plays the editor's part (answers `workspace/configuration`,
 * `window/workDoneProgress/create`, `client/registerCapability`, `window/showMessageRequest`),
 * keeps the documents it opened in sync, and records every notification so that tests can wait
 * for the one they expect (never with a fixed sleep).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type CodeAction,
  type Command,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type LogMessageParams,
  type MessageReader,
  type MessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type ShowMessageRequestParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REPO_ROOT } from '../helpers/rule-docs.ts';

const BUILT_BUNDLE = path.join(REPO_ROOT, 'dist', 'server.js');
const SOURCES = ['server/src', 'rules', 'package.json', 'scripts/build.mjs'];
let privateBundle: string | undefined;

/** Temporary directories of this process, removed when it exits. */
const temporary: string[] = [];
process.on('exit', () => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

function temporaryDirectory(prefix: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  temporary.push(dir);
  return dir;
}

/**
 * Builds the bundles when a source is newer than `dist/server.js` (one build at a time across
 * test processes), then copies the bundle for this process: other suites (the CLI's) rebuild
 * `dist/` while these tests run, and a server must never start from a half-written file. The
 * copy sits in its own `dist/` beside a `rules` link, the layout the .vsix ships.
 */
export function ensureServerBuilt(): string {
  if (privateBundle) return privateBundle;
  const lock = path.join(os.tmpdir(), 'harden-lsp-test-build.lock');
  for (let attempt = 0; ; attempt++) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than two minutes is from a killed run.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      if (attempt > 600) throw new Error('timed out waiting for another build of dist/server.js');
      sleepSync(200);
    }
  }
  try {
    const built = fs.statSync(BUILT_BUNDLE, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (newestSource() > built) {
      execFileSync(process.execPath, ['scripts/build.mjs'], {
        cwd: REPO_ROOT,
        stdio: 'inherit',
        timeout: 180_000,
      });
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
  const home = temporaryDirectory('harden-lsp-server-');
  fs.mkdirSync(path.join(home, 'dist'));
  fs.symlinkSync(path.join(REPO_ROOT, 'rules'), path.join(home, 'rules'), 'dir');
  const copy = path.join(home, 'dist', 'server.js');
  for (let attempt = 0; ; attempt++) {
    const code = fs.readFileSync(BUILT_BUNDLE, 'utf8');
    try {
      // Compiles without running: a truncated copy (a rebuild was writing it) fails here.
      new vm.Script(code, { filename: copy });
      fs.writeFileSync(copy, code);
      break;
    } catch (error) {
      if (attempt > 50) throw error;
      sleepSync(100);
    }
  }
  privateBundle = copy;
  return copy;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function newestSource(): number {
  let newest = 0;
  const visit = (file: string): void => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(file)) visit(path.join(file, name));
    } else if (/\.(ts|json|mjs)$/.test(file)) newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of SOURCES) visit(path.join(REPO_ROOT, source));
  return newest;
}

/** A temporary workspace folder from a map of relative paths to contents. */
export function tempWorkspace(files: Record<string, string>): string {
  const dir = temporaryDirectory('harden-lsp-');
  for (const [relative, text] of Object.entries(files)) writeFile(dir, relative, text);
  return dir;
}

export function writeFile(root: string, relative: string, text: string): string {
  const full = path.join(root, relative);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  return full;
}

export function uriOf(root: string, relative: string): string {
  return pathToFileURL(path.join(root, relative)).href;
}

export interface Waiter {
  check(): boolean;
  resolve(): void;
}

export interface ClientOptions {
  /** The `harden` settings the client answers with (tests may change them later). */
  settings?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  /** Answer to `window/showMessageRequest`: the title of the action to pick, or undefined. */
  answerMessage?: (params: ShowMessageRequestParams) => string | undefined;
}

const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  window: { workDoneProgress: true },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: {
      relatedInformation: true,
      versionSupport: true,
      codeDescriptionSupport: true,
      dataSupport: true,
    },
    codeAction: {
      codeActionLiteralSupport: {
        codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll'] },
      },
      isPreferredSupport: true,
      dataSupport: true,
    },
  },
};

export interface ProgressEvent {
  token: string | number;
  value: {
    kind: 'begin' | 'report' | 'end';
    title?: string;
    message?: string;
    percentage?: number;
    cancellable?: boolean;
  };
}

export class LspClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly progress: ProgressEvent[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly configurationRequests: unknown[] = [];
  readonly createdProgressTokens: (string | number)[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly messageRequests: ShowMessageRequestParams[] = [];
  readonly documents = new Map<string, TextDocument>();
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  stderr = '';
  private readonly waiters = new Set<Waiter>();
  private exitCode: number | null | undefined;
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly connection: ProtocolConnection,
    readonly child: ChildProcess | undefined,
    readonly root: string,
    private readonly options: ClientOptions,
  ) {
    this.settings = { ...(options.settings ?? {}) };
    this.exited = child
      ? new Promise((resolve) => child.on('exit', (code) => resolve((this.exitCode = code))))
      : new Promise(() => undefined);
    child?.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.listen();
  }

  /** Spawns the built server over stdio and initializes it with `root` as the workspace folder. */
  static async start(root: string, options: ClientOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [ensureServerBuilt(), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    const client = new LspClient(connection, child, root, options);
    await client.initialize();
    return client;
  }

  /** Connects to a server that runs elsewhere (in-process tests) through a reader and a writer. */
  static async connect(
    reader: MessageReader,
    writer: MessageWriter,
    root: string,
    options: ClientOptions = {},
  ) {
    const client = new LspClient(createProtocolConnection(reader, writer), undefined, root, options);
    // No process id: the server would otherwise poll this (its own) process forever.
    await client.initialize(null);
    return client;
  }

  private listen(): void {
    const c = this.connection;
    c.onNotification(PublishDiagnosticsNotification.type, (params) =>
      this.record(() => this.diagnostics.push(params)),
    );
    c.onNotification(LogMessageNotification.type, (params) => this.record(() => this.logs.push(params)));
    c.onUnhandledNotification((message) =>
      this.record(() => this.notifications.push({ method: message.method, params: message.params })),
    );
    c.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params);
      return params.items.map((item) => (item.section === 'harden' ? this.settings : null));
    });
    c.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      this.trackProgress(params.token);
      this.record(() => this.createdProgressTokens.push(params.token));
    });
    c.onRequest(RegistrationRequest.type, (params) => {
      this.record(() => this.registrations.push(...params.registrations));
    });
    c.onRequest(ShowMessageRequest.type, (params) => {
      this.record(() => this.messageRequests.push(params));
      const title = this.options.answerMessage?.(params);
      return params.actions?.find((action) => action.title === title) ?? null;
    });
    c.listen();
  }

  /** Records the `$/progress` notifications of a token (the client's own, or one the server created). */
  trackProgress(token: string | number): void {
    this.connection.onProgress(WorkDoneProgress.type, token, (value) =>
      this.record(() => this.progress.push({ token, value: value as ProgressEvent['value'] })),
    );
  }

  private record(action: () => void): void {
    action();
    for (const waiter of [...this.waiters]) {
      if (waiter.check()) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  /** Resolves with the first value `probe` returns that is not undefined, checked on every message. */
  waitFor<T>(probe: () => T | undefined, description: string, timeoutMs = 10_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let value = probe();
      if (value !== undefined) return resolve(value);
      const waiter: Waiter = {
        check: () => (value = probe()) !== undefined,
        resolve: () => {
          clearTimeout(timer);
          resolve(value as T);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(
          new Error(
            `timed out after ${timeoutMs} ms waiting for ${description}\nserver stderr:\n${this.stderr}`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /**
   * A request's answer, or an error that says which one never came (with the server's stderr)
   * instead of a test that waits forever on a server that stopped answering.
   */
  answered<T>(request: Promise<T>, description: string, timeoutMs = 30_000): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `timed out after ${timeoutMs} ms waiting for ${description}\nserver stderr:\n${this.stderr}`,
            ),
          ),
        timeoutMs,
      );
    });
    return Promise.race([request, timeout]).finally(() => clearTimeout(timer));
  }

  /** The first diagnostics published for `uri` after `since` (an index into `diagnostics`) that satisfy `accept`. */
  waitForDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    since = 0,
    description = `diagnostics for ${uri}`,
  ): Promise<PublishDiagnosticsParams> {
    return this.waitFor(
      () => this.diagnostics.slice(since).find((params) => params.uri === uri && accept(params)),
      description,
    );
  }

  /**
   * Proves that nothing is published for `uri` after `since`. An absence can only be shown by
   * waiting: three times the server's debounce (150 ms), the one bounded wait of these tests.
   */
  async expectNoDiagnostics(uri: string, since: number, waitMs = 450): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    const published = this.diagnostics.slice(since).filter((p) => p.uri === uri);
    if (published.length > 0)
      throw new Error(`unexpected diagnostics for ${uri}: ${JSON.stringify(published)}`);
  }

  /** Diagnostics for the document's current version. */
  waitForCurrentDiagnostics(uri: string, since = 0): Promise<PublishDiagnosticsParams> {
    const version = this.documents.get(uri)?.version;
    return this.waitForDiagnostics(
      uri,
      (p) => p.version === version,
      since,
      `diagnostics of ${uri} v${version}`,
    );
  }

  latestDiagnostics(uri: string): Diagnostic[] | undefined {
    for (let i = this.diagnostics.length - 1; i >= 0; i--) {
      if (this.diagnostics[i]!.uri === uri) return this.diagnostics[i]!.diagnostics;
    }
    return undefined;
  }

  private async initialize(processId: number | null = process.pid): Promise<void> {
    const folderUri = pathToFileURL(this.root).href;
    this.initializeResult = await this.answered(
      this.connection.sendRequest(InitializeRequest.type, {
        processId,
        rootUri: folderUri,
        capabilities: this.options.capabilities ?? DEFAULT_CAPABILITIES,
        workspaceFolders: [{ uri: folderUri, name: path.basename(this.root) }],
      }),
      'the answer to initialize',
    );
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  async open(relative: string, text: string, languageId = 'plaintext'): Promise<string> {
    const uri = uriOf(this.root, relative);
    const document = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, document);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
    return uri;
  }

  /** Applies edits to an open document and sends them as incremental changes. */
  async edit(uri: string, edits: TextEdit[]): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`not open: ${uri}`);
    // Sent from the last edit to the first, so each range refers to the text the server has.
    const sorted = [...edits].sort(
      (a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character,
    );
    const text = TextDocument.applyEdits(document, edits);
    const updated = TextDocument.create(uri, document.languageId, document.version + 1, text);
    this.documents.set(uri, updated);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: updated.version },
      contentChanges: sorted.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
  }

  /** Applies a WorkspaceEdit as an editor would (only to open documents, checking versions). */
  async applyWorkspaceEdit(edit: WorkspaceEdit): Promise<void> {
    const byUri = new Map<string, TextEdit[]>();
    for (const change of edit.documentChanges ?? []) {
      if (!('textDocument' in change)) throw new Error('unexpected resource operation');
      const document = this.documents.get(change.textDocument.uri);
      if (!document) throw new Error(`edit for a document that is not open: ${change.textDocument.uri}`);
      if (change.textDocument.version !== null && change.textDocument.version !== document.version)
        throw new Error(
          `edit for version ${change.textDocument.version}, document is at ${document.version}`,
        );
      byUri.set(change.textDocument.uri, [
        ...(byUri.get(change.textDocument.uri) ?? []),
        ...(change.edits as TextEdit[]),
      ]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {}))
      byUri.set(uri, [...(byUri.get(uri) ?? []), ...edits]);
    for (const [uri, edits] of byUri) await this.edit(uri, edits);
  }

  async replaceText(uri: string, text: string): Promise<void> {
    const document = this.documents.get(uri)!;
    const end = document.positionAt(document.getText().length);
    await this.edit(uri, [{ range: { start: { line: 0, character: 0 }, end }, newText: text }]);
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText();
  }

  codeActions(
    uri: string,
    range: Range,
    diagnostics: Diagnostic[],
    only?: string[],
  ): Promise<(CodeAction | Command)[] | null> {
    return this.answered(
      this.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range,
        context: only ? { diagnostics, only } : { diagnostics },
      }),
      'the answer to textDocument/codeAction',
    );
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { harden: settings },
    });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** `shutdown` then `exit`; resolves with the server's exit code. */
  async shutdown(): Promise<number | null> {
    await this.answered(this.connection.sendRequest(ShutdownRequest.type), 'the answer to shutdown');
    await this.connection.sendNotification(ExitNotification.type);
    const code = await Promise.race([
      this.exited,
      new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000)),
    ]);
    this.connection.dispose();
    if (code === 'timeout') {
      this.child?.kill();
      throw new Error('the server did not exit after shutdown/exit');
    }
    return code;
  }

  /**
   * Ends the server without the protocol's goodbye (for `after` hooks of failed tests). The
   * child is then let go of: its pipes closed and its handle unreferenced, so that this process
   * (and the test runner waiting for it) never stays open for a server that has not gone yet.
   * Once in a loaded full run a test file passed every test and then did not exit for two
   * minutes. A server that outlives this process sees its parent's pid gone and exits.
   */
  kill(): void {
    this.connection.dispose();
    const child = this.child;
    if (!child || this.exitCode !== undefined) return;
    child.kill();
    const force = setTimeout(() => {
      if (this.exitCode === undefined) child.kill('SIGKILL');
    }, 2000);
    force.unref();
    child.stdin?.destroy();
    child.stdout?.destroy();
    child.stderr?.destroy();
    child.unref();
  }

  get alive(): boolean {
    return this.child ? this.exitCode === undefined : true;
  }
}

/** A diagnostic's message as text (LSP 3.18 also allows Markdown content). */
export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** Sorted rule ids of a set of diagnostics. */
export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

export function titles(actions: readonly (CodeAction | Command)[] | null): string[] {
  return (actions ?? []).map((a) => a.title);
}
