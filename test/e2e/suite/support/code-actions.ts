import assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** The code actions the editor offers for a diagnostic, as the light bulb would list them. */
export async function codeActionsFor(
  uri: vscode.Uri,
  diagnostic: vscode.Diagnostic,
  kind?: string,
): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    kind,
  );
  return (actions ?? []).filter(
    (a): a is vscode.CodeAction => 'kind' in a || 'edit' in a || 'isPreferred' in a,
  );
}

export function actionTitled(actions: vscode.CodeAction[], title: string): vscode.CodeAction {
  const action = actions.find((a) => a.title === title);
  assert.ok(
    action,
    `no code action "${title}"; offered: ${actions.map((a) => JSON.stringify(a.title)).join(', ')}`,
  );
  return action;
}

/** Applies an action's edit the way the light bulb does, and checks the editor accepted it. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `code action "${action.title}" has no edit`);
  assert.equal(
    await vscode.workspace.applyEdit(action.edit),
    true,
    `the editor refused the edit of "${action.title}"`,
  );
}
