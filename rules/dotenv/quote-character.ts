import { defineRule } from '../../server/src/engine/rule.ts';
import type { Fix } from '../../server/src/engine/types.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { checkedKeyLines } from '../../server/src/formats/dotenv/semantics/checked-key-lines.ts';
import { keyLineParts } from '../../server/src/formats/dotenv/semantics/physical-lines.ts';
import { valueSource } from '../../server/src/formats/dotenv/semantics/value-source.ts';
import { rewriteReadsAs } from '../../server/src/formats/dotenv/semantics/value-rewrite.ts';

const ID = 'dotenv/quote-character';
/** What makes quotes necessary (or the line too complex to judge): dotenv-linter's list. */
const NEEDS_QUOTES = /\\n|\s|[$#&=]/;

/**
 * dotenv-linter's QuoteCharacter: quotes in a value that needs none. Like dotenv-linter, it reads
 * everything after the first `=` (an inline comment included) and stays silent when that text
 * holds whitespace, `$`, `#`, `&`, `=` or a `\n` escape, where quotes can matter.
 */
export const quoteCharacter = defineRule<DotenvFile>({
  meta: {
    id: ID,
    format: 'dotenv',
    severity: 'warning',
    title: 'Values must not be quoted without need',
    presets: ['recommended', 'strict'],
    messages: { quoted: 'The value of {{key}} has quote characters it does not need' },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { index, lines } = checkedKeyLines(context.ast, context.document.text, ID);
    for (const line of lines) {
      const entry = line.entry;
      if (entry && entry.startLine !== entry.endLine) continue;
      const parts = keyLineParts(line);
      if (parts.equals === undefined) continue;
      const tail = line.text.slice(parts.equals + 1);
      if (NEEDS_QUOTES.test(tail) || !/["']/.test(tail)) continue;
      const lineStart = index.lineStarts[line.line]! + line.column;
      const range =
        entry && line.kind === 'entry'
          ? entry.valueRange
          : index.range(lineStart + parts.equals + 1, lineStart + line.text.length);
      let fix: (() => Fix) | undefined;
      if (entry && line.kind === 'entry') {
        const source = valueSource(entry, index);
        const raw = index.text.slice(
          index.offsetAt(entry.valueRange.start),
          index.offsetAt(entry.valueRange.end),
        );
        const wrapped = source.quote !== '' && raw.length >= 2 && raw.endsWith(source.quote);
        // Unquoting keeps the value only when nothing inside is a quote, and the unquoted text
        // reads the same (a backslash may be an escape there): checked by parsing the new line.
        // A backslash in double quotes stays quoted: other loaders read it differently unquoted.
        const keepsValue =
          !/["']/.test(source.text) &&
          (source.quote === "'" || !source.text.includes('\\')) &&
          rewriteReadsAs(parts.key, source.text, entry.value);
        if (wrapped && keepsValue) {
          fix = () => ({
            title: 'Remove the quotes',
            kind: 'safe',
            // The edit re-emits the value, which may be a secret.
            sensitive: true,
            edits: [
              { file: context.document.path, edits: [{ range: entry.valueRange, newText: source.text }] },
            ],
          });
        }
      }
      context.report({ messageId: 'quoted', data: { key: parts.key }, range, fix });
    }
  },
});
