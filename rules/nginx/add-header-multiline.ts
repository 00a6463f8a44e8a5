import { defineRule } from '../../server/src/engine/rule.ts';
import type { Arg, Directive, NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { formatArg } from '../../server/src/formats/nginx/printer.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';
import { isBlank, runEndAfter, runStartBefore } from '../../server/src/engine/text-runs.ts';

/** Options of headers-more's `more_set_headers` that take a value (a type or status list). */
const MORE_HEADERS_VALUE_OPTIONS = new Set(['-t', '-s']);

/** The header values of a directive: `add_header name value`, or each header of `more_set_headers`. */
function headerValues(directive: Directive): { header: string; arg: Arg }[] {
  const { args } = directive;
  if (directive.name === 'add_header' || directive.name === 'add_trailer') {
    const [name, value] = args;
    return name && value ? [{ header: name.value, arg: value }] : [];
  }
  const out: { header: string; arg: Arg }[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (MORE_HEADERS_VALUE_OPTIONS.has(arg.value)) {
      i++;
      continue;
    }
    if (arg.value.startsWith('-') && arg.quote === null) continue;
    out.push({ header: arg.value.split(':', 1)[0]!.trim(), arg });
  }
  return out;
}

const DIRECTIVES = new Set(['add_header', 'add_trailer', 'more_set_headers']);

/** The value on one line: each line break and the indentation around it become one space. */
export function joinHeaderLines(value: string): string {
  // Split, then trim each line: /[ \t]*\n[ \t]*/g is quadratic on a long run of blanks.
  const lines = value.split(/\r\n|\r|\n/);
  return lines
    .map((line, i) => {
      const start = i > 0 ? runEndAfter(line, 0, isBlank) : 0;
      const end = i < lines.length - 1 ? runStartBefore(line, line.length, isBlank, start) : line.length;
      return line.slice(start, end);
    })
    .join(' ')
    .trim();
}

/**
 * A header value written over several lines. nginx sends it as written, line breaks included:
 * RFC 9110 forbids line folding in field values, so clients reject the response or cut the
 * header at the first line break (a Content-Security-Policy then silently loses its rules).
 * Gixy `add_header_multiline`.
 */
export const addHeaderMultiline = defineRule<NginxFile>({
  meta: {
    id: 'nginx/add-header-multiline',
    format: 'nginx',
    severity: 'info',
    title: 'Header values must be on one line',
    presets: ['strict'],
    messages: {
      multiline:
        'The value of the `{{header}}` header contains a line break: HTTP forbids line folding, so clients reject or truncate the header',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    for (const directive of [...DIRECTIVES].flatMap((name) => fileDirectivesNamed(context.ast, name))) {
      for (const { header, arg } of headerValues(directive)) {
        if (!/[\r\n]/.test(arg.value)) continue;
        const joined = formatArg(joinHeaderLines(arg.value));
        context.report({
          messageId: 'multiline',
          data: { header },
          range: arg.range,
          fix: () => ({
            title: `Put the ${header} value on one line`,
            kind: 'safe',
            edits: [{ file, edits: [{ range: arg.range, newText: joined }] }],
          }),
        });
      }
    }
  },
});
