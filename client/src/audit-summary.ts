import type { AuditSummary } from '../../server/src/shared/protocol.ts';

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The one-line result of "Harden: Audit Workspace", e.g. `Harden: 14 problems in 9 files — 3 errors`.
 * A clean result names how many files were checked, and skipped files are always mentioned:
 * "no problems" is only said about files that were read.
 */
export function auditSummaryMessage(summary: AuditSummary): string {
  const skipped =
    summary.skipped > 0 ? ` (${count(summary.skipped, 'file')} skipped${skipDetail(summary)})` : '';
  if (summary.cancelled) {
    return summary.problems > 0
      ? `Harden: audit cancelled — ${count(summary.problems, 'problem')} in ${count(summary.filesWithProblems, 'file')} so far`
      : 'Harden: audit cancelled';
  }
  if (summary.files === 0) {
    return `Harden: no configuration files found in the workspace${skipped}`;
  }
  if (summary.problems === 0) {
    return `Harden: no problems in ${count(summary.files, 'file')}${skipped}`;
  }
  const errors = summary.errors > 0 ? count(summary.errors, 'error') : 'no errors';
  return `Harden: ${count(summary.problems, 'problem')} in ${count(summary.filesWithProblems, 'file')} — ${errors}${skipped}`;
}

/** The two most frequent reasons, so the user knows why without opening a report. */
function skipDetail(summary: AuditSummary): string {
  const reasons = summary.skippedReasons ?? [];
  if (reasons.length === 0) return '';
  const shown = reasons.slice(0, 2).map((r) => `${r.count} ${r.reason.replace(/^Not analysed: /, '')}`);
  return `: ${shown.join('; ')}${reasons.length > 2 ? '; …' : ''}`;
}

/** `files.exclude` maps globs to `true`, `false` or `{ when }`; only the unconditional ones apply to a whole audit. */
export function enabledExcludeGlobs(filesExclude: unknown): string[] {
  if (typeof filesExclude !== 'object' || filesExclude === null) return [];
  return Object.entries(filesExclude)
    .filter(([, enabled]) => enabled === true)
    .map(([glob]) => glob);
}
