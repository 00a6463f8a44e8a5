import { LineIndex } from './line-index.ts';
import { parseSuppressions, type Suppression } from './suppressions.ts';
import type { Position, TextEdit } from './types.ts';

/**
 * The edits behind "Disable <rule> for this line / for the entire file". Pure: text in, one
 * edit out, or undefined when no comment can do it (the format has no comments, the rule is
 * already suppressed there, or the line is one a `next-line` comment cannot target).
 * Every edit is checked against the suppression parser before it is returned, so an action
 * that is offered always silences the finding.
 */

/**
 * The reason after `--` is the user's to write: a placeholder word would be committed as is.
 * The comment syntax accepts `-- reason` whenever they add one.
 */
export const DEFAULT_REASON = '';

export function disableNextLineEdit(
  text: string,
  line: number,
  ruleId: string,
  commentPrefix: string | undefined,
  reason: string = DEFAULT_REASON,
): TextEdit | undefined {
  if (!commentPrefix || !isRuleId(ruleId)) return undefined;
  const index = new LineIndex(text);
  if (line < 0 || line >= index.lineCount) return undefined;
  const lineText = index.lineText(line);
  const trimmed = lineText.trim();
  // A `next-line` comment applies to the next line that is neither blank nor a comment.
  if (trimmed === '' || trimmed.startsWith(commentPrefix)) return undefined;

  const existing = parseSuppressions(index, commentPrefix).find(
    (s) => s.kind === 'next-line' && s.targetLine === line,
  );
  let edit: TextEdit;
  if (existing) {
    const merged = mergeRuleEdit(index, existing, ruleId);
    if (!merged) return undefined;
    edit = merged;
  } else {
    const indent = lineText.slice(0, lineText.length - lineText.trimStart().length);
    const because = reason.trim() === '' ? '' : ` -- ${reason.trim()}`;
    const comment = `${indent}${commentPrefix} harden-disable-next-line ${ruleId}${because}`;
    edit = { range: emptyRange({ line, character: 0 }), newText: `${comment}${index.eol}` };
  }
  const shift = existing ? 0 : 1;
  return silences(
    text,
    edit,
    commentPrefix,
    ruleId,
    (s) => s.kind === 'next-line' && s.targetLine === line + shift,
  )
    ? edit
    : undefined;
}

export function disableFileEdit(
  text: string,
  ruleId: string,
  commentPrefix: string | undefined,
): TextEdit | undefined {
  if (!commentPrefix || !isRuleId(ruleId)) return undefined;
  const index = new LineIndex(text);
  const existing = parseSuppressions(index, commentPrefix).find((s) => s.kind === 'file');
  let edit: TextEdit;
  if (existing) {
    const merged = mergeRuleEdit(index, existing, ruleId);
    if (!merged) return undefined;
    edit = merged;
  } else {
    edit = fileHeaderInsertion(index, `${commentPrefix} harden-disable-file ${ruleId}`);
  }
  return silences(text, edit, commentPrefix, ruleId, (s) => s.kind === 'file') ? edit : undefined;
}

/** Rule ids are `<format>/<name>`; anything else would not survive the comment's syntax. */
function isRuleId(ruleId: string): boolean {
  return /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(ruleId);
}

/**
 * Adds a rule to an existing directive, before its ` -- reason`. A directive that names no
 * rule already covers every rule, and one that names this rule needs nothing.
 */
function mergeRuleEdit(index: LineIndex, suppression: Suppression, ruleId: string): TextEdit | undefined {
  if (suppression.ruleIds.length === 0 || suppression.ruleIds.includes(ruleId)) return undefined;
  const line = suppression.range.start.line;
  const lineText = index.lineText(line);
  const keyword = /harden-disable-(?:next-line|file)\b/.exec(lineText);
  if (!keyword) return undefined;
  const afterKeyword = keyword.index + keyword[0].length;
  const rest = lineText.slice(afterKeyword);
  const separator = /\s--(\s|$)/.exec(rest);
  const listText = separator ? rest.slice(0, separator.index) : rest;
  const listEnd = afterKeyword + listText.trimEnd().length;
  return { range: emptyRange({ line, character: listEnd }), newText: `, ${ruleId}` };
}

/** The top of the file, after a byte-order mark and a `#!` line (which must stay first). */
function fileHeaderInsertion(index: LineIndex, comment: string): TextEdit {
  const text = index.text;
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  if (text.startsWith('#!', bom)) {
    if (index.lineCount > 1)
      return { range: emptyRange({ line: 1, character: 0 }), newText: `${comment}${index.eol}` };
    return {
      range: emptyRange({ line: 0, character: index.lineText(0).length }),
      newText: `${index.eol}${comment}`,
    };
  }
  return { range: emptyRange({ line: 0, character: bom }), newText: `${comment}${index.eol}` };
}

function emptyRange(position: Position): TextEdit['range'] {
  return { start: position, end: { ...position } };
}

function silences(
  text: string,
  edit: TextEdit,
  commentPrefix: string,
  ruleId: string,
  matches: (s: Suppression) => boolean,
): boolean {
  const before = new LineIndex(text);
  const offset = before.offsetAt(edit.range.start);
  const after = new LineIndex(
    text.slice(0, offset) + edit.newText + text.slice(before.offsetAt(edit.range.end)),
  );
  return parseSuppressions(after, commentPrefix).some((s) => matches(s) && s.ruleIds.includes(ruleId));
}
