import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { checkedKeyLines } from '../../server/src/formats/dotenv/semantics/checked-key-lines.ts';
import { keyLineParts } from '../../server/src/formats/dotenv/semantics/physical-lines.ts';
import { quotedSpelling } from '../../server/src/formats/dotenv/semantics/value-rewrite.ts';

const ID = 'dotenv/value-without-quotes';

/** Start and end (line offsets) of an unquoted value: up to an inline comment (` #`), trailing blanks dropped. */
function unquotedValueSpan(text: string, from: number): [number, number] {
  let end = text.length;
  const comment = /[ \t]#/.exec(text.slice(from));
  if (comment) end = from + comment.index;
  let start = from;
  while (start < end && /[ \t]/.test(text[start]!)) start++;
  while (end > start && /[ \t]/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * dotenv-linter's ValueWithoutQuotes: an unquoted value with whitespace inside. Symfony Dotenv
 * refuses it ("A value containing spaces must be surrounded by quotes"); shells split it. The
 * value ends where an inline comment starts, as in every loader: `KEY=value # note` is fine.
 */
export const valueWithoutQuotes = defineRule<DotenvFile>({
  meta: {
    id: ID,
    format: 'dotenv',
    severity: 'warning',
    title: 'Values with whitespace must be quoted',
    presets: ['recommended', 'strict'],
    messages: { unquoted: 'The value of {{key}} contains whitespace and must be surrounded by quotes' },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { index, lines } = checkedKeyLines(context.ast, context.document.text, ID);
    for (const line of lines) {
      const entry = line.entry;
      if (entry && (entry.quote !== 'none' || entry.startLine !== entry.endLine)) continue;
      const parts = keyLineParts(line);
      if (parts.equals === undefined) continue;
      const lineStart = index.lineStarts[line.line]! + line.column;
      let start: number;
      let end: number;
      if (entry && line.kind === 'entry') {
        start = index.offsetAt(entry.valueRange.start);
        end = index.offsetAt(entry.valueRange.end);
        while (start < end && /[ \t]/.test(index.text[start]!)) start++;
      } else {
        const [from, to] = unquotedValueSpan(line.text, parts.equals + 1);
        start = lineStart + from;
        end = lineStart + to;
      }
      const value = index.text.slice(start, end);
      if (!/\s/.test(value) || /^["']/.test(value)) continue;
      // Nothing special in the text: double quotes read it the same way (`$` expansions included).
      // Otherwise quotes and backslashes already mean something (`a "b"` reads `ab`, `x \\`
      // reads `x \`): the fix quotes the value as read, checked by parsing the new line.
      // A line Symfony refuses (spaces unquoted) has no value read yet: single quotes keep the
      // text as written.
      let quoted: string | undefined;
      if (!/["'\\]/.test(value)) quoted = `"${value}"`;
      else if (entry && line.kind === 'entry') {
        if (!value.includes('$')) quoted = quotedSpelling(parts.key, entry.value);
      } else if (!/['$]/.test(value)) quoted = `'${value}'`;
      const range = index.range(start, end);
      context.report({
        messageId: 'unquoted',
        data: { key: parts.key },
        range,
        fix:
          quoted === undefined
            ? undefined
            : () => ({
                title: 'Surround the value with quotes',
                kind: 'safe',
                // The edit re-emits the value, which may be a secret.
                sensitive: true,
                edits: [{ file: context.document.path, edits: [{ range, newText: quoted }] }],
              }),
      });
    }
  },
});
