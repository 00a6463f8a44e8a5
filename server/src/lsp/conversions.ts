import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type TextDocumentEdit,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { UNUSED_SUPPRESSION } from '../engine/engine-rules.ts';
import { ruleDocsUrl } from '../engine/rule.ts';
import type { Finding, Range, Severity, TextEdit } from '../engine/types.ts';

/** The `source` of every Harden diagnostic: users filter the Problems panel by it. */
export const DIAGNOSTIC_SOURCE = 'harden';

/**
 * What a Harden diagnostic carries for the code actions. Nothing of the fix is in it: a fix may
 * re-emit text that is a secret, diagnostics travel (and are traced) far more often than code
 * actions, and a fix is computed only when it is read (a 10,000-line configuration has
 * thousands of findings; the editor asks for the fixes of the few under the cursor).
 */
export interface DiagnosticData {
  ruleId: string;
  messageId?: string;
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnosticSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITIES[severity];
}

/** Maps engine paths to the URIs the client knows (an open document keeps its own URI). */
export type UriOf = (path: string) => string;

export function toDiagnostic(finding: Finding, uriOf: UriOf): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId };
  if (finding.messageId) data.messageId = finding.messageId;
  const diagnostic: Diagnostic = {
    range: toLspRange(finding.range),
    severity: toDiagnosticSeverity(finding.severity),
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    message: finding.message,
    data,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((related): DiagnosticRelatedInformation => ({
      location: { uri: uriOf(related.file), range: toLspRange(related.range) },
      message: related.message,
    }));
  }
  // Editors fade code marked unnecessary: exactly what an unused suppression comment is.
  if (finding.ruleId === UNUSED_SUPPRESSION.id) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

/**
 * At most this many diagnostics of one file go to the editor. A garbage file read as a config
 * (128 K lines of `x` in a .env are half a million findings, a message of over 100 MB) would
 * otherwise stall the client; a real 10,000-line nginx.conf with every server flawed has about
 * 2,500. `harden audit` and the exported report always list everything.
 */
export const MAX_PUBLISHED_DIAGNOSTICS = 5000;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * The diagnostics published for a file's findings: all of them, or, past
 * `MAX_PUBLISHED_DIAGNOSTICS`, the most severe ones (in their order in the file) and one more
 * that says how many are not shown and where to see them.
 */
export function publishedDiagnostics(findings: readonly Finding[], uriOf: UriOf): Diagnostic[] {
  if (findings.length <= MAX_PUBLISHED_DIAGNOSTICS) return findings.map((f) => toDiagnostic(f, uriOf));
  const kept = findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index,
    )
    .slice(0, MAX_PUBLISHED_DIAGNOSTICS)
    .sort((a, b) => a.index - b.index);
  const diagnostics = kept.map(({ finding }) => toDiagnostic(finding, uriOf));
  const hidden = findings.length - MAX_PUBLISHED_DIAGNOSTICS;
  diagnostics.push({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: `${hidden} more findings of this file are not shown (the editor gets the ${MAX_PUBLISHED_DIAGNOSTICS} most severe): \`harden audit\` and an exported report list them all`,
  });
  return diagnostics;
}

export function toLspRange(range: Range): Range {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}

export function toLspTextEdit(edit: TextEdit): LspTextEdit {
  return { range: toLspRange(edit.range), newText: edit.newText };
}

export interface WorkspaceEditTarget {
  uriOf: UriOf;
  /** Version of an open document, or null for a file only on disk. */
  versionOf(uri: string): number | null;
  /** The client applies `documentChanges` (and so refuses edits made for an older version). */
  documentChanges: boolean;
}

/** Edits per file (engine paths) as one WorkspaceEdit, versioned when the client allows it. */
export function toWorkspaceEdit(
  byFile: ReadonlyMap<string, readonly TextEdit[]>,
  target: WorkspaceEditTarget,
): WorkspaceEdit {
  if (target.documentChanges) {
    const documentChanges: TextDocumentEdit[] = [];
    for (const [file, edits] of byFile) {
      if (edits.length === 0) continue;
      const uri = target.uriOf(file);
      documentChanges.push({
        textDocument: { uri, version: target.versionOf(uri) },
        edits: edits.map(toLspTextEdit),
      });
    }
    return { documentChanges };
  }
  const changes: Record<string, LspTextEdit[]> = {};
  for (const [file, edits] of byFile) {
    if (edits.length === 0) continue;
    const uri = target.uriOf(file);
    changes[uri] = [...(changes[uri] ?? []), ...edits.map(toLspTextEdit)];
  }
  return { changes };
}
