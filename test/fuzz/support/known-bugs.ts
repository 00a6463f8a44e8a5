import type { FuzzDocument, Violation } from './lint-harness.ts';

/**
 * Bugs the fuzz tier found that their owners still have to fix. Each has a minimal regression
 * test marked `todo` in regressions.fuzz.test.ts (or bad-input.test.ts); the properties excuse
 * the violations it explains, so one known root cause does not hide new ones. Remove an entry
 * when its regression test passes.
 */
export interface KnownBug {
  id: string;
  summary: string;
  /** Whether this bug explains the violation on this document. */
  explains(violation: Violation, document: FuzzDocument): boolean;
}

export const KNOWN_BUGS: readonly KnownBug[] = [
  // None open. (lone-cr-positions: fixed, LineIndex and the nginx lexer end a line at a lone CR.)
];

/** The first known bug that explains a violation, if any. */
export function knownBugFor(violation: Violation, document: FuzzDocument): KnownBug | undefined {
  return KNOWN_BUGS.find((bug) => bug.explains(violation, document));
}
