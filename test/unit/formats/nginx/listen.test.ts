import { test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveConfig } from '../../../../server/src/formats/nginx/effective.ts';
import { parseListen, servesPlainHttp, servesTls } from '../../../../server/src/formats/nginx/listen.ts';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';
import { serverBlocks } from '../../../../server/src/formats/nginx/server-blocks.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';

function listen(args: string) {
  const info = parseListen(parseNginx(`listen ${args};`).ast.directives[0]!)!;
  const flags = (['ssl', 'http2', 'quic', 'defaultServer', 'proxyProtocol', 'reuseport'] as const).filter(
    (f) => info[f],
  );
  return { kind: info.kind, host: info.host, port: info.port, unix: info.unixPath, flags };
}

test('addresses: port only, host:port, host only (port 80), *:port, IPv6, unix sockets', () => {
  assert.deepEqual(listen('443 ssl'), {
    kind: 'inet',
    host: '*',
    port: 443,
    unix: undefined,
    flags: ['ssl'],
  });
  assert.deepEqual(listen('127.0.0.1:8080'), {
    kind: 'inet',
    host: '127.0.0.1',
    port: 8080,
    unix: undefined,
    flags: [],
  });
  assert.deepEqual(listen('localhost'), {
    kind: 'inet',
    host: 'localhost',
    port: 80,
    unix: undefined,
    flags: [],
  });
  assert.deepEqual(listen('*:80 default_server'), {
    kind: 'inet',
    host: '*',
    port: 80,
    unix: undefined,
    flags: ['defaultServer'],
  });
  assert.deepEqual(listen('[::]:443 ssl http2'), {
    kind: 'inet6',
    host: '::',
    port: 443,
    unix: undefined,
    flags: ['ssl', 'http2'],
  });
  assert.deepEqual(listen('[::1]'), { kind: 'inet6', host: '::1', port: 80, unix: undefined, flags: [] });
  assert.deepEqual(listen('unix:/run/nginx.sock proxy_protocol'), {
    kind: 'unix',
    host: '',
    port: undefined,
    unix: '/run/nginx.sock',
    flags: ['proxyProtocol'],
  });
  assert.deepEqual(listen('443 quic reuseport'), {
    kind: 'inet',
    host: '*',
    port: 443,
    unix: undefined,
    flags: ['quic', 'reuseport'],
  });
  assert.deepEqual(listen('80 default'), {
    kind: 'inet',
    host: '*',
    port: 80,
    unix: undefined,
    flags: ['defaultServer'],
  });
  assert.equal(listen('99999').port, undefined);
});

test('valued parameters and unknown ones', () => {
  const info = parseListen(parseNginx('listen 443 ssl backlog=511 ipv6only=on fastest;').ast.directives[0]!)!;
  assert.equal(info.parameters.get('backlog'), '511');
  assert.equal(info.parameters.get('ipv6only'), 'on');
  assert.deepEqual(
    info.unknownParameters.map((a) => a.value),
    ['fastest'],
  );
  assert.equal(parseListen(parseNginx('listen;').ast.directives[0]!), undefined);
  assert.equal(parseListen(parseNginx('root /x;').ast.directives[0]!), undefined);
});

test('servesTls / servesPlainHttp, through includes and with the old `ssl on`', () => {
  const ws = new MemoryWorkspace('/ws', {
    'site.conf': [
      'server { listen 80; }',
      'server { listen 443 ssl; listen 80; }',
      'server { include tls.conf; }',
      'server { listen 443; ssl on; }',
      'server { server_name x; }',
      'server { listen 443 quic; }',
    ].join('\n'),
    'tls.conf': 'listen [::]:443 ssl;\n',
  });
  const config = effectiveConfig(parseNginx(ws.readText('/ws/site.conf')!).ast, '/ws/site.conf', ws);
  assert.deepEqual(
    serverBlocks(config).map((s) => [servesTls(s), servesPlainHttp(s)]),
    [
      [false, true],
      [true, true],
      [true, false],
      [true, false],
      [false, true],
      [true, false],
    ],
  );
});
