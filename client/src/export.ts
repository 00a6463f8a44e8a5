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
 * Arguments that skip the questions, for callers that know the answers: a format id and a target
 * `Uri` (`'sarif', uri`), or one object (`{ format: 'sarif', uri }`).
 */
function readArguments(args: readonly unknown[]): { format?: ReportFormat; target?: Uri } {
  const [first, second] = args;
  if (typeof first === 'object' && first !== null && !(first instanceof Uri)) {
    const options = first as { format?: unknown; uri?: unknown };
    return {
      format: reportFormat(options.format),
      target: options.uri instanceof Uri ? options.uri : undefined,
    };
  }
  return { format: reportFormat(first), target: second instanceof Uri ? second : undefined };
}

/**
 * "Harden: Export Report…": the server renders the last audit (or runs one) in the chosen
 * format; the client asks where to save it. Resolves with the written file once it is on disk;
 * the "Open" offer does not hold the command up.
 */
export async function exportReport(client: LanguageClient, ...args: unknown[]): Promise<Uri | undefined> {
  const given = readArguments(args);
  const format = given.format ?? (await pickFormat());
  if (!format) return undefined;

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
    if (isCancellation(error)) return undefined;
    client.error('Export Report failed', error, false);
    void window.showErrorMessage(requestFailureMessage('export the report', error));
    return undefined;
  }

  let target = given.target;
  if (!target) {
    const folder = workspace.workspaceFolders?.[0]?.uri;
    const name = reportFileName(result.fileName, format);
    target = await window.showSaveDialog({
      title: 'Harden: Export Report',
      saveLabel: 'Export',
      defaultUri: folder ? Uri.joinPath(folder, name) : undefined,
      filters: { [format.filterName]: [...format.extensions] },
    });
    if (!target) return undefined;
  }

  try {
    await workspace.fs.writeFile(target, new TextEncoder().encode(result.content));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void window.showErrorMessage(`Harden: cannot write ${target.fsPath}: ${reason}`);
    return undefined;
  }
  const written = target;
  void window
    .showInformationMessage(
      `Harden: ${format.label} report saved to ${workspace.asRelativePath(written)}`,
      'Open',
    )
    .then((choice) => (choice === 'Open' ? openReport(written, format) : undefined));
  return written;
}
