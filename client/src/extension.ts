import { commands, window, workspace } from 'vscode';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../server/src/shared/node-flags.ts';
import { COMMANDS, STATUS_NOTIFICATION } from '../../server/src/shared/protocol.ts';
import type { StatusParams } from '../../server/src/shared/protocol.ts';
import { WorkspaceAudit } from './audit.ts';
import { SERVER_DOCUMENT_SELECTOR } from './document-selector.ts';
import { showRuleDocumentation } from './docs.ts';
import { exportReport } from './export.ts';
import { ServerStatusItem } from './status.ts';
import { SettingTraceChannel } from './trace-channel.ts';

let client: LanguageClient | undefined;

/**
 * Starts the language server and registers the commands. Everything Harden knows lives in the
 * server: the client parses nothing and reads no workspace file, so activation stays cheap and
 * the editor and the CLI cannot disagree. Nothing here depends on workspace trust.
 */
export function activate(context: ExtensionContext): void {
  const output = window.createOutputChannel('Harden', { log: true });
  const trace = new SettingTraceChannel('Harden Trace');
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_FLAGS] },
    },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] },
    },
  };
  const configWatcher = workspace.createFileSystemWatcher('**/.harden.{yaml,yml}');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...SERVER_DOCUMENT_SELECTOR],
    synchronize: { configurationSection: 'harden', fileEvents: configWatcher },
    outputChannel: output,
    traceOutputChannel: trace,
  };
  const languageClient = new LanguageClient('harden', 'Harden', serverOptions, clientOptions);
  client = languageClient;

  const status = new ServerStatusItem();
  const audit = new WorkspaceAudit(languageClient);
  context.subscriptions.push(
    output,
    trace,
    configWatcher,
    status,
    languageClient.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.serverStatus(params)),
    languageClient.onDidChangeState((event) => status.clientState(event.newState)),
    commands.registerCommand(COMMANDS.auditWorkspace, () => audit.run()),
    commands.registerCommand(COMMANDS.exportReport, (...args: unknown[]) =>
      exportReport(languageClient, ...args),
    ),
    commands.registerCommand(COMMANDS.showRuleDocumentation, (ruleId?: unknown) =>
      showRuleDocumentation(languageClient, context.extensionUri, ruleId),
    ),
    commands.registerCommand(COMMANDS.restartServer, async () => {
      try {
        await languageClient.restart();
      } catch (error) {
        reportStartFailure(output, status, error);
      }
    }),
    commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
  );

  // Not awaited: activation returns at once and the server starts in the background.
  languageClient.start().catch((error: unknown) => reportStartFailure(output, status, error));
}

function reportStartFailure(
  output: { error(message: string): void },
  status: ServerStatusItem,
  error: unknown,
): void {
  const message = error instanceof Error ? error.message : String(error);
  output.error(`The Harden language server could not start: ${message}`);
  status.startFailed(message);
}

export function deactivate(): Thenable<void> | undefined {
  const stopping = client?.stop();
  client = undefined;
  return stopping;
}
