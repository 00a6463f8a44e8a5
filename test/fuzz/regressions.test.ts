/**
 * Bugs found by the fuzz tier, each shrunk to a minimal input. A test marked `todo` reproduces a
 * bug its owner still has to fix (support/known-bugs.ts lets the properties step around it);
 * when the fix lands the test passes: drop the `todo` and the known-bugs entry.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyTextEdits, mergeFixes } from '../../server/src/engine/fixes.ts';
import { LineIndex } from '../../server/src/engine/line-index.ts';
import type { Finding, Fix, FormatId } from '../../server/src/engine/types.ts';
import { parseDotenv } from '../../server/src/formats/dotenv/index.ts';
import { parseNginx } from '../../server/src/formats/nginx/parser.ts';
import { LintHarness, type FuzzDocument } from './support/lint-harness.ts';
import { fastestMs } from './support/timing.ts';

const harness = new LintHarness();

function doc(path: string, text: string): FuzzDocument {
  const format: FormatId = path.includes('/nginx/') ? 'nginx' : 'dotenv';
  return { path, format, text };
}

function findingsOf(document: FuzzDocument, ruleId: string): Finding[] {
  return harness.lint(document).findings.filter((f) => f.ruleId === ruleId);
}

/** The text after the fix of the first finding of `ruleId` (which must offer one). */
function afterFix(document: FuzzDocument, ruleId: string): string {
  const finding = findingsOf(document, ruleId).find((f) => f.fix);
  assert.ok(finding, `expected a fixable ${ruleId} finding`);
  const edits = finding.fix!.edits.filter((e) => e.file === document.path).flatMap((e) => e.edits);
  return applyTextEdits(document.text, edits);
}

function dotenvErrors(text: string): string[] {
  return parseDotenv(text)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => p.message);
}

function variables(text: string): Record<string, string> {
  return Object.fromEntries(parseDotenv(text).ast.variables ?? []);
}

/**
 * Superlinear-time detector: 4× the input may take at most `maxRatio`× the time (linear code
 * stays near 4, quadratic code near 16). Best of three runs each, so load does not decide.
 */
function assertGrowthNearLinear(run: (size: number) => () => void, small: number, maxRatio = 9): void {
  const base = Math.max(fastestMs(run(small), 0), 5);
  const big = fastestMs(run(small * 4), 0);
  assert.ok(
    big / base < maxRatio,
    `4× the input took ${(big / base).toFixed(1)}× the time (${base.toFixed(0)} → ${big.toFixed(0)} ms)`,
  );
}

describe('positions', () => {
  test('a lone CR ends a line, as for LSP clients and the dotenv parser', () => {
    const text = 'A=1\rlower=2\r';
    const client = TextDocument.create('file:///ws/.env', 'dotenv', 1, text);
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      assert.deepEqual(index.positionAt(offset), client.positionAt(offset), `offset ${offset}`);
      assert.equal(index.offsetAt(client.positionAt(offset)), offset, `offset ${offset} back`);
    }
    // What users saw: in a CR-only file the key on line 2 was not even reported.
    const [finding] = findingsOf(doc('/ws/.env', text), 'dotenv/lowercase-key');
    assert.deepEqual(finding?.range.start, { line: 1, character: 0 });
  });

  test('nginx ranges in a file with lone CRs are the lines an editor shows', () => {
    // nginx reads a lone CR as a blank (and a `#` comment runs on to the next LF), but the
    // ranges must be the editor's: every token on the line the client counts.
    const text = 'user root;\r# note\rworker_processes 1;\n"a\rb" x;\r\nevents {\r}\r';
    const client = TextDocument.create('file:///ws/nginx/nginx.conf', 'nginx', 1, text);
    const parsed = parseNginx(text);
    const [user, worker] = parsed.ast.directives;
    assert.deepEqual(user?.nameRange.start, client.positionAt(0));
    assert.equal(parsed.ast.comments.length, 1, 'the comment swallows worker_processes, as in nginx');
    assert.deepEqual(parsed.ast.comments[0]!.range, {
      start: client.positionAt(text.indexOf('#')),
      end: client.positionAt(text.indexOf('\n')),
    });
    const quoted = worker!;
    assert.equal(quoted.name, 'a\rb');
    assert.deepEqual(quoted.nameRange, {
      start: client.positionAt(text.indexOf('"a')),
      end: client.positionAt(text.indexOf(' x;')),
    });
    const events = parsed.ast.directives[2]!;
    assert.equal(events.name, 'events');
    assert.deepEqual(events.block?.closeRange?.start, client.positionAt(text.lastIndexOf('}')));
  });
});

