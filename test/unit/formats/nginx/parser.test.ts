import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';
import { nginxFormat } from '../../../../server/src/formats/nginx/index.ts';
import { at, describeAst } from './describe-ast.ts';

/**
 * Each case: the text, the tree as `describeAst` prints it (kind, name, range, arguments with
 * their resolved values and ranges; `"`/`'` mark quoted tokens), and the comments.
 */
interface Case {
  name: string;
  text: string;
  tree: string[];
  comments?: string[];
}

const cases: Case[] = [
  {
    name: 'simple directives: the range runs from the name to the `;`',
    text: 'user www-data;\nworker_processes  4;',
    tree: ['simple "user"@0:0-0:14 "www-data"@0:5-0:13', 'simple "worker_processes"@1:0-1:20 "4"@1:18-1:19'],
  },
  {
    name: 'escapes nginx resolves: \\" \\\' \\\\ \\n, in double and single quotes',
    text: 'add_header X "a \\"b\\" \\\\ c\\n" \'it\\\'s\';',
    tree: ['simple "add_header"@0:0-0:38 "X"@0:11-0:12 ""a \\"b\\" \\\\ c\\n"@0:13-0:29 \'"it\'s"@0:30-0:37'],
  },
  {
    name: '`;` `{` `}` `#` inside quotes belong to the string',
    text: 'return 200 "a;b{c}d#e";',
    tree: ['simple "return"@0:0-0:23 "200"@0:7-0:10 ""a;b{c}d#e"@0:11-0:22'],
  },
  {
    name: '`#` and `}` inside a bare token are plain characters',
    text: 'return 200 a#b}c;',
    tree: ['simple "return"@0:0-0:17 "200"@0:7-0:10 "a#b}c"@0:11-0:16'],
  },
  {
    name: 'comments with parentheses, quotes and braces; trailing and indented comments',
    text: '# open ( " \' { ;\nlisten 80; # main port\n  #indented',
    tree: ['simple "listen"@1:0-1:10 "80"@1:7-1:9'],
    comments: [
      '0:0-0:16 " open ( \\" \' { ;" own-line',
      '1:11-1:22 " main port" trailing',
      '2:2-2:11 "indented" own-line',
    ],
  },
  {
    name: 'if with a quoted regex holding `;` and parentheses (tokens as nginx splits them)',
    text: 'if ($request_uri ~* "(a;b)") {\n  return 403;\n}',
    tree: [
      'block "if"@0:0-2:1 "($request_uri"@0:3-0:16 "~*"@0:17-0:19 ""(a;b)"@0:20-0:27 ")"@0:27-0:28',
      '  simple "return"@1:2-1:13 "403"@1:9-1:12',
    ],
  },
  {
    name: 'if with a non-capturing group',
    text: 'if ($http_x ~ "^(?:a|b)$") { set $y 1; }',
    tree: [
      'block "if"@0:0-0:40 "($http_x"@0:3-0:11 "~"@0:12-0:13 ""^(?:a|b)$"@0:14-0:25 ")"@0:25-0:26',
      '  simple "set"@0:29-0:38 "$y"@0:33-0:35 "1"@0:36-0:37',
    ],
  },
  {
    name: 'location modifiers, named locations and a glued `=`',
    text: 'location = /x {}\nlocation ^~ /y {}\nlocation @named {}\nlocation ~* \\.php$ {}\nlocation =/z {}',
    tree: [
      'block "location"@0:0-0:16 "="@0:9-0:10 "/x"@0:11-0:13',
      'block "location"@1:0-1:17 "^~"@1:9-1:11 "/y"@1:12-1:14',
      'block "location"@2:0-2:18 "@named"@2:9-2:15',
      'block "location"@3:0-3:21 "~*"@3:9-3:11 "\\\\.php$"@3:12-3:18',
      'block "location"@4:0-4:15 "=/z"@4:9-4:12',
    ],
  },
  {
    name: 'map entries are directives named by their key (a quoted key keeps its quote)',
    text: 'map $http_host $x {\n  default 0;\n  "~^a" 1;\n  hostnames;\n}',
    tree: [
      'block "map"@0:0-4:1 "$http_host"@0:4-0:14 "$x"@0:15-0:17',
      '  simple "default"@1:2-1:12 "0"@1:10-1:11',
      '  simple ""~^a"@2:2-2:10 "1"@2:8-2:9',
      '  simple "hostnames"@3:2-3:12',
    ],
  },
  {
    name: 'types, upstream and split_clients blocks',
    text: 'types {\n  text/html html htm;\n}\nupstream app {\n  server 127.0.0.1:9000 weight=5;\n}\nsplit_clients "${remote_addr}x" $v {\n  0.5% one;\n  * "";\n}',
    tree: [
      'block "types"@0:0-2:1',
      '  simple "text/html"@1:2-1:21 "html"@1:12-1:16 "htm"@1:17-1:20',
      'block "upstream"@3:0-5:1 "app"@3:9-3:12',
      '  simple "server"@4:2-4:33 "127.0.0.1:9000"@4:9-4:23 "weight=5"@4:24-4:32',
      'block "split_clients"@6:0-9:1 ""${remote_addr}x"@6:14-6:31 "$v"@6:32-6:34',
      '  simple "0.5%"@7:2-7:11 "one"@7:7-7:10',
      '  simple "*"@8:2-8:7 """@8:4-8:6',
    ],
  },
  {
    name: '${var} and $var: the `{` after `$` does not open a block',
    text: 'set $a "${b}c";\nreturn 200 ${host}x$uri;',
    tree: [
      'simple "set"@0:0-0:15 "$a"@0:4-0:6 ""${b}c"@0:7-0:14',
      'simple "return"@1:0-1:24 "200"@1:7-1:10 "${host}x$uri"@1:11-1:23',
    ],
  },
  {
    name: '`\\;` in a bare token: part of the token, backslash kept (nginx copies it literally)',
    text: 'env A\\;B;',
    tree: ['simple "env"@0:0-0:9 "A\\\\;B"@0:4-0:8'],
  },
  {
    name: 'an escaped space joins a bare token',
    text: 'a b\\ c;',
    tree: ['simple "a"@0:0-0:7 "b\\\\ c"@0:2-0:6'],
  },
  {
    name: 'CRLF: `\\r` ends a token and is not part of a comment; it stays inside a string',
    text: 'a b;\r\n# c\r\nd "e\r\nf";\r\n',
    tree: ['simple "a"@0:0-0:4 "b"@0:2-0:3', 'simple "d"@2:0-3:3 ""e\\r\\nf"@2:2-3:2'],
    comments: ['1:0-1:3 " c" own-line'],
  },
  {
    name: 'positions are UTF-16 units (an emoji counts two)',
    text: 'server_name "éx" 😀y;',
    tree: ['simple "server_name"@0:0-0:21 ""éx"@0:12-0:16 "😀y"@0:17-0:20'],
  },
  {
    name: 'a directive and a string over several lines',
    text: 'log_format main\n  "$a"\n  "x\ny";',
    tree: ['simple "log_format"@0:0-3:3 "main"@0:11-0:15 ""$a"@1:2-1:6 ""x\\ny"@2:2-3:2'],
  },
  {
    name: 'an empty quoted value',
    text: 'add_header X "";',
    tree: ['simple "add_header"@0:0-0:16 "X"@0:11-0:12 """@0:13-0:15'],
  },
  {
    name: 'a Lua block is one raw node: braces in Lua strings, comments and long brackets do not count',
    text: 'location / {\n  content_by_lua_block {\n    ngx.say("}") -- }\n    local t = { [[}]] }\n  }\n  return 200;\n}',
    tree: [
      'block "location"@0:0-6:1 "/"@0:9-0:10',
      '  raw "content_by_lua_block"@1:2-4:3',
      '  simple "return"@5:2-5:13 "200"@5:9-5:12',
    ],
  },
  {
    name: 'a js_…/…_block raw block: strings and C comments are skipped',
    text: 'js_periodic_block { a("}"); /* } */ }\nb;',
    tree: ['raw "js_periodic_block"@0:0-0:37', 'simple "b"@1:0-1:2'],
  },
];

