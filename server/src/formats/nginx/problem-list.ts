import type { ParseProblem, Range, Severity } from '../../engine/types.ts';

/** More problems than this say nothing more about a file (it is likely not an nginx config). */
export const MAX_PROBLEMS = 1000;

/**
 * The problems of one parse, capped: past `MAX_PROBLEMS` they are only counted (a 1 MB file of
 * stray braces must not become a million diagnostics), and `finish` adds one that says so.
 */
export class ProblemList {
  readonly items: ParseProblem[] = [];
  private dropped = 0;

  get full(): boolean {
    return this.items.length >= MAX_PROBLEMS;
  }

  add(message: string, range: Range, severity: Severity = 'error'): void {
    if (this.full) this.dropped++;
    else this.items.push({ message, range, severity });
  }

  /** Counts a problem without building it (hot paths check `full` first). */
  drop(): void {
    this.dropped++;
  }

  finish(): ParseProblem[] {
    if (this.dropped > 0) {
      const last = this.items[this.items.length - 1]!;
      this.items.push({
        message: `${this.dropped} more syntax problems are not shown: is this an nginx configuration?`,
        range: last.range,
        severity: 'error',
      });
      this.dropped = 0;
    }
    return this.items;
  }
}
