import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dotenvFormat, parseDotenv } from '../../../../server/src/formats/dotenv/index.ts';
import type { DotenvQuote } from '../../../../server/src/formats/dotenv/ast.ts';
import { textAt, tuple, type RangeTuple } from './ranges.ts';

interface EntryRow {
  text: string;
  key: string;
  value: string;
  literal?: string;
  quote: DotenvQuote;
  rawValue: string;
  keyRange: RangeTuple;
  valueRange: RangeTuple;
  range: RangeTuple;
  delimiterRange?: RangeTuple;
  exportRange?: RangeTuple;
  comment?: { text: string; range: RangeTuple };
  lines?: [number, number];
}

/** One entry per text, read as Symfony Dotenv reads it, with every range. */
const ENTRIES: EntryRow[] = [
  {
    text: 'APP_ENV=prod',
    key: 'APP_ENV',
    value: 'prod',
    quote: 'none',
    rawValue: 'prod',
    keyRange: [0, 0, 0, 7],
    delimiterRange: [0, 7, 0, 8],
    valueRange: [0, 8, 0, 12],
    range: [0, 0, 0, 12],
  },
  {
    text: 'export  APP_ENV=prod',
    key: 'APP_ENV',
    value: 'prod',
    quote: 'none',
    rawValue: 'prod',
    exportRange: [0, 0, 0, 6],
    keyRange: [0, 8, 0, 15],
    delimiterRange: [0, 15, 0, 16],
    valueRange: [0, 16, 0, 20],
    range: [0, 0, 0, 20],
  },
  {
    text: '   A=1',
    key: 'A',
    value: '1',
    quote: 'none',
    rawValue: '1',
    keyRange: [0, 3, 0, 4],
    valueRange: [0, 5, 0, 6],
    range: [0, 3, 0, 6],
  },
  {
    text: 'A=',
    key: 'A',
    value: '',
    quote: 'none',
    rawValue: '',
    keyRange: [0, 0, 0, 1],
    delimiterRange: [0, 1, 0, 2],
    valueRange: [0, 2, 0, 2],
    range: [0, 0, 0, 2],
  },
  {
    text: 'A=   # empty',
    key: 'A',
    value: '',
    quote: 'none',
    rawValue: '',
    keyRange: [0, 0, 0, 1],
    valueRange: [0, 2, 0, 2],
    range: [0, 0, 0, 2],
    comment: { text: ' empty', range: [0, 5, 0, 12] },
  },
  {
    text: 'A=value  # note',
    key: 'A',
    value: 'value',
    quote: 'none',
    rawValue: 'value',
    keyRange: [0, 0, 0, 1],
    valueRange: [0, 2, 0, 7],
    range: [0, 0, 0, 7],
    comment: { text: ' note', range: [0, 9, 0, 15] },
  },
  {
    text: 'URL=https://x.test/#top',
    key: 'URL',
    value: 'https://x.test/#top',
    quote: 'none',
    rawValue: 'https://x.test/#top',
    keyRange: [0, 0, 0, 3],
    valueRange: [0, 4, 0, 23],
    range: [0, 0, 0, 23],
  },
  {
    text: "A='single $X \\n' # c",
    key: 'A',
    value: 'single $X \\n',
    quote: 'single',
    rawValue: "'single $X \\n'",
    keyRange: [0, 0, 0, 1],
    valueRange: [0, 2, 0, 16],
    range: [0, 0, 0, 16],
    comment: { text: ' c', range: [0, 17, 0, 20] },
  },
  {
    text: 'A="a \\"b\\" \\n c"',
    key: 'A',
    value: 'a "b" \n c',
    quote: 'double',
    rawValue: '"a \\"b\\" \\n c"',
    keyRange: [0, 0, 0, 1],
    valueRange: [0, 2, 0, 16],
    range: [0, 0, 0, 16],
  },
  {
    text: 'A="first\nsecond"  # after',
    key: 'A',
    value: 'first\nsecond',
    quote: 'double',
    rawValue: '"first\nsecond"',
    keyRange: [0, 0, 0, 1],
    valueRange: [0, 2, 1, 7],
    range: [0, 0, 1, 7],
    comment: { text: ' after', range: [1, 9, 1, 16] },
    lines: [0, 1],
  },
  {
    text: 'A="first\r\nsecond"\r\n',
    key: 'A',
    value: 'first\nsecond',
    quote: 'double',
    rawValue: '"first\r\nsecond"',
    keyRange: [0, 0, 0, 1],
    valueRange: [0, 2, 1, 7],
    range: [0, 0, 1, 7],
    lines: [0, 1],
  },
  {
    text: 'A="foo"\'bar\'baz',
    key: 'A',
    value: 'foobarbaz',
    quote: 'double',
    rawValue: '"foo"\'bar\'baz',
    keyRange: [0, 0, 0, 1],
    valueRange: [0, 2, 0, 15],
    range: [0, 0, 0, 15],
  },
  {
    text: "A=it\\'s",
    key: 'A',
    value: "it's",
    literal: "it's",
    quote: 'none',
    rawValue: "it\\'s",
    keyRange: [0, 0, 0, 1],
    valueRange: [0, 2, 0, 7],
    range: [0, 0, 0, 7],
  },
  {
    text: '\ufeffA=1',
    key: 'A',
    value: '1',
    quote: 'none',
    rawValue: '1',
    keyRange: [0, 1, 0, 2],
    valueRange: [0, 3, 0, 4],
    range: [0, 1, 0, 4],
  },
  {
    text: '# c\r\n\r\nKEY=v\r\n',
    key: 'KEY',
    value: 'v',
    quote: 'none',
    rawValue: 'v',
    keyRange: [2, 0, 2, 3],
    valueRange: [2, 4, 2, 5],
    range: [2, 0, 2, 5],
    lines: [2, 2],
  },
  {
    text: 'A="${B:-x}\\\\$C"',
    key: 'A',
    value: 'x\\',
    literal: '${B:-x}\\$C',
    quote: 'double',
    rawValue: '"${B:-x}\\\\$C"',
    keyRange: [0, 0, 0, 1],
    valueRange: [0, 2, 0, 15],
    range: [0, 0, 0, 15],
  },
];

