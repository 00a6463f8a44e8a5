import type { LintResult } from '../linter.ts';
import { ruleDocsUrl } from '../rule.ts';
import type { Finding, Fix, FixKind, Range, Severity } from '../types.ts';
import {
  filesInOrder,
  isoTime,
  relativePath,
  reportableEdits,
  summarize,
  type AuditReport,
  type ReportSummary,
} from './audit-report.ts';

/** Version of the JSON report's shape; bumped on any incompatible change. */
export const JSON_REPORT_VERSION = 1;

/**
 * The JSON report (`harden audit --format json`). Paths are relative to `root` (absolute when a
 * file lies outside it). Positions come twice: 1-based `line`/`column`/`endLine`/`endColumn` for
 * people, and the 0-based LSP-style `range` (UTF-16 columns) for tools.
 */
export interface JsonReport {
  version: typeof JSON_REPORT_VERSION;
  tool: { name: 'harden'; version: string };
  root: string;
  failOn?: Severity | 'never';
  /** ISO 8601, when the audit recorded it. */
  startedAt?: string;
  durationMs?: number;
  summary: ReportSummary;
  files: JsonFile[];
  /** Paths the audit left out before linting, with the reason. */
  skipped: { path: string; reason: string }[];
}

export interface JsonFile {
  path: string;
  format: LintResult['format'];
  /** Why the file was not analysed (too large, binary…). */
  skipped?: string;
  fullyUnderstood: boolean;
  findings: JsonFinding[];
}

export interface JsonLocation {
  file: string;
  line: number;
  column: number;
  range: Range;
  message: string;
}

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  range: Range;
  related: JsonLocation[];
  fix: JsonFix | null;
  /** The rule's documentation page. */
  docs: string;
}

/**
 * A fix as the report shows it. `edits` is absent when printing them could reveal a secret
 * (`secret` fixes generate one, `sensitive` ones re-emit file text) and for `mode` fixes, which
 * carry `chmod` instead (the octal mode the fix would set, applied only after confirmation).
 */
export interface JsonFix {
  title: string;
  kind: FixKind;
  edits?: { file: string; edits: { range: Range; newText: string }[] }[];
  chmod?: { file: string; mode: string }[];
}

export function formatJson(report: AuditReport): string {
  return JSON.stringify(toJsonReport(report), null, 2) + '\n';
}

export function toJsonReport(report: AuditReport): JsonReport {
  const rel = (file: string) => relativePath(report.root, file);
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: report.tool.name, version: report.tool.version },
    root: report.root,
    ...(report.failOn !== undefined ? { failOn: report.failOn } : {}),
    ...(isoTime(report.startedAt) !== undefined ? { startedAt: isoTime(report.startedAt) } : {}),
    ...(report.durationMs !== undefined ? { durationMs: report.durationMs } : {}),
    summary: summarize(report),
    files: filesInOrder(report).map((file) => ({
      path: rel(file.file),
      format: file.format,
      ...(file.skipped !== undefined ? { skipped: file.skipped } : {}),
      fullyUnderstood: file.fullyUnderstood,
      findings: file.findings.map((finding) => jsonFinding(finding, rel)),
    })),
    skipped: report.skipped.map((s) => ({ path: rel(s.path), reason: s.reason })),
  };
}

function jsonFinding(finding: Finding, rel: (file: string) => string): JsonFinding {
  const { start, end } = finding.range;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    range: copyRange(finding.range),
    related: (finding.related ?? []).map((r) => ({
      file: rel(r.file),
      line: r.range.start.line + 1,
      column: r.range.start.character + 1,
      range: copyRange(r.range),
      message: r.message,
    })),
    fix: finding.fix ? jsonFix(finding.fix, rel) : null,
    docs: ruleDocsUrl(finding.ruleId),
  };
}

function jsonFix(fix: Fix, rel: (file: string) => string): JsonFix {
  const shown: JsonFix = { title: fix.title, kind: fix.kind };
  const edits = reportableEdits(fix);
  if (edits) {
    shown.edits = edits.map((fileEdit) => ({
      file: rel(fileEdit.file),
      edits: fileEdit.edits.map((edit) => ({ range: copyRange(edit.range), newText: edit.newText })),
    }));
  }
  if (fix.kind === 'mode' && fix.chmod?.length) {
    shown.chmod = fix.chmod.map((op) => ({ file: rel(op.file), mode: `0${op.mode.toString(8)}` }));
  }
  return shown;
}

// Copies only the documented fields, so extra properties a rule left on a range never leak out.
function copyRange(range: Range): Range {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}
