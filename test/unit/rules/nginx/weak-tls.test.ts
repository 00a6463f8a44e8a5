import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { weakTls } from '../../../../rules/nginx/weak-tls.ts';
import {
  analyzeCipherString,
  unguardedPostQuantumGroups,
  weakLabels,
} from '../../../../server/src/formats/nginx/semantics-tls.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const MOZILLA_CIPHERS =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305';

describe('OpenSSL cipher strings', () => {
  const cases: [string, string[]][] = [
    ['HIGH:!aNULL:!MD5', []],
    ['HIGH', ['aNULL']],
    ['HIGH:MEDIUM:!aNULL', ['RC4', '3DES', 'MD5']],
    ['DEFAULT', []],
    ['RC4:HIGH:!aNULL:!MD5', ['RC4']],
    ['ALL:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!3DES:!MD5', []],
    // `!ADH` leaves the anonymous ECDH suites, `!SSLv2` removes nothing.
    ['ALL:!ADH:!EXPORT:!SSLv2:RC4+RSA:+HIGH:+MEDIUM', ['aNULL', 'RC4', 'DES', '3DES', 'MD5']],
    ['EECDH+AESGCM:EDH+AESGCM', []],
    ['AES128+EECDH:AES256+EECDH:AES128+EDH:AES256+EDH', []],
    ['kEDH+AESGCM', ['aNULL']],
    ['kEDH+AESGCM:!aNULL', []],
    ['EECDH+AES128:RSA+AES128:EECDH+3DES:RSA+3DES:!MD5', ['3DES']],
    ['ECDHE-RSA-AES256-GCM-SHA384:DES-CBC3-SHA', ['3DES']],
    ['ECDHE-RSA-AES128-SHA:DES-CBC-SHA', ['DES']],
    ['EXP-RC4-MD5', ['EXPORT', 'RC4', 'MD5']],
    ['NULL-SHA256', ['NULL']],
    ['AECDH-AES128-SHA', ['aNULL']],
    // `-X` removes until a later element adds it back; `!X` removes for good.
    ['HIGH:-aNULL:ADH-AES128-SHA', ['aNULL']],
    ['HIGH:!aNULL:ADH-AES128-SHA', []],
    ['ECDHE-ECDSA-AES128-GCM-SHA256 ECDHE-RSA-AES128-GCM-SHA256', []],
    [MOZILLA_CIPHERS, []],
    ['HIGH:!aNULL:@STRENGTH', []],
    ['', []],
  ];
  for (const [value, expected] of cases) {
    test(`${value || '(empty)'} → ${expected.join(', ') || 'nothing weak'}`, () => {
      assert.deepEqual(weakLabels(analyzeCipherString(value).weak), expected);
    });
  }

  test('the source of each weak family is the element that brought it', () => {
    const { sources } = analyzeCipherString('HIGH:!aNULL:RC4-SHA:DES-CBC3-SHA');
    assert.equal(sources.get('RC4'), 'RC4-SHA');
    assert.equal(sources.get('3DES'), 'DES-CBC3-SHA');
  });

  test('post-quantum groups need the ? prefix', () => {
    assert.deepEqual(unguardedPostQuantumGroups('X25519MLKEM768:X25519:prime256v1'), ['X25519MLKEM768']);
    assert.deepEqual(unguardedPostQuantumGroups('?X25519MLKEM768:X25519'), []);
    assert.deepEqual(unguardedPostQuantumGroups('x25519kyber768draft00:X25519'), ['x25519kyber768draft00']);
    assert.deepEqual(unguardedPostQuantumGroups('X25519:prime256v1:secp384r1'), []);
  });
});

