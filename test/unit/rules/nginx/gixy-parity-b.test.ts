/**
 * Parity with Gixy and gixy-ng for group B (TLS, disclosure, access, resolvers, performance
 * and style). Two parts:
 * - Gixy's own fixtures from ../shared/corpus (`tests/plugins/simply/<plugin>/`): every `*.conf`
 *   of a group B plugin must make the matching rule fire, every `*_fp.conf` must leave it silent.
 *   The corpus holds yandex/gixy's fixtures, which have no folder for these plugins today; the
 *   test runs them as soon as one appears.
 * - Cases written for Harden after each gixy-ng plugin's semantics (its source read, nothing
 *   copied): what the plugin reports must fire, what it leaves alone must stay silent, in the
 *   same file layout (a `conf.d` file read without an nginx.conf).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { defaultServer } from '../../../../rules/nginx/default-server.ts';
import { hashDefault } from '../../../../rules/nginx/hash-default.ts';
import { http2MisdirectedRequest } from '../../../../rules/nginx/http2-misdirected-request.ts';
import { lowKeepalive } from '../../../../rules/nginx/low-keepalive.ts';
import { missingResolver } from '../../../../rules/nginx/missing-resolver.ts';
import { ocspStaplingResolver } from '../../../../rules/nginx/ocsp-stapling-resolver.ts';
import { quicReuseport } from '../../../../rules/nginx/quic-reuseport.ts';
import { resolverExternal } from '../../../../rules/nginx/resolver-external.ts';
import { serverTokens } from '../../../../rules/nginx/server-tokens.ts';
import { statusExposed } from '../../../../rules/nginx/status-exposed.ts';
import { weakTls } from '../../../../rules/nginx/weak-tls.ts';
import { workerLimits } from '../../../../rules/nginx/worker-limits.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import type { AnyRule } from '../../../../server/src/engine/rule.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';
import { REPO_ROOT } from '../../../helpers/rule-docs.ts';

const FIXTURES = path.join(REPO_ROOT, '..', 'shared', 'corpus', 'yandex-gixy', 'tests', 'plugins', 'simply');

/** Group B's Gixy / gixy-ng plugins and the Harden rule that answers each. */
const GROUP_B: Record<string, AnyRule> = {
  default_server_flag: defaultServer,
  hash_without_default: hashDefault,
  http2_misdirected_request: http2MisdirectedRequest,
  low_keepalive_requests: lowKeepalive,
  missing_resolver: missingResolver,
  quic_reuseport: quicReuseport,
  resolver_external: resolverExternal,
  ssl_ecdh_curve: weakTls,
  ssl_stapling_without_resolver: ocspStaplingResolver,
  status_page_exposed: statusExposed,
  version_disclosure: serverTokens,
  weak_ssl_tls: weakTls,
  worker_rlimit_nofile_vs_connections: workerLimits,
};

