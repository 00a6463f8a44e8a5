import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';
import { at, describeAst } from './describe-ast.ts';

/**
 * Broken input: every case must report its error with a range and still read what follows.
 * `problems` lists `severity range message`.
 */
interface Case {
  name: string;
  text: string;
  tree: string[];
  problems: string[];
}

const cases: Case[] = [
  {
    name: 'missing `;` before a directive on the next line',
    text: 'server {\n  listen 80\n  server_name a.example;\n}',
    tree: [
      'block "server"@0:0-3:1',
      '  simple "listen"@1:2-1:11 "80"@1:9-1:11 (unterminated)',
      '  simple "server_name"@2:2-2:24 "a.example"@2:14-2:23',
    ],
    problems: ['error 1:9-1:11 Missing ";" after the "listen" directive.'],
  },
  {
    name: 'a continuation line stays an argument (indented deeper, or not a directive name)',
    text: 'server {\n  server_name a.example\n              www.a.example;\n  add_header X\n      deny;\n}',
    tree: [
      'block "server"@0:0-5:1',
      '  simple "server_name"@1:2-2:28 "a.example"@1:14-1:23 "www.a.example"@2:14-2:27',
      '  simple "add_header"@3:2-4:11 "X"@3:13-3:14 "deny"@4:6-4:10',
    ],
    problems: [],
  },
  {
    name: 'missing `;` before `}`',
    text: 'location / { return 404 }\nlisten 1;',
    tree: [
      'block "location"@0:0-0:25 "/"@0:9-0:10',
      '  simple "return"@0:13-0:23 "404"@0:20-0:23 (unterminated)',
      'simple "listen"@1:0-1:9 "1"@1:7-1:8',
    ],
    problems: ['error 0:20-0:23 Missing ";" after the "return" directive before "}".'],
  },
  {
    name: 'missing `;` at the end of the file',
    text: 'user nginx',
    tree: ['simple "user"@0:0-0:10 "nginx"@0:5-0:10 (unterminated)'],
    problems: ['error 0:5-0:10 Missing ";" after the "user" directive at the end of the file.'],
  },
  {
    name: 'an unbalanced `}`',
    text: 'a;\n}\nb;',
    tree: ['simple "a"@0:0-0:2', 'simple "b"@2:0-2:2'],
    problems: ['error 1:0-1:1 Unexpected "}": there is no open block to close.'],
  },
  {
    name: 'an unexpected `{`: its body is read as part of the enclosing block',
    text: 'server {\n  { listen 80; }\n  root /x;\n}',
    tree: [
      'block "server"@0:0-3:1',
      '  simple "listen"@1:4-1:14 "80"@1:11-1:13',
      '  simple "root"@2:2-2:10 "/x"@2:7-2:9',
    ],
    problems: ['error 1:2-1:3 Unexpected "{": a block needs a directive name before it.'],
  },
  {
    name: 'an unexpected `{` never closed',
    text: 'a;\n{ b;',
    tree: ['simple "a"@0:0-0:2', 'simple "b"@1:2-1:4'],
    problems: [
      'error 1:0-1:1 Unexpected "{": a block needs a directive name before it.',
      'error 1:0-1:1 This "{" is not closed: "}" is missing.',
    ],
  },
  {
    name: 'a lone `;`',
    text: ';\na;',
    tree: ['simple "a"@1:0-1:2'],
    problems: ['error 0:0-0:1 Unexpected ";": there is no directive to end.'],
  },
  {
    name: 'an unterminated string ends at its line, with its directive',
    text: 'server {\n  return 200 "oops;\n  root /x;\n}',
    tree: [
      'block "server"@0:0-3:1',
      '  simple "return"@1:2-1:19 "200"@1:9-1:12 ""oops;"@1:13-1:19 (unterminated)',
      '  simple "root"@2:2-2:10 "/x"@2:7-2:9',
    ],
    problems: ['error 1:13-1:19 Unterminated string: the closing " is missing.'],
  },
  {
    name: 'a stray quote that would pair with a later string is cut at its line',
    text: 'add_header A "x;\nlisten 80;\nadd_header B "y";',
    tree: [
      'simple "add_header"@0:0-0:16 "A"@0:11-0:12 ""x;"@0:13-0:16 (unterminated)',
      'simple "listen"@1:0-1:10 "80"@1:7-1:9',
      'simple "add_header"@2:0-2:17 "B"@2:11-2:12 ""y"@2:13-2:16',
    ],
    problems: ['error 0:13-0:16 Unterminated string: the closing " is missing.'],
  },
  {
    name: 'blocks not closed at the end of the file: each is reported, the range runs to the end',
    text: 'http {\n  server {\n    listen 80;\n',
    tree: ['block "http"@0:0-3:0', '  block "server"@1:2-3:0', '    simple "listen"@2:4-2:14 "80"@2:11-2:13'],
    problems: [
      'error 1:2-1:8 The "server" block is not closed: "}" is missing.',
      'error 0:0-0:4 The "http" block is not closed: "}" is missing.',
    ],
  },
  {
    name: 'a character glued after a closing quote',
    text: 'return 200 "ok"x;\nlisten 1;',
    tree: [
      'simple "return"@0:0-0:17 "200"@0:7-0:10 ""ok"@0:11-0:15 "x"@0:15-0:16',
      'simple "listen"@1:0-1:9 "1"@1:7-1:8',
    ],
    problems: [
      'error 0:15-0:16 Unexpected "x" after a quoted string: nginx expects a space, ";" or "{" there.',
    ],
  },
  {
    name: '`}` glued after a closing quote still closes the block',
    text: 'location / { return 200 "ok"}\nlisten 1;',
    tree: [
      'block "location"@0:0-0:29 "/"@0:9-0:10',
      '  simple "return"@0:13-0:28 "200"@0:20-0:23 ""ok"@0:24-0:28 (unterminated)',
      'simple "listen"@1:0-1:9 "1"@1:7-1:8',
    ],
    problems: [
      'error 0:28-0:29 Unexpected "}" after a quoted string: nginx expects a space, ";" or "{" there.',
      'error 0:24-0:28 Missing ";" after the "return" directive before "}".',
    ],
  },
  {
    name: 'an unquoted regex quantifier: reported (nginx would open a block), the block structure kept',
    text: 'location ~ ^/a{2}$ {\n  deny all;\n}\nlisten 1;',
    tree: [
      'block "location"@0:0-2:1 "~"@0:9-0:10 "^/a{2}$"@0:11-0:18',
      '  simple "deny"@1:2-1:11 "all"@1:7-1:10',
      'simple "listen"@3:0-3:9 "1"@3:7-3:8',
    ],
    problems: [
      'error 0:14-0:17 nginx reads this "{" as the start of a block, not as part of the regular expression: quote the expression ("…").',
    ],
  },
  {
    name: 'an unquoted quantifier in an if condition',
    text: 'if ($uri ~ ^/a{1,2}$) { return 404; }\nb;',
    tree: [
      'block "if"@0:0-0:37 "($uri"@0:3-0:8 "~"@0:9-0:10 "^/a{1,2}$)"@0:11-0:21',
      '  simple "return"@0:24-0:35 "404"@0:31-0:34',
      'simple "b"@1:0-1:2',
    ],
    problems: [
      'error 0:14-0:19 nginx reads this "{" as the start of a block, not as part of the regular expression: quote the expression ("…").',
    ],
  },
  {
    name: 'a raw block never closed',
    text: 'content_by_lua_block {\n ngx.say(1)\n',
    tree: ['raw "content_by_lua_block"@0:0-2:0'],
    problems: [
      'info 0:0-0:20 "content_by_lua_block" is not analysed: its body is not nginx configuration.',
      'error 0:0-0:20 The "content_by_lua_block" block is not closed: "}" is missing.',
    ],
  },
  {
    name: 'a map entry with too many values (a missing `;` inside a data block)',
    text: 'map $a $b {\n  x 1\n  default 0;\n}\nlisten 1;',
    tree: [
      'block "map"@0:0-3:1 "$a"@0:4-0:6 "$b"@0:7-0:9',
      '  simple "x"@1:2-2:12 "1"@1:4-1:5 "default"@2:2-2:9 "0"@2:10-2:11',
      'simple "listen"@4:0-4:9 "1"@4:7-4:8',
    ],
    problems: [
      'error 1:2-2:12 A "map" entry takes a key and one value, this one has 3 (a missing ";" joins two entries).',
    ],
  },
];

describe('nginx parser: error recovery', () => {
  for (const c of cases) {
    test(c.name, () => {
      const parsed = parseNginx(c.text);
      assert.deepEqual(describeAst(parsed.ast.directives), c.tree);
      assert.deepEqual(
        parsed.problems.map((p) => `${p.severity} ${at(p.range)} ${p.message}`),
        c.problems,
      );
      assert.equal(parsed.fullyUnderstood, c.problems.length === 0);
    });
  }

  test('an error early in a long file does not hide the directives after it', () => {
    const body = Array.from({ length: 200 }, (_, i) => `  location /p${i} { return 200; }`).join('\n');
    const parsed = parseNginx(`server {\n  listen 80\n${body}\n}`);
    const server = parsed.ast.directives[0]!;
    assert.equal(server.block!.directives.filter((d) => d.name === 'location').length, 200);
    assert.equal(parsed.problems.length, 1);
  });
});
