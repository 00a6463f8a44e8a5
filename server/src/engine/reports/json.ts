import { ruleDocsUrl } from '../rule.ts';
import { filesInOrder, relativePath, reportableEdits, summarize, type AuditReport } from './audit-report.ts';

/** Version of the JSON report's shape; bumped on any incompatible change. */
export const JSON_REPORT_VERSION = 1;

/**
 * A stable JSON document: positions both 1-based (`line`, `column`) for people and 0-based
 * (`range`, LSP style) for tools. Fixes that could print a secret carry only their title.
 */
export function formatJson(report: AuditReport): string {
  const document = {
    version: JSON_REPORT_VERSION,
    tool: report.tool,
    root: report.root,
    summary: summarize(report),
    files: filesInOrder(report).map((file) => ({
      path: relativePath(report.root, file.file),
      format: file.format,
      ...(file.skipped ? { skipped: file.skipped } : {}),
      fullyUnderstood: file.fullyUnderstood,
      findings: file.findings.map((f) => {
        const edits = f.fix ? reportableEdits(f.fix) : undefined;
        return {
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          line: f.range.start.line + 1,
          column: f.range.start.character + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.character + 1,
          range: f.range,
          related: (f.related ?? []).map((r) => ({ ...r, file: relativePath(report.root, r.file) })),
          fix: f.fix
            ? {
                title: f.fix.title,
                kind: f.fix.kind,
                ...(edits
                  ? { edits: edits.map((e) => ({ ...e, file: relativePath(report.root, e.file) })) }
                  : {}),
              }
            : null,
          docs: ruleDocsUrl(f.ruleId),
        };
      }),
    })),
    skipped: report.skipped.map((s) => ({ path: relativePath(report.root, s.path), reason: s.reason })),
  };
  return JSON.stringify(document, null, 2) + '\n';
}
