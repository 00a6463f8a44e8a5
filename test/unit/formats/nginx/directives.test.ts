import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allowedContexts,
  contextName,
  directiveInfo,
  isAllowedIn,
  isDataBlock,
  isKnownDirective,
  protocolOf,
} from '../../../../server/src/formats/nginx/directives.ts';

test('directiveInfo: the official documentation of a directive', () => {
  const info = directiveInfo('add_header')!;
  assert.equal(info.variants.length, 1);
  const [v] = info.variants;
  assert.equal(v!.module, 'ngx_http_headers_module');
  assert.deepEqual(v!.contexts, ['http', 'server', 'location', 'if in location']);
  assert.deepEqual(v!.syntax, ['*`name`* *`value`* [`always`]']);
  assert.match(v!.description, /inherited from the previous configuration level/);
  assert.equal(info.isBlock, false);
  assert.equal(directiveInfo('location')!.isBlock, true);
  assert.equal(directiveInfo('no_such_directive'), undefined);
});

test('a name defined by several modules has one variant per module and the union of contexts', () => {
  const listen = directiveInfo('listen')!;
  assert.deepEqual(listen.variants.map((v) => v.module).sort(), [
    'ngx_http_core_module',
    'ngx_mail_core_module',
    'ngx_stream_core_module',
  ]);
  assert.deepEqual(allowedContexts('listen'), ['server']);
  assert.ok(allowedContexts('server').includes('upstream'));
  assert.ok(allowedContexts('server').includes('stream'));
});

test('isKnownDirective: core, http, stream and mail directives; not map keys or third-party ones', () => {
  for (const name of [
    'include',
    'server_tokens',
    'proxy_pass',
    'add_header_inherit',
    'ssl_protocols',
    'worker_processes',
  ]) {
    assert.equal(isKnownDirective(name), true, name);
  }
  for (const name of ['default', 'hostnames', 'content_by_lua_block', 'more_set_headers', 'text/html']) {
    assert.equal(isKnownDirective(name), false, name);
  }
});

test('contexts: names as the documentation writes them, `if in location`, protocols', () => {
  assert.equal(contextName([]), 'main');
  assert.equal(contextName(['http', 'server']), 'server');
  assert.equal(contextName(['http', 'server', 'location', 'if']), 'if in location');
  assert.equal(contextName(['http', 'server', 'if']), 'if');
  assert.equal(protocolOf(['stream', 'server']), 'stream');
  assert.equal(protocolOf(['server']), undefined);
});

test('isAllowedIn: by protocol and context; data blocks and include are special', () => {
  assert.equal(isAllowedIn('add_header', ['http', 'server', 'location', 'if']), true);
  assert.equal(isAllowedIn('add_header', ['http', 'server', 'if']), false);
  assert.equal(isAllowedIn('listen', ['http']), false);
  assert.equal(isAllowedIn('listen', ['http', 'server']), true);
  assert.equal(isAllowedIn('proxy_pass', ['stream', 'server']), true);
  assert.equal(isAllowedIn('add_header', ['stream', 'server']), false, 'an http directive inside stream');
  assert.equal(isAllowedIn('server', ['http', 'upstream']), true);
  assert.equal(isAllowedIn('server_tokens', []), false);
  assert.equal(isAllowedIn('worker_processes', []), true);
  assert.equal(isAllowedIn('include', ['http', 'map']), undefined);
  assert.equal(isAllowedIn('include', ['http', 'server', 'location']), true);
  assert.equal(isAllowedIn('made_up', ['http']), undefined);
  assert.equal(
    isDataBlock('map') && isDataBlock('types') && isDataBlock('geo') && !isDataBlock('upstream'),
    true,
  );
});
