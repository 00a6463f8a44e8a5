import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/**
 * Where a workload's time goes besides its own code: the garbage collector, and the kernel
 * mapping fresh memory pages for the heap. On a virtual machine the second can cost tens of
 * times what it costs on bare metal, so the bench prints both next to the latency figures.
 */
export interface MemoryCost {
  /** Milliseconds of GC pauses per run. */
  gcMs: number;
  /** Young-generation collections (scavenges) per run. */
  minorGcs: number;
  /** Full collections (mark-compact) per run. */
  majorGcs: number;
  /** Minor page faults (first touches of fresh memory pages) per run. */
  pageFaults: number;
}

export async function memoryCost(fn: () => void, runs: number): Promise<MemoryCost> {
  let gcMs = 0;
  let minorGcs = 0;
  let majorGcs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) minorGcs++;
      else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) majorGcs++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const faultsBefore = process.resourceUsage().minorPageFault;
  for (let i = 0; i < runs; i++) fn();
  const pageFaults = process.resourceUsage().minorPageFault - faultsBefore;
  // GC entries are delivered on the event loop: let them arrive before reading the totals.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return {
    gcMs: gcMs / runs,
    minorGcs: minorGcs / runs,
    majorGcs: majorGcs / runs,
    pageFaults: pageFaults / runs,
  };
}

/**
 * Microseconds the machine takes to map one fresh 4 KB page on first touch (a 64 MB buffer
 * outside the JS heap, written once per page). The heap's page faults cost about this each.
 */
export function pageFirstTouchMicros(): number {
  const pageSize = 4096;
  const pages = 16384;
  const buffer = Buffer.allocUnsafeSlow(pages * pageSize);
  const start = performance.now();
  for (let i = 0; i < pages; i++) buffer[i * pageSize] = 1;
  return ((performance.now() - start) * 1000) / pages;
}
