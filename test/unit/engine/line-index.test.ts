import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../../server/src/engine/line-index.ts';

test('positions and offsets round-trip, CRLF belongs to the line ending', () => {
  const index = new LineIndex('ab\r\ncd\nef');
  assert.deepEqual(index.positionAt(4), { line: 1, character: 0 });
  assert.equal(index.lineText(0), 'ab');
  assert.equal(index.lineEnd(0), 2);
  assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
  assert.equal(index.offsetAt({ line: 9, character: 0 }), 9);
  assert.equal(index.eol, '\r\n');
});

test('property: offsetAt(positionAt(o)) === o for every offset not inside a CRLF', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', 'é', '😀') }), (text) => {
      const index = new LineIndex(text);
      for (let o = 0; o <= text.length; o++) {
        const p = index.positionAt(o);
        const inLineEnding = text[o - 1] === '\r' && text[o] === '\n';
        if (!inLineEnding) assert.equal(index.offsetAt(p), o);
      }
    }),
    { numRuns: 500 },
  );
});
