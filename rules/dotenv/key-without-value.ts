import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { documentView } from '../../server/src/formats/dotenv/semantics/document-view.ts';
import { disabledByControlComments } from '../../server/src/formats/dotenv/semantics/linter-control-comments.ts';
import { isKeyLine, keyLineParts } from '../../server/src/formats/dotenv/semantics/physical-lines.ts';

const ID = 'dotenv/key-without-value';

/** dotenv-linter's KeyWithoutValue: a line with a key and no `=` (`FOO` rather than `FOO=`). */
export const keyWithoutValue = defineRule<DotenvFile>({
  meta: {
    id: ID,
    format: 'dotenv',
    severity: 'warning',
    title: 'Keys must have an equal sign',
    presets: ['recommended', 'strict'],
    messages: {
      noEquals:
        'The key {{key}} has no `=`: Symfony Dotenv rejects the line; write `{{key}}=` for an empty value',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { index, lines } = documentView(context.ast, context.document.text);
    const disabled = disabledByControlComments(lines, ID);
    for (const line of lines) {
      if (!isKeyLine(line) || disabled(line.line)) continue;
      const parts = keyLineParts(line);
      if (parts.equals !== undefined || parts.key === '') continue;
      const lineStart = index.lineStarts[line.line]! + line.column;
      const range = index.range(lineStart + parts.keyStart, lineStart + parts.keyEnd);
      const insertAt = index.range(lineStart + parts.keyEnd, lineStart + parts.keyEnd);
      context.report({
        messageId: 'noEquals',
        data: { key: parts.key },
        range,
        fix: () => ({
          title: `Add \`=\` after ${parts.key} (an empty value)`,
          kind: 'safe',
          edits: [{ file: context.document.path, edits: [{ range: insertAt, newText: '=' }] }],
        }),
      });
    }
  },
});
