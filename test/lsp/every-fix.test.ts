/**
 * Every quick-fix works over LSP: for each fixable rule, the first "Fires" example of its
 * documentation page is opened in the real server, the rule's preferred code action is applied
 * as the editor would apply it, and the next diagnostics no longer hold that finding.
 * Fixes that edit another file (.gitignore) are proven by the rule tests instead.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver-protocol/node';
import { ALL_RULES } from '../../rules/index.ts';
import { docExamples, readDoc } from '../helpers/rule-docs.ts';
import { ensureServerBuilt, LspClient, tempWorkspace } from './harness.ts';

const LANGUAGE: Record<string, string> = { dotenv: 'dotenv', nginx: 'nginx' };
const DEFAULT_FILE: Record<string, string> = {
  dotenv: '.env',
  nginx: 'etc/nginx/sites-available/example.conf',
};

const cases = ALL_RULES.filter((rule) => rule.meta.fixable && LANGUAGE[rule.meta.format]).flatMap((rule) => {
  const example = docExamples(readDoc(rule.meta.id) ?? '').find(
    (e) => e.section === 'fires' && e.format === rule.meta.format,
  );
  return example ? [{ rule, example }] : [];
});

describe('every quick-fix works over LSP', () => {
  let client: LspClient;
  before(async () => {
    ensureServerBuilt();
    // Every rule on, info rules included, so that each example's rule reports.
    client = await LspClient.start(tempWorkspace({ 'README.md': 'fixtures\n' }), {
      settings: { preset: 'strict', rules: { 'dotenv/unordered-key': 'warning' } },
    });
  });
  after(() => client.kill());

  test('there are fixable rules with examples to check', () => {
    assert.ok(cases.length >= 15, `only ${cases.length} cases`);
  });

  cases.forEach(({ rule, example }, i) => {
    test(`${rule.meta.id}`, async () => {
      const file = `case-${i}/${example.file ?? DEFAULT_FILE[rule.meta.format]}`;
      const uri = await client.open(file, example.code, LANGUAGE[rule.meta.format]);
      const first = await client.waitForCurrentDiagnostics(uri);
      const finding = first.diagnostics.find((d) => d.code === rule.meta.id);
      assert.ok(finding, `${rule.meta.id} did not fire on its documentation example`);
      const actions = ((await client.codeActions(uri, finding.range, [finding])) ?? []) as CodeAction[];
      const fix = actions.find((a) => a.isPreferred);
      if (!fix) {
        noFix.push(rule.meta.id);
        return;
      }
      assert.equal(actions[0], fix, 'the fix comes first');
      assert.ok(fix.edit, 'the fix carries its edit');
      const sameFile = (fix.edit.documentChanges ?? []).every(
        (c) => 'textDocument' in c && c.textDocument.uri === uri,
      );
      if (!sameFile) {
        otherFile.push(rule.meta.id);
        return;
      }
      const count = first.diagnostics.filter((d) => d.code === rule.meta.id).length;
      await client.applyWorkspaceEdit(fix.edit);
      const after = await client.waitForCurrentDiagnostics(uri);
      const remaining = after.diagnostics.filter((d) => d.code === rule.meta.id).length;
      assert.ok(
        remaining < count,
        `${rule.meta.id} still reports ${remaining} of ${count} after its fix:\n${client.text(uri)}`,
      );
      assert.ok(
        !after.diagnostics.some(
          (d) =>
            d.code === rule.meta.id &&
            d.message === finding.message &&
            d.range.start.line === finding.range.start.line,
        ),
        'the fixed finding is gone',
      );
      verified.push(rule.meta.id);
    });
  });

  test('each fixable rule was verified, or offers no fix for its example for a stated reason', () => {
    assert.deepEqual(otherFile, [], 'fixes that edit another file are proven by the rule tests');
    // Rules that only sometimes have a safe rewrite: their first documented example is a case without one.
    assert.deepEqual(
      noFix.filter((id) => !FIX_ONLY_SOMETIMES.has(id)),
      [],
    );
    assert.equal(verified.length + noFix.length, cases.length);
  });
});

const verified: string[] = [];
const noFix: string[] = [];
const otherFile: string[] = [];
/** Fixable rules whose first documentation example has no safe automatic rewrite. */
const FIX_ONLY_SOMETIMES = new Set<string>(['nginx/proxy-pass-normalized']);
