import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../../../server/src/engine/line-index.ts';
import type { Position, Range } from '../../../../server/src/engine/types.ts';
import type { Directive, NginxFile } from '../../../../server/src/formats/nginx/ast.ts';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';
import { formatArg, printDirectives } from '../../../../server/src/formats/nginx/printer.ts';
import { walkDirectives } from '../../../../server/src/formats/nginx/walk.ts';
import { isDataBlock, isKnownDirective } from '../../../../server/src/formats/nginx/directives.ts';
import { rawBlockLanguage } from '../../../../server/src/formats/nginx/raw-blocks.ts';

// The directive table is built on first use (missing-`;` recovery asks it): not part of a parse's time.
isKnownDirective('listen');

/** Text made of what matters to nginx's lexer, plus letters, non-ASCII and astral characters. */
const nginxishText = fc.string({
  unit: fc.constantFrom(
    '{',
    '}',
    ';',
    '#',
    '"',
    "'",
    '\\',
    '$',
    '(',
    ')',
    ' ',
    '\t',
    '\n',
    '\r\n',
    '\r',
    'a',
    'b',
    'location',
    'if',
    'server',
    'map',
    '_by_lua_block',
    '~',
    '=',
    '{2}',
    'é',
    '😀',
    '\uFEFF',
  ),
  maxLength: 120,
});

function positionIsReal(index: LineIndex, p: Position): boolean {
  const back = index.positionAt(index.offsetAt(p));
  return back.line === p.line && back.character === p.character;
}

function assertRange(index: LineIndex, r: Range, what: string): void {
  assert.ok(positionIsReal(index, r.start), `${what}: start ${JSON.stringify(r.start)} is not in the text`);
  assert.ok(positionIsReal(index, r.end), `${what}: end ${JSON.stringify(r.end)} is not in the text`);
  assert.ok(index.offsetAt(r.start) <= index.offsetAt(r.end), `${what}: start after end`);
}

function offset(index: LineIndex, p: Position): number {
  return index.offsetAt(p);
}

/** Every range lies in the text; names, arguments, bodies and siblings are in source order. */
function assertWellFormed(text: string, file: NginxFile): void {
  const index = new LineIndex(text);
  for (const problem of file.problems) assertRange(index, problem.range, `problem "${problem.message}"`);
  for (const comment of file.comments) assertRange(index, comment.range, 'comment');
  const checkSiblings = (list: readonly Directive[]): void => {
    for (let i = 1; i < list.length; i++) {
      assert.ok(
        offset(index, list[i - 1]!.range.end) <= offset(index, list[i]!.range.start),
        `siblings overlap: ${list[i - 1]!.name} / ${list[i]!.name}`,
      );
    }
  };
  checkSiblings(file.directives);
  walkDirectives(file.directives, (d) => {
    assertRange(index, d.range, `directive ${d.name}`);
    assertRange(index, d.nameRange, `name of ${d.name}`);
    assert.deepEqual(d.range.start, d.nameRange.start);
    let cursor = offset(index, d.nameRange.end);
    for (const arg of d.args) {
      assertRange(index, arg.range, `argument of ${d.name}`);
      assert.ok(offset(index, arg.range.start) >= cursor, `arguments of ${d.name} out of order`);
      cursor = offset(index, arg.range.end);
    }
    assert.ok(cursor <= offset(index, d.range.end), `arguments of ${d.name} after its end`);
    if (d.block) {
      assertRange(index, d.block.openRange, 'open brace');
      assert.ok(offset(index, d.block.openRange.start) >= cursor);
      let inner = offset(index, d.block.openRange.end);
      for (const child of d.block.directives) {
        assert.equal(child.parent, d);
        assert.ok(
          offset(index, child.range.start) >= inner,
          `child ${child.name} before the body of ${d.name}`,
        );
        inner = offset(index, child.range.end);
      }
      if (d.block.closeRange) {
        assertRange(index, d.block.closeRange, 'close brace');
        assert.ok(inner <= offset(index, d.block.closeRange.start));
        assert.deepEqual(d.range.end, d.block.closeRange.end);
      }
      checkSiblings(d.block.directives);
    }
    if (d.rawBody) assertRange(index, d.rawBody.range, 'raw body');
    return undefined;
  });
}

