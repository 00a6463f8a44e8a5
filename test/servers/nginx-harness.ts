/**
 * Checks configuration text with the real `nginx -t`, so tests can prove that a quick fix gives
 * a configuration nginx accepts. A snippet is wrapped into a complete configuration at the
 * level its directives belong to (main, `http`, `server` or `location`, judged with the nginx
 * directive reference), with everything nginx would otherwise need from the system replaced by
 * temporary files: pid and log files, a self-signed certificate for every `ssl_*certificate*`
 * path, an `upstream` for every host name a `*_pass` names (nginx -t would resolve it with DNS),
 * and the other files of the test under the same relative paths. Nothing is started: `-t` only
 * reads and checks.
 *
 * `nginxCheckSkipReason()` says why the check cannot run (no nginx binary, no openssl); tests
 * pass it as `skip` so the suite still runs on machines without nginx.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allowedContexts, isKnownDirective } from '../../server/src/formats/nginx/directives.ts';
import { allDirectives } from '../../server/src/formats/nginx/walk.ts';
import { parseNginx } from '../../server/src/formats/nginx/parser.ts';

export const NGINX_BINARY = process.env.HARDEN_NGINX ?? '/usr/sbin/nginx';

export interface NginxCheck {
  ok: boolean;
  /** nginx's output (stderr), for assertion messages. */
  output: string;
  /** The complete configuration that was checked. */
  config: string;
}

export interface NginxCheckOptions {
  /** Other files, relative to the configuration's directory (what relative `include`s read). */
  files?: Record<string, string>;
  /** Force the level the text is placed at instead of guessing it. */
  level?: WrapLevel;
}

export type WrapLevel = 'main' | 'http' | 'server' | 'location';

let skipReason: string | false | undefined;

/** Why `nginx -t` checks cannot run here, or false when they can. */
export function nginxCheckSkipReason(): string | false {
  if (skipReason !== undefined) return skipReason;
  if (!fs.existsSync(NGINX_BINARY)) skipReason = `no nginx binary at ${NGINX_BINARY} (set HARDEN_NGINX)`;
  else if (spawnSync('openssl', ['version']).status !== 0)
    skipReason = 'no openssl to make a test certificate';
  else skipReason = false;
  return skipReason;
}

const TEMP_KINDS = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];

let certificate: { cert: string; key: string } | undefined;

function testCertificate(): { cert: string; key: string } {
  if (certificate) return certificate;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'harden-nginx-cert-'));
  const cert = path.join(dir, 'test.pem');
  const key = path.join(dir, 'test.key');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=test',
      '-days',
      '1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'pipe' },
  );
  certificate = { cert, key };
  return certificate;
}

const LEVEL_CONTEXTS: Record<WrapLevel, string> = {
  main: 'main',
  http: 'http',
  server: 'server',
  location: 'location',
};

/** The outermost level at which every top-level directive of the text is allowed. */
export function levelOf(text: string): WrapLevel {
  const names = parseNginx(text).ast.directives.map((d) => d.name);
  for (const level of ['main', 'http', 'server', 'location'] as const) {
    const context = LEVEL_CONTEXTS[level];
    const fits = names.every((name) => {
      if (name === 'include') return true;
      const contexts = allowedContexts(name);
      return contexts.length === 0 || contexts.includes(context);
    });
    if (fits) return level;
  }
  return 'location';
}

const CERTIFICATE_DIRECTIVES =
  /\b(ssl_certificate|ssl_trusted_certificate|ssl_client_certificate|proxy_ssl_certificate|proxy_ssl_trusted_certificate)(\s+)("[^"]*"|'[^']*'|[^\s;]+)/g;
const KEY_DIRECTIVES = /\b(ssl_certificate_key|proxy_ssl_certificate_key)(\s+)("[^"]*"|'[^']*'|[^\s;]+)/g;
const PASS_HOSTS = /\b(?:proxy|fastcgi|uwsgi|scgi|grpc)_pass\s+(?:[a-z]+:\/\/)?([A-Za-z_][\w.-]*)/g;

/** The text with certificate paths replaced by the test certificate, and the upstreams its `*_pass` hosts need. */
function prepare(text: string): { text: string; upstreams: string[] } {
  const { cert, key } = testCertificate();
  let out = text.replace(
    CERTIFICATE_DIRECTIVES,
    (_m, name: string, space: string) => `${name}${space}${cert}`,
  );
  out = out.replace(KEY_DIRECTIVES, (_m, name: string, space: string) => `${name}${space}${key}`);
  const defined = new Set([...out.matchAll(/\bupstream\s+([\w.-]+)/g)].map((m) => m[1]!));
  const hosts = new Set<string>();
  for (const m of out.matchAll(PASS_HOSTS)) {
    const host = m[1]!;
    if (host === 'localhost' || host === 'unix' || defined.has(host)) continue;
    hosts.add(host);
  }
  return { text: out, upstreams: [...hosts].map((h) => `upstream ${h} {\n    server 127.0.0.1:9;\n}\n`) };
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line.length > 0 ? by + line : line))
    .join('\n');
}