testRule(weakTls, {
  valid: [
    'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2 TLSv1.3;\n}\n',
    'server {\n    ssl_protocols TLSv1.3;\n}\n',
    `server {\n    ssl_ciphers ${MOZILLA_CIPHERS};\n    ssl_prefer_server_ciphers off;\n}\n`,
    { name: "nginx's default cipher string", code: 'http {\n    ssl_ciphers HIGH:!aNULL:!MD5;\n}\n' },
    {
      name: 'a security level raised, not lowered',
      code: 'http {\n    ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=2;\n}\n',
    },
    {
      name: 'ssl_ciphers does not apply when only TLS 1.3 is enabled (inherited from http)',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nhttp {\n    ssl_protocols TLSv1.3;\n    server {\n        ssl_ciphers RC4-SHA;\n    }\n}\n',
    },
    { name: 'a guarded post-quantum group', code: 'ssl_ecdh_curve ?X25519MLKEM768:X25519;\n' },
    {
      name: 'no ssl_protocols: the defaults of current nginx and OpenSSL are fine',
      code: 'server {\n    listen 443 ssl;\n}\n',
    },
    {
      name: 'a weak setting in an included snippet is reported by the snippet itself',
      code: 'server {\n    include snippets/tls.conf;\n}\n',
      files: { 'etc/nginx/snippets/tls.conf': 'ssl_protocols TLSv1 TLSv1.2;\n' },
    },
  ],
  invalid: [
    {
      // nginx 1.22.1 with OpenSSL 3: a TLSv1 handshake naming this server was refused, while the
      // same line in the socket's default server let TLSv1 in.
      name: 'deprecated protocols in a server that is not its socket’s default',
      code: 'server {\n    listen 443 ssl default_server;\n    ssl_protocols TLSv1.2 TLSv1.3;\n}\nserver {\n    listen 443 ssl;\n    server_name b.example;\n    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n}\n',
      errors: [
        {
          messageId: 'protocolsLatent',
          line: 8,
          column: 5,
          message: /lists TLSv1, TLSv1\.1, .*enables them as soon as this server becomes the default/,
          severity: 'warning',
        },
      ],
      output:
        'server {\n    listen 443 ssl default_server;\n    ssl_protocols TLSv1.2 TLSv1.3;\n}\nserver {\n    listen 443 ssl;\n    server_name b.example;\n    ssl_protocols TLSv1.2 TLSv1.3;\n}\n',
    },
    {
      code: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n}\n',
      errors: [
        {
          messageId: 'protocols',
          line: 3,
          column: 5,
          message: /enables TLSv1, TLSv1\.1: these versions are deprecated/,
          severity: 'warning',
        },
      ],
      output: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2 TLSv1.3;\n}\n',
    },
    {
      name: 'SSLv3 in http',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nhttp {\n\tssl_protocols SSLv3 TLSv1.2;\n}\n',
      errors: [{ messageId: 'protocols', line: 3, column: 2, message: /enables SSLv3:/ }],
      output: 'events {}\nhttp {\n\tssl_protocols TLSv1.2 TLSv1.3;\n}\n',
    },
    {
      name: 'weak ciphers with server preference: both rewritten to the Mozilla values',
      code: 'server {\n    ssl_ciphers "HIGH:MEDIUM:!aNULL";\n    ssl_prefer_server_ciphers on;\n}\n',
      errors: [{ messageId: 'ciphers', line: 2, column: 5, message: /leaves RC4, 3DES, MD5 cipher suites/ }],
      output: `server {\n    ssl_ciphers ${MOZILLA_CIPHERS};\n    ssl_prefer_server_ciphers off;\n}\n`,
    },
    {
      // VuFind's round-10 helper: nginx 1.22.1 completed a TLS 1.0 handshake with this list in a
      // server whose socket's default server sets no ssl_protocols.
      name: "strong suites that end in @SECLEVEL=0 (Mozilla's old profile)",
      code: 'server {\n    ssl_protocols TLSv1.2 TLSv1.3;\n    ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA:@SECLEVEL=0;\n}\n',
      errors: [{ messageId: 'securityLevel', line: 3, column: 5, message: /sets `@SECLEVEL=0`/ }],
      output: `server {\n    ssl_protocols TLSv1.2 TLSv1.3;\n    ssl_ciphers ${MOZILLA_CIPHERS};\n}\n`,
    },
    {
      name: 'HIGH alone includes the anonymous suites',
      code: 'server {\n    ssl_ciphers HIGH;\n}\n',
      errors: [{ messageId: 'ciphers', line: 2, column: 5, message: /leaves aNULL cipher suites/ }],
      output: `server {\n    ssl_ciphers ${MOZILLA_CIPHERS};\n}\n`,
    },
    {
      name: 'a 3DES suite at the end of an otherwise good list',
      code: 'ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA;\n',
      path: 'etc/nginx/snippets/ssl-params.conf',
      errors: [{ messageId: 'ciphers', line: 1, column: 1, message: /3DES/ }],
      output: `ssl_ciphers ${MOZILLA_CIPHERS};\n`,
    },
    {
      name: 'stream and mail TLS too',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nstream {\n    server {\n        listen 993 ssl;\n        ssl_protocols TLSv1.1 TLSv1.2;\n    }\n}\n',
      errors: [{ messageId: 'protocols', line: 5, column: 9 }],
      output:
        'events {}\nstream {\n    server {\n        listen 993 ssl;\n        ssl_protocols TLSv1.2 TLSv1.3;\n    }\n}\n',
    },
    {
      name: 'post-quantum group without ?: info, no fix',
      code: 'server {\n    ssl_ecdh_curve X25519MLKEM768:X25519:prime256v1:secp384r1;\n}\n',
      errors: [
        { messageId: 'postQuantumGroup', line: 2, column: 5, severity: 'info', message: /X25519MLKEM768/ },
      ],
      output: null,
    },
    {
      name: 'protocols and ciphers in one server',
      code: 'server {\n    ssl_protocols TLSv1 TLSv1.2;\n    ssl_ciphers RC4-SHA:AES128-SHA;\n}\n',
      errors: [
        { messageId: 'protocols', line: 2, column: 5 },
        { messageId: 'ciphers', line: 3, column: 5, message: /RC4/ },
      ],
      output: `server {\n    ssl_protocols TLSv1.2 TLSv1.3;\n    ssl_ciphers ${MOZILLA_CIPHERS};\n}\n`,
    },
  ],
});