/** Time of one parse; a slow one is timed again (a GC pause or a busy machine is not the parser). */
function parseMs(text: string): number {
  const started = performance.now();
  parseNginx(text);
  return performance.now() - started;
}

test('property: the parser never throws, stays fast, and every range is real and ordered', () => {
  fc.assert(
    fc.property(nginxishText, (text) => {
      const parsed = parseNginx(text);
      assert.ok(parseMs(text) < 100 || parseMs(text) < 100, 'a parse took over 100 ms (twice)');
      assertWellFormed(text, parsed.ast);
      let raw = false;
      walkDirectives(parsed.ast.directives, (d) => {
        raw ||= d.kind === 'raw';
      });
      const errors = parsed.problems.some((p) => p.severity === 'error');
      assert.equal(parsed.fullyUnderstood, !errors && !raw);
    }),
    { numRuns: 4000 },
  );
});

interface Spec {
  name: string;
  args: string[];
  children?: Spec[];
}

/** Names that are plain directives to the parser (no raw or data blocks). */
const directiveName = fc.oneof(
  fc.constantFrom('listen', 'root', 'add_header', 'location', 'server', 'if', 'return', 'set', 'x-custom'),
  fc
    .stringMatching(/^[a-z][a-z0-9_]{0,12}$/)
    .filter((n) => rawBlockLanguage(n) === undefined && !isDataBlock(n)),
);

const argValue = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_./:=$~^*-]{1,12}$/),
  fc.string({
    unit: fc.constantFrom(
      'a',
      ' ',
      '"',
      "'",
      '\\',
      '{',
      '}',
      ';',
      '#',
      '$',
      '\n',
      '\r',
      '\t',
      'n',
      't',
      'é',
      '😀',
      '(',
    ),
    maxLength: 12,
  }),
);

const specTree = fc.letrec<{ directive: Spec; list: Spec[] }>((tie) => ({
  directive: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ name: directiveName, args: fc.array(argValue, { maxLength: 4 }) }),
    fc.record({ name: directiveName, args: fc.array(argValue, { maxLength: 3 }), children: tie('list') }),
  ),
  list: fc.array(tie('directive'), { maxLength: 4 }),
})).list;

/** fast-check builds records without a prototype; the parser's output has one. */
function plain(list: readonly Spec[]): Spec[] {
  return list.map((d) =>
    d.children
      ? { name: d.name, args: [...d.args], children: plain(d.children) }
      : { name: d.name, args: [...d.args] },
  );
}

function printSpec(list: readonly Spec[], depth = 0): string {
  const pad = '  '.repeat(depth);
  return list
    .map((d) => {
      const head = [d.name, ...d.args].map(formatArg).join(' ');
      if (!d.children) return `${pad}${head};\n`;
      return `${pad}${head} {\n${printSpec(d.children, depth + 1)}${pad}}\n`;
    })
    .join('');
}

function toSpec(list: readonly Directive[]): Spec[] {
  return list.map((d) => {
    const spec: Spec = { name: d.name, args: d.args.map((a) => a.value) };
    if (d.block) spec.children = toSpec(d.block.directives);
    return spec;
  });
}

test('property: a generated well-formed config printed with formatArg parses back to the same tree', () => {
  fc.assert(
    fc.property(specTree, (tree) => {
      const text = printSpec(tree);
      const parsed = parseNginx(text);
      assert.deepEqual(parsed.problems, [], text);
      assert.deepEqual(toSpec(parsed.ast.directives), plain(tree));
      // Printing the parsed tree (raw tokens) and parsing again gives the same tree.
      const reprinted = parseNginx(printDirectives(parsed.ast.directives));
      assert.deepEqual(toSpec(reprinted.ast.directives), plain(tree));
    }),
    { numRuns: 3000 },
  );
});

test('property: a dump of generated files parses each part like the file alone', () => {
  fc.assert(
    fc.property(fc.array(specTree, { minLength: 1, maxLength: 4 }), (files) => {
      const texts = files.map((f) => printSpec(f));
      const dump = texts.map((t, i) => `# configuration file /etc/nginx/f${i}.conf:\n${t}\n`).join('');
      const parsed = parseNginx(dump);
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(
        parsed.ast.dump!.map((part) => toSpec(part.directives)),
        files.map(plain),
      );
    }),
    { numRuns: 500 },
  );
});
