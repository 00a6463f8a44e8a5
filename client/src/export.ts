import { ProgressLocation, Uri, commands, window, workspace } from 'vscode';
import type { QuickPickItem } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_REPORT_REQUEST } from '../../server/src/shared/protocol.ts';
import type { ExportReportParams, ExportReportResult } from '../../server/src/shared/protocol.ts';
import { REPORT_FORMATS, reportFileName, reportFormat } from './report-formats.ts';
import type { ReportFormat } from './report-formats.ts';
import { isCancellation, requestFailureMessage } from './request-errors.ts';

interface FormatItem extends QuickPickItem {
  format: ReportFormat;
}

async function pickFormat(): Promise<ReportFormat | undefined> {
  const items: FormatItem[] = REPORT_FORMATS.map((format) => ({
    label: format.label,
    description: format.description,
    format,
  }));
  const picked = await window.showQuickPick(items, {
    title: 'Harden: Export Report',
    placeHolder: 'Report format',
  });
  return picked?.format;
}

async function openReport(target: Uri, format: ReportFormat): Promise<void> {
  if (format.format === 'markdown') await commands.executeCommand('markdown.showPreview', target);
  else await window.showTextDocument(target);
}

/**
 * "Harden: Export Report…": the server renders the last audit (or runs one) in the chosen
 * format; the client asks where to save it. The optional arguments (a format id, a target
 * `Uri`) skip the questions, for callers that already know the answers.
 */
export async function exportReport(
  client: LanguageClient,
  formatArg?: unknown,
  targetArg?: unknown,
): Promise<void> {
  const format = reportFormat(formatArg) ?? (await pickFormat());
  if (!format) return;

  let result: ExportReportResult;
  try {
    result = await window.withProgress(
      {
        location: ProgressLocation.Notification,
        title: `Harden: preparing the ${format.label} report`,
        cancellable: true,
      },
      (_progress, cancellation) => {
        const params: ExportReportParams = { format: format.format };
        return client.sendRequest<ExportReportResult>(EXPORT_REPORT_REQUEST, params, cancellation);
      },
    );
  } catch (error) {
    if (isCancellation(error)) return;
    client.error('Export Report failed', error, false);
    void window.showErrorMessage(requestFailureMessage('export the report', error));
    return;
  }

  let target = targetArg instanceof Uri ? targetArg : undefined;
  if (!target) {
    const folder = workspace.workspaceFolders?.[0]?.uri;
    const name = reportFileName(result.fileName, format);
    target = await window.showSaveDialog({
      title: 'Harden: Export Report',
      saveLabel: 'Export',
      defaultUri: folder ? Uri.joinPath(folder, name) : undefined,
      filters: { [format.filterName]: [...format.extensions] },
    });
    if (!target) return;
  }

  try {
    await workspace.fs.writeFile(target, new TextEncoder().encode(result.content));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void window.showErrorMessage(`Harden: cannot write ${target.fsPath}: ${reason}`);
    return;
  }
  const open = await window.showInformationMessage(
    `Harden: ${format.label} report saved to ${workspace.asRelativePath(target)}`,
    'Open',
  );
  if (open === 'Open') await openReport(target, format);
}
