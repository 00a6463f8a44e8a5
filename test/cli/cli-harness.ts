import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../server/src/cli/main.ts';
import { REPO_ROOT } from '../helpers/rule-docs.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function harden(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    env,
    stdoutIsTTY: false,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    version: '0.0.0-test',
  });
  return { code, stdout, stderr };
}

/** Runs the built `dist/cli.js` as a user would (building it once per process if needed). */
let built = false;
export function hardenBinary(argv: string[], cwd: string): CliRun {
  if (!built) {
    execFileSync(process.execPath, ['scripts/build.mjs'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      timeout: 180_000,
    });
    built = true;
  }
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli.js'), ...argv], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    // A CLI that hangs fails its test by name (the runner would otherwise kill the whole file).
    timeout: 120_000,
  });
  // A timeout (or a failed spawn) leaves no status: say why in stderr, which the tests print.
  const why = result.error ? `\n[cli-harness] ${result.error.message}` : '';
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr + why };
}

/** A temporary workspace from a map of relative paths to contents. */
export function tempWorkspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'harden-cli-'));
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  return fs.realpathSync(dir);
}
