import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LintResult } from '../../../server/src/engine/linter.ts';
import type { AuditReport } from '../../../server/src/engine/reports/audit-report.ts';
import { renderReport, REPORT_FORMATS } from '../../../server/src/engine/reports/index.ts';
import type { RuleMeta } from '../../../server/src/engine/rule.ts';
import type { Finding, Fix } from '../../../server/src/engine/types.ts';
import { validateSarif } from '../../helpers/sarif-validate.ts';

const meta = (id: string, severity: RuleMeta['severity']): RuleMeta => ({
  id,
  format: 'dotenv',
  severity,
  title: `Title of ${id}`,
  presets: ['recommended'],
  messages: {},
  fixable: true,
  defaultOptions: {},
});
const RULES = [meta('dotenv/debug-in-production', 'warning'), meta('dotenv/weak-secret', 'error'), meta('dotenv/quote-character', 'warning')];

const at = (line: number, character: number, length = 3) => ({
  start: { line, character },
  end: { line, character: character + length },
});

function finding(file: string, ruleId: string, severity: Finding['severity'], line: number, message: string, fix?: Fix): Finding {
  return { ruleId, severity, message, file, range: at(line, 4), ...(fix ? { fix } : {}) };
}

function report(files: LintResult[], skipped: AuditReport['skipped'] = []): AuditReport {
  return { tool: { name: 'harden', version: '1.2.3' }, root: '/ws', files, skipped, rules: RULES };
}

const SECRET_VALUE = '7f3e9a1c5b2d8e4f6a0c9b3d5e7f1a2c';
const prod: LintResult = {
  file: '/ws/app/.env.prod',
  format: 'dotenv',
  fullyUnderstood: true,
  findings: [
    finding('/ws/app/.env.prod', 'dotenv/debug-in-production', 'warning', 1, 'APP_DEBUG turns debug mode on <b>|here|</b>', {
      title: 'Set APP_DEBUG=0',
      kind: 'safe',
      edits: [{ file: '/ws/app/.env.prod', edits: [{ range: at(1, 10, 1), newText: '0' }] }],
    }),
    finding('/ws/app/.env.prod', 'dotenv/weak-secret', 'error', 2, 'APP_SECRET is a placeholder', {
      title: 'Generate a random secret',
      kind: 'secret',
      edits: [{ file: '/ws/app/.env.prod', edits: [{ range: at(2, 11, 8), newText: SECRET_VALUE }] }],
    }),
    finding('/ws/app/.env.prod', 'dotenv/quote-character', 'warning', 3, 'DB_PASSWORD is quoted', {
      title: 'Remove the quotes',
      kind: 'safe',
      sensitive: true,
      edits: [{ file: '/ws/app/.env.prod', edits: [{ range: at(3, 12, 20), newText: 'hunter2hunter2' }] }],
    }),
  ],
};
const clean: LintResult = { file: '/ws/.env', format: 'dotenv', fullyUnderstood: true, findings: [] };

describe('text report', () => {
  test('groups by file, one line per finding, summary', () => {
    const text = renderReport('text', report([clean, prod]));
    assert.equal(
      text,
      [
        'app/.env.prod',
        'app/.env.prod:2:5  warning  APP_DEBUG turns debug mode on <b>|here|</b>  dotenv/debug-in-production',
        'app/.env.prod:3:5  error  APP_SECRET is a placeholder  dotenv/weak-secret',
        'app/.env.prod:4:5  warning  DB_PASSWORD is quoted  dotenv/quote-character',
        '',
        '3 problems in 1 file (1 error, 2 warnings) · 2 files checked',
        '',
      ].join('\n'),
    );
  });

  test('never claims a clean result for files it did not fully understand', () => {
    const text = renderReport('text', report([{ ...clean, fullyUnderstood: false }]));
    assert.match(text, /No problems found, but 1 file checked · 1 file not fully understood\./);
    assert.equal(renderReport('text', report([clean])), 'No problems found in 1 file.\n');
  });

  test('colours only when asked', () => {
    assert.ok(renderReport('text', report([prod]), { color: true }).includes('\u001b[33mwarning'));
    assert.ok(!renderReport('text', report([prod])).includes('\u001b['));
  });
});

