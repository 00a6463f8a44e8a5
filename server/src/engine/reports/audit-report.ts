import type { LintResult } from '../linter.ts';
import type { RuleMeta } from '../rule.ts';
import type { Finding, Fix, Severity } from '../types.ts';

/** Everything a report needs: the findings of every analysed file, what was skipped, and rule metadata. */
export interface AuditReport {
  tool: { name: 'harden'; version: string };
  /** Absolute directory the audit ran on (forward slashes); report paths are relative to it. */
  root: string;
  /** Every analysed file, clean ones included. */
  files: LintResult[];
  skipped: { path: string; reason: string }[];
  /** Metadata of every rule that can appear. */
  rules: readonly RuleMeta[];
  failOn?: Severity | 'never';
  startedAt?: Date;
  durationMs?: number;
}

export interface ReportSummary {
  filesChecked: number;
  filesWithFindings: number;
  /** Files that were analysed but not fully understood (parse errors, opaque blocks). */
  filesNotFullyUnderstood: number;
  skipped: number;
  findings: number;
  bySeverity: Record<Severity, number>;
}

export function summarize(report: AuditReport): ReportSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let findings = 0;
  for (const file of report.files) {
    for (const finding of file.findings) {
      bySeverity[finding.severity] += 1;
      findings += 1;
    }
  }
  return {
    filesChecked: report.files.length,
    filesWithFindings: report.files.filter((f) => f.findings.length > 0).length,
    filesNotFullyUnderstood: report.files.filter((f) => !f.fullyUnderstood && !f.skipped).length,
    skipped: report.skipped.length,
    findings,
    bySeverity,
  };
}

export function relativePath(root: string, file: string): string {
  if (file === root) return file.slice(file.lastIndexOf('/') + 1);
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
}

/** Files with findings first in path order, then clean ones; findings by position. */
export function filesInOrder(report: AuditReport): LintResult[] {
  return [...report.files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "14 problems in 9 files (3 errors, 9 warnings, 2 infos)" */
export function problemsLine(summary: ReportSummary): string {
  const parts = (['error', 'warning', 'info', 'hint'] as const)
    .filter((s) => summary.bySeverity[s] > 0)
    .map((s) => plural(summary.bySeverity[s], s === 'info' ? 'info' : s));
  return `${plural(summary.findings, 'problem')} in ${plural(summary.filesWithFindings, 'file')} (${parts.join(', ')})`;
}

/**
 * A fix as reports may show it: a `secret` fix would print a generated secret, and a
 * `sensitive` one re-emits file text that may be a secret, so both keep only their title.
 */
export function reportableEdits(fix: Fix): Fix['edits'] | undefined {
  if (fix.kind === 'secret' || fix.sensitive || fix.kind === 'mode') return undefined;
  return fix.edits;
}

export function ruleMetaById(report: AuditReport): Map<string, RuleMeta> {
  return new Map(report.rules.map((meta) => [meta.id, meta]));
}

export type { Finding };
