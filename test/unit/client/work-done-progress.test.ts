import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkDoneProgressForwarder } from '../../../client/src/work-done-progress.ts';

describe('WorkDoneProgressForwarder', () => {
  test('turns absolute percentages into increments', () => {
    const forwarder = new WorkDoneProgressForwarder();
    assert.deepEqual(
      forwarder.step({ kind: 'begin', title: 'Auditing', percentage: 0, message: '0/200 files' }),
      {
        message: '0/200 files',
      },
    );
    assert.deepEqual(forwarder.step({ kind: 'report', percentage: 25, message: '50/200 files' }), {
      message: '50/200 files',
      increment: 25,
    });
    assert.deepEqual(forwarder.step({ kind: 'report', percentage: 60 }), { increment: 35 });
  });

  test('never moves the bar backwards nor past 100', () => {
    const forwarder = new WorkDoneProgressForwarder();
    forwarder.step({ kind: 'report', percentage: 80 });
    assert.deepEqual(forwarder.step({ kind: 'report', percentage: 40, message: 'retrying' }), {
      message: 'retrying',
    });
    assert.deepEqual(forwarder.step({ kind: 'report', percentage: 250 }), { increment: 20 });
    assert.equal(forwarder.step({ kind: 'report', percentage: 100 }), undefined);
  });

  test('a report with nothing to show and the end produce no step', () => {
    const forwarder = new WorkDoneProgressForwarder();
    assert.equal(forwarder.step({ kind: 'report' }), undefined);
    assert.equal(forwarder.step({ kind: 'report', message: '' }), undefined);
    assert.equal(forwarder.step({ kind: 'end', message: 'done' }), undefined);
  });
});