describe('markdown and html reports', () => {
  test('markdown escapes table-breaking characters', () => {
    const md = renderReport('markdown', report([prod]));
    assert.ok(md.includes('APP\\_DEBUG turns debug mode on \\<b\\>\\|here\\|\\</b\\>'));
    assert.match(md, /\| 2:5 \| warning \| \[dotenv\/debug-in-production\]\(https:.*debug-in-production\.md\) \|/);
  });

  test('html escapes everything and loads nothing external', () => {
    const html = renderReport('html', report([prod], [{ path: '/ws/big.conf', reason: 'larger than <5 MB>' }]));
    assert.ok(html.includes('&lt;b&gt;|here|&lt;/b&gt;'));
    assert.ok(!html.includes('<b>|here|'));
    assert.ok(html.includes('larger than &lt;5 MB&gt;'));
    assert.doesNotMatch(html, /<script|<link|src=/);
  });
});

describe('json report', () => {
  test('stable shape with 1-based and 0-based positions', () => {
    const json = JSON.parse(renderReport('json', report([clean, prod])));
    assert.equal(json.version, 1);
    assert.equal(json.summary.findings, 3);
    const first = json.files[1].findings[0];
    assert.deepEqual([first.line, first.column, first.range.start.line], [2, 5, 1]);
    assert.deepEqual(first.fix.edits[0].file, 'app/.env.prod');
  });
});

describe('secrets stay out of every report', () => {
  for (const format of REPORT_FORMATS) {
    test(`${format}: no generated secret, no sensitive fix text`, () => {
      const out = renderReport(format, report([prod]));
      assert.ok(!out.includes(SECRET_VALUE), 'generated secret printed');
      assert.ok(!out.includes('hunter2hunter2'), 'sensitive fix text printed');
    });
  }
});

describe('sarif report', () => {
  test('is valid for the official validator: findings, fixes, related locations, odd paths, skipped files', async () => {
    const odd: LintResult = {
      file: '/ws/déploiement/mon site #1/.env.prod',
      format: 'dotenv',
      fullyUnderstood: true,
      findings: [
        {
          ...finding('/ws/déploiement/mon site #1/.env.prod', 'dotenv/debug-in-production', 'warning', 0, 'x'),
          related: [{ file: '/ws/app/.env.prod', range: at(0, 0), message: 'also set here' }],
        },
        { ...finding('/ws/déploiement/mon site #1/.env.prod', 'harden/parse-error', 'error', 1, 'broken'), range: at(1, 0, 0) },
      ],
    };
    const sarif = renderReport('sarif', report([prod, odd, clean], [{ path: '/ws/huge.env', reason: 'larger than the 5.0 MB limit' }]));
    const log = JSON.parse(sarif);
    const results = log.runs[0].results;
    assert.equal(results.length, 5);
    assert.equal(results[0].locations[0].physicalLocation.artifactLocation.uri, 'app/.env.prod');
    assert.equal(results[3].locations[0].physicalLocation.artifactLocation.uri, 'd%C3%A9ploiement/mon%20site%20%231/.env.prod');
    assert.equal(results[0].fixes.length, 1, 'the safe fix is included');
    assert.equal(results[1].fixes, undefined, 'the secret fix is not');
    assert.equal(results[2].fixes, undefined, 'the sensitive fix is not');
    assert.equal(log.runs[0].tool.driver.rules[results[0].ruleIndex].id, results[0].ruleId);
    const { errors } = await validateSarif(sarif);
    assert.deepEqual(errors, []);
  });

  test('an empty audit is valid too', async () => {
    const { errors } = await validateSarif(renderReport('sarif', report([])));
    assert.deepEqual(errors, []);
  });
});
