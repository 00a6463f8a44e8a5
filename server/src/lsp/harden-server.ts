import fs from 'node:fs';
import nodePath from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type CodeActionParams,
  type Connection,
  type DidChangeWatchedFilesParams,
  type CompletionParams,
  type DocumentSymbolParams,
  type HoverParams,
  type ExecuteCommandParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES } from '../engine/config.ts';
import type { FormatTable } from '../engine/linter.ts';
import { Linter } from '../engine/linter.ts';
import type { AnyRule, RuleMeta } from '../engine/rule.ts';
import type { FormatId, Parsed } from '../engine/types.ts';
import {
  AUDIT_WORKSPACE_REQUEST,
  EXPORT_REPORT_REQUEST,
  RULE_DOCS_REQUEST,
  SERVER_COMMANDS,
  type AuditSummary,
  type AuditWorkspaceParams,
  type ExportReportParams,
  type ExportReportResult,
  type RuleDocsParams,
  type RuleDocsResult,
} from '../shared/protocol.ts';
import { codeActions, FIX_ALL_KIND } from './code-actions.ts';
import { ConfigDiagnostics } from './config-diagnostics.ts';
import { ConfigFiles, configTextReader, isConfigFileName } from './config-files.ts';
import { DocumentLinter } from './document-lint.ts';
import { documentSymbols } from './document-symbols.ts';
import { nginxCompletions, nginxHover } from './nginx-assist.ts';
import { OpenDocuments } from './documents.ts';
import { exportReport } from './export-report.ts';
import { applyFileMode } from './file-mode-command.ts';
import { connectionLogger } from './logger.ts';
import { LiveDiagnostics } from './live-diagnostics.ts';
import { guardNotification, guardRequest, RequestFailure } from './request-guard.ts';
import { RuleDocs } from './rule-docs.ts';
import { DocumentSettings } from './settings.ts';
import { StatusReporter } from './status.ts';
import { WorkspaceAudit } from './workspace-audit.ts';
import { WorkspaceFolders } from './workspace-folders.ts';
import { uriToPath } from './uris.ts';

export interface HardenServerOptions {
  rules: readonly AnyRule[];
  /** Metadata of every finding (rules and the engine's own), for config validation, docs, reports. */
  ruleMetas: readonly RuleMeta[];
  formats: FormatTable;
  version: string;
  /** Folders that hold the rules' documentation pages. */
  docsDirectories: readonly string[];
}

const CONFIG_WATCH_GLOB = `**/{${CONFIG_FILE_NAMES.join(',')}}`;

/**
 * Wires the engine to an LSP connection: documents, settings, diagnostics, code actions,
 * workspace audit, export, rule docs and status. Each concern lives in its own module; this
 * function only connects them. `server.ts` calls it with the real rules and formats; tests
 * may call it with others.
 */
