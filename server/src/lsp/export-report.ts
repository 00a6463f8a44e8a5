import type { CancellationToken } from 'vscode-languageserver';
import { renderReport } from '../engine/reports/index.ts';
import type { ExportFormat, ExportReportParams, ExportReportResult } from '../shared/protocol.ts';
import { RequestCancelled, RequestFailure } from './request-guard.ts';
import type { WorkspaceAudit } from './workspace-audit.ts';

const EXTENSIONS: Record<ExportFormat, string> = {
  sarif: 'sarif',
  markdown: 'md',
  html: 'html',
  json: 'json',
};

/** "Export Report…": the last audit rendered in the chosen format (an audit runs first if none did). */
export async function exportReport(
  params: ExportReportParams | undefined,
  audit: WorkspaceAudit,
  token: CancellationToken,
): Promise<ExportReportResult> {
  const format = params?.format;
  if (typeof format !== 'string' || !Object.prototype.hasOwnProperty.call(EXTENSIONS, format))
    throw new RequestFailure(`Unknown report format: ${String(format)} (use sarif, markdown, html or json).`);
  if (!audit.lastReport) {
    const summary = await audit.run({}, token);
    if (summary.cancelled) throw new RequestCancelled();
  }
  const report = audit.lastReport;
  if (!report) throw new RequestFailure('There is no workspace folder to audit.');
  const content = renderReport(format, report, { color: false });
  return { content, fileName: `harden-report.${EXTENSIONS[format]}` };
}
