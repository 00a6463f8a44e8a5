import { ruleDocsUrl } from '../rule.ts';
import { filesInOrder, problemsLine, relativePath, summarize, type AuditReport } from './audit-report.ts';

/** Escapes text for a Markdown table cell: pipes, backslashes, HTML and emphasis characters. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([|*_`[\]<>#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** A report for a pull-request comment or a ticket. */
export function formatMarkdown(report: AuditReport): string {
  const summary = summarize(report);
  const out: string[] = ['# Harden audit', ''];
  out.push(
    summary.findings > 0
      ? `**${problemsLine(summary)}**, ${summary.filesChecked} files checked.`
      : `No problems found in ${summary.filesChecked} files.`,
    '',
    '| severity | count |',
    '|---|---|',
    ...(['error', 'warning', 'info', 'hint'] as const).map((s) => `| ${s} | ${summary.bySeverity[s]} |`),
    '',
  );
  for (const file of filesInOrder(report)) {
    if (file.findings.length === 0) continue;
    out.push(
      `## ${escapeMarkdown(relativePath(report.root, file.file))}`,
      '',
      '| line | severity | rule | message |',
      '|---|---|---|---|',
    );
    for (const f of file.findings) {
      out.push(
        `| ${f.range.start.line + 1}:${f.range.start.character + 1} | ${f.severity} | [${f.ruleId}](${ruleDocsUrl(f.ruleId)}) | ${escapeMarkdown(f.message)} |`,
      );
    }
    out.push('');
  }
  if (report.skipped.length > 0) {
    out.push('## Not analysed', '');
    for (const s of report.skipped)
      out.push(`- ${escapeMarkdown(relativePath(report.root, s.path))}: ${escapeMarkdown(s.reason)}`);
    out.push('');
  }
  out.push(`<sub>Harden ${escapeMarkdown(report.tool.version)}</sub>`, '');
  return out.join('\n');
}
