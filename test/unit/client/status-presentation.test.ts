import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, statusPresentation } from '../../../client/src/status-presentation.ts';

const clock = (date: Date) => date.toISOString().slice(11, 19);

describe('statusPresentation', () => {
  test('a ready server with its last lint', () => {
    assert.deepEqual(
      statusPresentation(
        {
          state: 'ready',
          lastLint: { uri: 'file:///srv/app/.env.local', durationMs: 3.42, at: '2025-01-02T10:20:30.000Z' },
        },
        clock,
      ),
      {
        text: 'Harden',
        detail: 'ready · last lint: .env.local in 3.4 ms at 10:20:30',
        warning: false,
        busy: false,
      },
    );
  });

  test('decodes the file name and leaves out a time it cannot read', () => {
    const view = statusPresentation(
      {
        state: 'linting',
        lastLint: { uri: 'file:///srv/my%20site/nginx.conf', durationMs: 120, at: 'soon' },
      },
      clock,
    );
    assert.equal(view.detail, 'linting · last lint: nginx.conf in 120 ms');
    assert.equal(view.busy, true);
  });

  test('an error is a warning and shows its message', () => {
    const view = statusPresentation({ state: 'error', message: 'cannot read .harden.yaml' }, clock);
    assert.equal(view.warning, true);
    assert.equal(view.busy, false);
    assert.equal(view.detail, 'error · cannot read .harden.yaml');
  });

  test('a stopped server is a warning too; starting and auditing are busy', () => {
    assert.equal(statusPresentation({ state: 'stopped' }, clock).warning, true);
    assert.equal(statusPresentation({ state: 'starting' }, clock).busy, true);
    assert.equal(statusPresentation({ state: 'auditing' }, clock).detail, 'auditing the workspace');
    assert.equal(
      statusPresentation({ state: 'ready', message: 'only shown on errors' }, clock).detail,
      'ready',
    );
  });
});

describe('formatDuration', () => {
  test('picks a readable unit', () => {
    assert.equal(formatDuration(0.25), '0.3 ms');
    assert.equal(formatDuration(42.6), '43 ms');
    assert.equal(formatDuration(2500), '2.50 s');
    assert.equal(formatDuration(-1), '');
    assert.equal(formatDuration(Number.NaN), '');
  });
});
