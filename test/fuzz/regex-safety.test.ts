/**
 * DESIGN.md "Reliability": no regex can backtrack catastrophically on input of any length.
 * Every regex written in the rules, the formats and the engine (found with TypeScript's own
 * parser: literals and `new RegExp` with constant arguments) runs against long adversarial
 * strings built from its own characters plus the characters config files are made of, each
 * ending with a character that makes the match fail (the case that makes a backtracking engine
 * try every split). Exponential patterns blow up within 40 characters, quadratic ones at 30,000;
 * a linear regex handles 30,000 characters in well under a millisecond. The bound (200 ms, the
 * fastest of two runs) is a hang detector, not a benchmark.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/rule-docs.ts';
import { scanFile, sourceFiles, type SourceRegex } from './support/regex-literals.ts';
import { fastestMs } from './support/timing.ts';

const ROOTS = ['rules', 'server/src/formats', 'server/src/engine'];
const LIMIT_MS = 200;
const LENGTH = 30_000;

/** What config files are made of: every lexer's special characters, blanks, letters, digits. */
const COMMON_UNITS = [
  'a',
  'A',
  '0',
  ' ',
  '\t',
  '"',
  "'",
  '\\',
  '=',
  '$',
  '{',
  '}',
  '/',
  '.',
  '-',
  '_',
  ':',
  '#',
  ';',
  ',',
  '%',
  '@',
  '\n',
  '\r\n',
  'é',
];
/** Characters that end a match attempt in most patterns. */
const ENDINGS = ['!', '\u0000', '\n'];

/** Characters a pattern can match, read from its source: literals, and a member of each shorthand class. */
function unitsOf(source: string): string[] {
  const units = new Set<string>();
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      const next = source.charAt(++i);
      const shorthand: Record<string, string> = {
        w: 'a',
        d: '1',
        s: ' ',
        W: '-',
        D: 'a',
        S: 'a',
        t: '\t',
        n: '\n',
        r: '\r',
      };
      units.add(shorthand[next] ?? next);
    } else if (/[ -~]/.test(c) && !'()[]{}|*+?^$'.includes(c)) {
      units.add(c);
    }
  }
  return [...units].filter((u) => u.length > 0);
}

function attacks(regex: SourceRegex): string[] {
  const own = unitsOf(regex.source).slice(0, 12);
  const units = [...new Set([...own, ...COMMON_UNITS])];
  const out: string[] = [];
  for (const unit of units)
    for (const ending of ENDINGS) out.push(unit.repeat(LENGTH / unit.length) + ending);
  // Two alternating units defeat patterns like `(\w+\s?)+` that a run of one character does not.
  for (let i = 0; i < own.length; i++) {
    for (let j = i + 1; j < own.length; j++) out.push(`${own[i]}${own[j]}`.repeat(LENGTH / 2) + '!');
  }
  for (const unit of [...own, 'a ', 'a=', '${a', '\\"', 'a.', 'a/', 'a:'])
    out.push(unit.repeat(LENGTH / unit.length) + '!');
  return out;
}

/** Exec from the start like `test`, `exec` and `match` do; `g`/`y` are dropped so each run is independent. */
function runner(regex: SourceRegex): RegExp | undefined {
  try {
    return new RegExp(regex.source, regex.flags.replace(/[gy]/g, ''));
  } catch {
    return undefined;
  }
}

const regexes: SourceRegex[] = [];
const dynamic: string[] = [];
for (const root of ROOTS) {
  for (const file of sourceFiles(path.join(REPO_ROOT, root))) {
    const scan = scanFile(file, REPO_ROOT);
    regexes.push(...scan.regexes);
    dynamic.push(...scan.dynamic.map((d) => `${d.file}:${d.line} ${d.text}`));
  }
}

