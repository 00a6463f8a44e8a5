import { parseDotenv } from '../parser.ts';

/**
 * Whether `KEY=<newValue>` is read by Symfony Dotenv (our parser agrees with it, see the
 * differential tests) as exactly `expected`, without a syntax error. Quick-fixes that rewrite a
 * value check their output with it: a fix that changes what the application reads is worse
 * than no fix. Only for values without `$` expansions, whose result depends on other lines.
 */
export function rewriteReadsAs(key: string, newValue: string, expected: string): boolean {
  if (newValue.includes('$')) return false;
  const parsed = parseDotenv(`${key}=${newValue}\n`);
  if (parsed.problems.some((p) => p.severity === 'error')) return false;
  return parsed.ast.variables?.get(key) === expected;
}

/**
 * A quoted spelling of a value that reads back as the value itself: single quotes (nothing is
 * special inside them) unless the value holds one, else double quotes when nothing in it is
 * special there. Undefined when neither works.
 */
export function quotedSpelling(key: string, value: string): string | undefined {
  for (const candidate of [`'${value}'`, `"${value}"`])
    if (rewriteReadsAs(key, candidate, value)) return candidate;
  return undefined;
}