test("an nginx -T dump with lone CRs: positions of a later part are still the editor's", () => {
  const text =
    '# configuration file /etc/nginx/nginx.conf:\nuser root;\r# a\rworker_processes 1;\n' +
    '# configuration file /etc/nginx/conf.d/a.conf:\nserver_tokens on;\n';
  const client = TextDocument.create('file:///ws/dump.txt', 'nginx', 1, text);
  const parsed = parseNginx(text);
  const part = parsed.ast.dump?.[1];
  assert.equal(part?.path, '/etc/nginx/conf.d/a.conf');
  assert.deepEqual(
    part?.markerRange.start,
    client.positionAt(text.indexOf('# configuration file /etc/nginx/conf.d')),
  );
  assert.deepEqual(part?.directives[0]?.nameRange.start, client.positionAt(text.indexOf('server_tokens')));
});

test('nginx fixes in a CR-only file land after the line they belong to', () => {
  const text =
    'events {}\rhttp {\r    server {\r        location / {\r            allow 10.0.0.0/8;\r        }\r    }\r}\r';
  const fixed = afterFix(doc('/ws/nginx/nginx.conf', text), 'nginx/allow-without-deny');
  assert.ok(fixed.includes('allow 10.0.0.0/8;\n            deny all;\r        }'), JSON.stringify(fixed));
  assert.deepEqual(findingsOf(doc('/ws/nginx/nginx.conf', fixed), 'nginx/allow-without-deny'), []);
});

describe('dotenv fixes', () => {
  test('debug-in-production on a value of several quoted stretches: the fix leaves a valid line', () => {
    const fixed = afterFix(doc('/ws/.env.prod', 'APP_ENV="dev"x\n'), 'dotenv/debug-in-production');
    assert.deepEqual(dotenvErrors(fixed), []);
    assert.equal(variables(fixed)['APP_ENV'], 'prod');
  });

  test('cookie-insecure on a value of several quoted stretches: the fix leaves a valid line', () => {
    const fixed = afterFix(doc('/ws/.env.prod', "SESSION_COOKIE_SECURE='fal'se\n"), 'dotenv/cookie-insecure');
    assert.deepEqual(dotenvErrors(fixed), []);
  });

  test('unordered-key never sorts an entry with an unterminated quote above other entries', () => {
    const text = 'B="x"\nA="\n';
    const finding = findingsOf(doc('/ws/.env', text), 'dotenv/unordered-key').find((f) => f.fix);
    if (!finding) return; // Not offering the sort is a fix too.
    const fixed = applyTextEdits(
      text,
      finding.fix!.edits.flatMap((e) => e.edits),
    );
    assert.ok(
      parseDotenv(fixed).ast.entries.some((e) => e.key === 'B'),
      `B is gone from ${JSON.stringify(fixed)}`,
    );
  });

  test('value-without-quotes keeps the value Symfony reads', () => {
    // Symfony Dotenv reads it as `ab` (checked with php-symfony-dotenv): the quoted part is glued on.
    const text = 'A=a "b"\n';
    assert.equal(variables(text)['A'], 'ab');
    const finding = findingsOf(doc('/ws/.env', text), 'dotenv/value-without-quotes').find((f) => f.fix);
    if (!finding) return;
    const fixed = applyTextEdits(
      text,
      finding.fix!.edits.flatMap((e) => e.edits),
    );
    assert.equal(variables(fixed)['A'], 'ab');
  });

  test('quote-character keeps the value Symfony reads', () => {
    const text = "A='\\\\'\n";
    assert.equal(variables(text)['A'], '\\\\');
    const finding = findingsOf(doc('/ws/.env', text), 'dotenv/quote-character').find((f) => f.fix);
    if (!finding) return; // No fix: unquoted, the two backslashes would read as one.
    const fixed = applyTextEdits(
      text,
      finding.fix!.edits.flatMap((e) => e.edits),
    );
    assert.equal(variables(fixed)['A'], '\\\\');
  });

  test('value-without-quotes keeps a backslash Symfony reads', () => {
    const text = 'A=x \\\\\n';
    assert.equal(variables(text)['A'], 'x \\');
    const finding = findingsOf(doc('/ws/.env', text), 'dotenv/value-without-quotes').find((f) => f.fix);
    if (!finding) return;
    const fixed = applyTextEdits(
      text,
      finding.fix!.edits.flatMap((e) => e.edits),
    );
    assert.equal(variables(fixed)['A'], 'x \\');
  });

  test('duplicated-key keeps the variables an earlier definition assigns', () => {
    const text = 'A=${NEW:=x}\nA=\n';
    assert.equal(variables(text)['NEW'], 'x');
    const finding = findingsOf(doc('/ws/.env', text), 'dotenv/duplicated-key')[0];
    assert.ok(finding, 'the duplicate is still reported');
    if (!finding.fix) return; // No fix: commenting the line out would drop NEW.
    const fixed = applyTextEdits(
      text,
      finding.fix.edits.flatMap((e) => e.edits),
    );
    assert.equal(variables(fixed)['NEW'], 'x');
  });

  test('key-without-value on `KEY "value"`: the fix gives a line Symfony accepts', () => {
    const text = 'APP_ENV "x"\n';
    const finding = findingsOf(doc('/ws/.env', text), 'dotenv/key-without-value').find((f) => f.fix);
    if (!finding) return;
    const fixed = applyTextEdits(
      text,
      finding.fix!.edits.flatMap((e) => e.edits),
    );
    assert.deepEqual(dotenvErrors(fixed), []);
  });
});

