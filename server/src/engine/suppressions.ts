import type { LineIndex } from './line-index.ts';
import type { Range } from './types.ts';

/**
 * Suppression comments, in the file's own comment syntax:
 *   # harden-disable-next-line nginx/server-tokens, nginx/hsts-weak -- reason
 *   # harden-disable-file dotenv/weak-secret
 * Without a rule id, a suppression covers every rule. The reason after `--` is free text.
 */
export interface Suppression {
  kind: 'next-line' | 'file';
  /** Rule ids it names; empty = all rules. */
  ruleIds: string[];
  /** The comment's range, used to report it when unused. */
  range: Range;
  /** Line it applies to (next-line only): the next line that is not a comment or blank. */
  targetLine: number;
  /** Rule ids (or `*`) that actually matched a finding. */
  used: Set<string>;
}

const DIRECTIVE = /^harden-disable-(next-line|file)\b(.*)$/;

/**
 * Whether the text can hold a suppression comment at all: every one contains `harden-disable-`.
 * Cheap enough to ask before building a line index for `parseSuppressions`.
 */
export function mayHoldSuppressions(text: string): boolean {
  return text.includes('harden-disable-');
}

export function parseSuppressions(index: LineIndex, commentPrefix: string | undefined): Suppression[] {
  if (!commentPrefix || !mayHoldSuppressions(index.text)) return [];
  const result: Suppression[] = [];
  for (let line = 0; line < index.lineCount; line++) {
    const text = index.lineText(line);
    const trimmed = text.trimStart();
    if (!trimmed.startsWith(commentPrefix)) continue;
    const body = trimmed.slice(commentPrefix.length).trim();
    const match = DIRECTIVE.exec(body);
    if (!match) continue;
    const kind = match[1] === 'file' ? 'file' : 'next-line';
    const rest = (match[2] ?? '').split(/\s--(\s|$)/)[0] ?? '';
    const ruleIds = rest
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter((id) => id.length > 0);
    const indent = text.length - trimmed.length;
    result.push({
      kind,
      ruleIds,
      range: { start: { line, character: indent }, end: { line, character: text.length } },
      targetLine: kind === 'file' ? -1 : nextCodeLine(index, line, commentPrefix),
      used: new Set(),
    });
  }
  return result;
}

function nextCodeLine(index: LineIndex, from: number, commentPrefix: string): number {
  for (let line = from + 1; line < index.lineCount; line++) {
    const trimmed = index.lineText(line).trim();
    if (trimmed.length === 0 || trimmed.startsWith(commentPrefix)) continue;
    return line;
  }
  return from + 1;
}

/** Marks and returns whether a finding of `ruleId` starting on `line` is suppressed. */
export function isSuppressed(suppressions: Suppression[], ruleId: string, line: number): boolean {
  let suppressed = false;
  for (const s of suppressions) {
    if (s.kind === 'next-line' && s.targetLine !== line) continue;
    if (s.ruleIds.length === 0) {
      s.used.add('*');
      suppressed = true;
    } else if (s.ruleIds.includes(ruleId)) {
      s.used.add(ruleId);
      suppressed = true;
    }
  }
  return suppressed;
}
