import type { Severity } from '../types.ts';
import {
  filesInOrder,
  plural,
  problemsLine,
  relativePath,
  summarize,
  type AuditReport,
} from './audit-report.ts';

const COLORS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  info: ['\u001b[36m', '\u001b[39m'],
  hint: ['\u001b[2m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

/**
 * One line per finding, `path:line:col  severity  message  rule-id`, grouped under a header per
 * file, then a summary. Colours only when asked (the CLI asks on a TTY without NO_COLOR).
 */
export function formatText(report: AuditReport, options: { color: boolean }): string {
  const paint = (style: keyof typeof COLORS, text: string) =>
    options.color ? `${COLORS[style][0]}${text}${COLORS[style][1]}` : text;
  const out: string[] = [];
  for (const file of filesInOrder(report)) {
    if (file.findings.length === 0) continue;
    const path = relativePath(report.root, file.file);
    out.push(paint('bold', path));
    for (const f of file.findings) {
      const where = `${path}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      out.push(`${where}  ${paint(f.severity, f.severity)}  ${f.message}  ${paint('dim', f.ruleId)}`);
    }
    out.push('');
  }
  const summary = summarize(report);
  const checked = plural(summary.filesChecked, 'file');
  const tail = [
    `${checked} checked`,
    ...(summary.skipped > 0 ? [`${summary.skipped} skipped`] : []),
    ...(summary.filesNotFullyUnderstood > 0
      ? [`${plural(summary.filesNotFullyUnderstood, 'file')} not fully understood`]
      : []),
  ].join(' · ');
  if (summary.findings > 0) out.push(`${paint('bold', problemsLine(summary))} · ${tail}`);
  else if (summary.filesNotFullyUnderstood > 0) out.push(`No problems found, but ${tail}.`);
  else
    out.push(`No problems found in ${checked}${summary.skipped > 0 ? ` (${summary.skipped} skipped)` : ''}.`);
  return out.join('\n') + '\n';
}
