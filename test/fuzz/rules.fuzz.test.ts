/**
 * DESIGN.md "Reliability" for the rules and the fix engine: with every rule on (the `strict`
 * preset plus the rules that are off by default), no rule ever throws (`harden/rule-failed`),
 * every finding lies inside the document and has its placeholders filled, no lint hangs, and
 * every safe fix
 * - has its edits inside the files it edits and applies cleanly;
 * - applied alone, removes its finding (or lowers the rule's count) without adding syntax errors
 *   (nor, in a file without syntax errors, any error-level finding of another rule);
 * - applied with all the other fixes of its rule (through mergeFixes), is idempotent: a second
 *   round changes nothing.
 * See support/lint-harness.ts for the exact checks.
 */
import { describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ALL_RULES } from '../../rules/index.ts';
import type { FormatId } from '../../server/src/engine/types.ts';
import { FORMATS } from '../../server/src/formats/index.ts';
import { loadRuleDocExamples, loadSeedFiles } from './support/corpus-files.ts';
import { inputsFor } from './support/format-inputs.ts';
import { knownBugFor } from './support/known-bugs.ts';
import { checkFindings, LintHarness, type FuzzDocument } from './support/lint-harness.ts';
import { toleranceFor } from './support/tolerated.ts';
import { applyMutations, mutationArbitrary } from './support/mutations.ts';
import { FUZZ_SCALE, fuzzParameters } from './support/fuzz-settings.ts';
import { DurationStats } from './support/timing.ts';

/** Where the fuzzed document lives: the path decides production files, includes, the nginx prefix. */
const PATHS: Partial<Record<FormatId, string[]>> = {
  dotenv: ['/ws/.env', '/ws/.env.local', '/ws/.env.prod', '/ws/.env.prod.local', '/ws/app/.env.dist'],
  nginx: [
    '/ws/etc/nginx/nginx.conf',
    '/ws/etc/nginx/sites-available/app.conf',
    '/ws/etc/nginx/conf.d/site.conf',
    '/ws/etc/nginx/snippets/headers.conf',
  ],
};

/**
 * Runs per property, and a time box: on a loaded 2-core machine a property stops checking
 * new inputs early rather than stretch the tier (the diagnostic line says how many ran).
 */
const RUNS = { grammar: 250, mutated: 200, valid: 250, corpus: 150, docs: 250 };
const TIME_BOX_MS = 7000 * FUZZ_SCALE;

const harness = new LintHarness();
const seeds = loadSeedFiles();
const docExamples = loadRuleDocExamples();

function documents(format: FormatId, texts: fc.Arbitrary<string>): fc.Arbitrary<FuzzDocument> {
  const paths = PATHS[format] ?? [`/ws/fuzz.${format}`];
  return fc.record({ path: fc.constantFrom(...paths), format: fc.constant(format), text: texts });
}

function runProperty(
  t: TestContext,
  name: string,
  arbitrary: fc.Arbitrary<FuzzDocument>,
  numRuns: number,
): void {
  const stats = new DurationStats();
  const excused = new Map<string, number>();
  const deadline = performance.now() + TIME_BOX_MS;
  let outOfTime = 0;
  // Once an input fails, fast-check shrinks it: from then on the time box no longer applies.
  let failing = false;
  fc.assert(
    fc.property(arbitrary, (document) => {
      if (!failing && performance.now() > deadline) {
        outOfTime++;
        return;
      }
      const started = performance.now();
      const violations = harness.check(document).filter((violation) => {
        const excuse = knownBugFor(violation, document) ?? toleranceFor(violation, document);
        if (excuse) excused.set(excuse.id, (excused.get(excuse.id) ?? 0) + 1);
        return excuse === undefined;
      });
      stats.add(performance.now() - started);
      if (violations.length > 0) failing = true;
      assert.deepEqual(violations, [], `${document.path}: ${violations.map((v) => v.kind).join('; ')}`);
    }),
    fuzzParameters(numRuns),
  );
  const notes = [...excused].map(([id, n]) => `${n} excused (${id})`);
  if (outOfTime > 0) notes.push(`${outOfTime} not run (time box of ${TIME_BOX_MS} ms)`);
  t.diagnostic(`${name}: checked ${stats.summary()}${notes.length > 0 ? `; ${notes.join(', ')}` : ''}`);
}

const formats = (Object.keys(FORMATS) as FormatId[]).filter((format) =>
  ALL_RULES.some((rule) => rule.meta.format === format),
);

for (const format of formats) {
  const inputs = inputsFor(format);
  const formatSeeds = seeds.filter((seed) => seed.format === format);

  describe(`${format} rules and fixes under fuzzing`, () => {
    test('grammar-built documents', (t) =>
      runProperty(t, `${format} grammar`, documents(format, inputs.grammar), RUNS.grammar));
    test('mutated documents', (t) =>
      runProperty(t, `${format} mutated`, documents(format, inputs.mutated), RUNS.mutated));
    if (inputs.valid) {
      const valid = inputs.valid;
      test('valid documents (the whole fix contract applies)', (t) =>
        runProperty(t, `${format} valid`, documents(format, valid), RUNS.valid));
    }
    test(`mutated real files (${formatSeeds.length} seeds)`, (t) => {
      if (formatSeeds.length === 0) {
        t.skip(`no ${format} file in the corpus`);
        return;
      }
      const texts = fc
        .tuple(fc.constantFrom(...formatSeeds), fc.array(mutationArbitrary, { maxLength: 6 }))
        .map(([seed, mutations]) => applyMutations(seed.text, mutations));
      runProperty(t, `${format} corpus`, documents(format, texts), RUNS.corpus);
    });

    const formatExamples = docExamples.filter((example) => example.format === format);
    test(`rule documentation examples, as written and mutated (${formatExamples.length} examples)`, (t) => {
      if (formatExamples.length === 0) {
        t.skip(`no ${format} example in the rule pages`);
        return;
      }
      const texts = fc
        .tuple(fc.constantFrom(...formatExamples), fc.array(mutationArbitrary, { maxLength: 4 }))
        .map(([example, mutations]) => applyMutations(example.text, mutations));
      runProperty(t, `${format} doc examples`, documents(format, texts), RUNS.docs);
    });

    test('worst-case documents: no rule throws, no lint hangs, findings inside the text', (t) => {
      const stats = new DurationStats();
      const path = PATHS[format]?.[0] ?? `/ws/fuzz.${format}`;
      for (const [name, text] of inputs.adversarial()) {
        const document: FuzzDocument = { path, format, text };
        const started = performance.now();
        const result = harness.lint(document);
        const ms = performance.now() - started;
        stats.add(ms);
        // A hang detector: 3 s plus 50 µs per character. Every rule on 60,000 one-word nginx
        // directives takes about a second; 128 K lines of `x` in a .env are half a million
        // findings (a parse error, key-without-value, lowercase-key and duplicated-key on each
        // line), about 5 s on a quiet 2-core machine and twice that on a loaded one. A hang or
        // a quadratic walk takes minutes.
        assert.ok(ms < 3000 + text.length / 20, `${name}: lint took ${ms.toFixed(0)} ms`);
        const violations = checkFindings(text, result.findings).filter((v) => !knownBugFor(v, document));
        assert.deepEqual(violations, [], `${name}: ${violations.map((v) => v.kind).join('; ')}`);
      }
      t.diagnostic(`${format} worst cases: lint ${stats.summary()}`);
    });
  });
}