function lint(rule: AnyRule, name: string, text: string) {
  const file = `etc/nginx/conf.d/${name}`;
  const config = defaultConfig();
  config.rules[rule.meta.id] = { severity: rule.meta.severity };
  const result = new Linter([rule], FORMATS).lint(
    { path: `/ws/${file}`, text, format: 'nginx' },
    { config, workspace: new MemoryWorkspace('/ws', { [file]: text }) },
  );
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

function expectFires(rule: AnyRule, name: string, text: string): void {
  assert.ok(lint(rule, name, text).length > 0, `expected ${rule.meta.id} to fire on ${name}`);
}

function expectSilent(rule: AnyRule, name: string, text: string): void {
  assert.deepEqual(
    lint(rule, name, text).map((f) => f.message),
    [],
  );
}

const present = fs.existsSync(FIXTURES);

describe(
  'Gixy fixture parity, group B (corpus)',
  { skip: !present && 'no ../shared/corpus/yandex-gixy' },
  () => {
    const dirs = present
      ? fs.readdirSync(FIXTURES).filter((d) => fs.statSync(path.join(FIXTURES, d)).isDirectory())
      : [];
    // yandex/gixy ships no fixtures for these plugins (gixy-ng's are not in the corpus): they run when added.
    const mine = dirs.filter((d) => d in GROUP_B);

    for (const plugin of mine) {
      const rule = GROUP_B[plugin]!;
      const dir = path.join(FIXTURES, plugin);
      const files = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.conf'))
        .sort();
      describe(`${plugin} → ${rule.meta.id}`, () => {
        for (const name of files) {
          const text = fs.readFileSync(path.join(dir, name), 'utf8');
          const silent = name.endsWith('_fp.conf');
          test(`${name} ${silent ? 'stays silent' : 'fires'}`, () =>
            silent ? expectSilent(rule, name, text) : expectFires(rule, name, text));
        }
      });
    }
  },
);

interface ParityCase {
  name: string;
  code: string;
}

/** Cases after each gixy-ng plugin's semantics: `fires` are what it reports, `silent` what it does not. */
const CASES: Record<keyof typeof GROUP_B, { fires: ParityCase[]; silent: ParityCase[] }> = {
  version_disclosure: {
    fires: [
      { name: 'on', code: 'server_tokens on;\n' },
      { name: 'build', code: 'http {\n    server_tokens build;\n}\n' },
      {
        name: 'a server without it in a full config',
        code: 'http {\n    server {\n        listen 80;\n    }\n}\n',
      },
    ],
    silent: [
      { name: 'off', code: 'server_tokens off;\n' },
      {
        name: 'off in http covers its servers',
        code: 'http {\n    server_tokens off;\n    server {\n        listen 80;\n    }\n}\n',
      },
    ],
  },
  resolver_external: {
    fires: [
      { name: 'a public resolver', code: 'resolver 9.9.9.9;\n' },
      { name: 'a public one among local ones', code: 'resolver 127.0.0.1 8.8.4.4 valid=10s;\n' },
      { name: 'a public IPv6 resolver', code: 'resolver [2001:4860:4860::8844];\n' },
    ],
    silent: [
      { name: 'loopback', code: 'resolver 127.0.0.53;\n' },
      { name: 'private', code: 'resolver 192.168.10.1 172.20.0.1;\n' },
      { name: 'link-local', code: 'resolver 169.254.169.254;\n' },
      { name: 'internal name', code: 'resolver ns.corp.internal;\n' },
      { name: 'loopback IPv6 with port', code: 'resolver [::1]:5353;\n' },
      { name: 'link-local IPv6', code: 'resolver fe80::53;\n' },
    ],
  },
  default_server_flag: {
    fires: [
      {
        name: 'two servers on one port',
        code: 'http {\n    server {\n        listen 8000;\n        server_name one.test;\n    }\n    server {\n        listen 8000;\n        server_name two.test;\n    }\n}\n',
      },
      {
        name: 'an upstream beside them changes nothing',
        code: 'http {\n    upstream u {\n        server 127.0.0.1:9001;\n    }\n    server {\n        listen 443 ssl;\n    }\n    server {\n        listen 443 ssl;\n    }\n}\n',
      },
    ],
    silent: [
      {
        name: 'one is default_server',
        code: 'http {\n    server {\n        listen 8000;\n    }\n    server {\n        listen 8000 default_server;\n    }\n}\n',
      },
      { name: 'one server', code: 'http {\n    server {\n        listen 8000;\n    }\n}\n' },
    ],
  },
  hash_without_default: {
    fires: [
      {
        name: 'map with two entries',
        code: 'http {\n    map $uri $flag {\n        /a 1;\n        /b 2;\n    }\n}\n',
      },
      {
        name: 'geo without default',
        code: 'http {\n    geo $office {\n        192.168.0.0/16 1;\n    }\n}\n',
      },
    ],
    silent: [
      {
        name: 'map with default',
        code: 'http {\n    map $uri $flag {\n        default 0;\n        /a 1;\n    }\n}\n',
      },
      { name: 'geo with default', code: 'http {\n    geo $office {\n        default 0;\n    }\n}\n' },
      {
        name: 'single-entry map',
        code: 'http {\n    map $request_method $k {\n        PUT $binary_remote_addr;\n    }\n}\n',
      },
    ],
  },
  low_keepalive_requests: {
    fires: [{ name: 'low', code: 'keepalive_requests 500;\n' }],
    silent: [{ name: 'the default', code: 'keepalive_requests 1000;\n' }],
  },
  worker_rlimit_nofile_vs_connections: {
    fires: [
      { name: 'missing', code: 'worker_connections 2048;\n' },
      { name: 'too low', code: 'worker_connections 2048;\nworker_rlimit_nofile 3000;\n' },
    ],
    silent: [{ name: 'twice or more', code: 'worker_connections 2048;\nworker_rlimit_nofile 4096;\n' }],
  },
  missing_resolver: {
    fires: [
      {
        name: 'a set host without resolver',
        code: 'server {\n    location / {\n        set $upstream_host api.example.org;\n        proxy_pass http://$upstream_host;\n    }\n}\n',
      },
    ],
    silent: [
      {
        name: 'with a resolver',
        code: 'server {\n    resolver 10.0.0.2;\n    location / {\n        set $upstream_host api.example.org;\n        proxy_pass http://$upstream_host;\n    }\n}\n',
      },
      {
        name: 'a built-in variable',
        code: 'server {\n    location / {\n        proxy_pass http://$http_x_backend;\n    }\n}\n',
      },
      {
        name: 'an IP address',
        code: 'server {\n    location / {\n        set $b 10.1.1.1;\n        proxy_pass http://$b;\n    }\n}\n',
      },
    ],
  },
  ssl_stapling_without_resolver: {
    fires: [{ name: 'stapling on', code: 'server {\n    listen 443 ssl;\n    ssl_stapling on;\n}\n' }],
    silent: [
      {
        name: 'with a resolver',
        code: 'server {\n    listen 443 ssl;\n    ssl_stapling on;\n    resolver 127.0.0.1;\n}\n',
      },
      { name: 'not a TLS server', code: 'server {\n    listen 8080;\n    ssl_stapling on;\n}\n' },
    ],
  },
  weak_ssl_tls: {
    fires: [
      { name: 'TLS 1.0', code: 'ssl_protocols TLSv1 TLSv1.2;\n' },
      { name: 'SSLv3', code: 'ssl_protocols SSLv3;\n' },
      { name: 'RC4', code: 'ssl_ciphers RC4-SHA:AES128-GCM-SHA256;\n' },
      { name: 'export and NULL', code: 'ssl_ciphers EXP-RC4-MD5:NULL-SHA;\n' },
    ],
    silent: [
      { name: 'modern protocols', code: 'ssl_protocols TLSv1.2 TLSv1.3;\n' },
      { name: 'weak names negated', code: 'ssl_ciphers HIGH:!aNULL:!eNULL:!RC4:!3DES:!MD5:!EXPORT;\n' },
      { name: 'TLS 1.3 only', code: 'ssl_protocols TLSv1.3;\nssl_ciphers RC4-SHA;\n' },
    ],
  },
  ssl_ecdh_curve: {
    fires: [{ name: 'a bare post-quantum group', code: 'ssl_ecdh_curve SecP256r1MLKEM768:prime256v1;\n' }],
    silent: [
      { name: 'guarded with ?', code: 'ssl_ecdh_curve ?SecP256r1MLKEM768:prime256v1;\n' },
      { name: 'classic curves', code: 'ssl_ecdh_curve X25519:prime256v1:secp384r1;\n' },
    ],
  },
  status_page_exposed: {
    fires: [
      {
        name: 'open stub_status',
        code: 'server {\n    listen 80;\n    location /basic_status {\n        stub_status;\n    }\n}\n',
      },
      {
        name: 'allow without deny all',
        code: 'server {\n    listen 80;\n    location /basic_status {\n        stub_status;\n        allow 192.168.1.0/24;\n    }\n}\n',
      },
    ],
    silent: [
      {
        name: 'restricted',
        code: 'server {\n    listen 80;\n    location /basic_status {\n        stub_status;\n        allow 192.168.1.0/24;\n        deny all;\n    }\n}\n',
      },
      {
        name: 'unix socket only',
        code: 'server {\n    listen unix:/run/status.sock;\n    location / {\n        stub_status;\n    }\n}\n',
      },
      {
        name: 'internal location',
        code: 'server {\n    location /s {\n        internal;\n        stub_status;\n    }\n}\n',
      },
    ],
  },
  http2_misdirected_request: {
    fires: [
      {
        name: 'catch-all without 421',
        code: 'http {\n    http2 on;\n    server {\n        listen 443 ssl default_server;\n        ssl_reject_handshake on;\n    }\n}\n',
      },
    ],
    silent: [
      {
        name: 'catch-all with 421',
        code: 'http {\n    http2 on;\n    server {\n        listen 443 ssl default_server;\n        ssl_reject_handshake on;\n        location / {\n            return 421;\n        }\n    }\n}\n',
      },
      {
        name: 'no HTTP/2',
        code: 'http {\n    server {\n        listen 443 ssl default_server;\n        ssl_reject_handshake on;\n    }\n}\n',
      },
    ],
  },
  quic_reuseport: {
    fires: [
      {
        name: 'QUIC without reuseport, several workers',
        code: 'worker_processes auto;\nevents {}\nhttp {\n    server {\n        listen 443 quic;\n        listen 443 ssl;\n    }\n}\n',
      },
    ],
    silent: [
      {
        name: 'with reuseport',
        code: 'worker_processes auto;\nevents {}\nhttp {\n    server {\n        listen 443 quic reuseport;\n        listen 443 ssl;\n    }\n}\n',
      },
    ],
  },
};

describe('gixy-ng parity, group B (cases after each plugin)', () => {
  test('every group B plugin has cases of both kinds', () => {
    for (const plugin of Object.keys(GROUP_B)) {
      const cases = CASES[plugin];
      assert.ok(cases && cases.fires.length > 0 && cases.silent.length > 0, plugin);
    }
  });
  for (const [plugin, rule] of Object.entries(GROUP_B)) {
    describe(`${plugin} → ${rule.meta.id}`, () => {
      const cases = CASES[plugin]!;
      for (const c of cases.fires)
        test(`fires: ${c.name}`, () => expectFires(rule, `${plugin}.conf`, c.code));
      for (const c of cases.silent)
        test(`silent: ${c.name}`, () => expectSilent(rule, `${plugin}_fp.conf`, c.code));
    });
  }
});
