import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { documentView } from '../../server/src/formats/dotenv/semantics/document-view.ts';
import { disabledByControlComments } from '../../server/src/formats/dotenv/semantics/linter-control-comments.ts';

const ID = 'dotenv/ending-blank-line';

/** dotenv-linter's EndingBlankLine: a non-empty file whose last line has no line break. */
export const endingBlankLine = defineRule<DotenvFile>({
  meta: {
    id: ID,
    format: 'dotenv',
    severity: 'warning',
    title: 'The file must end with a line break',
    presets: ['recommended', 'strict'],
    messages: { missing: 'The file does not end with a line break' },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { index, lines } = documentView(context.ast, context.document.text);
    const text = context.document.text;
    if (text.replace(/^\uFEFF/, '') === '' || text.endsWith('\n')) return;
    const last = lines[lines.length - 1];
    if (!last || disabledByControlComments(lines, ID)(last.line)) return;
    const range = index.range(text.length, text.length);
    context.report({
      messageId: 'missing',
      range,
      fix: () => ({
        title: 'Add a line break at the end of the file',
        kind: 'safe',
        edits: [{ file: context.document.path, edits: [{ range, newText: index.eol }] }],
      }),
    });
  },
});