test('the scan finds the regexes of the rules, the formats and the engine', (t) => {
  assert.ok(regexes.length > 100, `only ${regexes.length} regexes found: is the scan broken?`);
  assert.ok(
    regexes.some((r) => r.file.startsWith('rules/') && r.kind === 'literal'),
    'no regex literal found in rules/',
  );
  t.diagnostic(
    `${regexes.length} regexes (${new Set(regexes.map((r) => r.source)).size} distinct) in ${ROOTS.join(', ')}`,
  );
  t.diagnostic(`computed patterns, covered by the fuzz properties instead:\n${dynamic.join('\n')}`);
});

test('every regex compiles', () => {
  const broken = regexes
    .filter((r) => runner(r) === undefined)
    .map((r) => `${r.file}:${r.line} /${r.source}/${r.flags}`);
  assert.deepEqual(broken, []);
});

/**
 * Quadratic regexes found by this test (a run of the repeated class, then one character that
 * is not in it: the engine retries from every start). Each has a todo test below until its
 * owner rewrites it (e.g. trim with a loop from the end, or split without lookarounds); the
 * lint times are what a 60,000-character line costs today.
 */
const KNOWN_SLOW: { file: string; unit: string; ending?: string; source: string; bug: string }[] = [];

/**
 * Quadratic regexes that only ever see short strings: safe by their input, with the reason.
 * Everything a regex sees of a workspace file can be megabytes long (one line, one value).
 */
const BOUNDED_INPUT: { file: string; source: string; reason: string }[] = [
  {
    file: 'server/src/engine/reports/audit-report.ts',
    source: '\\/+$',
    reason: 'relativePath trims a file system path: at most PATH_MAX (4,096) characters',
  },
];

const isKnownSlow = (regex: SourceRegex) =>
  [...KNOWN_SLOW, ...BOUNDED_INPUT].some(
    (known) => known.file === regex.file && known.source === regex.source,
  );

/** The first attack that takes over the limit, described; undefined when none does. */
function slowAttack(regex: SourceRegex, compiled: RegExp, onRun: (ms: number) => void): string | undefined {
  for (const input of attacks(regex)) {
    const ms = fastestMs(() => compiled.exec(input), LIMIT_MS, 2);
    onRun(ms);
    if (ms > LIMIT_MS) {
      return `${regex.file}:${regex.line} /${regex.source}/${regex.flags} on ${JSON.stringify(input.slice(0, 12))}… (${input.length} chars): ${ms.toFixed(0)} ms`;
    }
  }
  return undefined;
}

test(`no other regex takes over ${LIMIT_MS} ms on ${LENGTH.toLocaleString('en')} adversarial characters`, (t) => {
  const slow: string[] = [];
  const seen = new Set<string>();
  let runs = 0;
  let worst = { ms: 0, what: '' };
  for (const regex of regexes) {
    const key = `${regex.source}/${regex.flags}`;
    if (seen.has(key) || isKnownSlow(regex)) continue;
    seen.add(key);
    const compiled = runner(regex);
    if (!compiled) continue;
    const found = slowAttack(regex, compiled, (ms) => {
      runs++;
      if (ms > worst.ms) worst = { ms, what: `${regex.file}:${regex.line}` };
    });
    if (found) slow.push(found);
  }
  t.diagnostic(
    `${seen.size} distinct regexes, ${runs} runs; slowest ${worst.ms.toFixed(1)} ms (${worst.what})`,
  );
  assert.deepEqual(slow, []);
});

for (const known of KNOWN_SLOW) {
  test(`${known.file}: /${known.source}/ is linear`, { todo: `bug: ${known.bug}` }, () => {
    const regex = regexes.find((r) => r.file === known.file && r.source === known.source);
    if (!regex) return; // Rewritten or removed: the general test covers whatever replaced it.
    // One run on the attack that showed it (20,000 characters: a linear regex needs well under 1 ms).
    const compiled = runner(regex)!;
    const input = `${known.unit.repeat(20_000)}${known.ending ?? '!'}`;
    const ms = fastestMs(() => compiled.exec(input), 50, 1);
    assert.ok(ms < 50, `${ms.toFixed(0)} ms on ${input.length} characters`);
  });
}
