import { randomUUID } from 'node:crypto';
import { ProgressLocation, commands, window, workspace } from 'vscode';
import { WorkDoneProgress } from 'vscode-languageclient/node';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AUDIT_WORKSPACE_REQUEST, COMMANDS } from '../../server/src/shared/protocol.ts';
import type { AuditSummary, AuditWorkspaceParams } from '../../server/src/shared/protocol.ts';
import { auditSummaryMessage, enabledExcludeGlobs } from './audit-summary.ts';
import { isCancellation, requestFailureMessage } from './request-errors.ts';
import { WorkDoneProgressForwarder } from './work-done-progress.ts';

const OPEN_PROBLEMS = 'Open Problems';
const EXPORT_REPORT = 'Export Report…';

/** `files.exclude` of every folder: the editor hides these files, so the audit skips them as well. */
function editorExcludes(): string[] {
  const globs = new Set<string>();
  for (const folder of workspace.workspaceFolders ?? []) {
    const excludes = workspace.getConfiguration('files', folder.uri).get<unknown>('exclude');
    for (const glob of enabledExcludeGlobs(excludes)) globs.add(glob);
  }
  return [...globs];
}

/**
 * "Harden: Audit Workspace": the server discovers and lints every config and publishes the
 * diagnostics; the client shows its progress in a cancellable notification and the summary.
 */
export class WorkspaceAudit {
  private running = false;

  constructor(private readonly client: LanguageClient) {}

  /**
   * Resolves with the summary as soon as the audit ends (the Problems panel is filled by then);
   * the summary notification and its buttons do not hold the command up.
   */
  async run(): Promise<AuditSummary | undefined> {
    if (this.running) {
      void window.showInformationMessage('Harden: an audit is already running.');
      return undefined;
    }
    if ((workspace.workspaceFolders ?? []).length === 0) {
      void window.showInformationMessage('Harden: open a folder to audit its configuration files.');
      return undefined;
    }
    this.running = true;
    let summary: AuditSummary;
    try {
      summary = await this.request();
    } catch (error) {
      if (isCancellation(error)) {
        void window.showInformationMessage('Harden: audit cancelled');
      } else {
        this.client.error('Audit Workspace failed', error, false);
        void window.showErrorMessage(requestFailureMessage('audit the workspace', error));
      }
      return undefined;
    } finally {
      this.running = false;
    }
    this.client.info(`Audit: ${JSON.stringify(summary)}`);
    if (summary.cancelled) {
      // Nothing was published and no report kept: nothing to open or export.
      void window.showInformationMessage(auditSummaryMessage(summary));
    } else {
      void this.offerNextSteps(summary);
    }
    return summary;
  }

  private async offerNextSteps(summary: AuditSummary): Promise<void> {
    const choice = await window.showInformationMessage(
      auditSummaryMessage(summary),
      OPEN_PROBLEMS,
      EXPORT_REPORT,
    );
    if (choice === OPEN_PROBLEMS) await commands.executeCommand('workbench.actions.view.problems');
    else if (choice === EXPORT_REPORT) await commands.executeCommand(COMMANDS.exportReport);
  }

  private request(): Thenable<AuditSummary> {
    return window.withProgress(
      { location: ProgressLocation.Notification, title: 'Harden: auditing workspace', cancellable: true },
      async (progress, cancellation) => {
        const workDoneToken = randomUUID();
        const forwarder = new WorkDoneProgressForwarder();
        const subscription = this.client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
          const step = forwarder.step(value);
          if (step) progress.report(step);
        });
        try {
          const params: AuditWorkspaceParams = { extraExcludes: editorExcludes(), workDoneToken };
          return await this.client.sendRequest<AuditSummary>(AUDIT_WORKSPACE_REQUEST, params, cancellation);
        } finally {
          subscription.dispose();
        }
      },
    );
  }
}
