/// <reference types="mocha" />
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { actionTitled, applyAction, codeActionsFor } from './support/code-actions.ts';
import {
  ruleIdOf,
  waitForRule,
  waitForRuleGone,
  withRule,
  hardenDiagnostics,
} from './support/diagnostics.ts';
import { closeAllEditors, openInEditor, writeCase } from './support/workspace-files.ts';

const PRODUCTION_ENV = [
  '# Production overrides',
  'APP_ENV=prod',
  'APP_DEBUG=1',
  'SESSION_COOKIE_SECURE=false',
  'SESSION_COOKIE_HTTPONLY=false',
  '',
].join('\n');

const DEBUG = 'dotenv/debug-in-production';
const COOKIE = 'dotenv/cookie-insecure';

async function openCase(name: string, ruleId: string) {
  const uri = writeCase(name, '.env.prod', PRODUCTION_ENV);
  const document = await openInEditor(uri);
  const diagnostics = await waitForRule(uri, ruleId);
  const diagnostic = diagnostics.find((d) => ruleIdOf(d) === ruleId)!;
  return { uri, document, diagnostic };
}

describe('code actions', () => {
  afterEach(closeAllEditors);

  it('offers the fixed catalogue for a finding: fix (preferred), disable for line/file, documentation', async () => {
    const { uri, diagnostic } = await openCase('catalogue', DEBUG);
    const actions = await codeActionsFor(uri, diagnostic, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    for (const title of [
      'Set APP_DEBUG=0',
      `Disable ${DEBUG} for this line`,
      `Disable ${DEBUG} for the entire file`,
      `Show documentation for ${DEBUG}`,
    ]) {
      assert.ok(titles.includes(title), `missing "${title}" in ${JSON.stringify(titles)}`);
    }
    const preferred = actions.filter((a) => a.isPreferred);
    assert.deepEqual(
      preferred.map((a) => a.title),
      ['Set APP_DEBUG=0'],
      'exactly the rule fix is preferred',
    );
    // A single finding of the rule: "fix all" would be the same edit as the fix.
    assert.ok(!titles.includes(`Fix all ${DEBUG} problems in this file`));
  });

  it('applies the rule fix: the value becomes safe and the diagnostic goes away', async () => {
    const { uri, document, diagnostic } = await openCase('fix', DEBUG);
    await applyAction(actionTitled(await codeActionsFor(uri, diagnostic), 'Set APP_DEBUG=0'));
    assert.equal(document.lineAt(2).text, 'APP_DEBUG=0');
    await waitForRuleGone(uri, DEBUG);
    assert.equal(withRule(uri, COOKIE).length, 2, 'the other findings stay');
  });

  it('fixes all problems of one rule in the file', async () => {
    const { uri, document, diagnostic } = await openCase('fix-all', COOKIE);
    await waitForRule(uri, COOKIE);
    assert.equal(withRule(uri, COOKIE).length, 2);
    await applyAction(
      actionTitled(await codeActionsFor(uri, diagnostic), `Fix all ${COOKIE} problems in this file`),
    );
    assert.equal(document.lineAt(3).text, 'SESSION_COOKIE_SECURE=true');
    assert.equal(document.lineAt(4).text, 'SESSION_COOKIE_HTTPONLY=true');
    assert.equal(document.lineAt(2).text, 'APP_DEBUG=1', 'other rules are left alone');
    await waitForRuleGone(uri, COOKIE);
  });

  it('disables a rule for one line with a comment above it', async () => {
    const { uri, document, diagnostic } = await openCase('disable-line', DEBUG);
    await applyAction(actionTitled(await codeActionsFor(uri, diagnostic), `Disable ${DEBUG} for this line`));
    // The comment may carry a reason after ` -- ` (the server writes a placeholder to fill in).
    assert.match(document.lineAt(2).text, new RegExp(`^# harden-disable-next-line ${DEBUG}(?: -- .+)?$`));
    assert.equal(document.lineAt(3).text, 'APP_DEBUG=1', 'the value itself is untouched');
    await waitForRuleGone(uri, DEBUG);
    assert.equal(withRule(uri, 'harden/unused-suppression').length, 0, 'the new comment is used');
    assert.equal(withRule(uri, COOKIE).length, 2);
  });

  it('disables a rule for the whole file with a comment at the top', async () => {
    const { uri, document, diagnostic } = await openCase('disable-file', DEBUG);
    await applyAction(
      actionTitled(await codeActionsFor(uri, diagnostic), `Disable ${DEBUG} for the entire file`),
    );
    const text = document.getText();
    assert.ok(text.includes(`# harden-disable-file ${DEBUG}\n`), `no file-level comment in:\n${text}`);
    assert.ok(
      text.indexOf('harden-disable-file') < text.indexOf('APP_ENV='),
      'the comment comes before the entries',
    );
    await waitForRuleGone(uri, DEBUG);
    assert.equal(withRule(uri, COOKIE).length, 2);
  });

  it('shows the rule documentation through the client command', async () => {
    const { uri, diagnostic } = await openCase('documentation', DEBUG);
    const action = actionTitled(await codeActionsFor(uri, diagnostic), `Show documentation for ${DEBUG}`);
    assert.equal(action.edit, undefined);
    assert.equal(action.command?.command, 'harden.showRuleDocumentation');
    assert.deepEqual(action.command?.arguments, [DEBUG]);
    await expectDocumentationShown(action.command!);
  });

  it('offers nothing for a file without findings', async () => {
    const uri = writeCase('clean', '.env.prod', 'APP_ENV=prod\nAPP_DEBUG=0\n');
    await openInEditor(uri);
    const all = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(0, 0, 1, 0),
      vscode.CodeActionKind.QuickFix.value,
    );
    assert.equal(hardenDiagnostics(uri).length, 0);
    assert.deepEqual(
      (all ?? []).filter((a) => /harden|APP_/i.test(a.title)).map((a) => a.title),
      [],
    );
  });
});

/**
 * The documentation opens in an editor tab (the rule's page, shipped in the extension): wait for a
 * tab whose label or URI names the rule.
 */
async function expectDocumentationShown(command: vscode.Command): Promise<void> {
  const names = (tab: vscode.Tab) => {
    const input = tab.input as { uri?: vscode.Uri; viewType?: string } | undefined;
    return `${tab.label} ${input?.uri?.toString() ?? ''} ${input?.viewType ?? ''}`;
  };
  const isDocs = (tab: vscode.Tab) => /debug-in-production/.test(names(tab));
  const shown = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      const open = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map(names);
      reject(new Error(`no documentation tab after 20 s; tabs: ${JSON.stringify(open)}`));
    }, 20_000);
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (!vscode.window.tabGroups.all.some((g) => g.tabs.some(isDocs))) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
  await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
  await shown;
}
