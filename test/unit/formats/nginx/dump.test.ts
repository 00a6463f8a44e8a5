import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitNginxDump } from '../../../../server/src/formats/nginx/dump.ts';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';
import { at, describeAst } from './describe-ast.ts';

const DUMP = [
  'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok',
  'nginx: configuration file /etc/nginx/nginx.conf test is successful',
  '# configuration file /etc/nginx/nginx.conf:',
  'http {',
  '    include /etc/nginx/mime.types;',
  '    include /etc/nginx/conf.d/*.conf;',
  '}',
  '',
  '# configuration file /etc/nginx/mime.types:',
  'types {',
  '    text/html html;',
  '}',
  '',
  '# configuration file /etc/nginx/conf.d/site.conf:',
  'server {',
  '    listen 80;',
  '}',
  '',
].join('\n');

test('splitNginxDump: one virtual file per marker, with the dump line where its text starts', () => {
  const parts = splitNginxDump(DUMP);
  assert.deepEqual(
    parts.map((p) => [p.path, p.startLine, p.markerLine]),
    [
      ['/etc/nginx/nginx.conf', 3, 2],
      ['/etc/nginx/mime.types', 9, 8],
      ['/etc/nginx/conf.d/site.conf', 14, 13],
    ],
  );
  assert.equal(parts[1]!.text, 'types {\n    text/html html;\n}\n\n');
  assert.equal(DUMP.slice(parts[2]!.startOffset, parts[2]!.startOffset + 8), 'server {');
});

test('a text without markers is not a dump; a comment that only looks like one is not a marker', () => {
  assert.deepEqual(splitNginxDump('http { }\n'), []);
  assert.deepEqual(splitNginxDump('# configuration file for example.org:\nlisten 80;\n'), []);
});

test('a dump parses file by file: ranges are dump positions, the main file is the top level', () => {
  const parsed = parseNginx(DUMP);
  const dump = parsed.ast.dump!;
  assert.deepEqual(
    dump.map((part) => [part.path, part.startLine, at(part.markerRange)]),
    [
      ['/etc/nginx/nginx.conf', 3, '2:0-2:43'],
      ['/etc/nginx/mime.types', 9, '8:0-8:43'],
      ['/etc/nginx/conf.d/site.conf', 14, '13:0-13:49'],
    ],
  );
  assert.equal(parsed.ast.directives, dump[0]!.directives);
  assert.deepEqual(describeAst(dump[1]!.directives), [
    'block "types"@9:0-11:1',
    '  simple "text/html"@10:4-10:19 "html"@10:14-10:18',
  ]);
  assert.deepEqual(describeAst(dump[2]!.directives), [
    'block "server"@14:0-16:1',
    '  simple "listen"@15:4-15:14 "80"@15:11-15:13',
  ]);
  assert.deepEqual(parsed.problems, []);
});

test('a CRLF dump', () => {
  const parsed = parseNginx(DUMP.replace(/\n/g, '\r\n'));
  assert.deepEqual(
    parsed.ast.dump!.map((p) => p.path),
    ['/etc/nginx/nginx.conf', '/etc/nginx/mime.types', '/etc/nginx/conf.d/site.conf'],
  );
  assert.deepEqual(
    describeAst(parsed.ast.dump![2]!.directives)[1],
    '  simple "listen"@15:4-15:14 "80"@15:11-15:13',
  );
});

test('an error in one virtual file does not leak into the next', () => {
  const broken = '# configuration file /a.conf:\nserver {\n# configuration file /b.conf:\nlisten 80;\n';
  const parsed = parseNginx(broken);
  assert.deepEqual(
    parsed.problems.map((p) => `${at(p.range)} ${p.message}`),
    ['1:0-1:6 The "server" block is not closed: "}" is missing.'],
  );
  assert.deepEqual(describeAst(parsed.ast.dump![1]!.directives), ['simple "listen"@3:0-3:10 "80"@3:7-3:9']);
});
