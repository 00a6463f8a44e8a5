import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IneffectiveFixes } from '../../../server/src/engine/fix-rounds.ts';
import type { LintResult } from '../../../server/src/engine/linter.ts';
import type { Finding, Fix } from '../../../server/src/engine/types.ts';

const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 4 } });

function finding(message: string, line: number): Finding {
  return {
    ruleId: 'nginx/private-paths-exposed',
    messageId: 'exposed',
    severity: 'warning',
    message,
    file: '/ws/a.conf',
    range: at(line),
  };
}

function results(...findings: Finding[]): LintResult[] {
  return [{ file: '/ws/a.conf', format: 'nginx', findings, fullyUnderstood: true }];
}

const fix = (): Fix => ({ title: 'Deny', kind: 'safe', edits: [] });

test('a fix whose finding is still there after it (lines moved) is not offered again', () => {
  const rounds = new IneffectiveFixes();
  const first = finding('This server serves dotfiles', 5);
  const applied = fix();
  rounds.startRound(results(first));
  assert.equal(rounds.allows('/ws/a.conf', first, applied), true);
  // The same finding, three lines further down once the fix inserted its lines.
  const again = finding('This server serves dotfiles', 8);
  rounds.endRound([applied], results(again));
  rounds.startRound(results(again));
  assert.equal(rounds.allows('/ws/a.conf', again, fix()), false);
});

test('a fix that removed its finding leaves an identical finding elsewhere fixable', () => {
  const rounds = new IneffectiveFixes();
  const one = finding('This server serves dotfiles', 5);
  const two = finding('This server serves dotfiles', 20);
  const applied = fix();
  rounds.startRound(results(one, two));
  assert.equal(rounds.allows('/ws/a.conf', one, applied), true);
  // Only the first was applied this round (say the second overlapped it): one is left.
  rounds.endRound([applied], results(finding('This server serves dotfiles', 23)));
  const left = finding('This server serves dotfiles', 23);
  rounds.startRound(results(left));
  assert.equal(rounds.allows('/ws/a.conf', left, fix()), true);
});

test('a fix that was not applied (refused for overlapping) is offered again', () => {
  const rounds = new IneffectiveFixes();
  const refused = finding('This server serves log files', 5);
  rounds.startRound(results(refused));
  assert.equal(rounds.allows('/ws/a.conf', refused, fix()), true);
  rounds.endRound([], results(refused));
  rounds.startRound(results(refused));
  assert.equal(rounds.allows('/ws/a.conf', refused, fix()), true);
});