describe('nginx parser: trees with exact ranges', () => {
  for (const c of cases) {
    test(c.name, () => {
      const parsed = parseNginx(c.text);
      assert.deepEqual(describeAst(parsed.ast.directives), c.tree);
      const comments = parsed.ast.comments.map(
        (k) => `${at(k.range)} ${JSON.stringify(k.text)} ${k.trailing ? 'trailing' : 'own-line'}`,
      );
      assert.deepEqual(comments, c.comments ?? []);
      assert.deepEqual(
        parsed.problems.filter((p) => p.severity === 'error'),
        [],
      );
    });
  }
});

describe('nginx parser: details of the tree', () => {
  test('an argument keeps its raw text, quotes included', () => {
    const [d] = parseNginx('add_header X "a\\"b" always;').ast.directives;
    assert.deepEqual(
      d!.args.map((a) => [a.raw, a.value, a.quote]),
      [
        ['X', 'X', null],
        ['"a\\"b"', 'a"b', '"'],
        ['always', 'always', null],
      ],
    );
  });

  test('a block records its braces, its children their parent', () => {
    const [server] = parseNginx('server {\n  listen 80;\n}').ast.directives;
    assert.equal(server!.kind, 'block');
    assert.equal(at(server!.block!.openRange), '0:7-0:8');
    assert.equal(at(server!.block!.closeRange!), '2:0-2:1');
    assert.equal(server!.block!.directives[0]!.parent, server);
    assert.equal(server!.parent, undefined);
  });

  test('a raw block keeps its body text and ranges, and the file is not fully understood', () => {
    const parsed = parseNginx('access_by_lua_block { if x then return end }');
    const [raw] = parsed.ast.directives;
    assert.equal(raw!.kind, 'raw');
    assert.equal(raw!.rawBody!.language, 'lua');
    assert.equal(raw!.rawBody!.text, ' if x then return end ');
    assert.equal(at(raw!.rawBody!.range), '0:21-0:43');
    assert.equal(at(raw!.rawBody!.closeRange!), '0:43-0:44');
    assert.equal(parsed.fullyUnderstood, false);
    assert.deepEqual(
      parsed.problems.map((p) => [p.severity, p.message]),
      [['info', '"access_by_lua_block" is not analysed: its body is not nginx configuration.']],
    );
  });

  test('a UTF-8 BOM: read past (positions count it), and reported because nginx refuses it', () => {
    const parsed = parseNginx('\uFEFFuser x;');
    assert.deepEqual(describeAst(parsed.ast.directives), ['simple "user"@0:1-0:8 "x"@0:6-0:7']);
    assert.equal(parsed.ast.hasBom, true);
    assert.deepEqual(
      parsed.problems.map((p) => `${p.severity} ${at(p.range)}`),
      ['error 0:0-0:1'],
    );
    assert.match(parsed.problems[0]!.message, /byte order mark/);
    assert.equal(parseNginx('a;').ast.hasBom, false);
  });

  test('a clean file is fully understood', () => {
    const parsed = parseNginx('http { server { listen 80; } }');
    assert.equal(parsed.fullyUnderstood, true);
    assert.deepEqual(parsed.problems, []);
  });

  test('the format object: id, comment prefix, parse', () => {
    assert.equal(nginxFormat.id, 'nginx');
    assert.equal(nginxFormat.commentPrefix, '#');
    assert.equal(nginxFormat.parse('listen 80;', '/x/nginx.conf').ast.directives[0]!.name, 'listen');
  });
});
