import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { documentView } from '../../server/src/formats/dotenv/semantics/document-view.ts';
import { disabledByControlComments } from '../../server/src/formats/dotenv/semantics/linter-control-comments.ts';

const ID = 'dotenv/extra-blank-line';

/** dotenv-linter's ExtraBlankLine: a blank line right after another blank line. */
export const extraBlankLine = defineRule<DotenvFile>({
  meta: {
    id: ID,
    format: 'dotenv',
    severity: 'warning',
    title: 'At most one blank line in a row',
    presets: ['recommended', 'strict'],
    messages: { extra: 'Extra blank line: more than one blank line in a row' },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { index, lines } = documentView(context.ast, context.document.text);
    const disabled = disabledByControlComments(lines, ID);
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.kind !== 'blank' || lines[i - 1]!.kind !== 'blank' || disabled(line.line)) continue;
      const start = index.lineStarts[line.line]!;
      const end = index.lineEnd(line.line);
      // The line goes with the line break before it, so the last line of the file can go too.
      const removal = index.range(index.lineEnd(line.line - 1), end);
      context.report({
        messageId: 'extra',
        range: index.range(start, end),
        fix: () => ({
          title: 'Remove the extra blank line',
          kind: 'safe',
          edits: [{ file: context.document.path, edits: [{ range: removal, newText: '' }] }],
        }),
      });
    }
  },
});
