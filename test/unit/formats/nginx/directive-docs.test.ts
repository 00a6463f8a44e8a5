import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Position } from '../../../../server/src/engine/types.ts';
import {
  directiveCompletions,
  directiveHover,
  documentationUrl,
} from '../../../../server/src/formats/nginx/directive-docs.ts';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';

/** The text without its `|` marker, and the marker's position. */
function at(marked: string): { text: string; position: Position } {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'the case needs a | marker');
  const before = marked.slice(0, offset);
  const lines = before.split('\n');
  return {
    text: marked.slice(0, offset) + marked.slice(offset + 1),
    position: { line: lines.length - 1, character: lines[lines.length - 1]!.length },
  };
}

function hover(marked: string) {
  const { text, position } = at(marked);
  return directiveHover(parseNginx(text).ast, position);
}

function labels(marked: string): string[] {
  const { text, position } = at(marked);
  return directiveCompletions(parseNginx(text).ast, position).map((c) => c.label);
}

describe('directiveHover', () => {
  test('an http listen: the http module, its syntax, default, contexts and nginx.org link', () => {
    const result = hover('http {\n    server {\n        lis|ten 443 ssl;\n    }\n}\n');
    assert.ok(result);
    assert.deepEqual(result.range, { start: { line: 2, character: 8 }, end: { line: 2, character: 14 } });
    assert.match(result.markdown, /^\*\*listen\*\* — ngx_http_core_module/);
    assert.match(result.markdown, /\*\*Syntax:\*\* `listen` \*`address`\*/);
    assert.match(result.markdown, /\*\*Default:\*\* `listen \*:80 \| \*:8000;`/);
    assert.match(result.markdown, /\*\*Context:\*\* server/);
    assert.match(result.markdown, /https:\/\/nginx\.org\/en\/docs\/http\/ngx_http_core_module\.html#listen/);
    assert.doesNotMatch(result.markdown, /ngx_stream_core_module|ngx_mail_core_module/);
  });

  test('a stream listen shows the stream module', () => {
    const result = hover('stream {\n    server {\n        listen| 12345;\n    }\n}\n');
    assert.ok(result);
    assert.match(result.markdown, /ngx_stream_core_module/);
    assert.doesNotMatch(result.markdown, /ngx_http_core_module/);
  });

  test('a name at the top of a snippet shows every module that defines it', () => {
    const result = hover('|listen 80;\n');
    assert.ok(result);
    assert.match(result.markdown, /ngx_http_core_module/);
    assert.match(result.markdown, /ngx_stream_core_module/);
  });

  test('core directives link to the core module page, with their description', () => {
    const result = hover('events {\n    worker_connec|tions 1024;\n}\n');
    assert.ok(result);
    assert.match(result.markdown, /ngx_core_module\.html#worker_connections/);
    assert.match(result.markdown, /\*\*Default:\*\* `worker_connections 512;`/);
    assert.match(result.markdown, /connections/);
  });

  test('nothing on arguments, unknown names, map entries and blank space', () => {
    assert.equal(hover('server_tokens o|ff;\n'), undefined);
    assert.equal(hover('frobni|cate on;\n'), undefined);
    assert.equal(hover('map $a $b {\n    list|en 1;\n}\n'), undefined);
    assert.equal(hover('server {\n  |\n}\n'), undefined);
  });

  test('documentation URLs by module', () => {
    assert.equal(
      documentationUrl({ name: 'add_header', module: 'ngx_http_headers_module' }),
      'https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header',
    );
    assert.equal(
      documentationUrl({ name: 'user', module: 'Core functionality' }),
      'https://nginx.org/en/docs/ngx_core_module.html#user',
    );
    assert.equal(
      documentationUrl({ name: 'otel_exporter', module: 'ngx_otel_module' }),
      'https://nginx.org/en/docs/ngx_otel_module.html#otel_exporter',
    );
  });
});

describe('directiveCompletions', () => {
  test('in a location: location directives only', () => {
    const names = labels('http {\n    server {\n        location / {\n            |\n        }\n    }\n}\n');
    for (const name of ['proxy_pass', 'root', 'try_files', 'add_header', 'location', 'if'])
      assert.ok(names.includes(name), name);
    for (const name of ['listen', 'server_name', 'http', 'worker_processes', 'upstream'])
      assert.ok(!names.includes(name), name);
  });

  test('at the top of a main configuration: main directives', () => {
    const names = labels('user www-data;\n|\nevents {}\n');
    for (const name of ['worker_processes', 'http', 'events', 'pid', 'load_module'])
      assert.ok(names.includes(name), name);
    for (const name of ['listen', 'server', 'proxy_pass']) assert.ok(!names.includes(name), name);
  });

  test('at the top of a snippet, whose context is unknown: every directive', () => {
    const names = labels('|\n');
    assert.ok(names.includes('listen'));
    assert.ok(names.includes('worker_processes'));
    assert.ok(names.includes('fastcgi_param'));
  });

  test('in a stream server: stream modules, not http ones', () => {
    const names = labels('stream {\n    server {\n        |\n    }\n}\n');
    assert.ok(names.includes('proxy_pass'));
    assert.ok(names.includes('listen'));
    assert.ok(!names.includes('add_header'));
    assert.ok(!names.includes('location'));
  });

  test('while typing a name at the end of an unfinished block', () => {
    const names = labels('http {\n    server {\n        serv|');
    assert.ok(names.includes('server_name'));
    assert.ok(names.includes('server_tokens'));
    assert.ok(!names.includes('http'));
  });

  test('nothing in arguments, in data blocks, in raw and third-party blocks', () => {
    assert.deepEqual(labels('server {\n    server_tokens o|\n}\n'), []);
    assert.deepEqual(labels('server {\n    location /ap|i {\n    }\n}\n'), []);
    assert.deepEqual(labels('map $a $b {\n    |\n}\n'), []);
    assert.deepEqual(labels('location / {\n    content_by_lua_block {\n        |\n    }\n}\n'), []);
    assert.deepEqual(labels('server {\n    my_module {\n        |\n    }\n}\n'), []);
  });

  test('items carry the module and contexts, and the hover documentation', () => {
    const { text, position } = at('http {\n    |\n}\n');
    const item = directiveCompletions(parseNginx(text).ast, position).find(
      (c) => c.label === 'server_tokens',
    );
    assert.ok(item);
    assert.equal(item.detail, 'ngx_http_core_module · http, server, location');
    assert.match(item.documentation, /\*\*Default:\*\* `server_tokens on;`/);
    const labelsInOrder = directiveCompletions(parseNginx(text).ast, position).map((c) => c.label);
    assert.deepEqual(labelsInOrder, [...labelsInOrder].sort());
  });
});
