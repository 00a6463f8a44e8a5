import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveConfig } from '../../../../server/src/formats/nginx/effective.ts';
import { locationInfo, locationsOf, matchLocation } from '../../../../server/src/formats/nginx/locations.ts';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';
import { serverBlocks } from '../../../../server/src/formats/nginx/server-blocks.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';

function server(text: string, files: Record<string, string> = {}) {
  const ws = new MemoryWorkspace('/ws', { 'site.conf': text, ...files });
  const config = effectiveConfig(parseNginx(text).ast, '/ws/site.conf', ws);
  return serverBlocks(config)[0]!;
}

/** The matched location as `modifier pattern` (or `none`) and how it matched. */
function served(block: ReturnType<typeof server>, uri: string): string {
  const m = matchLocation(block, uri);
  if (!m.location) return 'none';
  const { modifier, pattern } = m.location;
  return `${modifier ? `${modifier} ` : ''}${pattern} [${m.kind}]`;
}

describe('location matching follows nginx’s order', () => {
  // The example of the `location` documentation, with the answers it gives.
  const docs = server(`server {
  location = / { }
  location / { }
  location /documents/ { }
  location ^~ /images/ { }
  location ~* \\.(gif|jpg|jpeg)$ { }
}`);

  test('the documentation’s example', () => {
    assert.equal(served(docs, '/'), '= / [exact]');
    assert.equal(served(docs, '/index.html'), '/ [prefix]');
    assert.equal(served(docs, '/documents/document.html'), '/documents/ [prefix]');
    assert.equal(served(docs, '/images/1.gif'), '^~ /images/ [prefix]');
    assert.equal(served(docs, '/documents/1.jpg'), '~* \\.(gif|jpg|jpeg)$ [regex]');
    assert.equal(served(docs, '/documents/1.JPG'), '~* \\.(gif|jpg|jpeg)$ [regex]');
  });

  test('regexes are tried in file order, the first match wins; ~ is case-sensitive', () => {
    const s = server(`server {
  location ~ \\.php$ { }
  location ~ ^/uploads/ { }
  location ~ \\.PHP$ { }
}`);
    assert.equal(served(s, '/uploads/x.php'), '~ \\.php$ [regex]');
    assert.equal(served(s, '/uploads/x.txt'), '~ ^/uploads/ [regex]');
    assert.equal(served(s, '/a.PHP'), '~ \\.PHP$ [regex]');
    assert.equal(served(s, '/a.Php'), 'none');
  });

  test('a deny location for uploads only protects when it comes first (or is ^~)', () => {
    const late = server(`server {
  location ~ \\.php$ { fastcgi_pass php; }
  location ~ ^/uploads/.*\\.php$ { deny all; }
}`);
    assert.equal(served(late, '/uploads/x.php'), '~ \\.php$ [regex]');
    const prefix = server(`server {
  location ^~ /uploads/ { deny all; }
  location ~ \\.php$ { fastcgi_pass php; }
}`);
    assert.equal(served(prefix, '/uploads/x.php'), '^~ /uploads/ [prefix]');
    const plainPrefix = server(`server {
  location /uploads/ { deny all; }
  location ~ \\.php$ { fastcgi_pass php; }
}`);
    assert.equal(served(plainPrefix, '/uploads/x.php'), '~ \\.php$ [regex]');
  });

  test('the longest prefix is remembered, whatever the order', () => {
    const s = server('server { location /a/b/ { } location /a/ { } location /a/b/c { } }');
    assert.equal(served(s, '/a/b/c/d'), '/a/b/c [prefix]');
    assert.equal(served(s, '/a/b/x'), '/a/b/ [prefix]');
    assert.equal(served(s, '/a/x'), '/a/ [prefix]');
    assert.equal(served(s, '/z'), 'none');
  });

  test('= only matches the exact URI', () => {
    const s = server('server { location = /login { } location / { } }');
    assert.equal(served(s, '/login'), '= /login [exact]');
    assert.equal(served(s, '/login/x'), '/ [prefix]');
  });

  test('nested locations: a nested regex wins over the outer regexes; an outer ^~ stops outer regexes only', () => {
    const s = server(`server {
  location /app/ {
    location ~ \\.php$ { }
    location /app/static/ { }
  }
  location ^~ /assets/ {
    location ~ \\.map$ { }
  }
  location ~ \\.(php|map)$ { }
}`);
    // Nested regex of the longest prefix first.
    assert.equal(served(s, '/app/x.php'), '~ \\.php$ [regex]');
    assert.equal(matchLocation(s, '/app/x.php').location!.node.parent!.args[0]!.value, '/app/');
    // The nested prefix, then the outer regex (the nested level found no regex).
    assert.equal(served(s, '/app/static/a.map'), '~ \\.(php|map)$ [regex]');
    assert.equal(served(s, '/app/static/a.css'), '/app/static/ [prefix]');
    // ^~ at the outer level: outer regexes are skipped, nested ones still apply.
    assert.equal(served(s, '/assets/a.map'), '~ \\.map$ [regex]');
    assert.equal(served(s, '/assets/a.php'), '^~ /assets/ [prefix]');
  });

  test('a matched regex location’s own nested locations are searched', () => {
    const s = server(`server {
  location ~ ^/api/ {
    location = /api/health { }
    location ~ \\.json$ { }
  }
}`);
    assert.equal(served(s, '/api/health'), '= /api/health [exact]');
    assert.equal(served(s, '/api/x.json'), '~ \\.json$ [regex]');
    assert.equal(served(s, '/api/x'), '~ ^/api/ [regex]');
  });

  test('named locations never serve a URI; captures are returned', () => {
    const s = server('server { location @fallback { } location ~ ^/u/(\\w+)/(\\d+)$ { } }');
    assert.equal(served(s, '/@fallback'), 'none');
    assert.deepEqual(matchLocation(s, '/u/bob/42').captures, ['bob', '42']);
  });

  test('locations brought in by an include take part in the order where the include is', () => {
    const s = server('server {\n  include deny-uploads.conf;\n  location ~ \\.php$ { }\n}', {
      'deny-uploads.conf': 'location ~ ^/uploads/.*\\.php$ { deny all; }\n',
    });
    assert.equal(served(s, '/uploads/a.php'), '~ ^/uploads/.*\\.php$ [regex]');
    assert.equal(matchLocation(s, '/uploads/a.php').location!.node.file, '/ws/deny-uploads.conf');
  });

  test('PCRE syntax: named groups, (?i), \\A/\\z; an invalid regex never matches', () => {
    const s = server(`server {
  location ~ "^/(?P<name>[a-z]+)\\z" { }
  location ~ "(?i)^/CASE" { }
  location ~ "^/broken(" { }
  location / { }
}`);
    assert.equal(served(s, '/abc'), '~ ^/(?P<name>[a-z]+)\\z [regex]');
    assert.equal(served(s, '/CaSe'), '~ (?i)^/CASE [regex]');
    assert.equal(served(s, '/broken('), '/ [prefix]');
    const broken = locationsOf(s).find((l) => l.pattern === '^/broken(')!;
    assert.equal(broken.compiled, undefined);
  });

  test('a regex that can backtrack exponentially is not run on a long URI; the answer says so', () => {
    const s = server('server { location ~ "^/(a+)+$" { } location / { } }');
    const short = matchLocation(s, '/aaaa');
    assert.equal(short.kind, 'regex');
    assert.equal(short.uncertain, false);
    const long = matchLocation(s, `/${'a'.repeat(40)}!`);
    assert.equal(long.kind, 'prefix');
    assert.equal(long.uncertain, true);
  });
});

describe('locationInfo', () => {
  test('modifiers, separate or glued', () => {
    const s = server(
      'server { location = /a { } location ~*\\.js$ { } location ^~/b { } location @n { } location /c { } }',
    );
    assert.deepEqual(
      locationsOf(s).map((l) => [l.modifier, l.pattern, l.isRegex]),
      [
        ['=', '/a', false],
        ['~*', '\\.js$', true],
        ['^~', '/b', false],
        ['@', 'n', false],
        ['', '/c', false],
      ],
    );
  });

  test('not a location nginx accepts', () => {
    const s = server('server { location { } location a b c { } location bad /x { } listen 80; }');
    assert.deepEqual(
      s.children.map((c) => locationInfo(c)),
      [undefined, undefined, undefined, undefined],
    );
  });
});
