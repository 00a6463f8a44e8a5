import type { FormatId } from '../../../server/src/engine/types.ts';
import { parseDotenv } from '../../../server/src/formats/dotenv/index.ts';
import type { Violation } from './lint-harness.ts';

/**
 * Fixes that only change how a `.env` file is written (quoting, spacing, order, blank lines,
 * commenting out a shadowed definition): in a file Symfony Dotenv reads without error, the
 * application must see exactly the same variables afterwards. The other dotenv fixes change a
 * value or a key on purpose (APP_ENV=prod, a renamed key, a new secret; substitution-key
 * completes `$A}` into `${A}`, which Symfony read as `$A` then `}`).
 */
const DOTENV_VALUE_PRESERVING = new Set([
  'dotenv/duplicated-key',
  'dotenv/ending-blank-line',
  'dotenv/extra-blank-line',
  'dotenv/quote-character',
  'dotenv/secret-not-ignored',
  'dotenv/space-character',
  'dotenv/trailing-whitespace',
  'dotenv/unordered-key',
  'dotenv/value-without-quotes',
]);

/** The variables as a sorted list: sorting the keys of a file is not a change of meaning. */
function describeVariables(variables: ReadonlyMap<string, string> | undefined): string {
  return JSON.stringify(
    [...(variables ?? new Map<string, string>())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** What a fix changed in the meaning of the file that it should not have, per format. */
export function meaningViolations(
  format: FormatId,
  ruleId: string,
  before: string,
  after: string,
): Violation[] {
  if (format !== 'dotenv' || !DOTENV_VALUE_PRESERVING.has(ruleId)) return [];
  const was = parseDotenv(before);
  if (was.problems.some((p) => p.severity === 'error')) return [];
  const now = parseDotenv(after);
  const wasVariables = describeVariables(was.ast.variables);
  const nowVariables = describeVariables(now.ast.variables);
  if (wasVariables === nowVariables) return [];
  return [
    {
      kind: `${ruleId}: the fix changes the variables Symfony Dotenv reads`,
      detail: `${wasVariables} → ${nowVariables}`,
    },
  ];
}
