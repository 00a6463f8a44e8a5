import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatText } from '../../../server/src/engine/reports/text.ts';
import { at, auditReport, cleanEnv, finding, lintResult, nginxSite, prodEnv } from './report-fixtures.ts';

const plain = { color: false };

describe('text report', () => {
  test('findings grouped under their file, `path:line:col  severity  message  rule-id`, then the summary', () => {
    assert.equal(
      formatText(
        auditReport([nginxSite, cleanEnv, prodEnv], { skipped: [{ path: '/ws/deploy.sh', reason: 'r' }] }),
        plain,
      ),
      [
        'app/.env.prod',
        'app/.env.prod:1:1  warning  The file is readable by others (mode 0644)  fs/env-permissions',
        'app/.env.prod:2:5  warning  APP_DEBUG turns debug mode on  dotenv/debug-in-production',
        'app/.env.prod:3:1  error  APP_SECRET is a placeholder  dotenv/weak-secret',
        'app/.env.prod:4:13  warning  DB_PASSWORD is quoted  dotenv/quote-character',
        '',
        'nginx/sites-enabled/site.conf',
        'nginx/sites-enabled/site.conf:1:1  info  server_tokens is not off  nginx/server-tokens',
        'nginx/sites-enabled/site.conf:5:3  warning  This TLS server sends no Strict-Transport-Security header  nginx/hsts-missing',
        '',
        '6 problems in 2 files (1 error, 4 warnings, 1 info) · 3 files checked · 1 skipped',
        '',
      ].join('\n'),
    );
  });

  test('a clean audit is one line, and only when every file was understood', () => {
    assert.equal(formatText(auditReport([cleanEnv]), plain), 'No problems found in 1 file.\n');
    const partial = lintResult('/ws/nginx.conf', [], { fullyUnderstood: false });
    assert.equal(
      formatText(auditReport([cleanEnv, partial]), plain),
      'No problems reported, but 1 of 2 files was not fully understood, so it is not known to be clean.\n',
    );
  });

  test("positions are the engine's 0-based line and character plus one", () => {
    const file = '/ws/.env.prod';
    const findings = [
      finding(file, 'x/y', 'hint', at(0, 0), 'first'),
      finding(file, 'x/y', 'hint', at(41, 16), 'later'),
    ];
    const text = formatText(auditReport([lintResult(file, findings)]), plain);
    assert.match(text, /^\.env\.prod:1:1 {2}hint {2}first {2}x\/y$/m);
    assert.match(text, /^\.env\.prod:42:17 {2}hint {2}later {2}x\/y$/m);
  });

  test('a file outside the root keeps its absolute path', () => {
    const file = '/etc/nginx/nginx.conf';
    const text = formatText(
      auditReport([lintResult(file, [finding(file, 'nginx/server-tokens', 'info', at(2, 4), 'm')])]),
      plain,
    );
    assert.match(text, /^\/etc\/nginx\/nginx\.conf:3:5 {2}info {2}m {2}nginx\/server-tokens$/m);
  });

  test('colours only when asked, and the text is otherwise the same', () => {
    const report = auditReport([prodEnv, nginxSite]);
    const coloured = formatText(report, { color: true });
    assert.ok(coloured.includes('\u001b[31merror\u001b[39m'));
    assert.ok(coloured.includes('\u001b[33mwarning\u001b[39m'));
    assert.ok(coloured.includes('\u001b[36minfo\u001b[39m'));
    // eslint-disable-next-line no-control-regex
    assert.equal(coloured.replace(/\u001b\[\d+m/g, ''), formatText(report, plain));
    assert.ok(!formatText(report, plain).includes('\u001b'));
  });

  test('a message cannot break the line format nor send escape sequences to the terminal', () => {
    const file = '/ws/.env';
    const message = 'value "\u001b[2J\u001b]0;pwned\u0007"\nsecond line\r\n  third';
    const text = formatText(
      auditReport([lintResult(file, [finding(file, 'x/y', 'warning', at(0, 0), message)])]),
      plain,
    );
    assert.ok(!text.includes('\u001b') && !text.includes('\u0007'));
    assert.match(text, /^\.env:1:1 {2}warning {2}value "\[2J\]0;pwned" second line third {2}x\/y$/m);
  });
});
