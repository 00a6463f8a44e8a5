import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { documentView } from '../../server/src/formats/dotenv/semantics/document-view.ts';
import { disabledByControlComments } from '../../server/src/formats/dotenv/semantics/linter-control-comments.ts';
import { isBlank, runStartBefore } from '../../server/src/engine/text-runs.ts';

const ID = 'dotenv/trailing-whitespace';

/** dotenv-linter's TrailingWhitespace: spaces or tabs after the last character of a line (comment lines excepted). */
export const trailingWhitespace = defineRule<DotenvFile>({
  meta: {
    id: ID,
    format: 'dotenv',
    severity: 'warning',
    title: 'Lines must not end with whitespace',
    presets: ['recommended', 'strict'],
    messages: { trailing: 'Trailing whitespace at the end of the line' },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { index, lines } = documentView(context.ast, context.document.text);
    const disabled = disabledByControlComments(lines, ID);
    for (const line of lines) {
      if (line.kind === 'comment' || disabled(line.line)) continue;
      // Inside a multi-line quoted value, trailing blanks belong to the value.
      if (line.entry && line.entry.startLine !== line.entry.endLine && line.line !== line.entry.endLine)
        continue;
      const start = runStartBefore(line.text, line.text.length, isBlank);
      if (start === line.text.length) continue;
      const lineStart = index.lineStarts[line.line]! + line.column;
      const range = index.range(lineStart + start, lineStart + line.text.length);
      context.report({
        messageId: 'trailing',
        range,
        fix: () => ({
          title: 'Remove the trailing whitespace',
          kind: 'safe',
          edits: [{ file: context.document.path, edits: [{ range, newText: '' }] }],
        }),
      });
    }
  },
});
