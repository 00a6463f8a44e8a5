/// <reference types="mocha" />
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { cliFindings, parseSarifFindings, type FindingsByFile } from './support/cli-findings.ts';
import { describeDiagnostic, hardenDiagnostics, waitForDiagnostics } from './support/diagnostics.ts';
import { isJson, waitForFile } from './support/files-on-disk.ts';
import { repositoryRoot } from './support/extension.ts';
import { assertValidSarif } from './support/sarif-schema.ts';
import { closeAllEditors, workspaceRoot } from './support/workspace-files.ts';

/** Made-up secret values of examples/ that no output may ever show. */
const EXAMPLE_SECRETS = [
  'ThisTokenIsNotSoSecretChangeIt',
  'Kq7vN2pXw9LmR4tZ',
  '8f3a91c27be04d6e95a1f0c3d7b2e648',
  'ChangeMe',
];

/** Rejects when the command fails; never resolves otherwise (its success is observed elsewhere). */
function failureOf(command: string, running: Thenable<unknown>): Promise<never> {
  return new Promise((_resolve, reject) => {
    running.then(undefined, (error: unknown) => reject(new Error(`${command} failed: ${String(error)}`)));
  });
}

function isOpen(path: string): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.fsPath === path);
}

describe('Harden: Audit Workspace', () => {
  after(() => vscode.commands.executeCommand('notifications.clearAll'));
  let cli: FindingsByFile;
  before(async function () {
    this.timeout(120_000);
    await closeAllEditors();
    cli = cliFindings(workspaceRoot());
    assert.ok(
      cli.size >= 2,
      `the CLI should find problems in several files of the workspace, found ${cli.size}`,
    );
  });

  it('fills the Problems panel for files that are not open, exactly as `harden audit` does', async function () {
    this.timeout(120_000);
    const closed = [...cli.keys()].filter((file) => !isOpen(file));
    assert.ok(closed.length > 0);
    const before = closed.filter((file) => hardenDiagnostics(vscode.Uri.file(file)).length > 0);
    assert.deepEqual(before, [], 'files that were never opened already had diagnostics before the audit');

    // Not awaited: the command resolves only when its summary notification is dismissed.
    const failed = failureOf(
      'harden.auditWorkspace',
      vscode.commands.executeCommand('harden.auditWorkspace'),
    );
    const filled = (async () => {
      for (const file of closed) {
        const want = JSON.stringify(cli.get(file));
        await waitForDiagnostics(
          vscode.Uri.file(file),
          (ds) => JSON.stringify(ds.map(describeDiagnostic).sort()) === want,
          `the audit's diagnostics, equal to the CLI's ${want}`,
          60_000,
        );
      }
    })();
    await Promise.race([filled, failed]);
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const d of diagnostics.filter((x) => x.source === 'harden')) {
        for (const secret of EXAMPLE_SECRETS) {
          assert.ok(!d.message.includes(secret), `a diagnostic of ${uri.fsPath} shows a secret value`);
        }
      }
    }
  });

  it('exports the audit as a SARIF file that is valid and matches the CLI', async function () {
    this.timeout(120_000);
    const out = join(mkdtempSync(join(tmpdir(), 'harden-export-')), 'report.sarif');
    // The format and the target skip the quick pick and the save dialog. Not awaited: the
    // command ends with a "report saved" notification that waits for the user.
    const failed = failureOf(
      'harden.exportReport',
      vscode.commands.executeCommand('harden.exportReport', 'sarif', vscode.Uri.file(out)),
    );
    const text = await Promise.race([waitForFile(out, isJson, 'the exported SARIF report', 60_000), failed]);
    for (const secret of EXAMPLE_SECRETS)
      assert.ok(!text.includes(secret), 'the SARIF report shows a secret value');
    const { log, byFile } = parseSarifFindings(text, workspaceRoot());
    assertValidSarif(log, repositoryRoot());
    assert.equal(log.version, '2.1.0');
    const driver = log.runs[0]!.tool.driver;
    assert.equal(driver.name.toLowerCase(), 'harden');
    const ruleIds = new Set(driver.rules?.map((r) => r.id));
    for (const result of log.runs[0]!.results ?? []) {
      assert.ok(
        result.ruleId && ruleIds.has(result.ruleId),
        `result of ${result.ruleId} without rule metadata`,
      );
    }
    for (const [file, findings] of cli) {
      if (isOpen(file)) continue;
      assert.deepEqual(byFile.get(file), findings, `exported findings of ${file}`);
    }
  });
});
