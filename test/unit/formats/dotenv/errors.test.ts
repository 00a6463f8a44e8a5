import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDotenv } from '../../../../server/src/formats/dotenv/index.ts';
import { textAt, tuple, type RangeTuple } from './ranges.ts';

interface ErrorRow {
  text: string;
  /** Symfony Dotenv's message, which the problem's message starts with. */
  message: string;
  range: RangeTuple;
  /** The text the range covers. */
  at: string;
  /** The entries kept from the file, with their best-effort values. */
  entries: [string, string][];
}

/** Every FormatException Symfony Dotenv raises, as a problem with the range of what causes it. */
const ERRORS: ErrorRow[] = [
  { text: '-A=1', message: 'Invalid character in variable name', range: [0, 0, 0, 1], at: '-', entries: [] },
  {
    text: '  1ABC=1',
    message: 'Invalid character in variable name',
    range: [0, 2, 0, 3],
    at: '1',
    entries: [],
  },
  { text: '_1=x', message: 'Invalid character in variable name', range: [0, 0, 0, 2], at: '_1', entries: [] },
  {
    text: 'CLÉ=1',
    message: 'Missing = in the environment variable declaration',
    range: [0, 2, 0, 3],
    at: 'É',
    entries: [],
  },
  { text: '🔑=1', message: 'Invalid character in variable name', range: [0, 0, 0, 2], at: '🔑', entries: [] },
  {
    text: '\ufeffA=1',
    message: 'Invalid character in variable name',
    range: [0, 0, 0, 1],
    at: '\ufeff',
    entries: [['A', '1']],
  },
  {
    text: 'export A',
    message: 'Unable to unset an environment variable',
    range: [0, 0, 0, 8],
    at: 'export A',
    entries: [['A', '']],
  },
  {
    text: 'KEY',
    message: 'Missing = in the environment variable declaration',
    range: [0, 0, 0, 3],
    at: 'KEY',
    entries: [['KEY', '']],
  },
  {
    text: 'KEY#c',
    message: 'Missing = in the environment variable declaration',
    range: [0, 0, 0, 3],
    at: 'KEY',
    entries: [['KEY', '']],
  },
  {
    text: 'MY-KEY=1',
    message: 'Missing = in the environment variable declaration',
    range: [0, 2, 0, 3],
    at: '-',
    entries: [],
  },
  {
    text: 'KEY: v',
    message: 'Missing = in the environment variable declaration',
    range: [0, 3, 0, 4],
    at: ':',
    entries: [],
  },
  {
    text: 'KEY =v',
    message: 'Whitespace characters are not supported after the variable name',
    range: [0, 3, 0, 4],
    at: ' ',
    entries: [['KEY', 'v']],
  },
  {
    text: 'KEY\t\t= v',
    message: 'Whitespace characters are not supported after the variable name',
    range: [0, 3, 0, 5],
    at: '\t\t',
    entries: [['KEY', 'v']],
  },
  {
    text: 'KEY # c',
    message: 'Whitespace characters are not supported after the variable name',
    range: [0, 3, 0, 4],
    at: ' ',
    entries: [['KEY', '']],
  },
  {
    text: 'MY KEY=1',
    message: 'Whitespace characters are not supported after the variable name',
    range: [0, 2, 0, 3],
    at: ' ',
    entries: [],
  },
  {
    text: 'KEY=  v',
    message: 'Whitespace are not supported before the value',
    range: [0, 4, 0, 6],
    at: '  ',
    entries: [['KEY', 'v']],
  },
  {
    text: 'A="abc',
    message: 'Missing quote to end the value',
    range: [0, 2, 0, 6],
    at: '"abc',
    entries: [['A', 'abc']],
  },
  {
    text: "A='abc\nB=1",
    message: 'Missing quote to end the value',
    range: [0, 2, 0, 6],
    at: "'abc",
    entries: [
      ['A', 'abc'],
      ['B', '1'],
    ],
  },
  {
    text: 'A="abc\\"',
    message: 'Missing quote to end the value',
    range: [0, 2, 0, 8],
    at: '"abc\\"',
    entries: [['A', 'abc\\"']],
  },
  {
    text: 'A=hello world',
    message: 'A value containing spaces must be surrounded by quotes',
    range: [0, 2, 0, 13],
    at: 'hello world',
    entries: [['A', 'hello world']],
  },
  {
    text: 'A="x" y z',
    message: 'A value containing spaces must be surrounded by quotes',
    range: [0, 5, 0, 9],
    at: ' y z',
    entries: [['A', 'x y z']],
  },
  {
    text: 'A=$(echo',
    message: 'Missing closing parenthesis.',
    range: [0, 2, 0, 8],
    at: '$(echo',
    entries: [['A', '$(echo']],
  },
  {
    text: 'A=${B',
    message: 'Unclosed braces on variable expansion',
    range: [0, 2, 0, 5],
    at: '${B',
    entries: [['A', '${B']],
  },
  {
    text: 'A="x ${B:-y"',
    message: 'Unclosed braces on variable expansion',
    range: [0, 5, 0, 11],
    at: '${B:-y',
    entries: [['A', 'x ${B:-y']],
  },
  {
    text: 'A=${B:-a$b}',
    message: 'Unsupported character "$" found in the default value of variable "$B".',
    range: [0, 8, 0, 9],
    at: '$',
    entries: [['A', 'a$b']],
  },
  {
    text: 'A="${B:-\\"q\\"}"',
    message: 'Unsupported character """ found in the default value of variable "$B".',
    range: [0, 8, 0, 10],
    at: '\\"',
    entries: [['A', '"q"']],
  },
];

