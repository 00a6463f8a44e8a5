import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { ruleDocsUrl, type RuleMeta } from '../rule.ts';
import type { Finding, Range, Severity } from '../types.ts';
import { filesInOrder, relativePath, reportableEdits, type AuditReport } from './audit-report.ts';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/** GitHub code scanning ranks security alerts by this score (0–10). */
const SECURITY_SEVERITY: Record<Severity, string> = {
  error: '8.0',
  warning: '5.0',
  info: '2.0',
  hint: '1.0',
};

const SRCROOT = '%SRCROOT%';

function pascalCase(id: string): string {
  return id
    .split(/[/-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** A relative URI reference with each path segment percent-encoded (spaces, `#`, non-ASCII). */
function artifactUri(root: string, file: string): string {
  return relativePath(root, file).split('/').map(encodeURIComponent).join('/');
}

/** SARIF regions are 1-based; the end column is exclusive, as the LSP end character is. */
function region(range: Range): Sarif.Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function descriptor(meta: RuleMeta): Sarif.ReportingDescriptor {
  const url = ruleDocsUrl(meta.id);
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: {
      text: `${meta.title}. See ${url} for what it checks, why it matters and how to fix it.`,
    },
    helpUri: url,
    help: { text: `${meta.title}: ${url}`, markdown: `**${meta.title}**. [Documentation](${url})` },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      tags: ['security', meta.format],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[meta.severity],
    },
  };
}

/**
 * A fingerprint that survives unrelated edits above the finding: rule, file and message, plus
 * an occurrence counter for identical findings in the same file.
 */
function fingerprint(ruleId: string, path: string, message: string, occurrence: number): string {
  return createHash('sha256')
    .update(`${ruleId}\u0000${path}\u0000${message}\u0000${occurrence}`)
    .digest('hex')
    .slice(0, 32);
}

function result(
  report: AuditReport,
  finding: Finding,
  ruleIndex: Map<string, number>,
  seen: Map<string, number>,
): Sarif.Result {
  const path = artifactUri(report.root, finding.file);
  const key = `${finding.ruleId}\u0000${path}\u0000${finding.message}`;
  const occurrence = (seen.get(key) ?? 0) + 1;
  seen.set(key, occurrence);
  const sarif: Sarif.Result = {
    ruleId: finding.ruleId,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: path, uriBaseId: SRCROOT },
          region: region(finding.range),
        },
      },
    ],
    partialFingerprints: {
      'hardenFinding/v1': fingerprint(finding.ruleId, path, finding.message, occurrence),
    },
  };
  const index = ruleIndex.get(finding.ruleId);
  if (index !== undefined) sarif.ruleIndex = index;
  if (finding.related?.length) {
    sarif.relatedLocations = finding.related.map((r, id) => ({
      id,
      message: { text: r.message },
      physicalLocation: {
        artifactLocation: { uri: artifactUri(report.root, r.file), uriBaseId: SRCROOT },
        region: region(r.range),
      },
    }));
  }
  const edits = finding.fix ? reportableEdits(finding.fix) : undefined;
  if (finding.fix && edits && edits.length > 0) {
    sarif.fixes = [
      {
        description: { text: finding.fix.title },
        artifactChanges: edits.map((fileEdit) => ({
          artifactLocation: { uri: artifactUri(report.root, fileEdit.file), uriBaseId: SRCROOT },
          replacements: fileEdit.edits.map((edit) => ({
            deletedRegion: region(edit.range),
            ...(edit.newText ? { insertedContent: { text: edit.newText } } : {}),
          })),
        })),
      },
    ];
  }
  return sarif;
}

/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers; checked by the official validator in the tests. */
export function formatSarif(report: AuditReport): string {
  const rules = [...report.rules].sort((a, b) => a.id.localeCompare(b.id));
  const ruleIndex = new Map(rules.map((meta, i) => [meta.id, i]));
  const seen = new Map<string, number>();
  const results = filesInOrder(report).flatMap((file) =>
    file.findings.map((f) => result(report, f, ruleIndex, seen)),
  );
  const invocation: Sarif.Invocation = { executionSuccessful: true };
  if (report.startedAt) {
    invocation.startTimeUtc = report.startedAt.toISOString();
    invocation.endTimeUtc = new Date(report.startedAt.getTime() + (report.durationMs ?? 0)).toISOString();
  }
  if (report.skipped.length > 0) {
    invocation.toolExecutionNotifications = report.skipped.map((s) => ({
      level: 'note',
      message: { text: `Not analysed: ${s.reason}.` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(report.root, s.path), uriBaseId: SRCROOT },
          },
        },
      ],
    }));
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Harden',
            semanticVersion: report.tool.version,
            version: report.tool.version,
            informationUri: 'https://github.com/harden-dev/harden',
            rules: rules.map(descriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(report.root).href.replace(/\/?$/, '/')}` } },
        invocations: [invocation],
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
