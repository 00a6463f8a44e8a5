import type { Span } from './commands.ts';
import { collapseBackslashPairs } from './escapes.ts';
import { nameEnd } from './name-syntax.ts';
import { SYMFONY_MESSAGES, unsupportedDefaultCharacter } from './problems.ts';

/** A variable reference found in a value, in the positions of the text it was found in. */
export interface FoundReference {
  name: string;
  start: number;
  end: number;
  form: 'braced' | 'bare';
  operator?: ':-' | ':=';
  defaultValue?: string;
  defaultUsed: boolean;
  definedInFile: boolean;
}

export interface FoundProblem {
  message: string;
  start: number;
  end: number;
}

export interface Expansion {
  /** What Symfony Dotenv would produce (command substitutions kept as written). */
  value: string;
  /** The same decoding with every reference kept as written. */
  literal: string;
  references: FoundReference[];
  /** The first problem Symfony would throw for. */
  problem?: FoundProblem;
}

/** Accumulates output, so that `\\` collapsing skips the text of command substitutions. */
class Output {
  private done = '';
  private pending = '';

  plain(text: string): void {
    this.pending += text;
  }

  verbatim(text: string): void {
    this.done += collapseBackslashPairs(this.pending) + text;
    this.pending = '';
  }

  finish(): string {
    return this.done + collapseBackslashPairs(this.pending);
  }
}

const UNSUPPORTED_IN_DEFAULT = /['"{$]/;

/**
 * Symfony Dotenv's `resolveVariables` followed by its `\\` → `\` step, on a decoded value part.
 * `env` holds the values of earlier entries (and is updated by `${NAME:=default}`); the process
 * environment is never read, so results do not depend on the machine. `commands` are spans of
 * `text` kept as written.
 *
 * The reference pattern, `(?<!\\)(\\*)\$(?!\()(\{)?(NAME)?(:[-=][^}]*+)?(\})?`, is applied by
 * hand: an odd number of backslashes escapes the `$`; `:-`/`:=` defaults work with or without
 * braces and run up to the next `}`; a lone `}` after a bare name is kept.
 */
export function expandVariables(
  text: string,
  commands: readonly Span[],
  env: Map<string, string>,
): Expansion {
  if (!text.includes('$')) {
    const value = collapseBackslashPairs(text);
    return { value, literal: value, references: [] };
  }
  const value = new Output();
  const literal = new Output();
  const references: FoundReference[] = [];
  let problem: FoundProblem | undefined;
  let from = 0;
  let command = 0;
  let dollar = text.indexOf('$');
  while (dollar !== -1) {
    while (command < commands.length && commands[command]!.end <= from) command++;
    const next = commands[command];
    if (next && dollar >= next.start) {
      if (dollar < next.end) {
        const before = text.slice(from, Math.max(from, next.start));
        const kept = text.slice(Math.max(from, next.start), next.end);
        value.plain(before);
        value.verbatim(kept);
        literal.plain(before);
        literal.verbatim(kept);
        from = next.end;
        dollar = text.indexOf('$', from);
        continue;
      }
    }
    let runStart = dollar;
    while (runStart > from && text.charCodeAt(runStart - 1) === 92) runStart--;
    // A backslash left by the previous match (a default ending with `\`) defeats the lookbehind.
    const blockedByLookbehind = runStart > 0 && text.charCodeAt(runStart - 1) === 92;
    if (blockedByLookbehind || text.charCodeAt(dollar + 1) === 40) {
      dollar = text.indexOf('$', dollar + 1);
      continue;
    }
    let i = dollar + 1;
    const braced = text.charCodeAt(i) === 123;
    if (braced) i++;
    const nameStart = i;
    const end = nameEnd(text, i);
    const hasName = end !== -1;
    if (hasName) i = end;
    const nameStop = i;
    let operator: ':-' | ':=' | undefined;
    let defaultText: string | undefined;
    if (text.charCodeAt(i) === 58 && (text.charCodeAt(i + 1) === 45 || text.charCodeAt(i + 1) === 61)) {
      operator = text.charCodeAt(i + 1) === 45 ? ':-' : ':=';
      let j = text.indexOf('}', i + 2);
      if (j === -1) j = text.length;
      defaultText = text.slice(i + 2, j);
      i = j;
    }
    const closed = text.charCodeAt(i) === 125;
    if (closed) i++;
    const at = dollar;
    const match = text.slice(runStart, i);
    const backslashes = at - runStart;
    value.plain(text.slice(from, runStart));
    literal.plain(text.slice(from, runStart));
    from = i;
    dollar = text.indexOf('$', from);

    if (backslashes % 2 === 1) {
      value.plain(match.slice(1));
      literal.plain(match.slice(1));
      continue;
    }
    literal.plain(match);
    // PCRE leaves a trailing unmatched group unset but an inner one empty: `$:-x` has a name, ''.
    if (!hasName && operator === undefined && !closed) {
      value.plain(match);
      continue;
    }
    if (braced && !closed) {
      problem ??= { message: SYMFONY_MESSAGES.unclosedBraces, start: at, end: i };
      value.plain(match);
      continue;
    }
    const name = hasName ? text.slice(nameStart, nameStop) : '';
    const definedInFile = env.has(name);
    let resolved = env.get(name) ?? '';
    let defaultUsed = false;
    if (resolved === '' && defaultText !== undefined) {
      const bad = UNSUPPORTED_IN_DEFAULT.exec(defaultText);
      if (bad) {
        const at = nameStop + 2 + bad.index;
        problem ??= { message: unsupportedDefaultCharacter(bad[0], name), start: at, end: at + 1 };
      }
      resolved = defaultText;
      defaultUsed = !bad;
      if (defaultUsed && operator === ':=') env.set(name, resolved);
    }
    if (!braced && closed) resolved += '}';
    value.plain(text.slice(runStart, at) + resolved);
    if (name !== '') {
      const reference: FoundReference = {
        name,
        start: at,
        end: !braced && closed ? i - 1 : i,
        form: braced ? 'braced' : 'bare',
        defaultUsed,
        definedInFile,
      };
      if (operator !== undefined) reference.operator = operator;
      if (defaultText !== undefined) reference.defaultValue = defaultText;
      references.push(reference);
    }
  }
  value.plain(text.slice(from));
  literal.plain(text.slice(from));
  const expansion: Expansion = { value: value.finish(), literal: literal.finish(), references };
  if (problem) expansion.problem = problem;
  return expansion;
}
