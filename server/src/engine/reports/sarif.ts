import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { LintResult } from '../linter.ts';
import { ruleDocsUrl, type RuleMeta } from '../rule.ts';
import { SEVERITY_RANK, type Finding, type Fix, type Range, type Severity } from '../types.ts';
import {
  filesInOrder,
  HARDEN_HOMEPAGE,
  isoTime,
  relativePath,
  reportableEdits,
  ruleMetaById,
  type AuditReport,
} from './audit-report.ts';
import { escapeMarkdown } from './markdown-text.ts';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The `uriBaseId` every in-root location is relative to; consumers map it to their checkout. */
export const SRCROOT = '%SRCROOT%';
/**
 * Key of our `partialFingerprints` entry: a SHA-256 of rule id, relative path, message and the
 * occurrence number of that triple in the file (1 for the first finding with that message, 2 for
 * the next…). The line's text would be the classic input, but a report has the findings, not the
 * files; and the start line itself would give every finding below an added line a new identity,
 * so the occurrence counter stands in for it. Code scanning adds its own
 * `primaryLocationLineHash` from the checkout.
 */
export const FINGERPRINT_KEY = 'hardenFinding/v1';

const LEVELS: Record<Severity, Sarif.Result.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/** GitHub code scanning's scale: ≥ 7 high, ≥ 4 medium, > 0 low. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  error: '8.0',
  warning: '5.0',
  info: '2.0',
  hint: '1.0',
};

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, one result per finding.
 *
 * - `tool.driver.rules` holds the rules that have results in this report (sorted by id), not the
 *   whole catalogue: the log stays small and every descriptor is relevant. A rule's
 *   `security-severity` follows the highest severity its results have here, so a rule that
 *   `.harden.yaml` raises to error ranks as high.
 * - Locations inside `root` are relative URIs against `%SRCROOT%`; others are absolute `file:` URIs.
 * - Columns are UTF-16 code units (`columnKind`), the unit of the engine's positions.
 * - Fixes are included only when their edits are safe to publish: never `secret` or `sensitive`
 *   fixes (they would put a secret in the report) and never `mode` fixes (a chmod is not a text change).
 * - Paths the audit skipped, and files the linter gave up on, become notifications of the invocation.
 */
export function formatSarif(report: AuditReport): string {
  return JSON.stringify(toSarifLog(report), null, 2) + '\n';
}

export function toSarifLog(report: AuditReport): Sarif.Log {
  const files = filesInOrder(report);
  const findings = files.flatMap((file) => file.findings);
  const metas = ruleMetaById(report);
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const location = artifactLocator(report.root);

  const rules = ruleIds.map((id) => ruleDescriptor(id, metas.get(id), findings));
  const occurrences = new Map<string, number>();
  const results = findings.map((finding) => {
    const path = relativePath(report.root, finding.file);
    const key = JSON.stringify([finding.ruleId, path, finding.message]);
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    const result = sarifResult(finding, ruleIndex.get(finding.ruleId) ?? 0, location);
    result.partialFingerprints = { [FINGERPRINT_KEY]: fingerprint(key, occurrence) };
    return result;
  });

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'Harden',
        fullName: 'Harden security linter for PHP deployment configs',
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: HARDEN_HOMEPAGE,
        rules,
      },
    },
    invocations: [invocation(report, files, location)],
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(report.root) } },
    artifacts: files.map((file) => ({ location: location(file.file), roles: ['analysisTarget'] })),
    results,
    columnKind: 'utf16CodeUnits',
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

function ruleDescriptor(
  id: string,
  meta: RuleMeta | undefined,
  findings: readonly Finding[],
): Sarif.ReportingDescriptor {
  const defaultSeverity = meta?.severity ?? 'warning';
  const highest = findings
    .filter((f) => f.ruleId === id)
    .reduce<Severity>(
      (max, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[max] ? f.severity : max),
      'hint',
    );
  const title = meta?.title ?? id;
  const docs = ruleDocsUrl(id);
  const presets = meta?.presets.length
    ? `Enabled by the ${meta.presets.join(', ')} preset${meta.presets.length === 1 ? '' : 's'}.`
    : 'Off unless enabled in .harden.yaml.';
  const fixable = meta?.fixable ? ' Harden offers a fix.' : '';
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: sentence(title) },
    fullDescription: {
      text: `${sentence(title)} Default severity: ${defaultSeverity}. ${presets}${fixable}`,
    },
    helpUri: docs,
    help: {
      text: `${sentence(title)} See ${docs}`,
      markdown: `**${escapeMarkdown(title)}**\n\n[Documentation of ${escapeMarkdown(id)}](${docs})`,
    },
    defaultConfiguration: { level: LEVELS[defaultSeverity] },
    properties: {
      tags: ['security', meta?.format ?? (id.includes('/') ? id.slice(0, id.indexOf('/')) : 'harden')],
      'security-severity': SECURITY_SEVERITY[highest],
    },
  };
}

