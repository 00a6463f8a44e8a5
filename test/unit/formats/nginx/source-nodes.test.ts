import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';

// The parser's nodes build their ranges when first read (server/src/formats/nginx/source-nodes.ts).

test('a range read twice is the same object, and a directive starts where its name starts', () => {
  const [server] = parseNginx('server {\n  listen 80;\n}\n').ast.directives;
  const listen = server!.block!.directives[0]!;
  assert.equal(listen.range, listen.range);
  assert.equal(listen.nameRange, listen.nameRange);
  assert.equal(listen.args[0]!.range, listen.args[0]!.range);
  assert.equal(listen.range.start, listen.nameRange.start);
  assert.deepEqual(listen.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 12 } });
  assert.deepEqual(listen.args[0]!.range, {
    start: { line: 1, character: 9 },
    end: { line: 1, character: 11 },
  });
});

test("a block directive ends at its `}`, a raw block at its body's `}`, an unclosed one at the last token", () => {
  const { directives } = parseNginx(
    'http {\n  server { }\n}\ncontent_by_lua_block {\n  ngx.say("}")\n}\nevents {\n  worker_connections 4;',
  ).ast;
  const [http, lua, events] = directives;
  assert.deepEqual(http!.range.end, { line: 2, character: 1 });
  assert.deepEqual(http!.block!.directives[0]!.range.end, { line: 1, character: 12 });
  assert.deepEqual(lua!.range.end, { line: 5, character: 1 });
  assert.deepEqual(events!.range.end, { line: 7, character: 23 });
});
