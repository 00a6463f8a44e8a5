import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { auditSummaryMessage, enabledExcludeGlobs } from '../../../client/src/audit-summary.ts';
import type { AuditSummary } from '../../../server/src/shared/protocol.ts';

function summary(fields: Partial<AuditSummary>): AuditSummary {
  return {
    files: 0,
    filesWithProblems: 0,
    problems: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    skipped: 0,
    cancelled: false,
    durationMs: 12,
    ...fields,
  };
}

describe('auditSummaryMessage', () => {
  test('counts problems, files with problems and errors', () => {
    assert.equal(
      auditSummaryMessage(
        summary({ files: 40, filesWithProblems: 9, problems: 14, errors: 3, warnings: 11 }),
      ),
      'Harden: 14 problems in 9 files — 3 errors',
    );
  });

  test('uses the singular for one', () => {
    assert.equal(
      auditSummaryMessage(summary({ files: 1, filesWithProblems: 1, problems: 1, errors: 1 })),
      'Harden: 1 problem in 1 file — 1 error',
    );
  });

  test('says so when none of the problems is an error', () => {
    assert.equal(
      auditSummaryMessage(summary({ files: 5, filesWithProblems: 2, problems: 4, warnings: 4 })),
      'Harden: 4 problems in 2 files — no errors',
    );
  });

  test('a clean audit names how many files were checked', () => {
    assert.equal(auditSummaryMessage(summary({ files: 12 })), 'Harden: no problems in 12 files');
  });

  test('the most frequent skip reasons are named', () => {
    assert.equal(
      auditSummaryMessage(
        summary({
          files: 5,
          skipped: 7,
          skippedReasons: [
            { reason: 'Symfony YAML files are not checked yet', count: 3 },
            { reason: 'Apache files are not checked yet', count: 2 },
            { reason: 'binary file', count: 2 },
          ],
        }),
      ),
      'Harden: no problems in 5 files (7 files skipped: 3 Symfony YAML files are not checked yet; 2 Apache files are not checked yet; …)',
    );
  });

  test('skipped files are never hidden behind "no problems"', () => {
    assert.equal(
      auditSummaryMessage(summary({ files: 12, skipped: 2 })),
      'Harden: no problems in 12 files (2 files skipped)',
    );
  });

  test('a workspace without configs', () => {
    assert.equal(auditSummaryMessage(summary({})), 'Harden: no configuration files found in the workspace');
  });

  test('a cancelled audit reports what it found so far', () => {
    assert.equal(
      auditSummaryMessage(
        summary({ files: 30, filesWithProblems: 3, problems: 5, errors: 1, cancelled: true }),
      ),
      'Harden: audit cancelled — 5 problems in 3 files so far',
    );
  });

  test('a cancelled audit with nothing found yet does not pretend to be clean', () => {
    assert.equal(auditSummaryMessage(summary({ files: 30, cancelled: true })), 'Harden: audit cancelled');
  });
});

describe('enabledExcludeGlobs', () => {
  test('keeps only the globs switched on unconditionally', () => {
    assert.deepEqual(
      enabledExcludeGlobs({
        '**/.git': true,
        '**/node_modules': false,
        '**/*.js': { when: '$(basename).ts' },
        '**/vendor': true,
      }),
      ['**/.git', '**/vendor'],
    );
  });

  test('ignores a setting that is not an object', () => {
    assert.deepEqual(enabledExcludeGlobs(undefined), []);
    assert.deepEqual(enabledExcludeGlobs(null), []);
    assert.deepEqual(enabledExcludeGlobs('**/.git'), []);
  });
});
