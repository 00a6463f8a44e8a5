import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDotenv } from '../../../../server/src/formats/dotenv/parser.ts';

// Entries build their ranges when first read (server/src/formats/dotenv/entry-node.ts), in any order.

const tuple = (r: {
  start: { line: number; character: number };
  end: { line: number; character: number };
}) => [r.start.line, r.start.character, r.end.line, r.end.character];

test('ranges read after the parse, last entry first, are those of the text', () => {
  const { ast } = parseDotenv('A=1\r\nexport B="two\r\nlines" # note\r\nC\r\n');
  const [a, b, c] = ast.entries;
  assert.deepEqual(tuple(c!.keyRange), [3, 0, 3, 1]);
  assert.equal(c!.delimiterRange, undefined);
  assert.deepEqual(tuple(b!.range), [1, 0, 2, 6]);
  assert.deepEqual(tuple(b!.exportRange!), [1, 0, 1, 6]);
  assert.deepEqual(tuple(b!.keyRange), [1, 7, 1, 8]);
  assert.deepEqual(tuple(b!.delimiterRange!), [1, 8, 1, 9]);
  assert.deepEqual(tuple(b!.valueRange), [1, 9, 2, 6]);
  assert.deepEqual([b!.startLine, b!.endLine], [1, 2]);
  assert.equal(a!.exportRange, undefined);
  assert.deepEqual(tuple(a!.valueRange), [0, 2, 0, 3]);
});

test('a range read twice is the same object', () => {
  const [entry] = parseDotenv('export KEY=value\n').ast.entries;
  for (const name of ['keyRange', 'valueRange', 'range', 'delimiterRange', 'exportRange'] as const)
    assert.equal(entry![name], entry![name], name);
});