describe('nginx fixes', () => {
  test('a fix that appends to a block whose last directive lacks its ";" still removes the finding', () => {
    const document = doc('/ws/etc/nginx/nginx.conf', 'server { listen 80 }\n');
    const fixed = afterFix(document, 'nginx/http-without-redirect');
    assert.deepEqual(findingsOf({ ...document, text: fixed }, 'nginx/http-without-redirect'), []);
  });

  test('a fix that appends to a block whose last block lacks its "}" still removes the finding', () => {
    const document = doc('/ws/etc/nginx/nginx.conf', 'server{listen{');
    const fixed = afterFix(document, 'nginx/http-without-redirect');
    assert.deepEqual(findingsOf({ ...document, text: fixed }, 'nginx/http-without-redirect'), []);
  });

  test('http-without-redirect: the redirect goes before a server-level return, so it wins', () => {
    const document = doc(
      '/ws/etc/nginx/nginx.conf',
      'http {\n    server {\n        return 200 "ok";\n        server_name example.com;\n    }\n}\n',
    );
    const fixed = afterFix(document, 'nginx/http-without-redirect');
    assert.deepEqual(findingsOf({ ...document, text: fixed }, 'nginx/http-without-redirect'), []);
  });

  test('header-inheritance: one fix-all round leaves no level without the header', () => {
    const text = [
      'http {',
      '    add_header X-Frame-Options DENY always;',
      '    server {',
      '        listen 80;',
      '        add_header Strict-Transport-Security "max-age=600";',
      '        location / {',
      '            add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;',
      '        }',
      '    }',
      '}',
      '',
    ].join('\n');
    const document = doc('/ws/etc/nginx/nginx.conf', text);
    const fixes = findingsOf(document, 'nginx/header-inheritance').flatMap((f) => (f.fix ? [f.fix] : []));
    assert.ok(fixes.length > 0);
    const once = applyTextEdits(text, mergeFixes(fixes).byFile.get(document.path) ?? []);
    assert.deepEqual(
      findingsOf({ ...document, text: once }, 'nginx/header-inheritance').map((f) => f.message),
      [],
    );
  });

  test('status-exposed: stub_status outside a server or location gets no fix that cannot work', () => {
    const document = doc('/ws/etc/nginx/nginx.conf', 'upstream backend {\n    stub_status;\n}\n');
    const finding = findingsOf(document, 'nginx/status-exposed').find((f) => f.fix);
    if (!finding) return;
    const fixed = afterFix(document, 'nginx/status-exposed');
    assert.deepEqual(findingsOf({ ...document, text: fixed }, 'nginx/status-exposed'), []);
  });

  test('unknown-directive: a rename fix never yields an invalid directive', () => {
    const document = doc('/ws/etc/nginx/nginx.conf', 'sinclude a.conf b.conf;\n');
    const finding = findingsOf(document, 'nginx/unknown-directive').find((f) => f.fix?.kind === 'safe');
    if (!finding) return;
    const fixed = afterFix(document, 'nginx/unknown-directive');
    const errors = harness.lint({ ...document, text: fixed }).findings.filter((f) => f.severity === 'error');
    assert.deepEqual(
      errors.map((f) => `${f.ruleId}: ${f.message}`),
      [],
    );
  });
});

