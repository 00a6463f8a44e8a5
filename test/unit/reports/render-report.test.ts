import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatHtml } from '../../../server/src/engine/reports/html.ts';
import { REPORT_FORMATS, renderReport } from '../../../server/src/engine/reports/index.ts';
import { formatJson } from '../../../server/src/engine/reports/json.ts';
import { formatMarkdown } from '../../../server/src/engine/reports/markdown.ts';
import { formatSarif } from '../../../server/src/engine/reports/sarif.ts';
import { formatText } from '../../../server/src/engine/reports/text.ts';
import {
  at,
  auditReport,
  cleanEnv,
  finding,
  GENERATED_SECRET,
  lintResult,
  nginxSite,
  prodEnv,
  REEMITTED_VALUE,
} from './report-fixtures.ts';

const report = auditReport([prodEnv, nginxSite, cleanEnv], {
  skipped: [{ path: '/ws/deploy.sh', reason: 'r' }],
});

describe('renderReport', () => {
  test('knows the five formats and renders each with its formatter', () => {
    assert.deepEqual(REPORT_FORMATS, ['text', 'json', 'sarif', 'markdown', 'html']);
    assert.equal(renderReport('text', report), formatText(report, { color: false }));
    assert.equal(renderReport('text', report, { color: true }), formatText(report, { color: true }));
    assert.equal(renderReport('json', report), formatJson(report));
    assert.equal(renderReport('sarif', report), formatSarif(report));
    assert.equal(renderReport('markdown', report), formatMarkdown(report));
    assert.equal(renderReport('html', report), formatHtml(report));
  });

  test('colour only affects the text format', () => {
    for (const format of REPORT_FORMATS.filter((f) => f !== 'text')) {
      assert.equal(renderReport(format, report, { color: true }), renderReport(format, report), format);
    }
  });
});

describe('secrets stay out of every report', () => {
  for (const format of REPORT_FORMATS) {
    test(`${format}: no generated secret, no re-emitted file text`, () => {
      const out = renderReport(format, report);
      assert.ok(!out.includes(GENERATED_SECRET), 'the secret fix generated a value that was printed');
      assert.ok(!out.includes(REEMITTED_VALUE), 'the sensitive fix text was printed');
      // The fixes themselves are still mentioned where the format shows fixes at all.
      if (format === 'json' || format === 'markdown' || format === 'html') {
        assert.ok(out.includes('Generate a random APP_SECRET'), 'the secret fix keeps its title');
      }
    });
  }

  test('the same holds for a secret fix that edits another file', () => {
    const file = '/ws/.env.local';
    const other = lintResult(file, [
      finding(file, 'dotenv/weak-secret', 'error', at(0, 0), 'APP_SECRET is empty', {
        fix: {
          title: 'Generate one in .env.prod.local',
          kind: 'secret',
          edits: [
            {
              file: '/ws/.env.prod.local',
              edits: [{ range: at(0, 0, 0), newText: `APP_SECRET=${GENERATED_SECRET}\n` }],
            },
          ],
        },
      }),
    ]);
    for (const format of REPORT_FORMATS) {
      assert.ok(!renderReport(format, auditReport([other])).includes(GENERATED_SECRET), format);
    }
  });
});
