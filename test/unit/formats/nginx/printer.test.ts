import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';
import { formatArg, formatDirective, printDirectives } from '../../../../server/src/formats/nginx/printer.ts';

test('formatArg: bare when nginx reads it back unchanged, double-quoted otherwise', () => {
  const cases: [string, string][] = [
    ['nosniff', 'nosniff'],
    ['max-age=31536000; includeSubDomains', '"max-age=31536000; includeSubDomains"'],
    ['', '""'],
    ['a"b', 'a"b'],
    ['"start', '"\\"start"'],
    ['#x', '"#x"'],
    ['}x', '"}x"'],
    ['${host}', '"${host}"'],
    ['\\.php$', '\\.php$'],
    ['a\\', '"a\\\\"'],
    ['a\\nb', '"a\\\\nb"'],
    ['line\nbreak', '"line\\nbreak"'],
    ['tab\\\tx', '"tab\\\\\\tx"'],
  ];
  for (const [value, written] of cases) {
    assert.equal(formatArg(value), written, JSON.stringify(value));
    const [directive] = parseNginx(`x ${written};`).ast.directives;
    assert.equal(directive!.args[0]!.value, value, `${written} reads back`);
  }
});

test('formatDirective', () => {
  assert.equal(
    formatDirective('add_header', [
      'Strict-Transport-Security',
      'max-age=31536000; includeSubDomains',
      'always',
    ]),
    'add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;',
  );
});

test('printDirectives writes the raw tokens back with indentation; raw blocks unchanged', () => {
  const text = 'server{listen 80;location /{add_header X "a b";}content_by_lua_block { ngx.say("}") }}';
  assert.equal(
    printDirectives(parseNginx(text).ast.directives),
    'server {\n    listen 80;\n    location / {\n        add_header X "a b";\n    }\n    content_by_lua_block { ngx.say("}") }\n}\n',
  );
});
