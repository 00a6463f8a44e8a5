import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  effectiveConfig,
  walkEffective,
  type EffectiveNode,
} from '../../../../server/src/formats/nginx/effective.ts';
import {
  effectiveArray,
  effectiveFastcgiParams,
  effectiveHeaders,
  effectiveProxyHeaders,
  entriesNamed,
  findEntry,
  headerNameIs,
  levelOf,
  type EffectiveArray,
} from '../../../../server/src/formats/nginx/headers.ts';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';

/** The block nodes of a config by a label: `location /a` → its node. */
function blocks(
  text: string,
  files: Record<string, string> = {},
  path = 'nginx/nginx.conf',
): Map<string, EffectiveNode> {
  const ws = new MemoryWorkspace('/ws', { [path]: text, ...files });
  const config = effectiveConfig(parseNginx(text).ast, `/ws/${path}`, ws);
  const out = new Map<string, EffectiveNode>();
  walkEffective(config, (node) => {
    if (node.directive.kind !== 'block') return false;
    const label = [node.name, ...node.args.map((a) => a.value)].join(' ');
    if (!out.has(label)) out.set(label, node);
    return undefined;
  });
  return out;
}

/** `Name: value [always] (inherited)` for each entry. */
function show(result: EffectiveArray): string[] {
  return result.entries.map(
    (e) => `${e.name}: ${e.value}${e.always ? ' always' : ''}${e.inherited ? ' (inherited)' : ''}`,
  );
}

describe('add_header inheritance', () => {
  const config = `http {
  add_header X-Frame-Options SAMEORIGIN always;
  add_header X-Content-Type-Options nosniff;
  server {
    location / { }
    location /api {
      add_header Cache-Control no-store;
      location /api/v2 { }
      location /api/v3 { add_header X-V3 1; }
    }
    location /if {
      if ($arg_x) { add_header X-If 1; }
      if ($arg_y) { return 404; }
    }
  }
}`;
  const b = blocks(config);

  test('a level without add_header inherits every outer header, with its source', () => {
    const result = effectiveHeaders(b.get('location /')!);
    assert.deepEqual(show(result), [
      'X-Frame-Options: SAMEORIGIN always (inherited)',
      'X-Content-Type-Options: nosniff (inherited)',
    ]);
    assert.equal(result.entries[0]!.level!.name, 'http');
    assert.equal(result.entries[0]!.node.directive.range.start.line, 1);
    assert.deepEqual(result.dropped, []);
    assert.deepEqual(result.declared, []);
  });

  test('a level that declares one add_header drops all the outer ones', () => {
    const result = effectiveHeaders(b.get('location /api')!);
    assert.deepEqual(show(result), ['Cache-Control: no-store']);
    assert.deepEqual(
      result.dropped.map((e) => e.name),
      ['X-Frame-Options', 'X-Content-Type-Options'],
    );
  });

  test('nested locations inherit from the enclosing location, not from the server', () => {
    assert.deepEqual(show(effectiveHeaders(b.get('location /api/v2')!)), [
      'Cache-Control: no-store (inherited)',
    ]);
    const v3 = effectiveHeaders(b.get('location /api/v3')!);
    assert.deepEqual(show(v3), ['X-V3: 1']);
    assert.deepEqual(
      v3.dropped.map((e) => e.name),
      ['Cache-Control'],
    );
  });

  test('an if block in a location is a level of its own', () => {
    const [withHeader, withoutHeader] = b.get('location /if')!.children.filter((c) => c.name === 'if');
    assert.deepEqual(show(effectiveHeaders(withHeader!)), ['X-If: 1']);
    assert.deepEqual(show(effectiveHeaders(withoutHeader!)), [
      'X-Frame-Options: SAMEORIGIN always (inherited)',
      'X-Content-Type-Options: nosniff (inherited)',
    ]);
  });

  test('asking with a directive inside a level gives that level', () => {
    const ret = b.get('location /if')!.children[1]!.children[0]!;
    assert.equal(ret.name, 'return');
    assert.equal(levelOf(ret)!.name, 'if');
    assert.deepEqual(show(effectiveHeaders(ret)).length, 2);
  });

  test('findEntry is case-insensitive and returns the first; entriesNamed returns all', () => {
    const result = effectiveHeaders(b.get('location /')!);
    assert.equal(findEntry(result.entries, 'x-frame-options')!.value, 'SAMEORIGIN');
    assert.equal(findEntry(result.entries, 'Strict-Transport-Security'), undefined);
    const twice = effectiveHeaders(blocks('server { add_header A 1; add_header a 2; }').get('server')!);
    assert.deepEqual(
      entriesNamed(twice.entries, 'A').map((e) => e.value),
      ['1', '2'],
    );
  });
});

