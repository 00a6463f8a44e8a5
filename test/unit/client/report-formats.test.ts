import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { REPORT_FORMATS, reportFileName, reportFormat } from '../../../client/src/report-formats.ts';

describe('report formats', () => {
  test('offers every format of the export request, once', () => {
    assert.deepEqual(
      REPORT_FORMATS.map((f) => f.format),
      ['sarif', 'markdown', 'html', 'json'],
    );
  });

  test('looks a format up by id and refuses anything else', () => {
    assert.equal(reportFormat('html')?.label, 'HTML');
    assert.equal(reportFormat('pdf'), undefined);
    assert.equal(reportFormat({ format: 'html' }), undefined);
  });

  test("keeps the server's file name", () => {
    const sarif = reportFormat('sarif');
    assert.ok(sarif);
    assert.equal(reportFileName('harden-report.sarif', sarif), 'harden-report.sarif');
  });

  test('reduces a suggested path to a plain name so it stays in the workspace folder', () => {
    const markdown = reportFormat('markdown');
    assert.ok(markdown);
    assert.equal(reportFileName('../../etc/report.md', markdown), 'report.md');
    assert.equal(reportFileName('C:\\temp\\report.md', markdown), 'report.md');
  });

  test('falls back to harden-report.<extension>', () => {
    const json = reportFormat('json');
    assert.ok(json);
    assert.equal(reportFileName(undefined, json), 'harden-report.json');
    assert.equal(reportFileName('', json), 'harden-report.json');
    assert.equal(reportFileName('reports/..', json), 'harden-report.json');
  });
});
