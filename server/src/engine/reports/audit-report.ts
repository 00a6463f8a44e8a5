import { compareStrings } from '../compare-strings.ts';
import { compareRanges } from '../line-index.ts';
import type { LintResult } from '../linter.ts';
import type { RuleMeta } from '../rule.ts';
import type { Fix, FileEdit, Severity } from '../types.ts';

/**
 * Everything a report needs: the findings of every analysed file, what was skipped, and rule
 * metadata. `runAudit` builds it for the CLI and the editor alike, so every format describes the
 * same audit.
 */
export interface AuditReport {
  tool: { name: 'harden'; version: string };
  /** Absolute directory the audit ran on (forward slashes); report paths are relative to it. */
  root: string;
  /** Every analysed file, clean ones included. */
  files: LintResult[];
  skipped: { path: string; reason: string }[];
  /** Metadata of every rule that can appear (rule tables, documentation links). */
  rules: readonly RuleMeta[];
  failOn?: Severity | 'never';
  startedAt?: Date;
  durationMs?: number;
}

export interface ReportSummary {
  /** Files the linter looked at (including those it gave up on, which carry a `harden/file-skipped` finding). */
  filesChecked: number;
  filesWithFindings: number;
  /** Files that were analysed but not fully understood: they are never called clean. */
  filesNotFullyUnderstood: number;
  /** Paths the audit left out before linting (unknown format, unreadable). */
  skipped: number;
  findings: number;
  bySeverity: Record<Severity, number>;
}

/** Where reports point people who want to know what Harden is. */
export const HARDEN_HOMEPAGE = 'https://github.com/harden-dev/harden';

export const SEVERITIES_BY_RANK: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

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
    filesNotFullyUnderstood: report.files.filter((f) => !f.fullyUnderstood).length,
    skipped: report.skipped.length,
    findings,
    bySeverity,
  };
}

/**
 * `file` relative to `root` with forward slashes; a file outside the root keeps its absolute path
 * (a report must never make two different files look the same).
 */
export function relativePath(root: string, file: string): string {
  const base = root.endsWith('/') ? root : `${root}/`;
  if (file.startsWith(base) && file.length > base.length) return file.slice(base.length);
  if (file === root || `${file}/` === base) {
    // The audit ran on this very path: name it rather than print an empty path.
    const trimmed = file.replace(/\/+$/, '');
    return trimmed.slice(trimmed.lastIndexOf('/') + 1) || file;
  }
  return file;
}

/**
 * Files in path order and their findings by position (then rule id), so that a report does not
 * depend on the order in which discovery met the files or rules reported.
 */
export function filesInOrder(report: AuditReport): LintResult[] {
  return [...report.files]
    .sort((a, b) => compareStrings(a.file, b.file))
    .map((file) => ({
      ...file,
      findings: [...file.findings].sort(
        (a, b) => compareRanges(a.range, b.range) || compareStrings(a.ruleId, b.ruleId),
      ),
    }));
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "14 problems in 9 files (3 errors, 9 warnings, 2 infos)" */
export function problemsLine(summary: ReportSummary): string {
  const parts = SEVERITIES_BY_RANK.filter((s) => summary.bySeverity[s] > 0).map((s) =>
    plural(summary.bySeverity[s], s),
  );
  return `${plural(summary.findings, 'problem')} in ${plural(summary.filesWithFindings, 'file')} (${parts.join(', ')})`;
}

/**
 * The summary sentence every human-readable format ends with. "No problems" is only said when
 * every file was fully understood: a file the parser gave up on is not known to be clean.
 */
export function summaryLine(summary: ReportSummary): string {
  const checked = `${plural(summary.filesChecked, 'file')} checked`;
  const skipped = summary.skipped > 0 ? `${summary.skipped} skipped` : undefined;
  const opaque =
    summary.filesNotFullyUnderstood > 0
      ? `${plural(summary.filesNotFullyUnderstood, 'file')} not fully understood`
      : undefined;
  if (summary.findings > 0) {
    return [problemsLine(summary), checked, skipped, opaque].filter((part) => part !== undefined).join(' · ');
  }
  if (opaque !== undefined) {
    const of = `${summary.filesNotFullyUnderstood} of ${plural(summary.filesChecked, 'file')}`;
    const verb = summary.filesNotFullyUnderstood === 1 ? 'was' : 'were';
    return `No problems reported, but ${of} ${verb} not fully understood, so ${summary.filesNotFullyUnderstood === 1 ? 'it is' : 'they are'} not known to be clean${skipped ? ` · ${skipped}` : ''}.`;
  }
  return `No problems found in ${plural(summary.filesChecked, 'file')}${skipped ? ` · ${skipped}` : ''}.`;
}

/**
 * The edits of a fix that a report may show. A `secret` fix would print a generated secret and a
 * `sensitive` one re-emits file text that may be a secret, so both keep only their title; a `mode`
 * fix is a chmod, which no report format can express as a text change.
 */
export function reportableEdits(fix: Fix): FileEdit[] | undefined {
  if (fix.kind !== 'safe' || fix.sensitive) return undefined;
  return fix.edits;
}

export function ruleMetaById(report: AuditReport): Map<string, RuleMeta> {
  return new Map(report.rules.map((meta) => [meta.id, meta]));
}

/**
 * Messages are one line; a newline or a control character (an escape sequence copied from a
 * config value) must not break the line format nor drive the terminal.
 */
export function oneLine(text: string): string {
  const joined = /[\r\n\u2028\u2029]/.test(text)
    ? text
        .split(/[\r\n\u2028\u2029]+/)
        .map((part) => part.trim())
        .filter((part) => part.length > 0)
        .join(' ')
    : text;
  return joined.replace(CONTROL_CHARACTERS, '');
}

// C0 (but tab) and C1 controls, DEL: ESC among them starts terminal escape sequences.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** ISO 8601 of a date, or undefined for a missing or invalid one (`toISOString` would throw). */
export function isoTime(date: Date | undefined): string | undefined {
  return date && Number.isFinite(date.getTime()) ? date.toISOString() : undefined;
}
