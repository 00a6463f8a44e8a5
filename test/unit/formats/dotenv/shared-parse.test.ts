import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDotenv } from '../../../../server/src/formats/dotenv/parser.ts';
import { parseDotenvShared } from '../../../../server/src/formats/dotenv/shared-parse.ts';

test('a text parsed for the layering is handed once more to the lint, then parsed afresh', () => {
  const text = 'APP_ENV=prod\nAPP_SECRET=a1b2c3\n';
  const first = parseDotenvShared(text);
  assert.deepEqual(first, parseDotenv(text));
  assert.equal(parseDotenvShared(text), first);
  const third = parseDotenvShared(text);
  assert.notEqual(third, first);
  assert.deepEqual(third, first);
});

test('a different text gets its own tree', () => {
  const a = parseDotenvShared('A=1\n');
  const b = parseDotenvShared('A=2\n');
  assert.notEqual(a, b);
  assert.equal(b.ast.entries[0]?.value, '2');
});

test('the trees of at most a folder of files wait: the oldest goes first', () => {
  const texts = Array.from({ length: 9 }, (_, i) => `KEY_${i}=v\n`);
  const trees = texts.map((t) => parseDotenvShared(t));
  assert.notEqual(parseDotenvShared(texts[0]!), trees[0]);
  assert.equal(parseDotenvShared(texts[8]!), trees[8]);
});

test('a large text is never kept', () => {
  const text = `BIG=${'x'.repeat(300 * 1024)}\n`;
  assert.notEqual(parseDotenvShared(text), parseDotenvShared(text));
});
