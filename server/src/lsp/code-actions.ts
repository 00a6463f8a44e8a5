import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Diagnostic,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_ERROR, FILE_SKIPPED, UNUSED_SUPPRESSION } from '../engine/engine-rules.ts';
import { mergeFixes } from '../engine/fixes.ts';
import type { FormatTable } from '../engine/linter.ts';
import { disableFileEdit, disableNextLineEdit } from '../engine/suppression-edits.ts';
import type { Finding, Fix, TextEdit } from '../engine/types.ts';
import { COMMANDS, SERVER_COMMANDS, type ApplyFileModeArguments } from '../shared/protocol.ts';
import { DIAGNOSTIC_SOURCE, toWorkspaceEdit, type WorkspaceEditTarget } from './conversions.ts';
import type { DocumentLint } from './document-lint.ts';

/** The kind of the "fix all safe problems" source action (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.harden`;

/** Engine findings a comment cannot suppress: the file was not linted, or it is the comment itself. */
const NOT_SUPPRESSIBLE = new Set([UNUSED_SUPPRESSION.id, FILE_SKIPPED.id, CONFIG_ERROR.id]);

export interface CodeActionContext {
  document: TextDocument;
  /** The lint of the document's current text; absent for documents Harden does not lint (its config file). */
  lint: DocumentLint | undefined;
  formats: FormatTable;
  target: WorkspaceEditTarget;
}

/**
 * The code-action menu, a fixed catalogue per diagnostic under the cursor:
 * 1. the rule's fix (preferred), 2. fix all problems of the rule in the file (2+ fixable),
 * 3. `source.fixAll.harden` (only when asked for by kind, e.g. on save), 4. disable the rule for
 * the line, 5. for the file, 6. show the rule's documentation. An action that several
 * diagnostics share is listed once.
 */
export function codeActions(params: CodeActionParams, context: CodeActionContext): CodeAction[] {
  const { lint, document } = context;
  const findings = lint?.result?.findings ?? [];
  const only = params.context.only;
  const wants = (kind: string): boolean =>
    !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  // The source action is never shown unasked: it is for save actions and explicit requests.
  const wantsFixAll = only !== undefined && wants(FIX_ALL_KIND);
  const wantsQuickFixes = wants(CodeActionKind.QuickFix);

  const actions: CodeAction[] = [];
  const titles = new Set<string>();
  const add = (action: CodeAction | undefined): void => {
    if (!action || titles.has(action.title)) return;
    titles.add(action.title);
    actions.push(action);
  };
  let fixAllAdded = false;
  const addFixAll = (): void => {
    if (fixAllAdded || !wantsFixAll) return;
    fixAllAdded = true;
    if (lint) add(fixAllAction(findings, lint.path, context.target));
  };

  if (wantsQuickFixes) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') continue;
      const ruleId = diagnostic.code;
      const finding =
        findings.find((f) => matches(f, diagnostic)) ?? findings.find((f) => matches(f, diagnostic, false));
      if (finding && lint) {
        add(ruleFixAction(finding, diagnostic, context.target));
        add(fixAllOfRuleAction(ruleId, findings, diagnostic, context.target));
        addFixAll();
        if (!NOT_SUPPRESSIBLE.has(ruleId)) {
          const prefix = lint.format ? context.formats[lint.format]?.commentPrefix : undefined;
          const text = document.getText();
          const line = disableNextLineEdit(text, finding.range.start.line, ruleId, prefix);
          add(
            line &&
              editAction(`Disable ${ruleId} for this line`, diagnostic, lint.path, [line], context.target),
          );
          const file = disableFileEdit(text, ruleId, prefix);
          add(
            file &&
              editAction(
                `Disable ${ruleId} for the entire file`,
                diagnostic,
                lint.path,
                [file],
                context.target,
              ),
          );
        }
      }
      add(documentationAction(ruleId, diagnostic));
    }
  }
  addFixAll();
  return actions;
}

