import { parseDotenv } from '../../../server/src/formats/dotenv/index.ts';
import type { FuzzDocument, Violation } from './lint-harness.ts';

/**
 * Consequences of a fix that the harness flags but that are right: each with the reason. The
 * list is short on purpose; anything else the properties find is a bug.
 */
export interface Tolerance {
  id: string;
  reason: string;
  covers(violation: Violation, document: FuzzDocument): boolean;
}

const RENAMING_FIXES = ['dotenv/lowercase-key', 'dotenv/incorrect-delimiter', 'dotenv/leading-character'];

function definesAKeyTwice(text: string): boolean {
  const seen = new Set<string>();
  for (const entry of parseDotenv(text).ast.entries) {
    if (seen.has(entry.key)) return true;
    seen.add(entry.key);
  }
  return false;
}

/** Whether some value reads a key that the file defines more than once. */
function readsADuplicatedKey(text: string): boolean {
  const { entries } = parseDotenv(text).ast;
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.key, (counts.get(entry.key) ?? 0) + 1);
  return entries.some((entry) => entry.references.some((r) => (counts.get(r.name) ?? 0) > 1));
}

export const TOLERATED: readonly Tolerance[] = [
  {
    id: 'renamed-shadowed-definition',
    reason:
      'renaming one of two definitions of a key (`lower_key=prod` ⏎ `lower_key=`) makes the earlier one a variable of its own, which the value rules now judge (it was shadowed before)',
    covers: (violation, document) =>
      RENAMING_FIXES.some(
        (id) =>
          violation.kind.startsWith(`fix of ${id} `) || violation.kind.startsWith(`all fixes of ${id} `),
      ) &&
      !violation.kind.endsWith('harden/parse-error') &&
      definesAKeyTwice(document.text),
  },
  {
    id: 'duplicated-key-freed-by-another',
    reason:
      'commenting out an overwritten definition (`API_KEY="${APP_ENV}"`, overwritten by `API_KEY=`) frees the earlier definition of the key it read (`APP_ENV=`) for its own duplicate fix, which a second round of fix-all applies (`harden fix` runs rounds until nothing changes); a single fix never comments out a definition that something still reads',
    covers: (violation, document) =>
      violation.kind === 'dotenv/duplicated-key: applying all fixes twice differs from once' &&
      readsADuplicatedKey(document.text),
  },
  {
    id: 'renamed-unknown-directive',
    reason:
      'renaming an unknown directive to the one it means (`éserver {` → `server {`, `\\vreturn` → `return`) lets nginx and the rules read it for the first time: a flaw in it was already there, hidden by the typo that kept nginx from starting. A new syntax error is never tolerated',
    covers: (violation) =>
      (violation.kind.startsWith('fix of nginx/unknown-directive ') ||
        violation.kind.startsWith('all fixes of nginx/unknown-directive ')) &&
      !violation.kind.endsWith('harden/parse-error'),
  },
];

export function toleranceFor(violation: Violation, document: FuzzDocument): Tolerance | undefined {
  return TOLERATED.find((t) => t.covers(violation, document));
}
