import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { checkedKeyLines } from '../../server/src/formats/dotenv/semantics/checked-key-lines.ts';
import { keyLineParts } from '../../server/src/formats/dotenv/semantics/physical-lines.ts';

const ID = 'dotenv/space-character';

/**
 * dotenv-linter's SpaceCharacter: whitespace between the key and `=`, or between `=` and the
 * value. Symfony Dotenv refuses both ("Whitespace characters are not supported after the variable
 * name", "Whitespace are not supported before the value"). `KEY= # comment` and `KEY=   ` hold an
 * empty value that every loader reads the same way: not reported here.
 */
export const spaceCharacter = defineRule<DotenvFile>({
  meta: {
    id: ID,
    format: 'dotenv',
    severity: 'warning',
    title: 'No whitespace around the equal sign',
    presets: ['recommended', 'strict'],
    messages: { around: 'Whitespace around `=` after {{key}}: Symfony Dotenv rejects the line' },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { index, lines } = checkedKeyLines(context.ast, context.document.text, ID);
    for (const line of lines) {
      const text = line.text;
      const parts = keyLineParts(line);
      if (parts.equals === undefined || parts.key === '') continue;
      const before = parts.equals > parts.keyEnd;
      let afterEnd = parts.equals + 1;
      while (afterEnd < text.length && /[ \t]/.test(text[afterEnd]!)) afterEnd++;
      const after = afterEnd > parts.equals + 1 && afterEnd < text.length && text[afterEnd] !== '#';
      if (!before && !after) continue;
      const lineStart = index.lineStarts[line.line]! + line.column;
      const range = index.range(
        lineStart + (before ? parts.keyEnd : parts.equals + 1),
        lineStart + (after ? afterEnd : parts.equals),
      );
      const replaced = index.range(
        lineStart + parts.keyEnd,
        lineStart + (after ? afterEnd : parts.equals + 1),
      );
      context.report({
        messageId: 'around',
        data: { key: parts.key },
        range,
        fix: () => ({
          title: 'Remove the whitespace around `=`',
          kind: 'safe',
          edits: [{ file: context.document.path, edits: [{ range: replaced, newText: '=' }] }],
        }),
      });
    }
  },
});
