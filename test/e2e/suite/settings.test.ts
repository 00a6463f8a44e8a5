/// <reference types="mocha" />
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  recordDiagnosticChanges,
  ruleIdOf,
  waitForDiagnostics,
  waitForQuiet,
  waitForRule,
  waitForRuleGone,
  withRule,
} from './support/diagnostics.ts';
import { withSettings } from './support/settings.ts';
import { closeAllEditors, openInEditor, workspaceRoot, writeCase } from './support/workspace-files.ts';

const DEBUG = 'dotenv/debug-in-production';
const COOKIE = 'dotenv/cookie-insecure';
const TEXT = 'APP_ENV=prod\nAPP_DEBUG=1\nSESSION_COOKIE_SECURE=false\n';

/**
 * How long "no lint happened" is watched for in `onSave` mode: many times the server's typing
 * debounce (150 ms), so a lint on change would have shown up.
 */
const QUIET_WINDOW_MS = 2_000;

describe('settings', () => {
  afterEach(closeAllEditors);

  it('harden.rules turns a rule off, and back on when the override is removed', async () => {
    const uri = writeCase('rules-setting', '.env.prod', TEXT);
    await openInEditor(uri);
    await waitForRule(uri, DEBUG);
    await withSettings([{ section: 'harden', key: 'rules', value: { [DEBUG]: 'off' } }], async () => {
      await waitForRuleGone(uri, DEBUG);
      assert.equal(withRule(uri, COOKIE).length, 1, 'only the rule that was turned off disappears');
    });
    await waitForRule(uri, DEBUG);
  });

  it('harden.rules changes a severity', async () => {
    const uri = writeCase('severity-setting', '.env.prod', TEXT);
    await openInEditor(uri);
    await waitForRule(uri, DEBUG);
    await withSettings(
      [{ section: 'harden', key: 'rules', value: { [DEBUG]: { severity: 'error' } } }],
      async () => {
        await waitForDiagnostics(
          uri,
          (ds) => ds.some((d) => ruleIdOf(d) === DEBUG && d.severity === vscode.DiagnosticSeverity.Error),
          `${DEBUG} as an error`,
        );
      },
    );
  });

  it('.harden.yaml wins over harden.rules for a rule it configures', async () => {
    const uri = writeCase('config-file-wins', '.env.prod', TEXT);
    const configPath = join(workspaceRoot(), '.harden.yaml');
    await openInEditor(uri);
    await waitForRule(uri, DEBUG);
    try {
      writeFileSync(configPath, `rules:\n  ${DEBUG}: { severity: error }\n`);
      await waitForDiagnostics(
        uri,
        (ds) => ds.some((d) => ruleIdOf(d) === DEBUG && d.severity === vscode.DiagnosticSeverity.Error),
        `${DEBUG} as an error after .harden.yaml was written`,
      );
      await withSettings(
        [{ section: 'harden', key: 'rules', value: { [DEBUG]: 'off', [COOKIE]: 'off' } }],
        async () => {
          // The cookie rule is not in the file: the setting applies to it, and proves it arrived.
          await waitForRuleGone(uri, COOKIE);
          assert.equal(
            withRule(uri, DEBUG).length,
            1,
            `.harden.yaml configures ${DEBUG}: the setting must not turn it off`,
          );
        },
      );
    } finally {
      rmSync(configPath, { force: true });
    }
    await waitForDiagnostics(
      uri,
      (ds) => ds.some((d) => ruleIdOf(d) === DEBUG && d.severity === vscode.DiagnosticSeverity.Warning),
      `${DEBUG} back to a warning after .harden.yaml was removed`,
    );
  });

  it('harden.run = onSave lints when the file is saved, not while typing', async () => {
    const uri = writeCase('run-on-save', '.env.prod', 'APP_ENV=prod\nSESSION_COOKIE_SECURE=false\n');
    const document = await openInEditor(uri);
    await waitForRule(uri, COOKIE);
    await withSettings(
      [
        { section: 'harden', key: 'run', value: 'onSave' },
        // A second change the server shows at once: once it is visible, the server has the new settings.
        { section: 'harden', key: 'rules', value: { [COOKIE]: 'off' } },
      ],
      async () => {
        await waitForRuleGone(uri, COOKIE);
        await waitForQuiet(uri, 1_000);
        const recorder = recordDiagnosticChanges(uri);
        try {
          const edit = new vscode.WorkspaceEdit();
          edit.insert(uri, new vscode.Position(1, 0), 'APP_DEBUG=1\n');
          assert.ok(await vscode.workspace.applyEdit(edit));
          await new Promise((resolve) => setTimeout(resolve, QUIET_WINDOW_MS));
          assert.equal(withRule(uri, DEBUG).length, 0, 'linted while typing in onSave mode');
          assert.ok(
            recorder.changes.every((change) => !change.some((d) => d.startsWith(DEBUG))),
            `diagnostics changed before the save: ${JSON.stringify(recorder.changes)}`,
          );
        } finally {
          recorder.dispose();
        }
        assert.ok(await document.save());
        await waitForRule(uri, DEBUG);
      },
    );
  });
});