describe('workspace regexes', () => {
  test('a regex location with an overlapping alternation is never run on a long probe', () => {
    // The probe URI comes from the config itself (the location that aliases the upload directory).
    const text = [
      'server {',
      '    listen 80;',
      '    root /var/www/html;',
      `    location /${'a'.repeat(26)}/ { alias /srv/app/uploads/; }`,
      '    location ~ ^/(a|a)*$ { return 403; }',
      '    location ~ \\.php$ { fastcgi_pass 127.0.0.1:9000; }',
      '}',
      '',
    ].join('\n');
    const document = doc('/ws/etc/nginx/sites-available/app.conf', text);
    const ms = fastestMs(() => harness.lint(document), 300, 2);
    assert.ok(ms < 300, `lint took ${ms.toFixed(0)} ms`);
  });
});

describe('superlinear time', () => {
  /**
   * A rule's own work on a big input, against the parse it starts from: linear rules cost a few
   * parses, a quadratic one dozens (and more as the input grows). Best of two runs each.
   */
  function assertRuleCostNearParse(ruleIds: string[], document: FuzzDocument, maxRatio: number): void {
    const parseOnly = new LintHarness([]);
    const rules = new LintHarness(harness.linter.rules.filter((r) => ruleIds.includes(r.meta.id)));
    const parse = Math.max(
      fastestMs(() => parseOnly.lint(document), 0, 2),
      5,
    );
    // Timed again only when slow: once fixed, one run.
    const lint = fastestMs(() => rules.lint(document), parse * maxRatio, 2);
    assert.ok(
      lint / parse < maxRatio,
      `${ruleIds.join(', ')}: ${lint.toFixed(0)} ms against ${parse.toFixed(0)} ms to parse (${(lint / parse).toFixed(0)}×)`,
    );
  }

  test('mergeFixes is not quadratic in the number of fixes', () => {
    const fixes = (n: number): Fix[] =>
      Array.from({ length: n }, (_, i) => ({
        title: 'fix',
        kind: 'safe',
        edits: [
          {
            file: '/f',
            edits: [
              { range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } }, newText: 'x' },
            ],
          },
        ],
      }));
    assertGrowthNearLinear((n) => {
      const list = fixes(n);
      return () => {
        mergeFixes(list);
      };
    }, 300);
  });

  test('dotenv/unordered-key is not quadratic in the size of a group', () => {
    const n = 80_000;
    const text = Array.from({ length: n }, (_, i) => `K${String(n - i).padStart(7, '0')}=1`).join('\n');
    assertRuleCostNearParse(['dotenv/unordered-key'], doc('/ws/.env', text), 8);
  });

  /**
   * The rules' time on 4× the input, against their own time on the input (not against the
   * parse, measured apart): a ratio that load and garbage collection barely move.
   */
  function assertRuleGrowthNearLinear(
    ruleIds: string[],
    documentOf: (size: number) => FuzzDocument,
    small: number,
  ) {
    const rules = new LintHarness(harness.linter.rules.filter((r) => ruleIds.includes(r.meta.id)));
    assertGrowthNearLinear((size) => {
      const document = documentOf(size);
      return () => {
        rules.lint(document);
      };
    }, small);
  }

  test('nginx rules are not quadratic in the number of top-level servers', () => {
    assertRuleGrowthNearLinear(
      ['nginx/security-headers-missing'],
      (n) => doc('/ws/etc/nginx/sites-available/app.conf', 'server { listen 80; }\n'.repeat(n)),
      2000,
    );
  });

  test('nginx rules are not quadratic in the nesting depth', () => {
    assertRuleGrowthNearLinear(
      ['nginx/wrong-context', 'nginx/http-without-redirect'],
      (n) =>
        doc(
          '/ws/etc/nginx/nginx.conf',
          `server {\n${'location / {\n'.repeat(n)}return 200;\n${'}\n'.repeat(n + 1)}`,
        ),
      2000,
    );
  });
});
