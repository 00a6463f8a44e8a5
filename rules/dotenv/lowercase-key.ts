import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { checkedKeyLines } from '../../server/src/formats/dotenv/semantics/checked-key-lines.ts';
import { keyLineParts } from '../../server/src/formats/dotenv/semantics/physical-lines.ts';

const ID = 'dotenv/lowercase-key';

/** dotenv-linter's LowercaseKey: a key with lower-case letters. */
export const lowercaseKey = defineRule<DotenvFile>({
  meta: {
    id: ID,
    format: 'dotenv',
    severity: 'warning',
    title: 'Keys must be upper case',
    presets: ['recommended', 'strict'],
    messages: {
      lowercase: 'The key {{key}} has lower-case letters: environment variable names are upper case',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { index, lines } = checkedKeyLines(context.ast, context.document.text, ID);
    for (const line of lines) {
      const parts = keyLineParts(line);
      const upper = parts.key.toUpperCase();
      if (parts.key === '' || upper === parts.key) continue;
      const lineStart = index.lineStarts[line.line]! + line.column;
      const range = index.range(lineStart + parts.keyStart, lineStart + parts.keyEnd);
      context.report({
        messageId: 'lowercase',
        data: { key: parts.key },
        range,
        fix: () => ({
          title: `Rename the key to ${upper} (update the code that reads it)`,
          kind: 'safe',
          edits: [{ file: context.document.path, edits: [{ range, newText: upper }] }],
        }),
      });
    }
  },
});
