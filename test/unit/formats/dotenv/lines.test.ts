import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LineIndex } from '../../../../server/src/engine/line-index.ts';
import { parseDotenv } from '../../../../server/src/formats/dotenv/index.ts';

function kinds(text: string): [string, number | undefined][] {
  return parseDotenv(text).ast.lines.map((l) => [l.kind, l.entryIndex]);
}

describe('dotenv parser: one record per physical line', () => {
  test('blank, comment, entry, continuation and invalid lines', () => {
    const text = ['# header', '', 'A=1', 'B="multi', '', 'line" # c', '  ', 'not valid', 'C=3 # c'].join(
      '\n',
    );
    assert.deepEqual(kinds(text), [
      ['comment', undefined],
      ['blank', undefined],
      ['entry', 0],
      ['entry', 1],
      ['continuation', 1],
      ['continuation', 1],
      ['blank', undefined],
      ['invalid', undefined],
      ['entry', 2],
    ]);
  });

  test('as many records as LineIndex counts lines, the empty line after a final newline included', () => {
    for (const text of ['', 'A=1', 'A=1\n', 'A=1\r\n\r\n', '\n\n\n', 'A="x\ny"\n']) {
      const { lines } = parseDotenv(text).ast;
      const index = new LineIndex(text);
      assert.equal(lines.length, index.lineCount, JSON.stringify(text));
      assert.deepEqual(
        lines.map((l) => [l.line, l.text]),
        Array.from({ length: index.lineCount }, (_, i) => [i, index.lineText(i)]),
      );
    }
  });

  test('line texts have no line ending; a BOM stays on the first line', () => {
    const { lines, hasBom, eol } = parseDotenv('\ufeffA=1\r\nB=2\r\n').ast;
    assert.deepEqual(
      lines.map((l) => l.text),
      ['\ufeffA=1', 'B=2', ''],
    );
    assert.equal(hasBom, true);
    assert.equal(eol, '\r\n');
  });

  test('an entry Symfony rejects starts an invalid line and keeps its index', () => {
    assert.deepEqual(kinds('A=x y\nB=1'), [
      ['invalid', 0],
      ['entry', 1],
    ]);
  });

  test('a multi-line single-quoted value spans its lines', () => {
    const { ast } = parseDotenv("KEY='-----BEGIN KEY-----\nabc\n-----END KEY-----'\nNEXT=1");
    assert.deepEqual(
      ast.entries.map((e) => [e.key, e.startLine, e.endLine]),
      [
        ['KEY', 0, 2],
        ['NEXT', 3, 3],
      ],
    );
    assert.equal(ast.entries[0]!.value, '-----BEGIN KEY-----\nabc\n-----END KEY-----');
    assert.deepEqual(
      ast.lines.map((l) => l.kind),
      ['entry', 'continuation', 'continuation', 'entry'],
    );
  });

  test('a hash inside a multi-line value is not a comment', () => {
    const { ast } = parseDotenv('A="x\n# y\nz"');
    assert.deepEqual(ast.comments, []);
    assert.equal(ast.entries[0]!.value, 'x\n# y\nz');
  });
});
