import type { Directive } from './ast.ts';

/**
 * Writes values and directives back as nginx text, for quick-fixes and round-trip tests.
 * `formatArg` quotes only when nginx would otherwise split or misread the value, and escapes
 * so that nginx's lexer gives back exactly `value`.
 */
export function formatArg(value: string): string {
  return isSafeBare(value) ? value : `"${escapeForDoubleQuotes(value)}"`;
}

function isSafeBare(value: string): boolean {
  if (value.length === 0) return false;
  const first = value.charCodeAt(0);
  // A token that starts with a quote, `#`, `{`, `}` or `;` means something else to nginx.
  if (first === 34 || first === 39 || first === 35 || first === 123 || first === 125) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    // Whitespace and `;` end a bare token and `{` opens a block: keep them quoted.
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 59 || c === 123) return false;
    // `\.` stays as written (`location ~ \.php$`); a backslash nginx would resolve does not.
    if (c === 92 && (i === value.length - 1 || RESOLVED_AFTER_BACKSLASH.has(value.charAt(i + 1))))
      return false;
  }
  return true;
}

/** The characters after which nginx resolves a backslash (see `resolveEscapes`). */
const RESOLVED_AFTER_BACKSLASH = new Set(['"', "'", '\\', 't', 'r', 'n']);

/**
 * A backslash is written doubled when nginx would otherwise read it with what follows it in
 * the output: at the end, before a character it resolves, or before a character this writer
 * turns into an escape (`"`, tab, CR, LF).
 */
function backslashNeedsEscape(value: string, i: number): boolean {
  if (i === value.length - 1) return true;
  const next = value.charAt(i + 1);
  return RESOLVED_AFTER_BACKSLASH.has(next) || next === '\t' || next === '\r' || next === '\n';
}

function escapeForDoubleQuotes(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (c === '"') out += '\\"';
    else if (c === '\t') out += '\\t';
    else if (c === '\r') out += '\\r';
    else if (c === '\n') out += '\\n';
    else if (c === '\\' && backslashNeedsEscape(value, i)) out += '\\\\';
    else out += c;
  }
  return out;
}

/** `name arg1 arg2;` with each value formatted by `formatArg`. */
export function formatDirective(name: string, args: readonly string[]): string {
  return [name, ...args].map(formatArg).join(' ') + ';';
}

const MAX_INDENT = 64;

/**
 * Prints directives as written (raw names and arguments), one per line, blocks indented by
 * `indent`. Raw blocks keep their body text unchanged.
 */
export function printDirectives(directives: readonly Directive[], indent = '    '): string {
  const lines: string[] = [];
  // Explicit stack of pending output: a directive to open, or a block to close.
  type Item = { directive: Directive; depth: number } | { close: string };
  const stack: Item[] = [];
  for (let i = directives.length - 1; i >= 0; i--) stack.push({ directive: directives[i]!, depth: 0 });
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('close' in item) {
      lines.push(item.close);
      continue;
    }
    const { directive, depth } = item;
    // Indentation stops growing past MAX_INDENT levels, so output stays linear in the input.
    const pad = indent.repeat(Math.min(depth, MAX_INDENT));
    const head = [directive.nameRaw, ...directive.args.map((a) => a.raw)].join(' ');
    if (directive.kind === 'raw') {
      lines.push(`${pad}${head} {${directive.rawBody?.text ?? ''}}`);
    } else if (directive.block) {
      lines.push(`${pad}${head} {`);
      stack.push({ close: `${pad}}` });
      const children = directive.block.directives;
      for (let i = children.length - 1; i >= 0; i--)
        stack.push({ directive: children[i]!, depth: depth + 1 });
    } else {
      lines.push(`${pad}${head};`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
