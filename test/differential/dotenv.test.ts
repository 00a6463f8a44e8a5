import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Parsed } from '../../server/src/engine/types.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { parseDotenv } from '../../server/src/formats/dotenv/index.ts';
import { SYMFONY_MESSAGES } from '../../server/src/formats/dotenv/problems.ts';
import { HAND_CASES } from './dotenv-cases.ts';
import { adversarialInputs, generatedEnvFiles } from './dotenv-generator.ts';
import {
  parseWithNpmDotenv,
  parseWithSymfony,
  symfonyUnavailable,
  type SymfonyOutcome,
} from './dotenv-oracles.ts';
import { explainDifference, NPM_DIFFERENCES, type NpmDifference } from './npm-differences.ts';

const README = new URL('../../server/src/formats/dotenv/README.md', import.meta.url);
/** Would be created if anything ever ran a command substitution of the inputs. */
const CANARY = join(tmpdir(), `harden-dotenv-canary-${process.pid}`);
const CANARY_CASE = `A=$(touch ${CANARY})\nB="$(touch ${CANARY})"`;

/** Real .env files shipped by Chamilo (../shared/corpus, read in place, never copied). */
const CORPUS_DIR = new URL('../../../shared/corpus/chamilo-lms/', import.meta.url).pathname;
const CORPUS = ['.env', '.env.dist', '_versions/00bc6d79/.env.dist']
  .map((file) => join(CORPUS_DIR, file))
  .filter((path) => existsSync(path))
  .map((path) => readFileSync(path, 'utf8'));

const GENERATED = generatedEnvFiles(300);
const ADVERSARIAL = adversarialInputs(1000);
const INPUTS = [...HAND_CASES.map((c) => c.text), ...CORPUS, ...GENERATED, ...ADVERSARIAL, CANARY_CASE];

function firstError(parsed: Parsed<DotenvFile>) {
  return parsed.problems.find((p) => p.severity === 'error');
}

function variables(parsed: Parsed<DotenvFile>): [string, string][] {
  return [...(parsed.ast.variables ?? new Map<string, string>())];
}

/**
 * Symfony counts lines itself and skips the newlines inside quoted values, so its line number
 * is only comparable before the first multi-line value and without lone CRs; it is the line of
 * the declaration the error belongs to.
 */
function comparableErrorLine(text: string, parsed: Parsed<DotenvFile>): number | undefined {
  const error = firstError(parsed);
  if (!error || /\r(?!\n)/.test(text)) return undefined;
  const line = error.range.start.line;
  const owner = parsed.ast.entries.find((e) => e.startLine <= line && line <= e.endLine);
  const multiLineBefore = parsed.ast.entries.some(
    (e) => e.startLine !== e.endLine && e.startLine < (owner?.startLine ?? line),
  );
  if (multiLineBefore || (owner && owner.startLine !== owner.endLine && line !== owner.startLine))
    return undefined;
  return (owner?.startLine ?? line) + 1;
}

/** Compares Harden with Symfony on one input; returns what differs, or undefined. */
function symfonyMismatch(text: string, outcome: SymfonyOutcome): string | undefined {
  const parsed = parseDotenv(text);
  const error = firstError(parsed);
  if ('skipped' in outcome)
    return error ? `Harden reports an error on a command input: ${error.message}` : undefined;
  if ('error' in outcome) {
    if (!error) return `Symfony throws "${outcome.error}", Harden reports no error`;
    if (!error.message.startsWith(outcome.error))
      return `Symfony throws "${outcome.error}", Harden says "${error.message}"`;
    const line = comparableErrorLine(text, parsed);
    if (line !== undefined && line !== outcome.line)
      return `Symfony's error is on line ${outcome.line}, Harden's on ${line}`;
    return undefined;
  }
  if (error) return `Symfony accepts the file, Harden reports "${error.message}"`;
  const ours = JSON.stringify(variables(parsed));
  const theirs = JSON.stringify(Object.entries(outcome.values));
  return ours === theirs ? undefined : `values differ: Symfony ${theirs}, Harden ${ours}`;
}

/**
 * How npm dotenv's reading differs from Harden's (which equals Symfony's, checked separately):
 * `differs` and the documented categories that explain it; `unexplained` lists keys no category covers.
 */
function npmComparison(text: string): {
  differs: boolean;
  categories: Set<NpmDifference>;
  unexplained: string[];
} {
  const parsed = parseDotenv(text);
  const npm = parseWithNpmDotenv(text);
  if (firstError(parsed)) return { differs: true, categories: new Set(['symfony-rejects']), unexplained: [] };
  const ours = parsed.ast.variables ?? new Map<string, string>();
  const categories = new Set<NpmDifference>();
  const unexplained: string[] = [];
  let differs = false;
  for (const key of new Set([...ours.keys(), ...Object.keys(npm)])) {
    if (ours.get(key) === npm[key]) continue;
    differs = true;
    const explained = explainDifference(text, parsed.ast, key);
    if (explained.size === 0) unexplained.push(key);
    for (const category of explained) categories.add(category);
  }
  return { differs, categories, unexplained };
}

describe('dotenv parser: differential inputs', () => {
  test('at least 200 inputs, hand-written and generated', () => {
    assert.ok(HAND_CASES.length >= 150, `${HAND_CASES.length} hand-written cases`);
    assert.ok(GENERATED.length + ADVERSARIAL.length >= 200);
    assert.equal(new Set(HAND_CASES.map((c) => c.name)).size, HAND_CASES.length, 'case names are unique');
  });
});

