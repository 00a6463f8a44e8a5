/// <reference types="mocha" />
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForRule, waitForRuleGone } from './support/diagnostics.ts';
import { withSettings } from './support/settings.ts';
import { closeAllEditors, openInEditor, readDisk, writeCase } from './support/workspace-files.ts';

describe('source.fixAll.harden', () => {
  afterEach(closeAllEditors);

  it('is offered as a source action with every safe fix of the file', async () => {
    const uri = writeCase(
      'fix-all-source',
      '.env.prod',
      'APP_ENV=prod\nAPP_DEBUG=1\nSESSION_COOKIE_SECURE=false\n',
    );
    await openInEditor(uri);
    await waitForRule(uri, 'dotenv/debug-in-production');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.harden',
    );
    const fixAll = (actions ?? []).filter((a) => a.kind?.value === 'source.fixAll.harden');
    assert.equal(
      fixAll.length,
      1,
      `source.fixAll.harden actions: ${JSON.stringify((actions ?? []).map((a) => a.title))}`,
    );
  });

  it('runs on save through editor.codeActionsOnSave', async () => {
    const uri = writeCase(
      'fix-on-save',
      '.env.prod',
      'APP_ENV=prod\nAPP_DEBUG=1\nSESSION_COOKIE_SECURE=false\n',
    );
    await withSettings(
      [
        {
          section: 'editor',
          key: 'codeActionsOnSave',
          value: { 'source.fixAll.harden': 'explicit' },
          languageId: 'dotenv',
        },
      ],
      async () => {
        const document = await openInEditor(uri);
        await waitForRule(uri, 'dotenv/debug-in-production');
        // Type something so that the save is a real one (a clean document is not saved again).
        const edit = new vscode.WorkspaceEdit();
        edit.insert(uri, new vscode.Position(0, 0), '# deployed by ansible\n');
        assert.ok(await vscode.workspace.applyEdit(edit));
        assert.ok(await document.save(), 'save failed');
        assert.equal(
          readDisk(uri),
          '# deployed by ansible\nAPP_ENV=prod\nAPP_DEBUG=0\nSESSION_COOKIE_SECURE=true\n',
          'the file on disk has both fixes',
        );
        await waitForRuleGone(uri, 'dotenv/debug-in-production');
      },
    );
  });
});
