import type { LintResult } from './linter.ts';
import type { Finding, Fix } from './types.ts';

/**
 * Remembers, across the rounds of `harden fix`, the findings whose fix did not remove them: a
 * fix that leaves its finding in place would otherwise be applied again every round (the same
 * lines inserted once per round). Findings are told apart by file, rule and message, since their
 * ranges move when lines are inserted above them; a count per key keeps two identical findings
 * of which one was fixed apart from a fix that did nothing.
 */
export class IneffectiveFixes {
  private readonly ineffective = new Set<string>();
  private keyOf = new Map<Fix, string>();
  private before = new Map<string, number>();

  /** Call with the results a round starts from, before asking `allows`. */
  startRound(results: readonly LintResult[]): void {
    this.keyOf = new Map();
    this.before = countByKey(results);
  }

  /** Whether the finding's fix may be applied this round (it is remembered if so). */
  allows(file: string, finding: Finding, fix: Fix): boolean {
    const key = keyOf(file, finding);
    if (this.ineffective.has(key)) return false;
    this.keyOf.set(fix, key);
    return true;
  }

  /** Call with the fixes the round applied and the results after them. */
  endRound(applied: readonly Fix[], results: readonly LintResult[]): void {
    const after = countByKey(results);
    for (const fix of applied) {
      const key = this.keyOf.get(fix);
      if (key !== undefined && (after.get(key) ?? 0) >= (this.before.get(key) ?? 0))
        this.ineffective.add(key);
    }
  }
}

function keyOf(file: string, finding: Finding): string {
  return `${file}\u0000${finding.ruleId}\u0000${finding.message}`;
}

function countByKey(results: readonly LintResult[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const result of results)
    for (const finding of result.findings) {
      const key = keyOf(result.file, finding);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return counts;
}
