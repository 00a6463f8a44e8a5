import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostScope, type HostScope } from '../../../../../server/src/formats/dotenv/semantics/host-scope.ts';

const cases: [string, HostScope][] = [
  ['0.0.0.0', 'any'],
  ['::', 'any'],
  ['[::]', 'any'],
  ['127.0.0.1', 'loopback'],
  ['127.10.0.1', 'loopback'],
  ['::1', 'loopback'],
  ['[::1]', 'loopback'],
  ['localhost', 'loopback'],
  ['app.localhost', 'loopback'],
  ['10.0.4.12', 'private'],
  ['172.16.0.5', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.1.10', 'private'],
  ['169.254.1.1', 'private'],
  ['100.64.0.1', 'private'],
  ['fd00::1', 'private'],
  ['fe80::1', 'private'],
  ['::ffff:10.0.0.1', 'private'],
  ['172.32.0.1', 'public-ip'],
  ['203.0.113.9', 'public-ip'],
  ['8.8.8.8', 'public-ip'],
  ['2001:db8::1', 'public-ip'],
  ['[2001:db8::1]', 'public-ip'],
  ['db', 'local-name'],
  ['elasticsearch', 'local-name'],
  ['db.internal', 'local-name'],
  ['nas.local', 'local-name'],
  ['router.home.arpa', 'local-name'],
  ['campus.example.org', 'name'],
  ['999.1.1.1', 'name'],
];

for (const [host, scope] of cases) test(`${host} is ${scope}`, () => assert.equal(hostScope(host), scope));