describe('dotenv parser: entries and their ranges', () => {
  for (const row of ENTRIES) {
    test(JSON.stringify(row.text), () => {
      const parsed = parseDotenv(row.text);
      assert.deepEqual(
        parsed.problems.filter((p) => p.severity === 'error' && !p.message.includes('byte-order mark')),
        [],
      );
      assert.equal(parsed.ast.entries.length, 1);
      const entry = parsed.ast.entries[0]!;
      assert.equal(entry.key, row.key);
      assert.equal(entry.value, row.value);
      assert.equal(entry.literalValue, row.literal ?? row.value);
      assert.equal(entry.quote, row.quote);
      assert.equal(entry.rawValue, row.rawValue);
      assert.equal(textAt(row.text, entry.valueRange), row.rawValue);
      assert.equal(textAt(row.text, entry.keyRange), row.key);
      assert.deepEqual(tuple(entry.keyRange), row.keyRange);
      assert.deepEqual(tuple(entry.valueRange), row.valueRange);
      assert.deepEqual(tuple(entry.range), row.range);
      if (row.delimiterRange) assert.deepEqual(tuple(entry.delimiterRange), row.delimiterRange);
      else assert.equal(textAt(row.text, entry.delimiterRange), '=');
      assert.deepEqual(tuple(entry.exportRange), row.exportRange);
      assert.equal(entry.exported, row.exportRange !== undefined);
      assert.deepEqual(
        entry.inlineComment && { text: entry.inlineComment.text, range: tuple(entry.inlineComment.range) },
        row.comment,
      );
      if (row.comment) assert.equal(entry.inlineComment?.inline, true);
      assert.deepEqual([entry.startLine, entry.endLine], row.lines ?? [0, 0]);
    });
  }
});

describe('dotenv parser: files', () => {
  test('entries, comments and the variables map, in order', () => {
    const text = '# Symfony\nAPP_ENV=prod\n\n  # indented\nAPP_DEBUG=0 # off\nAPP_ENV=dev\n';
    const { ast, problems, fullyUnderstood } = parseDotenv(text);
    assert.deepEqual(problems, []);
    assert.equal(fullyUnderstood, true);
    assert.deepEqual(
      ast.entries.map((e) => [e.key, e.value]),
      [
        ['APP_ENV', 'prod'],
        ['APP_DEBUG', '0'],
        ['APP_ENV', 'dev'],
      ],
    );
    assert.deepEqual(
      ast.comments.map((c) => [c.text, c.inline, tuple(c.range)]),
      [
        [' Symfony', false, [0, 0, 0, 9]],
        [' indented', false, [3, 2, 3, 12]],
        [' off', true, [4, 12, 4, 17]],
      ],
    );
    assert.deepEqual(
      [...ast.variables!],
      [
        ['APP_ENV', 'dev'],
        ['APP_DEBUG', '0'],
      ],
    );
    assert.equal(ast.eol, '\n');
    assert.equal(ast.hasBom, false);
  });

  test('the concatenated parts of a value, with their ranges', () => {
    const text = 'A="foo" \'bar\'baz';
    const entry = parseDotenv(text).ast.entries[0]!;
    assert.equal(entry.value, 'foobarbaz');
    assert.deepEqual(
      entry.parts?.map((p) => [p.quote, p.value, textAt(text, p.range)]),
      [
        ['double', 'foo', '"foo"'],
        ['single', 'bar', "'bar'"],
        ['none', 'baz', 'baz'],
      ],
    );
    assert.equal(parseDotenv('A="foo"').ast.entries[0]!.parts, undefined);
  });

  test('CRLF files: eol, ranges before the \\r, values without it', () => {
    const text = 'A=1\r\nB="x\r\ny" # c\r\n';
    const { ast, problems } = parseDotenv(text);
    assert.deepEqual(problems, []);
    assert.equal(ast.eol, '\r\n');
    assert.deepEqual(
      ast.entries.map((e) => [e.value, tuple(e.valueRange)]),
      [
        ['1', [0, 2, 0, 3]],
        ['x\ny', [1, 2, 2, 2]],
      ],
    );
    assert.deepEqual(tuple(ast.comments[0]!.range), [2, 3, 2, 6]);
    assert.equal(ast.comments[0]!.text, ' c');
  });

  test('a lone CR ends a line, as for Symfony (and in LSP positions)', () => {
    const { ast } = parseDotenv('A=1\rB=2');
    assert.deepEqual(
      ast.entries.map((e) => [e.key, e.value, tuple(e.valueRange)]),
      [
        ['A', '1', [0, 2, 0, 3]],
        ['B', '2', [1, 2, 1, 3]],
      ],
    );
  });

  test('the format descriptor', () => {
    assert.equal(dotenvFormat.id, 'dotenv');
    assert.equal(dotenvFormat.commentPrefix, '#');
    assert.equal(dotenvFormat.parse('A=1', '/ws/.env').ast.entries[0]?.value, '1');
  });
});
