/**
 * DESIGN.md "Reliability": parsers never throw, never hang, and every range they return lies
 * inside the text with start ≤ end. Checked for every format of FORMATS with texts built from
 * the format's grammar, their random mutations, mutations of real files, and fixed worst cases.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { FormatId } from '../../server/src/engine/types.ts';
import { FORMATS } from '../../server/src/formats/index.ts';
import { loadRuleDocExamples, loadSeedFiles } from './support/corpus-files.ts';
import { inputsFor } from './support/format-inputs.ts';
import { fuzzParameters } from './support/fuzz-settings.ts';
import { applyMutations, mutationArbitrary } from './support/mutations.ts';
import { firstBadRange } from './support/range-checks.ts';
import { DurationStats, fastestMs } from './support/timing.ts';

/** DESIGN.md: no parse over 100 ms. Generated inputs stay under ~40 KB, so this is a generous hang detector. */
const GENERATED_LIMIT_MS = 100;
/** Worst cases go up to 1 MB: a linear parser does that in well under a second; a hang never ends. */
const adversarialLimitMs = (text: string) => 1000 + text.length / 1000;

const RUNS = { grammar: 1500, mutated: 1500, valid: 500, corpus: 800 };

const seeds = [...loadSeedFiles(), ...loadRuleDocExamples()];

/** Parses (must not throw, ranges must be real) and times it: the failure message says what went wrong. */
function checkParse(format: FormatId, text: string, limitMs: number, stats: DurationStats): void {
  const parser = FORMATS[format]!;
  const path = `/ws/fuzz.${format}`;
  let parsed: ReturnType<typeof parser.parse> | undefined;
  const started = performance.now();
  try {
    parsed = parser.parse(text, path);
  } catch (error) {
    assert.fail(`the ${format} parser threw on ${JSON.stringify(text.slice(0, 300))}: ${String(error)}`);
  }
  let ms = performance.now() - started;
  // A slow parse is timed again: a GC pause or a loaded machine is not the parser.
  if (ms > limitMs)
    ms = Math.min(
      ms,
      fastestMs(() => parser.parse(text, path), limitMs, 2),
    );
  stats.add(ms);
  assert.ok(
    ms <= limitMs,
    `parsing ${text.length} characters took ${ms.toFixed(0)} ms (limit ${limitMs} ms)`,
  );
  const bad = firstBadRange(text, [parsed.ast, parsed.problems]);
  assert.equal(bad, undefined, `range outside the text: ${bad}`);
  for (const problem of parsed.problems) {
    assert.ok(problem.message.trim().length > 0, 'a problem without a message');
  }
}

for (const format of Object.keys(FORMATS) as FormatId[]) {
  const inputs = inputsFor(format);
  const formatSeeds = seeds.filter((seed) => seed.format === format);

  describe(`${format} parser under fuzzing`, () => {
    const property = (name: string, arbitrary: fc.Arbitrary<string>, numRuns: number) =>
      test(`${name}: never throws, every range inside the text, no parse over ${GENERATED_LIMIT_MS} ms`, (t) => {
        const stats = new DurationStats();
        fc.assert(
          fc.property(arbitrary, (text) => checkParse(format, text, GENERATED_LIMIT_MS, stats)),
          fuzzParameters(numRuns),
        );
        t.diagnostic(`${format} ${name}: ${stats.summary()}`);
      });

    if (!inputs.formatAware) {
      test(`${format} has no grammar generator yet: generic text only`, (t) => {
        t.diagnostic(`add ${format} generators to test/fuzz/support/format-inputs.ts`);
      });
    }
    property('grammar-built texts', inputs.grammar, RUNS.grammar);
    property('mutated grammar-built texts', inputs.mutated, RUNS.mutated);
    if (inputs.valid) property('valid texts', inputs.valid, RUNS.valid);

    test(`mutated real files and rule examples (${formatSeeds.length} seeds): never throws, every range inside the text`, (t) => {
      if (formatSeeds.length === 0) {
        t.skip(`no ${format} file in the corpus`);
        return;
      }
      const stats = new DurationStats();
      const mutatedSeed = fc
        .tuple(fc.constantFrom(...formatSeeds), fc.array(mutationArbitrary, { minLength: 1, maxLength: 10 }))
        .map(([seed, mutations]) => applyMutations(seed.text, mutations));
      fc.assert(
        fc.property(mutatedSeed, (text) => checkParse(format, text, GENERATED_LIMIT_MS, stats)),
        fuzzParameters(RUNS.corpus),
      );
      t.diagnostic(`${format} corpus mutations: ${stats.summary()}`);
    });

    test('worst-case inputs (huge, deeply nested, unterminated, odd code units): no throw, no hang', (t) => {
      const stats = new DurationStats();
      for (const [name, text] of inputs.adversarial()) {
        try {
          checkParse(format, text, adversarialLimitMs(text), stats);
        } catch (error) {
          assert.fail(`${name}: ${(error as Error).message}`);
        }
      }
      t.diagnostic(`${format} worst cases: ${stats.summary()}`);
    });
  });
}
