/**
 * How much the fuzz tier runs. `npm test` uses a fixed seed, so the tier is reproducible and
 * never fails on a new input by chance; a deeper search runs by hand:
 *   FUZZ_SEED=random FUZZ_SCALE=20 node test/run.mjs test/fuzz
 * (a failure prints its seed and path: set FUZZ_SEED to that seed to replay it).
 */
const DEFAULT_SEED = 20_251_123;

function seedFromEnvironment(): number {
  const raw = process.env['FUZZ_SEED'];
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  if (raw === 'random') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(raw);
  return Number.isInteger(seed) ? seed : DEFAULT_SEED;
}

export const FUZZ_SEED = seedFromEnvironment();

/** Multiplies run counts and time boxes (default 1). */
export const FUZZ_SCALE = Math.max(0.05, Number(process.env['FUZZ_SCALE'] ?? '1') || 1);

export function fuzzParameters(numRuns: number): { seed: number; numRuns: number } {
  return { seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(numRuns * FUZZ_SCALE)) };
}
