import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatJson, JSON_REPORT_VERSION, type JsonReport } from '../../../server/src/engine/reports/json.ts';
import {
  auditReport,
  cleanEnv,
  GENERATED_SECRET,
  nginxSite,
  prodEnv,
  REEMITTED_VALUE,
  lintResult,
} from './report-fixtures.ts';

const DOCS = 'https://github.com/harden-dev/harden/blob/main/rules/';

function parse(text: string): JsonReport {
  return JSON.parse(text) as JsonReport;
}

describe('json report', () => {
  const report = auditReport([nginxSite, cleanEnv, prodEnv], {
    skipped: [{ path: '/ws/deploy.sh', reason: 'Shell script files are not checked yet' }],
    failOn: 'warning',
    startedAt: new Date('2026-03-01T10:00:00.000Z'),
    durationMs: 42,
  });
  const json = parse(formatJson(report));

  test('top level: version, tool, root, run details, summary, files in path order, skipped', () => {
    assert.equal(json.version, JSON_REPORT_VERSION);
    assert.deepEqual(json.tool, { name: 'harden', version: '1.2.3' });
    assert.equal(json.root, '/ws');
    assert.equal(json.failOn, 'warning');
    assert.equal(json.startedAt, '2026-03-01T10:00:00.000Z');
    assert.equal(json.durationMs, 42);
    assert.equal(json.summary.findings, 6);
    assert.deepEqual(json.summary.bySeverity, { error: 1, warning: 4, info: 1, hint: 0 });
    assert.deepEqual(
      json.files.map((f) => [f.path, f.format, f.fullyUnderstood, f.findings.length]),
      [
        ['.env', 'dotenv', true, 0],
        ['app/.env.prod', 'dotenv', true, 4],
        ['nginx/sites-enabled/site.conf', 'nginx', true, 2],
      ],
    );
    assert.deepEqual(json.skipped, [{ path: 'deploy.sh', reason: 'Shell script files are not checked yet' }]);
  });

  test('a finding: 1-based positions, the 0-based range, related locations, its fix and its docs', () => {
    const hsts = json.files[2]!.findings[1]!;
    assert.deepEqual(hsts, {
      ruleId: 'nginx/hsts-missing',
      severity: 'warning',
      message: 'This TLS server sends no Strict-Transport-Security header',
      line: 5,
      column: 3,
      endLine: 5,
      endColumn: 9,
      range: { start: { line: 4, character: 2 }, end: { line: 4, character: 8 } },
      related: [
        {
          file: 'nginx/snippets/headers.conf',
          line: 1,
          column: 1,
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } },
          message: 'add_header here is dropped by the location',
        },
        {
          file: 'nginx/sites-enabled/site.conf',
          line: 10,
          column: 5,
          range: { start: { line: 9, character: 4 }, end: { line: 9, character: 12 } },
          message: 'this location declares its own add_header',
        },
      ],
      fix: {
        title: 'Add `add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;`',
        kind: 'safe',
        edits: [
          {
            file: 'nginx/sites-enabled/site.conf',
            edits: [
              {
                range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } },
                newText: '    add_header Strict-Transport-Security "max-age=31536000" always;\n',
              },
              { range: { start: { line: 12, character: 0 }, end: { line: 12, character: 9 } }, newText: '' },
            ],
          },
          {
            file: 'nginx/snippets/headers.conf',
            edits: [
              {
                range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
                newText: 'add_header X-Content-Type-Options nosniff always;\n',
              },
            ],
          },
        ],
      },
      docs: `${DOCS}nginx/hsts-missing.md`,
    });
    const tokens = json.files[2]!.findings[0]!;
    assert.equal(tokens.fix, null, 'no fix is null, not absent');
    assert.deepEqual(tokens.related, []);
  });

  test('secret and sensitive fixes show their title and kind, never their edits; mode fixes show the chmod', () => {
    const byRule = new Map(json.files[1]!.findings.map((f) => [f.ruleId, f.fix]));
    assert.deepEqual(byRule.get('dotenv/weak-secret'), {
      title: 'Generate a random APP_SECRET',
      kind: 'secret',
    });
    assert.deepEqual(byRule.get('dotenv/quote-character'), { title: 'Remove the quotes', kind: 'safe' });
    assert.deepEqual(byRule.get('fs/env-permissions'), {
      title: 'chmod 640',
      kind: 'mode',
      chmod: [{ file: 'app/.env.prod', mode: '0640' }],
    });
    const text = formatJson(report);
    assert.ok(!text.includes(GENERATED_SECRET));
    assert.ok(!text.includes(REEMITTED_VALUE));
  });

  test('a file the linter did not analyse says why; optional run details are absent when unknown', () => {
    const big = lintResult('/ws/big.env', [], { fullyUnderstood: false, skipped: 'Not analysed: too large' });
    const out = parse(formatJson(auditReport([big])));
    assert.deepEqual(out.files[0], {
      path: 'big.env',
      format: 'dotenv',
      skipped: 'Not analysed: too large',
      fullyUnderstood: false,
      findings: [],
    });
    assert.equal('failOn' in out, false);
    assert.equal('startedAt' in out, false);
    assert.equal('durationMs' in out, false);
    assert.equal('skipped' in parse(formatJson(auditReport([cleanEnv]))).files[0]!, false);
  });

  test('the same audit always renders the same bytes, pretty-printed with a final newline', () => {
    const reversed = auditReport([prodEnv, cleanEnv, nginxSite], {
      ...report,
      files: [prodEnv, cleanEnv, nginxSite],
    });
    assert.equal(formatJson(reversed), formatJson(report));
    assert.ok(formatJson(report).endsWith('}\n'));
    assert.ok(formatJson(report).startsWith('{\n  "version": 1,'));
  });

  test('an invalid start date is left out instead of throwing', () => {
    const out = parse(formatJson(auditReport([], { startedAt: new Date(Number.NaN) })));
    assert.equal('startedAt' in out, false);
  });
});
