import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolverExternal } from '../../../../rules/nginx/resolver-external.ts';
import { isLocalNameServer } from '../../../../server/src/formats/nginx/semantics-resolvers.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

describe('local name servers', () => {
  const local = [
    '127.0.0.1',
    '127.0.0.53',
    '127.0.0.11:53',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.253',
    '100.100.100.100',
    '::1',
    '[::1]:5353',
    'fd00::53',
    'fe80::1',
    'fea0:abcd:1234::1',
    'dnsmasq',
    'localhost',
    'dns.internal',
    'kube-dns.kube-system.svc.cluster.local',
    'router.lan',
  ];
  const external = [
    '8.8.8.8',
    '1.1.1.1:53',
    '172.32.0.1',
    '100.128.0.1',
    '2001:4860:4860::8888',
    '[2606:4700::1111]:53',
    'dns.google',
    'resolver.example.com',
  ];
  for (const address of local)
    test(`${address} is local`, () => assert.equal(isLocalNameServer(address), true));
  for (const address of external)
    test(`${address} is external`, () => assert.equal(isLocalNameServer(address), false));
});

testRule(resolverExternal, {
  valid: [
    'resolver 127.0.0.1 valid=30s ipv6=off;\n',
    'server {\n    resolver 10.0.0.2 [fd00::2]:53;\n}\n',
    { name: 'Docker embedded DNS', code: 'resolver 127.0.0.11 valid=10s;\n' },
    { name: 'a map entry', code: 'map $a $b {\n    resolver 8.8.8.8;\n}\n' },
  ],
  invalid: [
    {
      code: 'resolver 8.8.8.8;\n',
      errors: [
        {
          messageId: 'external',
          line: 1,
          column: 1,
          severity: 'warning',
          message: /queries 8\.8\.8\.8 across the internet/,
        },
      ],
      output: null,
    },
    {
      name: 'only the external ones are named',
      code: 'server {\n    resolver 127.0.0.1 1.1.1.1 [2606:4700:4700::1111] valid=300s;\n}\n',
      errors: [
        {
          messageId: 'external',
          line: 2,
          column: 5,
          message: /queries 1\.1\.1\.1, \[2606:4700:4700::1111\] across/,
        },
      ],
    },
  ],
});