function sarifResult(
  finding: Finding,
  ruleIndex: number,
  location: (file: string) => Sarif.ArtifactLocation,
): Sarif.Result {
  const result: Sarif.Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVELS[finding.severity],
    message: { text: messageText(finding.message) },
    locations: [
      { physicalLocation: { artifactLocation: location(finding.file), region: region(finding.range) } },
    ],
  };
  if (finding.related?.length) {
    result.relatedLocations = finding.related.map((related, index) => ({
      id: index + 1,
      physicalLocation: { artifactLocation: location(related.file), region: region(related.range) },
      message: { text: messageText(related.message) },
    }));
  }
  const fix = finding.fix && sarifFix(finding.fix, location);
  if (fix) result.fixes = [fix];
  return result;
}

function sarifFix(fix: Fix, location: (file: string) => Sarif.ArtifactLocation): Sarif.Fix | undefined {
  const edits = reportableEdits(fix)?.filter((fileEdit) => fileEdit.edits.length > 0);
  if (!edits?.length) return undefined;
  return {
    description: { text: messageText(fix.title) },
    artifactChanges: edits.map((fileEdit) => ({
      artifactLocation: location(fileEdit.file),
      replacements: fileEdit.edits.map((edit) => ({
        deletedRegion: region(edit.range),
        // A pure deletion has no inserted content.
        ...(edit.newText !== '' ? { insertedContent: { text: edit.newText } } : {}),
      })),
    })),
  };
}

function invocation(
  report: AuditReport,
  files: readonly LintResult[],
  location: (file: string) => Sarif.ArtifactLocation,
): Sarif.Invocation {
  const notSeen = [
    ...report.skipped.map((s) => ({ path: s.path, reason: s.reason })),
    ...files.filter((f) => f.skipped !== undefined).map((f) => ({ path: f.file, reason: f.skipped! })),
  ];
  const invocation: Sarif.Invocation = { executionSuccessful: true };
  const started = isoTime(report.startedAt);
  if (started !== undefined) {
    invocation.startTimeUtc = started;
    const ended = isoTime(new Date(report.startedAt!.getTime() + (report.durationMs ?? 0)));
    if (report.durationMs !== undefined && ended !== undefined) invocation.endTimeUtc = ended;
  }
  if (notSeen.length > 0) {
    invocation.toolExecutionNotifications = notSeen.map((s) => ({
      level: 'note',
      message: { text: messageText(`${relativePath(report.root, s.path)} was not analysed: ${s.reason}`) },
      locations: [{ physicalLocation: { artifactLocation: location(s.path) } }],
    }));
  }
  return invocation;
}

/** SARIF regions are 1-based; an empty range stays empty (an insertion point for fixes). */
function region(range: Range): Sarif.Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/**
 * SARIF plain-text messages read `[text](target)` as an embedded link, so literal brackets are
 * escaped (§3.11.6); a message also ends with a period, as SARIF viewers expect a sentence.
 */
function messageText(text: string): string {
  const escaped = text.trim().replace(/[[\]]/g, (char) => `\\${char}`);
  return escaped;
}

function sentence(title: string): string {
  return /[.!?]$/.test(title) ? title : `${title}.`;
}

function fingerprint(key: string, occurrence: number): string {
  return createHash('sha256').update(`${key}#${occurrence}`).digest('hex');
}

/** `nginx/hsts-missing` → `NginxHstsMissing`: the format is kept so that names stay unique across formats. */
export function pascalCase(ruleId: string): string {
  return ruleId
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** Maps absolute paths to SARIF artifact locations: relative to `%SRCROOT%` when inside the root. */
function artifactLocator(root: string): (file: string) => Sarif.ArtifactLocation {
  return (file) => {
    const relative = relativePath(root, file);
    if (relative !== file || !isAbsolutePath(file)) return { uri: encodePath(relative), uriBaseId: SRCROOT };
    return { uri: fileUri(file) };
  };
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

function directoryUri(root: string): string {
  const uri = fileUri(root);
  return uri.endsWith('/') ? uri : `${uri}/`;
}

function fileUri(path: string): string {
  const drive = /^[A-Za-z]:/.exec(path)?.[0];
  if (drive) return `file:///${drive}${encodePath(path.slice(2))}`;
  return `file://${encodePath(path.startsWith('/') ? path : `/${path}`)}`;
}

/** Percent-encodes each segment (spaces, `#`, `%`, non-ASCII as UTF-8) and keeps the slashes. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(wellFormed(segment)))
    .join('/');
}

// encodeURIComponent throws on a lone surrogate; a report must not.
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