const unavailable = symfonyUnavailable();
// Counted and shown as skipped, with the reason, rather than passing without comparing anything.
if (unavailable)
  test('dotenv parser agrees with Symfony Dotenv', { skip: `no comparison: ${unavailable}` }, () => {});
else
  describe('dotenv parser agrees with Symfony Dotenv', () => {
    // One PHP process for every input of this file.
    const outcomes = parseWithSymfony(INPUTS);
    const outcomeOf = (text: string) => outcomes[INPUTS.indexOf(text)]!;

    for (const hand of HAND_CASES) {
      test(hand.name, () => {
        assert.equal(symfonyMismatch(hand.text, outcomeOf(hand.text)), undefined, JSON.stringify(hand.text));
      });
    }

    for (const [label, inputs] of [
      ['real .env files of the corpus', CORPUS],
      ['generated .env files', GENERATED],
      ['adversarial short inputs', ADVERSARIAL],
    ] as const) {
      const skip = inputs.length === 0 && `none found (${CORPUS_DIR})`;
      test(`${inputs.length} ${label}`, { skip }, () => {
        const mismatches = inputs
          .map((text) => ({ text, mismatch: symfonyMismatch(text, outcomeOf(text)) }))
          .filter((m) => m.mismatch !== undefined);
        assert.deepEqual(mismatches.slice(0, 5), [], `${mismatches.length} mismatches`);
      });
    }

    test('the comparison exercises accepted files and every error Symfony can raise without running a command', () => {
      const errors = new Set(outcomes.flatMap((o) => ('error' in o ? [o.error] : [])));
      assert.ok(outcomes.filter((o) => 'values' in o).length >= 300);
      // A missing `)` can only follow `$(`, which Symfony is never given.
      const reachable = Object.values(SYMFONY_MESSAGES).filter(
        (m) => m !== SYMFONY_MESSAGES.missingParenthesis,
      );
      for (const message of reachable) assert.ok(errors.has(message), message);
      assert.ok([...errors].some((e) => e.startsWith('Unsupported character')));
    });

    test('no command substitution reached Symfony, and none ran', () => {
      for (const [i, text] of INPUTS.entries()) if (text.includes('$(')) assert.ok('skipped' in outcomes[i]!);
      assert.equal(existsSync(CANARY), false);
    });
  });

describe('dotenv parser: command substitutions are kept, never run', () => {
  for (const hand of HAND_CASES.filter((c) => c.text.includes('$('))) {
    test(hand.name, () => {
      const parsed = parseDotenv(hand.text);
      assert.equal(firstError(parsed), undefined);
      assert.deepEqual(Object.fromEntries(variables(parsed)), hand.expect);
    });
  }

  test('each executable one is reported once, at its range', () => {
    const parsed = parseDotenv(CANARY_CASE);
    const infos = parsed.problems.filter((p) => p.severity === 'info');
    assert.equal(infos.length, 2);
    assert.match(infos[0]!.message, /not evaluated/);
    assert.deepEqual(infos[0]!.range, {
      start: { line: 0, character: 2 },
      end: { line: 0, character: 2 + `$(touch ${CANARY})`.length },
    });
    assert.equal(existsSync(CANARY), false);
  });
});

describe('dotenv parser: documented expectations of the hand-written cases', () => {
  for (const hand of HAND_CASES.filter((c) => c.expect && !c.text.includes('$('))) {
    test(hand.name, () => {
      const parsed = parseDotenv(hand.text);
      assert.equal(firstError(parsed), undefined);
      assert.deepEqual(Object.fromEntries(variables(parsed)), hand.expect);
    });
  }
});

describe('dotenv parser vs the dotenv npm package', () => {
  for (const hand of HAND_CASES) {
    test(`${hand.name}: ${hand.npm}`, () => {
      const { differs, categories, unexplained } = npmComparison(hand.text);
      if (hand.npm === 'agree') {
        assert.equal(differs, false, `npm reads ${JSON.stringify(parseWithNpmDotenv(hand.text))}`);
      } else {
        assert.ok(differs, 'npm dotenv was expected to read it differently');
        assert.ok(categories.has(hand.npm), `categories found: ${[...categories].join(', ')}`);
      }
      assert.deepEqual(unexplained, []);
    });
  }

  test('every difference on real and generated inputs belongs to a documented category', () => {
    const unexplained = [...CORPUS, ...GENERATED, ...ADVERSARIAL]
      .map((text) => ({ text, keys: npmComparison(text).unexplained }))
      .filter((u) => u.keys.length > 0);
    assert.deepEqual(unexplained.slice(0, 5), [], `${unexplained.length} inputs`);
  });

  test('generated inputs also agree with npm where both libraries can', () => {
    const agreeing = GENERATED.filter((text) => !npmComparison(text).differs);
    assert.ok(agreeing.length >= 30, `${agreeing.length} generated files read the same by all three`);
  });

  test('every category has a hand-written example and a section in the README', () => {
    const readme = readFileSync(README, 'utf8');
    for (const category of NPM_DIFFERENCES) {
      assert.ok(
        HAND_CASES.some((c) => c.npm === category),
        `no hand-written case for ${category}`,
      );
      assert.ok(readme.includes(`\`${category}\``), `README.md does not document ${category}`);
    }
  });
});
