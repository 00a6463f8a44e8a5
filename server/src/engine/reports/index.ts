import type { AuditReport } from './audit-report.ts';
import { formatHtml } from './html.ts';
import { formatJson } from './json.ts';
import { formatMarkdown } from './markdown.ts';
import { formatSarif } from './sarif.ts';
import { formatText } from './text.ts';

export type ReportFormat = 'text' | 'json' | 'sarif' | 'markdown' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif', 'markdown', 'html'];

export interface RenderOptions {
  /** ANSI colours in the text format (the CLI: on a TTY without NO_COLOR). Ignored by the others. */
  color?: boolean;
}

/** Renders an audit in one of the report formats; pure, the caller writes the string where it wants. */
export function renderReport(format: ReportFormat, report: AuditReport, options: RenderOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(report, { color: options.color ?? false });
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'markdown':
      return formatMarkdown(report);
    case 'html':
      return formatHtml(report);
  }
}

export type { AuditReport, ReportSummary } from './audit-report.ts';
export { relativePath, summarize } from './audit-report.ts';
