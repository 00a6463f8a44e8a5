import type { Severity } from '../types.ts';
import {
  filesInOrder,
  oneLine,
  relativePath,
  summarize,
  summaryLine,
  type AuditReport,
} from './audit-report.ts';

export interface TextOptions {
  /** ANSI colours; the CLI asks for them on a TTY without NO_COLOR. */
  color: boolean;
}

type Style = Severity | 'path' | 'rule' | 'summary';

// Foreground colours reset with 39, bold and dim with 22, so styles can be closed independently.
const STYLES: Record<Style, [string, string]> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  info: ['\u001b[36m', '\u001b[39m'],
  hint: ['\u001b[2m', '\u001b[22m'],
  path: ['\u001b[1m', '\u001b[22m'],
  rule: ['\u001b[2m', '\u001b[22m'],
  summary: ['\u001b[1m', '\u001b[22m'],
};

/**
 * One line per finding, `path:line:col  severity  message  rule-id` (1-based line and column),
 * grouped under a header per file with findings, then the summary line.
 */
export function formatText(report: AuditReport, options: TextOptions): string {
  const paint = (style: Style, text: string) =>
    options.color ? `${STYLES[style][0]}${text}${STYLES[style][1]}` : text;
  const out: string[] = [];
  for (const file of filesInOrder(report)) {
    if (file.findings.length === 0) continue;
    const path = oneLine(relativePath(report.root, file.file));
    out.push(paint('path', path));
    for (const f of file.findings) {
      const where = `${path}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      out.push(
        `${where}  ${paint(f.severity, f.severity)}  ${oneLine(f.message)}  ${paint('rule', f.ruleId)}`,
      );
    }
    out.push('');
  }
  out.push(paint('summary', summaryLine(summarize(report))));
  return out.join('\n') + '\n';
}
