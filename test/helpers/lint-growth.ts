import assert from 'node:assert/strict';
import { defaultConfig } from '../../server/src/engine/config-types.ts';
import { Linter } from '../../server/src/engine/linter.ts';
import type { AnyRule } from '../../server/src/engine/rule.ts';
import { FORMATS } from '../../server/src/formats/index.ts';
import { MemoryWorkspace } from './memory-workspace.ts';

/** A TLS server with a front-controller location and a PHP location that checks the script exists. */
export function phpServer(i: number, extraLocations = ''): string {
  return (
    `    server {\n        listen 443 ssl;\n        server_name s${i}.example;\n        root /srv/s${i}/public;\n${extraLocations}` +
    `        location / {\n            try_files $uri /index.php$is_args$args;\n        }\n` +
    `        location ~ \\.php$ {\n            try_files $uri =404;\n            fastcgi_pass 127.0.0.1:9000;\n        }\n    }\n`
  );
}

/**
 * Lints an `http` block of 400, then 1,600 servers with `rules` (every fix read, as reports and
 * `harden fix` read them) and fails when four times the servers take ten times as long: linear
 * code stays near 4×, quadratic code near 16×. The best of three runs each, after a warm-up, so
 * that machine load does not decide; 100 ms of slack for timer noise on small figures.
 */
export function assertLintTimeGrowsLinearly(
  rules: AnyRule[],
  server: (i: number) => string,
  httpPreamble = '    add_header X-Robots-Tag none;\n',
): void {
  const config = (servers: number) =>
    `events {}\nhttp {\n${httpPreamble}${Array.from({ length: servers }, (_, i) => server(i)).join('')}}\n`;
  const linter = new Linter(rules, FORMATS);
  const time = (text: string) => {
    const path = '/ws/etc/nginx/nginx.conf';
    const started = performance.now();
    const result = linter.lint(
      { path, text, format: 'nginx' },
      { config: defaultConfig(), workspace: new MemoryWorkspace('/ws', { [path]: text }) },
    );
    for (const finding of result.findings) void finding.fix;
    const elapsed = performance.now() - started;
    assert.equal(result.findings.filter((f) => f.ruleId === 'harden/rule-failed').length, 0);
    return elapsed;
  };
  time(config(100));
  // The fastest of three runs of each size: on a loaded machine one run in two can meet a pause
  // (a collection, another process) that says nothing about the rule's growth.
  const fastest = (text: string) => Math.min(time(text), time(text), time(text));
  const small = fastest(config(400));
  const large = fastest(config(1600));
  assert.ok(large < 10 * small + 100, `${small.toFixed(1)} ms, then ${large.toFixed(1)} ms at 4×`);
}
