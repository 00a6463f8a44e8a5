import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder)
    throw new Error('the e2e suite needs a workspace folder (the harness opens a copy of examples/)');
  return folder.uri.fsPath;
}

export function workspaceUri(relativePath: string): vscode.Uri {
  return vscode.Uri.file(join(workspaceRoot(), relativePath));
}

/**
 * Writes a file for one test under `cases/<caseName>/` so that tests never share a document.
 * The name keeps its meaning for the rules (`.env.prod` is a production file).
 */
export function writeCase(caseName: string, fileName: string, text: string): vscode.Uri {
  const path = join(workspaceRoot(), 'cases', caseName, fileName);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return vscode.Uri.file(path);
}

export function readDisk(uri: vscode.Uri): string {
  return readFileSync(uri.fsPath, 'utf8');
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/**
 * Closes every editor so that a test starts from the same state. Edits that tests applied are
 * saved first: closing a modified editor would otherwise wait on a "save changes?" dialog.
 */
export async function closeAllEditors(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