/** The finding behind a diagnostic the client sends back (it may be from an older lint). */
function matches(finding: Finding, diagnostic: Diagnostic, sameMessage = true): boolean {
  const a = finding.range;
  const b = diagnostic.range;
  return (
    finding.ruleId === diagnostic.code &&
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character &&
    (!sameMessage || finding.message === diagnostic.message)
  );
}

/**
 * Editor menus show plain text: a title's `code` spans (written for Markdown reports) are shown
 * in quotes there, instead of with literal backticks.
 */
export function menuTitle(title: string): string {
  return title.replace(/`([^`]*)`/g, "'$1'");
}

function ruleFixAction(
  finding: Finding,
  diagnostic: Diagnostic,
  target: WorkspaceEditTarget,
): CodeAction | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  if (fix.kind === 'mode') {
    // Permissions are not text: the server asks the user before it changes anything on disk.
    if (!fix.chmod?.length) return undefined;
    const args: ApplyFileModeArguments = {
      title: menuTitle(fix.title),
      operations: fix.chmod.map((op) => ({ uri: target.uriOf(op.file), mode: op.mode })),
    };
    const command: Command = {
      title: menuTitle(fix.title),
      command: SERVER_COMMANDS.applyFileMode,
      arguments: [args],
    };
    return {
      title: menuTitle(fix.title),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      command,
    };
  }
  const byFile = editsByFile([fix]);
  if (byFile.size === 0) return undefined;
  return {
    title: menuTitle(fix.title),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: toWorkspaceEdit(byFile, target),
  };
}

function fixAllOfRuleAction(
  ruleId: string,
  findings: readonly Finding[],
  diagnostic: Diagnostic,
  target: WorkspaceEditTarget,
): CodeAction | undefined {
  const fixes = findings
    .filter((f) => f.ruleId === ruleId && f.fix && f.fix.kind !== 'mode' && f.fix.edits.length > 0)
    .map((f) => f.fix!);
  if (fixes.length < 2) return undefined;
  const { byFile, applied } = mergeFixes(fixes);
  if (applied.length < 2) return undefined;
  return {
    title: `Fix all ${ruleId} problems in this file`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: toWorkspaceEdit(byFile, target),
  };
}

/**
 * Every safe fix of the file at once. Only fixes that stay within the file: a save action must
 * not change other files behind the user's back (and secrets and modes are never "safe").
 */
function fixAllAction(
  findings: readonly Finding[],
  path: string,
  target: WorkspaceEditTarget,
): CodeAction | undefined {
  const fixes = findings
    .map((f) => f.fix)
    .filter(
      (fix): fix is Fix =>
        fix !== undefined && fix.kind === 'safe' && fix.edits.every((e) => e.file === path),
    )
    .filter((fix) => fix.edits.some((e) => e.edits.length > 0));
  if (fixes.length === 0) return undefined;
  const { byFile } = mergeFixes(fixes);
  return {
    title: 'Fix all auto-fixable Harden problems',
    kind: FIX_ALL_KIND,
    edit: toWorkspaceEdit(byFile, target),
  };
}

function editAction(
  title: string,
  diagnostic: Diagnostic,
  path: string,
  edits: TextEdit[],
  target: WorkspaceEditTarget,
): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: toWorkspaceEdit(new Map([[path, edits]]), target),
  };
}

function documentationAction(ruleId: string, diagnostic: Diagnostic): CodeAction {
  const title = `Show documentation for ${ruleId}`;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: COMMANDS.showRuleDocumentation, arguments: [ruleId] },
  };
}

function editsByFile(fixes: readonly Fix[]): Map<string, TextEdit[]> {
  const byFile = new Map<string, TextEdit[]>();
  for (const fix of fixes) {
    for (const fileEdit of fix.edits) {
      if (fileEdit.edits.length === 0) continue;
      byFile.set(fileEdit.file, [...(byFile.get(fileEdit.file) ?? []), ...fileEdit.edits]);
    }
  }
  return byFile;
}
