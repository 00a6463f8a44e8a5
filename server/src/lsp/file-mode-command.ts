import fs from 'node:fs';
import type { Connection } from 'vscode-languageserver';
import { fsErrorReason } from '../engine/disk-workspace.ts';
import type { ApplyFileModeArguments } from '../shared/protocol.ts';
import { RequestFailure } from './request-guard.ts';
import { uriToPath } from './uris.ts';
import type { WorkspaceFolders } from './workspace-folders.ts';

const CONFIRM = 'Change permissions';

/**
 * Runs a file-permission fix after the user confirms it in a modal-less prompt. Only files
 * inside a workspace folder are touched: the arguments come over the wire.
 * Returns whether anything changed.
 */
export async function applyFileMode(
  connection: Connection,
  folders: WorkspaceFolders,
  raw: unknown,
): Promise<boolean> {
  const args = parseArguments(raw);
  const targets = args.operations.map((op) => {
    const path = uriToPath(op.uri);
    if (path === undefined || !folders.containing(path))
      throw new RequestFailure(`Refusing to change the mode of ${op.uri}: it is not in a workspace folder.`);
    return { path, mode: op.mode };
  });
  const list = targets.map((t) => `${t.path} → ${t.mode.toString(8).padStart(3, '0')}`).join(', ');
  const answer = await connection.window.showWarningMessage(`${args.title}: ${list}?`, { title: CONFIRM });
  if (answer?.title !== CONFIRM) return false;
  const failures: string[] = [];
  for (const target of targets) {
    try {
      fs.chmodSync(target.path, target.mode);
    } catch (error) {
      failures.push(`${target.path}: ${fsErrorReason(error)}`);
    }
  }
  if (failures.length > 0)
    void connection.window.showErrorMessage(`Could not change: ${failures.join('; ')}`);
  return failures.length < targets.length;
}

function parseArguments(raw: unknown): ApplyFileModeArguments {
  const value = raw as Partial<ApplyFileModeArguments> | undefined;
  const operations = Array.isArray(value?.operations) ? value.operations : [];
  const valid = operations.filter(
    (op) => typeof op?.uri === 'string' && Number.isInteger(op.mode) && op.mode >= 0 && op.mode <= 0o7777,
  );
  if (valid.length === 0 || valid.length !== operations.length || typeof value?.title !== 'string')
    throw new RequestFailure('Invalid arguments for the file-mode fix.');
  return { title: value.title, operations: valid };
}
