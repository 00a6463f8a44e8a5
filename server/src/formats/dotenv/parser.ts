import { LineIndex } from '../../engine/line-index.ts';
import type { Parsed, ParseProblem } from '../../engine/types.ts';
import type { DotenvEntry, DotenvFile, DotenvLine } from './ast.ts';

const KEY = /^(export[ \t]+)?(_?[A-Za-z][A-Za-z0-9_]*)=/;

/** First, line-based reading of a `.env` file (single-line values only). */
export function parseDotenv(text: string): Parsed<DotenvFile> {
  const index = new LineIndex(text);
  const hasBom = text.startsWith('\uFEFF');
  const entries: DotenvEntry[] = [];
  const lines: DotenvLine[] = [];
  const comments: DotenvFile['comments'] = [];
  const problems: ParseProblem[] = [];
  for (let line = 0; line < index.lineCount; line++) {
    const start = index.lineStarts[line]! + (line === 0 && hasBom ? 1 : 0);
    const end = index.lineEnd(line);
    const lineText = index.text.slice(index.lineStarts[line]!, end);
    const content = text.slice(start, end);
    const indent = content.length - content.trimStart().length;
    const trimmed = content.trim();
    if (trimmed === '') {
      lines.push({ line, kind: 'blank', text: lineText });
      continue;
    }
    if (trimmed.startsWith('#')) {
      comments.push({ text: trimmed.slice(1), range: index.range(start + indent, end), inline: false });
      lines.push({ line, kind: 'comment', text: lineText });
      continue;
    }
    const match = KEY.exec(content.slice(indent));
    if (!match) {
      problems.push({ message: 'Invalid line', range: index.range(start + indent, end), severity: 'error' });
      lines.push({ line, kind: 'invalid', text: lineText });
      continue;
    }
    const keyStart = start + indent + (match[1]?.length ?? 0);
    const key = match[2]!;
    const valueStart = keyStart + key.length + 1;
    const raw = text.slice(valueStart, end).trimEnd();
    const value = raw.length >= 2 && /^(['"]).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
    const entry: DotenvEntry = {
      key,
      keyRange: index.range(keyStart, keyStart + key.length),
      exported: match[1] !== undefined,
      delimiterRange: index.range(valueStart - 1, valueStart),
      rawValue: raw,
      valueRange: index.range(valueStart, valueStart + raw.length),
      quote: raw.startsWith('"') ? 'double' : raw.startsWith("'") ? 'single' : 'none',
      literalValue: value,
      value,
      references: [],
      range: index.range(start + indent, valueStart + raw.length),
      startLine: line,
      endLine: line,
    };
    if (match[1] !== undefined) entry.exportRange = index.range(start + indent, start + indent + 6);
    lines.push({ line, kind: 'entry', text: lineText, entryIndex: entries.length });
    entries.push(entry);
  }
  return {
    ast: { entries, comments, lines, hasBom, eol: index.eol === '\r\n' ? '\r\n' : '\n' },
    problems,
    fullyUnderstood: problems.length === 0,
  };
}
