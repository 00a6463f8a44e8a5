import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'harden.harden';

export function hardenExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension)
    throw new Error(`extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath wrong?)`);
  return extension;
}

/** The repository: the extension runs from its folder (extensionDevelopmentPath). */
export function repositoryRoot(): string {
  return hardenExtension().extensionPath;
}

/**
 * Runs the bundled CLI (`dist/cli.js`) on the same files: the editor and the CLI must agree.
 * The extension host's executable is Node (code-server) or Electron (VS Code), which runs as
 * Node with ELECTRON_RUN_AS_NODE.
 */
export function runCli(
  args: string[],
  cwd: string,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(repositoryRoot(), 'dist', 'cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}