describe('dotenv parser: Symfony errors, with ranges', () => {
  for (const row of ERRORS) {
    test(`${JSON.stringify(row.text)}: ${row.message}`, () => {
      const parsed = parseDotenv(row.text);
      const errors = parsed.problems.filter((p) => p.severity === 'error');
      assert.equal(errors.length, 1, JSON.stringify(errors));
      assert.ok(errors[0]!.message.startsWith(row.message), errors[0]!.message);
      assert.deepEqual(tuple(errors[0]!.range), row.range);
      assert.equal(textAt(row.text, errors[0]!.range), row.at);
      assert.equal(parsed.fullyUnderstood, false);
      assert.deepEqual(
        parsed.ast.entries.map((e) => [e.key, e.value]),
        row.entries,
      );
    });
  }
});

describe('dotenv parser: recovery', () => {
  test('parsing goes on at the next line after each error', () => {
    const text = ['A=1', 'B=two words', 'C D=3', '-E=4', 'F="unterminated', 'G=7', 'H'].join('\n');
    const parsed = parseDotenv(text);
    assert.deepEqual(
      parsed.problems.map((p) => [p.range.start.line, p.message.split(' ').slice(0, 3).join(' ')]),
      [
        [1, 'A value containing'],
        [2, 'Whitespace characters are'],
        [3, 'Invalid character in'],
        [4, 'Missing quote to'],
        [6, 'Missing = in'],
      ],
    );
    assert.deepEqual(
      parsed.ast.entries.map((e) => [e.key, e.value]),
      [
        ['A', '1'],
        ['B', 'two words'],
        ['F', 'unterminated'],
        ['G', '7'],
        ['H', ''],
      ],
    );
    assert.deepEqual(
      parsed.ast.lines.map((l) => l.kind),
      ['entry', 'invalid', 'invalid', 'invalid', 'invalid', 'entry', 'invalid'],
    );
  });

  test('a bare key has no delimiter; a key with spaces around = keeps its delimiter', () => {
    const [bare, spaced] = parseDotenv('KEY\nOTHER = v').ast.entries;
    assert.equal(bare!.delimiterRange, undefined);
    assert.deepEqual(tuple(bare!.range), [0, 0, 0, 3]);
    assert.deepEqual(tuple(spaced!.delimiterRange), [1, 6, 1, 7]);
    assert.equal(spaced!.rawValue, 'v');
  });

  test('only the first error of an entry is reported: the one Symfony throws', () => {
    const parsed = parseDotenv('A= a b "c');
    assert.equal(parsed.problems.length, 1);
    assert.match(parsed.problems[0]!.message, /^Whitespace are not supported before the value/);
  });

  test('a file without errors is fully understood; info problems do not change that', () => {
    assert.equal(parseDotenv('A=1\n').fullyUnderstood, true);
    const withCommand = parseDotenv('A=$(id)');
    assert.equal(withCommand.fullyUnderstood, true);
    assert.deepEqual(
      withCommand.problems.map((p) => p.severity),
      ['info'],
    );
  });
});
