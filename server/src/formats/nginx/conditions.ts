import type { Range } from '../../engine/types.ts';
import type { Arg, Directive } from './ast.ts';

/**
 * The condition of an `if` block. nginx's lexer knows nothing of parentheses: `if ($a ~ "b")`
 * is the tokens `($a`, `~`, `b` and `)`, and ngx_http_rewrite_module strips the `(` and `)`
 * (ngx_http_rewrite_if). This does the same, so rules see the operands as nginx does.
 */
export type IfOperator =
  '=' | '!=' | '~' | '~*' | '!~' | '!~*' | '-f' | '!-f' | '-d' | '!-d' | '-e' | '!-e' | '-x' | '!-x';

export interface IfCondition {
  /** The tested value: a variable for comparisons and matches, a path for file tests. */
  subject: Arg;
  /** Absent for a bare `($var)` test (true unless empty or "0"). */
  operator?: IfOperator;
  operatorRange?: Range;
  /** The right-hand side of `=`, `!=` and regex matches. */
  operand?: Arg;
  /** True for `~*` and `!~*`. */
  caseInsensitive: boolean;
  /** True for the `~`, `~*`, `!~`, `!~*` forms. */
  isRegex: boolean;
}

const COMPARISONS = new Set<IfOperator>(['=', '!=', '~', '~*', '!~', '!~*']);
const FILE_TESTS = new Set<IfOperator>(['-f', '!-f', '-d', '!-d', '-e', '!-e', '-x', '!-x']);

/** The parsed condition of an `if` directive, or undefined when nginx would call it invalid. */
export function ifCondition(directive: Directive): IfCondition | undefined {
  if (directive.name !== 'if') return undefined;
  const operands = stripParentheses(directive.args);
  if (!operands) return undefined;
  const [first, second, third] = operands;
  if (!first) return undefined;
  if (FILE_TESTS.has(first.value as IfOperator) && first.quote === null) {
    if (!second || third) return undefined;
    return {
      subject: second,
      operator: first.value as IfOperator,
      operatorRange: first.range,
      caseInsensitive: false,
      isRegex: false,
    };
  }
  if (!second) return { subject: first, caseInsensitive: false, isRegex: false };
  const operator = second.value as IfOperator;
  if (!COMPARISONS.has(operator) || second.quote !== null || !third || operands.length > 3) return undefined;
  return {
    subject: first,
    operator,
    operatorRange: second.range,
    operand: third,
    caseInsensitive: operator.endsWith('*'),
    isRegex: operator.includes('~'),
  };
}

/** An `if` head as a message shows it: `if ($uri ~ "^/(login|admin)/")` (operands as written, parentheses tight). */
export function ifHeadText(directive: Directive): string {
  const operands = stripParentheses(directive.args);
  if (!operands) return ['if', ...directive.args.map((a) => a.raw)].join(' ');
  return `if (${operands.map((a) => a.raw).join(' ')})`;
}

/** A block's head as a message shows it: `location ~ \.php$`, `if ($arg_task = "login")`. */
export function blockHeadText(directive: Directive): string {
  return directive.name === 'if'
    ? ifHeadText(directive)
    : [directive.name, ...directive.args.map((a) => a.value)].join(' ');
}

function stripParentheses(args: readonly Arg[]): Arg[] | undefined {
  const first = args[0];
  const last = args[args.length - 1];
  if (!first || !last || first.quote !== null || !first.value.startsWith('(')) return undefined;
  if (last.quote !== null || !last.value.endsWith(')')) return undefined;
  const out = args.slice();
  if (out.length === 1) {
    if (first.value.length < 2) return undefined;
    out[0] = trim(first, 1, 1);
    return out;
  }
  out[0] = trim(first, 1, 0);
  out[out.length - 1] = trim(last, 0, 1);
  return out.filter((arg) => arg.raw.length > 0);
}

/** The argument without `head` characters at its start and `tail` at its end (bare tokens only). */
function trim(arg: Arg, head: number, tail: number): Arg {
  const raw = arg.raw.slice(head, arg.raw.length - tail);
  const value = arg.value.slice(head, arg.value.length - tail);
  const range = {
    start: { line: arg.range.start.line, character: arg.range.start.character + head },
    end: { line: arg.range.end.line, character: arg.range.end.character - tail },
  };
  return { value, raw, range, quote: null };
}
