import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNginx, MAX_PROBLEMS } from '../../../../server/src/formats/nginx/parser.ts';
import { printDirectives } from '../../../../server/src/formats/nginx/printer.ts';
import { walkDirectives } from '../../../../server/src/formats/nginx/walk.ts';
import { effectiveConfig, walkEffective } from '../../../../server/src/formats/nginx/effective.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';

/** A realistic 10,000-line config: servers with TLS, headers, PHP and static locations. */
function tenThousandLines(): string {
  const out: string[] = ['http {'];
  for (let i = 0; out.length < 9999 - 12; i++) {
    out.push(
      '  server {',
      '    listen 443 ssl http2;',
      `    server_name s${i}.example.com www.s${i}.example.com;`,
      `    root /var/www/s${i}/public;`,
      '    add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;',
      `    # site ${i}: "quoted" (parens) {braces}`,
      '    location ~ \\.php$ {',
      '      try_files $uri =404;',
      '      fastcgi_pass unix:/run/php/php8.2-fpm.sock;',
      '    }',
      '    location / { try_files $uri $uri/ /index.php$is_args$args; }',
      '  }',
    );
  }
  while (out.length < 9999) out.push('  # padding');
  out.push('}');
  return out.join('\n');
}

function medianMs(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

/*
 * Timing tests share the machine with everything else, so they check shape, not microseconds:
 * a generous ceiling that only a real slowdown crosses, and linear growth (4× the input must
 * not take much more than 4× the time; a quadratic step would take 16×). The benchmark
 * (npm run bench) tracks the actual numbers.
 */
test('10,000 lines parse in a few milliseconds', (t) => {
  const text = tenThousandLines();
  assert.equal(text.split('\n').length, 10000);
  parseNginx(text);
  const ms = medianMs(9, () => parseNginx(text));
  t.diagnostic(`median parse of 10,000 lines: ${ms.toFixed(1)} ms`);
  assert.ok(ms < 60, `median parse of 10,000 lines: ${ms.toFixed(1)} ms`);
});

test('10,000 nested blocks: no stack overflow when parsing, walking, printing or expanding', () => {
  const depth = 10_000;
  const text = 'location / {'.repeat(depth) + 'return 200;' + '}'.repeat(depth);
  const parsed = parseNginx(text);
  assert.deepEqual(parsed.problems, []);
  let count = 0;
  walkDirectives(parsed.ast.directives, () => {
    count++;
  });
  assert.equal(count, depth + 1);
  assert.equal(parseNginx(printDirectives(parsed.ast.directives)).problems.length, 0);
  const config = effectiveConfig(
    parsed.ast,
    '/ws/deep.conf',
    new MemoryWorkspace('/ws', { 'deep.conf': text }),
  );
  let nodes = 0;
  walkEffective(config, () => {
    nodes++;
  });
  assert.equal(nodes, depth + 1);
});

const PATHOLOGICAL: [string, (n: number) => string][] = [
  ['`{` repeated', (n) => '{'.repeat(n)],
  ['`}` repeated', (n) => '}'.repeat(n)],
  ['one line of tokens', (n) => 'a '.repeat(n)],
  ['one line of directives', (n) => 'a;'.repeat(n)],
  ['quotes', (n) => '"'.repeat(2 * n)],
  ['stray quotes pairing across lines', (n) => 'x "a\n'.repeat(n / 4) + '"b'],
  ['glued quantifiers', (n) => 'a{1}'.repeat(n / 2)],
  ['one long comment', (n) => `#${'x'.repeat(2 * n)}`],
  ['a Lua block of long brackets', (n) => `content_by_lua_block {${'[[{'.repeat(n / 2)}`],
  ['nested unclosed blocks', (n) => 'location / {'.repeat(n / 6)],
];

test('pathological input (1 MB) parses in well under a second, in time linear in its size', (t) => {
  const full = 500_000;
  for (const [name, make] of PATHOLOGICAL) {
    const small = make(full / 4);
    const large = make(full);
    parseNginx(small);
    const smallMs = medianMs(3, () => parseNginx(small));
    let problems = 0;
    const largeMs = medianMs(3, () => {
      problems = parseNginx(large).problems.length;
    });
    t.diagnostic(`${name}: ${(large.length / 1e6).toFixed(1)} MB in ${largeMs.toFixed(0)} ms`);
    // A ceiling that only a hang crosses, even on a loaded machine (unloaded: 10–400 ms).
    assert.ok(largeMs < 3000, `${name}: ${largeMs.toFixed(0)} ms`);
    // Linear: 4× the input within 4× the time, with room for noise on short runs.
    assert.ok(
      largeMs < 8 * smallMs + 40,
      `${name}: ${smallMs.toFixed(0)} ms → ${largeMs.toFixed(0)} ms for 4× the input`,
    );
    assert.ok(problems <= MAX_PROBLEMS + 1, `${name}: ${problems} problems kept`);
  }
});

test('past the cap, one problem says how many more there are', () => {
  const parsed = parseNginx('}'.repeat(MAX_PROBLEMS + 50));
  assert.equal(parsed.problems.length, MAX_PROBLEMS + 1);
  assert.equal(
    parsed.problems[MAX_PROBLEMS]!.message,
    '50 more syntax problems are not shown: is this an nginx configuration?',
  );
  assert.equal(parsed.fullyUnderstood, false);
});