describe('include of a snippet counts where it is included', () => {
  const snippet =
    'add_header X-Content-Type-Options nosniff always;\nadd_header X-Frame-Options DENY always;\n';
  const config = `http {
  server {
    include snippets/security.conf;
    location / { }
    location /download {
      add_header Content-Disposition attachment;
    }
    location /fixed {
      include snippets/security.conf;
      add_header Content-Disposition attachment;
    }
  }
}`;
  const b = blocks(config, { 'nginx/snippets/security.conf': snippet });

  test('at server level the snippet’s headers are declared by the server', () => {
    const result = effectiveHeaders(b.get('server')!);
    assert.deepEqual(show(result), [
      'X-Content-Type-Options: nosniff always',
      'X-Frame-Options: DENY always',
    ]);
    assert.equal(result.entries[0]!.node.file, '/ws/nginx/snippets/security.conf');
    assert.equal(result.entries[0]!.node.via[0]!.directive.args[0]!.value, 'snippets/security.conf');
    assert.deepEqual(show(effectiveHeaders(b.get('location /')!)), [
      'X-Content-Type-Options: nosniff always (inherited)',
      'X-Frame-Options: DENY always (inherited)',
    ]);
  });

  test('a location that adds its own header drops the snippet’s; including the snippet again keeps them', () => {
    const dropped = effectiveHeaders(b.get('location /download')!);
    assert.deepEqual(show(dropped), ['Content-Disposition: attachment']);
    assert.deepEqual(
      dropped.dropped.map((e) => e.name),
      ['X-Content-Type-Options', 'X-Frame-Options'],
    );
    const fixed = effectiveHeaders(b.get('location /fixed')!);
    assert.deepEqual(show(fixed), [
      'X-Content-Type-Options: nosniff always',
      'X-Frame-Options: DENY always',
      'Content-Disposition: attachment',
    ]);
  });
});

describe('add_header_inherit (nginx 1.29.3)', () => {
  test('merge appends the outer effective headers after the level’s own', () => {
    const b = blocks(`http {
  add_header A 1;
  server {
    add_header_inherit merge;
    add_header B 2;
    location / { add_header C 3; }
    location /off { add_header_inherit off; }
    location /on { add_header_inherit on; add_header D 4; }
  }
}`);
    assert.deepEqual(show(effectiveHeaders(b.get('server')!)), ['B: 2', 'A: 1 (inherited)']);
    // The mode is inherited: the location merges too.
    const location = effectiveHeaders(b.get('location /')!);
    assert.equal(location.mode, 'merge');
    assert.equal(location.modeNode!.args[0]!.value, 'merge');
    assert.deepEqual(show(location), ['C: 3', 'B: 2 (inherited)', 'A: 1 (inherited)']);
    // off: nothing is inherited, even by a level that declares nothing.
    const off = effectiveHeaders(b.get('location /off')!);
    assert.deepEqual(show(off), []);
    assert.deepEqual(
      off.dropped.map((e) => e.name),
      ['B', 'A'],
    );
    // on again: the standard rule.
    assert.deepEqual(show(effectiveHeaders(b.get('location /on')!)), ['D: 4']);
  });

  test('merge set at http level applies to every nested level', () => {
    const b = blocks(
      'http { add_header_inherit merge; add_header A 1; server { location / { add_header B 2; } } }',
    );
    assert.deepEqual(show(effectiveHeaders(b.get('location /')!)), ['B: 2', 'A: 1 (inherited)']);
  });

  test('add_header_inherit does not change proxy_set_header inheritance', () => {
    const b = blocks(
      'http { add_header_inherit merge; proxy_set_header Host $host; server { location / { proxy_set_header X-Real-IP $remote_addr; } } }',
    );
    assert.deepEqual(show(effectiveProxyHeaders(b.get('location /')!)), ['X-Real-IP: $remote_addr']);
  });
});

