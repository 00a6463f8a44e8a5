import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { checkedKeyLines } from '../../server/src/formats/dotenv/semantics/checked-key-lines.ts';

const ID = 'dotenv/leading-character';
const KEY_START = /[\p{L}_]/u;

/**
 * dotenv-linter's LeadingCharacter: a key line must start with a letter or `_`. Leading
 * whitespace counts (` FOO=bar`), as do digits, dots, dashes and stars.
 */
export const leadingCharacter = defineRule<DotenvFile>({
  meta: {
    id: ID,
    format: 'dotenv',
    severity: 'warning',
    title: 'Keys must start with a letter or an underscore',
    presets: ['recommended', 'strict'],
    messages: {
      whitespace: 'The line starts with whitespace: a key must start at the beginning of the line',
      character: 'Invalid leading character: a key must start with a letter or `_`',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { index, lines } = checkedKeyLines(context.ast, context.document.text, ID);
    for (const line of lines) {
      const text = line.text;
      if (text === '' || KEY_START.test(text[0]!)) continue;
      let end = 0;
      while (end < text.length && text[end] !== '=' && !KEY_START.test(text[end]!)) end++;
      const lineStart = index.lineStarts[line.line]! + line.column;
      const removable = end > 0 && end < text.length && text[end] !== '=';
      const range = index.range(lineStart, lineStart + Math.max(end, 1));
      const onlyWhitespace = end > 0 && text.slice(0, end).trim() === '';
      context.report({
        messageId: onlyWhitespace ? 'whitespace' : 'character',
        range,
        fix: removable
          ? () => ({
              title: 'Remove the leading characters',
              kind: 'safe',
              edits: [{ file: context.document.path, edits: [{ range, newText: '' }] }],
            })
          : undefined,
      });
    }
  },
});
