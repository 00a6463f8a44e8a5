import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { publishedDiagnostics } from './conversions.ts';
import type { DocumentLint, DocumentLinter } from './document-lint.ts';
import type { OpenDocuments } from './documents.ts';
import { describeError, type Logger } from './logger.ts';
import type { StatusReporter } from './status.ts';

/** Typing pauses shorter than this do not start a lint. */
export const LINT_DEBOUNCE_MS = 150;

export interface LiveDiagnosticsDependencies {
  connection: Connection;
  documents: OpenDocuments;
  linter: DocumentLinter;
  status: StatusReporter;
  log: Logger;
  /** A document was closed; returns true when something else (the audit) now owns its diagnostics. */
  onClosed(uri: string, path: string | undefined): Promise<boolean>;
}

/**
 * Diagnostics of the open documents: linted on open, as the user types (debounced per document)
 * or on save, and cleared on close. The last lint of each document is kept for the code actions.
 */
export class LiveDiagnostics {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly results = new Map<string, DocumentLint>();
  /** Version each document's newest lint was started for; older lints do not publish. */
  private readonly requested = new Map<string, number>();
  private readonly inFlight = new Map<string, Promise<DocumentLint | undefined>>();

  constructor(private readonly deps: LiveDiagnosticsDependencies) {}

  opened(document: TextDocument): void {
    this.lintNow(document);
  }

  async changed(document: TextDocument): Promise<void> {
    if (this.requested.get(document.uri) === document.version) return;
    const settings = await this.deps.linter.settingsFor(document.uri);
    if (settings.run === 'onType') this.schedule(document.uri, LINT_DEBOUNCE_MS);
  }

  async saved(document: TextDocument): Promise<void> {
    const settings = await this.deps.linter.settingsFor(document.uri);
    if (settings.run === 'onSave') this.lintNow(document);
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.results.delete(uri);
    this.requested.delete(uri);
    this.inFlight.delete(uri);
    const path = this.deps.documents.pathOf(uri);
    void this.deps
      .onClosed(uri, path)
      .then((owned) => {
        if (!owned) void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
      })
      .catch((error: unknown) => this.deps.log.error(`After closing ${uri}: ${describeError(error)}`));
  }

  /** Every open document again (settings or `.harden.yaml` changed); `except` is left alone. */
  relintAll(except?: (uri: string) => boolean): void {
    for (const document of this.deps.documents.all()) {
      if (except?.(document.uri)) continue;
      this.schedule(document.uri, 0);
    }
  }

  /**
   * The lint of the document's current text, for the code actions: the cached one when it is
   * up to date, else a fresh one (which is also published).
   */
  async current(document: TextDocument): Promise<DocumentLint | undefined> {
    const cached = this.results.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const running = this.inFlight.get(document.uri);
    if (running && this.requested.get(document.uri) === document.version) {
      const lint = await running;
      if (lint && lint.version === document.version) return lint;
    }
    this.cancel(document.uri);
    return this.lintNow(document);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(uri: string, delay: number): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const document = this.deps.documents.get(uri);
        if (document) void this.lintNow(document);
      }, delay),
    );
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }

  private lintNow(document: TextDocument): Promise<DocumentLint | undefined> {
    const { uri, version } = document;
    this.requested.set(uri, version);
    this.deps.status.lintStarted();
    const run = this.deps.linter
      .lint(document)
      .then((lint) => {
        if (this.requested.get(uri) !== version || !this.deps.documents.get(uri)) return lint;
        this.publish(uri, lint);
        return lint;
      })
      .catch((error: unknown) => {
        this.deps.log.error(`Linting ${uri} failed: ${describeError(error)}`);
        this.deps.status.error(`Linting failed: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      })
      .finally(() => {
        if (this.inFlight.get(uri) === run) this.inFlight.delete(uri);
      });
    this.inFlight.set(uri, run);
    return run;
  }

  private publish(uri: string, lint: DocumentLint | undefined): void {
    if (!lint) {
      this.results.delete(uri);
      void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    this.results.set(uri, lint);
    const uriOf = (path: string): string => this.deps.documents.uriOf(path);
    const diagnostics = publishedDiagnostics(lint.result?.findings ?? [], uriOf);
    void this.deps.connection.sendDiagnostics({ uri, version: lint.version, diagnostics });
    if (lint.result) this.deps.status.linted(uri, lint.durationMs);
    else this.deps.status.ready();
  }
}