/** The complete configuration for a snippet placed at `level`, with `dir` for pid, logs and temp files. */
export function wrapConfig(text: string, level: WrapLevel, dir: string): string {
  const prepared = prepare(text);
  const temp = TEMP_KINDS.map((kind) => `${kind}_temp_path ${dir}/${kind}_temp;`).join('\n');
  const httpHead = `access_log ${dir}/access.log;\n${temp}\n${prepared.upstreams.join('')}`;
  const main = (body: string) => `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\n${body}`;
  switch (level) {
    case 'main': {
      const hasEvents = /^\s*events\s*\{/m.test(prepared.text);
      const withHttpHead = prepared.text.replace(/^(\s*http\s*\{)/m, `$1\n${indent(httpHead, '    ')}`);
      return main(`${hasEvents ? '' : 'events {}\n'}${withHttpHead}`);
    }
    case 'http':
      return main(`events {}\nhttp {\n${indent(httpHead + prepared.text, '    ')}\n}\n`);
    case 'server':
      return main(
        `events {}\nhttp {\n${indent(`${httpHead}server {\n    listen 127.0.0.1:8999;\n${indent(prepared.text, '    ')}\n}\n`, '    ')}\n}\n`,
      );
    case 'location':
      return main(
        `events {}\nhttp {\n${indent(`${httpHead}server {\n    listen 127.0.0.1:8999;\n    location / {\n${indent(prepared.text, '        ')}\n    }\n}\n`, '    ')}\n}\n`,
      );
  }
}

/** Writes the files of a check into a fresh directory and returns the main configuration's path. */
function stage(text: string, options: NginxCheckOptions): { dir: string; file: string; config: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'harden-nginx-'));
  for (const kind of TEMP_KINDS) fs.mkdirSync(path.join(dir, `${kind}_temp`));
  for (const [relative, content] of Object.entries(options.files ?? {})) {
    const target = path.join(dir, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, prepare(content).text);
  }
  const config = wrapConfig(text, options.level ?? levelOf(text), dir);
  const file = path.join(dir, 'nginx.conf');
  fs.writeFileSync(file, config);
  return { dir, file, config };
}

/** Runs `nginx -t` on the text (wrapped as needed). Call only when `nginxCheckSkipReason()` is false. */
export function nginxTest(text: string, options: NginxCheckOptions = {}): NginxCheck {
  const { dir, file, config } = stage(text, options);
  try {
    const run = spawnSync(NGINX_BINARY, ['-t', '-q', '-c', file, '-p', `${dir}/`], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    return { ok: run.status === 0, output: `${run.stderr ?? ''}${run.stdout ?? ''}`.trim(), config };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `nginxTest` without blocking, for checking many configurations side by side. */
export function nginxTestAsync(text: string, options: NginxCheckOptions = {}): Promise<NginxCheck> {
  const { dir, file, config } = stage(text, options);
  return new Promise((resolve) => {
    execFile(
      NGINX_BINARY,
      ['-t', '-q', '-c', file, '-p', `${dir}/`],
      { timeout: 20_000 },
      (error, stdout, stderr) => {
        fs.rmSync(dir, { recursive: true, force: true });
        resolve({ ok: error === null, output: `${stderr}${stdout}`.trim(), config });
      },
    );
  });
}

/** Directive names that the nginx reference does not know (third-party modules), data block entries aside. */
export function thirdPartyDirectives(text: string): string[] {
  const names = new Set<string>();
  for (const d of allDirectives(parseNginx(text).ast)) {
    if (d.parent && (d.parent.name === 'map' || d.parent.name === 'types' || d.parent.name === 'geo'))
      continue;
    if (!isKnownDirective(d.name)) names.add(d.name);
  }
  return [...names];
}

interface FixCase {
  name?: string;
  output?: string | RegExp | null;
  files?: Record<string, string>;
}

/**
 * Registers one test per case whose `output` is a text: the configuration after the rule's
 * fix must pass `nginx -t`. Skipped with the reason when nginx cannot run here.
 */
export function fixesPassNginx(ruleId: string, cases: readonly FixCase[]): void {
  const reason = nginxCheckSkipReason();
  describe(`${ruleId}: fixed configurations pass nginx -t`, { skip: reason }, () => {
    cases.forEach((c, i) => {
      if (typeof c.output !== 'string') return;
      const output = c.output;
      // Directives of third-party modules (headers-more…) are not in the stock nginx binary.
      const foreign = thirdPartyDirectives(output);
      const skip = foreign.length > 0 && `uses ${foreign.join(', ')}, not in the stock nginx`;
      test(`fix #${i + 1}${c.name ? `: ${c.name}` : ''}`, { skip }, () => {
        const files = Object.fromEntries(
          Object.entries(c.files ?? {}).map(([p, text]) => [p.replace(/^etc\/nginx\//, ''), text]),
        );
        const result = nginxTest(output, { files });
        assert.ok(result.ok, `nginx -t failed:\n${result.output}\n--- config ---\n${result.config}`);
      });
    });
  });
}
