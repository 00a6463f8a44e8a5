import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  filesInOrder,
  relativePath,
  summarize,
  summaryLine,
} from '../../../server/src/engine/reports/audit-report.ts';
import { at, auditReport, cleanEnv, finding, lintResult, nginxSite, prodEnv } from './report-fixtures.ts';

describe('summarize', () => {
  test('counts findings by severity, files with findings, files checked and skipped', () => {
    const summary = summarize(
      auditReport([cleanEnv, prodEnv, nginxSite], {
        skipped: [{ path: '/ws/deploy.sh', reason: 'not checked yet' }],
      }),
    );
    assert.deepEqual(summary, {
      filesChecked: 3,
      filesWithFindings: 2,
      filesNotFullyUnderstood: 0,
      skipped: 1,
      findings: 6,
      bySeverity: { error: 1, warning: 4, info: 1, hint: 0 },
    });
  });

  test('a file the linter gave up on or only partly parsed is not fully understood', () => {
    const summary = summarize(
      auditReport([
        lintResult('/ws/a.conf', [], { fullyUnderstood: false }),
        lintResult('/ws/big.env', [], { fullyUnderstood: false, skipped: 'larger than the limit' }),
        cleanEnv,
      ]),
    );
    assert.equal(summary.filesNotFullyUnderstood, 2);
    assert.equal(summary.filesChecked, 3);
  });
});

describe('summaryLine', () => {
  const line = (...args: Parameters<typeof auditReport>) => summaryLine(summarize(auditReport(...args)));

  test('problems, files, severities in rank order, checked and skipped', () => {
    assert.equal(
      line([cleanEnv, prodEnv, nginxSite], {
        skipped: [
          { path: '/ws/x.sh', reason: 'r' },
          { path: '/ws/y.sh', reason: 'r' },
        ],
      }),
      '6 problems in 2 files (1 error, 4 warnings, 1 info) · 3 files checked · 2 skipped',
    );
    const one = lintResult('/ws/.env', [finding('/ws/.env', 'x/y', 'hint', at(0, 0), 'm')]);
    assert.equal(line([one]), '1 problem in 1 file (1 hint) · 1 file checked');
  });

  test('says "no problems found" only when every file was fully understood', () => {
    assert.equal(line([cleanEnv]), 'No problems found in 1 file.');
    assert.equal(line([]), 'No problems found in 0 files.');
    assert.equal(
      line([cleanEnv], { skipped: [{ path: '/ws/x.sh', reason: 'r' }] }),
      'No problems found in 1 file · 1 skipped.',
    );
    const partial = lintResult('/ws/a.conf', [], { fullyUnderstood: false });
    assert.equal(
      line([cleanEnv, partial]),
      'No problems reported, but 1 of 2 files was not fully understood, so it is not known to be clean.',
    );
    assert.equal(
      line([partial, { ...partial, file: '/ws/b.conf' }]),
      'No problems reported, but 2 of 2 files were not fully understood, so they are not known to be clean.',
    );
    assert.equal(
      line([prodEnv, partial]),
      '4 problems in 1 file (1 error, 3 warnings) · 2 files checked · 1 file not fully understood',
    );
  });
});

describe('relativePath', () => {
  test('inside the root, the root itself, outside it, and the filesystem root', () => {
    assert.equal(relativePath('/ws', '/ws/app/.env'), 'app/.env');
    assert.equal(relativePath('/ws/', '/ws/app/.env'), 'app/.env');
    assert.equal(relativePath('/ws', '/wsx/.env'), '/wsx/.env', 'a sibling with a common prefix is outside');
    assert.equal(relativePath('/ws', '/etc/nginx/nginx.conf'), '/etc/nginx/nginx.conf');
    assert.equal(relativePath('/', '/etc/nginx/nginx.conf'), 'etc/nginx/nginx.conf');
    assert.equal(relativePath('/ws/.env', '/ws/.env'), '.env', 'an audit of one file names it');
    assert.equal(relativePath('C:/ws', 'C:/ws/conf/site.conf'), 'conf/site.conf');
  });
});

describe('filesInOrder', () => {
  test('sorts files by path and findings by position, whatever order they came in', () => {
    const file = '/ws/b.env';
    const late = finding(file, 'dotenv/a', 'info', at(5, 0), 'late');
    const early = finding(file, 'dotenv/z', 'info', at(1, 2), 'early');
    const sameSpot = finding(file, 'dotenv/b', 'info', at(1, 2), 'same spot');
    const ordered = filesInOrder(auditReport([lintResult(file, [late, early, sameSpot]), cleanEnv]));
    assert.deepEqual(
      ordered.map((f) => f.file),
      ['/ws/.env', '/ws/b.env'],
    );
    assert.deepEqual(
      ordered[1]!.findings.map((f) => f.message),
      ['same spot', 'early', 'late'],
    );
  });
});
