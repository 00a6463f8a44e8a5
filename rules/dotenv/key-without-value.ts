import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { checkedKeyLines } from '../../server/src/formats/dotenv/semantics/checked-key-lines.ts';
import { parseDotenv } from '../../server/src/formats/dotenv/parser.ts';
import { keyLineParts } from '../../server/src/formats/dotenv/semantics/physical-lines.ts';

const ID = 'dotenv/key-without-value';

/** Whether one line is accepted by Symfony Dotenv (our parser agrees with it). */
function lineParses(line: string): boolean {
  return !parseDotenv(`${line}\n`).problems.some((p) => p.severity === 'error');
}

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
    const { index, lines } = checkedKeyLines(context.ast, context.document.text, ID);
    for (const line of lines) {
      const parts = keyLineParts(line);
      if (parts.equals !== undefined || parts.key === '') continue;
      const lineStart = index.lineStarts[line.line]! + line.column;
      const range = index.range(lineStart + parts.keyStart, lineStart + parts.keyEnd);
      // `KEY "value"`: the blanks before the value become the `=` (`KEY= "value"` is still
      // refused), when the line then parses; a bare key gets `=` (an empty value).
      const rest = line.text.slice(parts.keyEnd);
      const gap = /^[ \t]+(?=[^ \t#])/.exec(rest)?.[0];
      const valueFollows = gap !== undefined;
      const parses = !valueFollows || lineParses(`${parts.key}=${rest.slice(gap.length)}`);
      const replaced = index.range(lineStart + parts.keyEnd, lineStart + parts.keyEnd + (gap?.length ?? 0));
      context.report({
        messageId: 'noEquals',
        data: { key: parts.key },
        range,
        fix: parses
          ? () => ({
              title: valueFollows
                ? `Add \`=\` between ${parts.key} and its value`
                : `Add \`=\` after ${parts.key} (an empty value)`,
              kind: 'safe',
              // With a value, the edit sits next to it; the value itself is not re-emitted.
              edits: [{ file: context.document.path, edits: [{ range: replaced, newText: '=' }] }],
            })
          : undefined,
      });
    }
  },
});