export function startHardenServer(connection: Connection, options: HardenServerOptions): void {
  const log = connectionLogger(connection);
  const documents = new OpenDocuments();
  const folders = new WorkspaceFolders();
  const linter = new Linter(options.rules, options.formats);
  const ruleDocs = new RuleDocs(options.ruleMetas, options.docsDirectories);
  const status = new StatusReporter(connection);
  const configs = new ConfigFiles(
    options.ruleMetas,
    configTextReader((path) => documents.byPath(path)?.getText()),
    (path) => documents.byPath(path) !== undefined || fs.existsSync(path),
  );
  const uriOf = (path: string): string => documents.uriOf(path);
  const configDiagnostics = new ConfigDiagnostics(connection, configs, folders, uriOf);

  let capabilities: ClientCapabilities = {};
  // Created in onInitialize, once the client's capabilities are known.
  let settings: DocumentSettings;
  let documentLinter: DocumentLinter;
  let live: LiveDiagnostics;
  let audit: WorkspaceAudit;

  /** The `.harden.yaml` of a folder root, when the path is one. */
  const configRootOf = (path: string | undefined): string | undefined => {
    if (path === undefined || !isConfigFileName(path)) return undefined;
    const root = nodePath.posix.dirname(path);
    return folders.all().some((f) => f.path === root) ? root : undefined;
  };
  const isConfigDocument = (uri: string): boolean => configRootOf(documents.pathOf(uri)) !== undefined;

  const configChanged = (root: string | undefined): void => {
    configs.invalidate(root);
    configDiagnostics.publishAll();
    live.relintAll(isConfigDocument);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities;
    if (params.workspaceFolders) folders.set(params.workspaceFolders);
    else if (params.rootUri)
      folders.set([{ uri: params.rootUri, name: nodePath.basename(uriToPath(params.rootUri) ?? '') }]);
    settings = new DocumentSettings(connection, capabilities.workspace?.configuration === true);
    documentLinter = new DocumentLinter({
      linter,
      formats: options.formats,
      ruleMetas: options.ruleMetas,
      documents,
      folders,
      configs,
      settings,
      log,
    });
    audit = new WorkspaceAudit({
      connection,
      documents,
      folders,
      documentLinter,
      linter,
      ruleMetas: options.ruleMetas,
      version: options.version,
      status,
      log,
      serverProgress: capabilities.window?.workDoneProgress === true,
    });
    live = new LiveDiagnostics({
      connection,
      documents,
      linter: documentLinter,
      status,
      log,
      onClosed: async (_uri, path) =>
        path !== undefined && audit.covers(path) ? audit.refreshFromDisk(path) : false,
    });
    return {
      capabilities: {
        textDocumentSync: {
          openClose: true,
          change: TextDocumentSyncKind.Incremental,
          save: { includeText: false },
        },
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND],
          resolveProvider: false,
        },
        executeCommandProvider: { commands: [SERVER_COMMANDS.applyFileMode] },
        documentSymbolProvider: { label: 'Harden' },
        hoverProvider: true,
        completionProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'harden', version: options.version },
    };
  });

  connection.onInitialized(
    guardNotification(log, 'initialized', async () => {
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: CONFIG_WATCH_GLOB }],
        });
      }
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'harden' });
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guardNotification(log, 'workspace/didChangeWorkspaceFolders', (event) => {
            for (const removed of event.removed) folders.remove(removed);
            for (const added of event.added) folders.add(added);
            configChanged(undefined);
          }),
        );
      }
      configDiagnostics.publishAll();
      const formats = Object.keys(options.formats).join(', ');
      log.info(`Harden ${options.version}: ${options.rules.length} rules for ${formats}.`);
      status.ready();
    }),
  );

  // A config document is handled once per version: `didOpen` fires both open and change events.
  const configVersions = new Map<string, number>();
  const configDocumentEdited = (document: TextDocument): boolean => {
    const root = configRootOf(documents.pathOf(document.uri));
    if (root === undefined) return false;
    if (configVersions.get(document.uri) !== document.version) {
      configVersions.set(document.uri, document.version);
      configChanged(root);
    }
    return true;
  };
  const opened = guardNotification(log, 'textDocument/didOpen', (document: TextDocument) => {
    if (!configDocumentEdited(document)) live.opened(document);
  });
  const changed = guardNotification(log, 'textDocument/didChange', async (document: TextDocument) => {
    if (!configDocumentEdited(document)) await live.changed(document);
  });
  const saved = guardNotification(log, 'textDocument/didSave', async (document: TextDocument) => {
    await live.saved(document);
    // Other documents may read the saved one: an nginx snippet that a server includes, the
    // `.env.local` whose keys replace those of `.env`. Their lints read open buffers, so a saved
    // file is when their findings may have changed for good.
    live.relintAll((uri) => uri === document.uri || isConfigDocument(uri));
  });
  const closed = guardNotification(log, 'textDocument/didClose', (document: TextDocument) => {
    const root = configRootOf(documents.pathOf(document.uri));
    settings.forget(document.uri);
    if (root === undefined) return live.closed(document.uri);
    // The file on disk applies again: its unsaved edits are gone.
    configVersions.delete(document.uri);
    configChanged(root);
  });
  documents.documents.onDidOpen((event) => opened(event.document));
  documents.documents.onDidChangeContent((event) => changed(event.document));
  documents.documents.onDidSave((event) => saved(event.document));
  documents.documents.onDidClose((event) => closed(event.document));

  connection.onDidChangeConfiguration(
    guardNotification(log, 'workspace/didChangeConfiguration', (params) => {
      settings.changed(params.settings);
      documentLinter.settingsChanged();
      live.relintAll(isConfigDocument);
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardNotification(log, 'workspace/didChangeWatchedFiles', (params: DidChangeWatchedFilesParams) => {
      const roots = new Set<string>();
      for (const change of params.changes) {
        const path = uriToPath(change.uri);
        if (path === undefined || !isConfigFileName(path)) continue;
        // An open config is read from its buffer: the disk only matters once it is closed.
        if (change.type !== FileChangeType.Deleted && documents.byPath(path)) continue;
        roots.add(nodePath.posix.dirname(path));
      }
      if (roots.size === 0) return;
      for (const root of roots) configs.invalidate(root);
      configDiagnostics.publishAll();
      live.relintAll(isConfigDocument);
    }),
  );

  /** The open document's format and fresh parse, for the requests that read its structure. */
  const parsedDocument = (uri: string): { format: FormatId; parsed: Parsed } | undefined => {
    const document = documents.get(uri);
    const format = document && documents.formatOf(document);
    const path = document && uriToPath(document.uri);
    const parsed =
      format && path !== undefined ? options.formats[format]?.parse(document.getText(), path) : undefined;
    return format && parsed ? { format, parsed } : undefined;
  };

  connection.onDocumentSymbol(
    guardRequest(log, 'textDocument/documentSymbol', (params: DocumentSymbolParams) => {
      const found = parsedDocument(params.textDocument.uri);
      return found ? documentSymbols(found.format, found.parsed) : [];
    }),
  );

  connection.onHover(
    guardRequest(log, 'textDocument/hover', (params: HoverParams) => {
      const found = parsedDocument(params.textDocument.uri);
      return found?.format === 'nginx' ? nginxHover(found.parsed, params.position) : null;
    }),
  );

  connection.onCompletion(
    guardRequest(log, 'textDocument/completion', (params: CompletionParams) => {
      const found = parsedDocument(params.textDocument.uri);
      return found?.format === 'nginx' ? nginxCompletions(found.parsed, params.position) : [];
    }),
  );

  connection.onCodeAction(
    guardRequest(log, 'textDocument/codeAction', async (params: CodeActionParams) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      // A config file is not linted: its problems only get their documentation action.
      const lint = isConfigDocument(document.uri) ? undefined : await live.current(document);
      return codeActions(params, {
        document,
        lint,
        formats: options.formats,
        target: {
          uriOf,
          versionOf: (uri) => documents.get(uri)?.version ?? null,
          documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
        },
      });
    }),
  );

  connection.onExecuteCommand(
    guardRequest(log, 'workspace/executeCommand', async (params: ExecuteCommandParams) => {
      if (params.command !== SERVER_COMMANDS.applyFileMode)
        throw new RequestFailure(`Unknown command: ${params.command}`);
      const changed = await applyFileMode(connection, folders, params.arguments?.[0]);
      if (changed) live.relintAll(isConfigDocument);
      return changed;
    }),
  );

  connection.onRequest(
    AUDIT_WORKSPACE_REQUEST,
    guardRequest<AuditWorkspaceParams | undefined, AuditSummary>(
      log,
      AUDIT_WORKSPACE_REQUEST,
      (params, token) => audit.run(params, token),
    ),
  );
  connection.onRequest(
    EXPORT_REPORT_REQUEST,
    guardRequest<ExportReportParams | undefined, ExportReportResult>(
      log,
      EXPORT_REPORT_REQUEST,
      (params, token) => exportReport(params, audit, token),
    ),
  );
  connection.onRequest(
    RULE_DOCS_REQUEST,
    guardRequest<RuleDocsParams | undefined, RuleDocsResult>(log, RULE_DOCS_REQUEST, (params) =>
      ruleDocs.get(params?.ruleId),
    ),
  );

  connection.onShutdown(() => {
    live?.dispose();
  });

  documents.documents.listen(connection);
  connection.listen();
}
