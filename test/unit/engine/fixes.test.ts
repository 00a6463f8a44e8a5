import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits, mergeFixes, OverlappingEditsError } from '../../../server/src/engine/fixes.ts';
import type { Fix, Range } from '../../../server/src/engine/types.ts';

const r = (sl: number, sc: number, el: number, ec: number): Range => ({
  start: { line: sl, character: sc },
  end: { line: el, character: ec },
});

describe('applyTextEdits', () => {
  test('applies several edits in any order', () => {
    const text = 'alpha\nbeta\ngamma\n';
    const out = applyTextEdits(text, [
      { range: r(2, 0, 2, 5), newText: 'GAMMA' },
      { range: r(0, 0, 0, 0), newText: '# top\n' },
      { range: r(1, 4, 1, 4), newText: '!' },
    ]);
    assert.equal(out, '# top\nalpha\nbeta!\nGAMMA\n');
  });

  test('keeps CRLF line endings intact around edits', () => {
    assert.equal(applyTextEdits('a=1\r\nb=2\r\n', [{ range: r(1, 2, 1, 3), newText: '3' }]), 'a=1\r\nb=3\r\n');
  });

  test('insertions at the same point keep their given order', () => {
    const out = applyTextEdits('x', [
      { range: r(0, 0, 0, 0), newText: '1' },
      { range: r(0, 0, 0, 0), newText: '2' },
    ]);
    assert.equal(out, '12x');
  });

  test('refuses overlapping edits', () => {
    assert.throws(
      () =>
        applyTextEdits('abcdef', [
          { range: r(0, 0, 0, 3), newText: 'x' },
          { range: r(0, 2, 0, 4), newText: 'y' },
        ]),
      OverlappingEditsError,
    );
  });
});

describe('mergeFixes', () => {
  const fix = (title: string, file: string, range: Range, newText: string): Fix => ({
    title,
    kind: 'safe',
    edits: [{ file, edits: [{ range, newText }] }],
  });

  test('groups edits by file across several files', () => {
    const { byFile, applied } = mergeFixes([
      fix('a', '/ws/a', r(0, 0, 0, 1), 'A'),
      fix('b', '/ws/b', r(0, 0, 0, 1), 'B'),
      fix('c', '/ws/a', r(1, 0, 1, 1), 'C'),
    ]);
    assert.equal(applied.length, 3);
    assert.equal(byFile.get('/ws/a')?.length, 2);
    assert.equal(byFile.get('/ws/b')?.length, 1);
  });

  test('drops a fix that overlaps an earlier one, keeps the rest', () => {
    const { applied, refused } = mergeFixes([
      fix('first', '/ws/a', r(0, 0, 0, 5), 'x'),
      fix('overlaps', '/ws/a', r(0, 3, 0, 8), 'y'),
      fix('elsewhere', '/ws/a', r(2, 0, 2, 1), 'z'),
    ]);
    assert.deepEqual(
      applied.map((f) => f.title),
      ['first', 'elsewhere'],
    );
    assert.deepEqual(
      refused.map((f) => f.title),
      ['overlaps'],
    );
  });

  test('the same insertion twice (two findings, one fix) is applied once', () => {
    const { applied } = mergeFixes([
      fix('one', '/ws/a', r(3, 0, 3, 0), 'line\n'),
      fix('two', '/ws/a', r(3, 0, 3, 0), 'line\n'),
    ]);
    assert.equal(applied.length, 1);
  });
});