describe('proxy_set_header and fastcgi_param follow the same array inheritance', () => {
  const b = blocks(`http {
  proxy_set_header Host $host;
  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
  server {
    location /a { proxy_pass http://a; }
    location /b { proxy_set_header X-Real-IP $remote_addr; proxy_pass http://b; }
    location ~ \\.php$ {
      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
      fastcgi_param HTTPS on if_not_empty;
      if ($x) { return 403; }
    }
  }
}`);

  test('a location without proxy_set_header inherits; one with it loses the outer ones', () => {
    assert.deepEqual(show(effectiveProxyHeaders(b.get('location /a')!)), [
      'Host: $host (inherited)',
      'X-Forwarded-For: $proxy_add_x_forwarded_for (inherited)',
    ]);
    const lost = effectiveProxyHeaders(b.get('location /b')!);
    assert.deepEqual(show(lost), ['X-Real-IP: $remote_addr']);
    assert.deepEqual(
      lost.dropped.map((e) => e.name),
      ['Host', 'X-Forwarded-For'],
    );
  });

  test('fastcgi_param: if_not_empty flag, and an if block inherits the location’s params', () => {
    const php = effectiveFastcgiParams(b.get('location ~ \\.php$')!);
    assert.deepEqual(
      php.entries.map((e) => [e.name, e.ifNotEmpty]),
      [
        ['SCRIPT_FILENAME', false],
        ['HTTPS', true],
      ],
    );
    const inIf = effectiveFastcgiParams(b.get('location ~ \\.php$')!.children.find((c) => c.name === 'if')!);
    assert.deepEqual(
      inIf.entries.map((e) => `${e.name} ${e.inherited}`),
      ['SCRIPT_FILENAME true', 'HTTPS true'],
    );
  });

  test('effectiveArray works for any array directive', () => {
    const c = blocks('http { uwsgi_param A 1; server { location / { } } }');
    assert.deepEqual(show(effectiveArray(c.get('location /')!, 'uwsgi_param')), ['A: 1 (inherited)']);
  });
});

describe('a sites file sees the http-level headers of the nginx.conf that includes it', () => {
  test('inheritance crosses into nginx.conf', () => {
    const ws = new MemoryWorkspace('/ws', {
      'nginx/nginx.conf':
        'http {\n  add_header Strict-Transport-Security "max-age=31536000" always;\n  include sites-enabled/*.conf;\n}\n',
      'nginx/sites-enabled/app.conf':
        'server {\n  listen 443 ssl;\n  location / { }\n  location /x { add_header X 1; }\n}\n',
    });
    const text = ws.readText('/ws/nginx/sites-enabled/app.conf')!;
    const config = effectiveConfig(parseNginx(text).ast, '/ws/nginx/sites-enabled/app.conf', ws);
    const [root, x] = config.nodes[0]!.children.filter((n) => n.name === 'location');
    const inherited = effectiveHeaders(root!);
    assert.deepEqual(show(inherited), ['Strict-Transport-Security: max-age=31536000 always (inherited)']);
    assert.equal(inherited.entries[0]!.node.path, '/ws/nginx/nginx.conf');
    assert.deepEqual(
      effectiveHeaders(x!).dropped.map((e) => e.name),
      ['Strict-Transport-Security'],
    );
  });
});

test('headerNameIs compares a header name with a lower-case one in any ASCII case', () => {
  assert.equal(headerNameIs('X-Frame-Options', 'x-frame-options'), true);
  assert.equal(headerNameIs('x-frame-options', 'x-frame-options'), true);
  assert.equal(headerNameIs('X-FRAME-OPTIONS', 'x-frame-options'), true);
  assert.equal(headerNameIs('X-Frame-Option', 'x-frame-options'), false);
  assert.equal(headerNameIs('X-Frame-Optionz', 'x-frame-options'), false);
  // `[` and `@` sit next to the upper-case letters: they are not letters to fold.
  assert.equal(headerNameIs('X[', 'x{'), false);
  assert.equal(headerNameIs('@', '`'), false);
  // Beyond ASCII, the case folding of toLowerCase decides.
  assert.equal(headerNameIs('X-Ünï', 'x-ünï'), true);
  // U+0130 lower-cases to two code units: the lengths differ, the names are the same.
  assert.equal(headerNameIs('X-\u0130d', 'X-\u0130d'.toLowerCase()), true);
  assert.equal(headerNameIs('X-Id', 'X-\u0130d'.toLowerCase()), false);
});
