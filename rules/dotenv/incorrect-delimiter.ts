import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { checkedKeyLines } from '../../server/src/formats/dotenv/semantics/checked-key-lines.ts';
import { keyLineParts } from '../../server/src/formats/dotenv/semantics/physical-lines.ts';

const ID = 'dotenv/incorrect-delimiter';
const NOT_KEY_START = /^[^\p{L}_]+/u;
const NOT_KEY_CHARACTER = /[^\p{L}\p{N}_]/gu;

/**
 * dotenv-linter's IncorrectDelimiter: words in a key separated by something other than `_`
 * (`FOO-BAR`, `FOO.BAR`, `FOO BAR`). Invalid leading characters are dotenv/leading-character's.
 */
export const incorrectDelimiter = defineRule<DotenvFile>({
  meta: {
    id: ID,
    format: 'dotenv',
    severity: 'warning',
    title: 'Words in a key must be separated by underscores',
    presets: ['recommended', 'strict'],
    messages: {
      delimiter:
        'The key {{key}} separates words with something other than `_`: most loaders reject or mangle it',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { index, lines } = checkedKeyLines(context.ast, context.document.text, ID);
    for (const line of lines) {
      const parts = keyLineParts(line);
      const leading = NOT_KEY_START.exec(parts.key)?.[0].length ?? 0;
      const body = parts.key.slice(leading);
      if (!/[^\p{L}\p{N}_]/u.test(body)) continue;
      const lineStart = index.lineStarts[line.line]! + line.column;
      const range = index.range(lineStart + parts.keyStart, lineStart + parts.keyEnd);
      const fixed = parts.key.slice(0, leading) + body.replace(NOT_KEY_CHARACTER, '_');
      context.report({
        messageId: 'delimiter',
        data: { key: parts.key },
        range,
        fix: () => ({
          title: `Rename the key to ${fixed} (update the code that reads it)`,
          kind: 'safe',
          edits: [{ file: context.document.path, edits: [{ range, newText: fixed }] }],
        }),
      });
    }
  },
});
