/**
 * Time limits in the fuzz tier are hang detectors, not benchmarks: a run that exceeds the
 * bound is timed again (a GC pause or a busy CI machine is not the code under test) and only
 * the fastest of the attempts counts.
 */
export function fastestMs(run: () => void, slowMs: number, attempts = 3): number {
  let best = Infinity;
  for (let i = 0; i < attempts; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
    if (best <= slowMs) break;
  }
  return best;
}

/** Running statistics of measured durations, for the report a property prints. */
export class DurationStats {
  private readonly samples: number[] = [];

  add(ms: number): void {
    this.samples.push(ms);
  }

  get count(): number {
    return this.samples.length;
  }

  summary(): string {
    if (this.samples.length === 0) return 'no samples';
    const sorted = [...this.samples].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    return `n=${sorted.length} median=${at(0.5).toFixed(2)}ms p99=${at(0.99).toFixed(2)}ms max=${sorted[sorted.length - 1]!.toFixed(2)}ms`;
  }
}
