import type { LineIndex } from '../../server/src/engine/line-index.ts';
import { defineRule } from '../../server/src/engine/rule.ts';
import type { TextEdit } from '../../server/src/engine/types.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { checkedKeyLines } from '../../server/src/formats/dotenv/semantics/checked-key-lines.ts';
import { keyLineParts } from '../../server/src/formats/dotenv/semantics/physical-lines.ts';

const ID = 'dotenv/substitution-key';
const NAME_CHARACTER = /[A-Za-z0-9_]/;
/** Inside `${…}`: a name, optionally with Symfony's `:-default` / `:=default`. */
const BRACED_CONTENT = /^[A-Za-z0-9_]+(?::[-=].*)?$/s;

interface BadReference {
  start: number;
  end: number;
  /** Where to insert which brace to repair it, when that is all it takes. */
  repair?: { at: number; brace: '{' | '}' };
}

function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** Variable references with one brace but not the other, or a braced name with invalid characters. */
export function badReferences(text: string): BadReference[] {
  const bad: BadReference[] = [];
  // Past the last `}` no brace can close: checking that first keeps `${${${…` linear.
  const lastClose = text.lastIndexOf('}');
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '$' || isEscaped(text, i)) {
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      const close = i + 2 > lastClose ? -1 : text.indexOf('}', i + 2);
      if (close === -1) {
        let nameEnd = i + 2;
        while (nameEnd < text.length && NAME_CHARACTER.test(text[nameEnd]!)) nameEnd++;
        const reference: BadReference = { start: i, end: Math.max(nameEnd, i + 2) };
        if (nameEnd > i + 2) reference.repair = { at: nameEnd, brace: '}' };
        bad.push(reference);
        i = nameEnd;
        continue;
      }
      if (!BRACED_CONTENT.test(text.slice(i + 2, close))) bad.push({ start: i, end: close + 1 });
      i = close + 1;
      continue;
    }
    let nameEnd = i + 1;
    while (nameEnd < text.length && NAME_CHARACTER.test(text[nameEnd]!)) nameEnd++;
    if (nameEnd > i + 1 && text[nameEnd] === '}') {
      bad.push({ start: i, end: nameEnd + 1, repair: { at: i + 1, brace: '{' } });
    }
    i = Math.max(nameEnd, i + 1);
  }
  return bad;
}

/**
 * dotenv-linter's SubstitutionKey: `${FOO` or `$FOO}`, a reference with one brace but not the
 * other, and `${FO-O}`, a braced name with characters a name cannot have. Single-quoted values
 * are literal and escaped `\$` is not a reference. Symfony's `${FOO:-default}` and
 * `${FOO:=default}` are valid (dotenv-linter flags them; Symfony Dotenv supports them).
 */
export const substitutionKey = defineRule<DotenvFile>({
  meta: {
    id: ID,
    format: 'dotenv',
    severity: 'warning',
    title: 'Variable references must be well formed',
    presets: ['recommended', 'strict'],
    messages: {
      malformed: 'Malformed variable reference in the value of {{key}}: use `${NAME}` or `$NAME`',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { index, lines } = checkedKeyLines(context.ast, context.document.text, ID);
    for (const line of lines) {
      const parts = keyLineParts(line);
      if (parts.equals === undefined) continue;
      let start: number;
      let end: number;
      const entry = line.entry;
      if (entry && line.kind === 'entry') {
        if (entry.quote === 'single') continue;
        start = index.offsetAt(entry.valueRange.start);
        end = index.offsetAt(entry.valueRange.end);
      } else {
        const lineStart = index.lineStarts[line.line]! + line.column;
        start = lineStart + parts.equals + 1;
        end = lineStart + line.text.length;
        if (/^\s*'/.test(index.text.slice(start, end))) continue;
      }
      const value = index.text.slice(start, end);
      const bad = badReferences(value);
      const first = bad[0];
      if (!first) continue;
      context.report({
        messageId: 'malformed',
        data: { key: parts.key },
        range: index.range(start + first.start, start + first.end),
        fix: bad.every((b) => b.repair)
          ? () => ({
              title: 'Complete the braces of the variable reference',
              kind: 'safe',
              edits: [{ file: context.document.path, edits: repairs(bad, start, index) }],
            })
          : undefined,
      });
    }
  },
});

function repairs(bad: BadReference[], valueStart: number, index: LineIndex): TextEdit[] {
  return bad.map((b) => {
    const at = valueStart + b.repair!.at;
    return { range: index.range(at, at), newText: b.repair!.brace };
  });
}
