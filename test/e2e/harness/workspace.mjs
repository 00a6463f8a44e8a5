// The workspace an e2e tier opens: a fresh copy of examples/ (the lead's realistic deployment
// workspace) with test/e2e/workspace/ laid over it (small files with known findings). The copy
// lives outside the repository, so that no parent .git or .gitignore changes what the rules see.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './cache-layout.mjs';

const EXAMPLES = join(REPO_ROOT, 'examples');
const OVERLAY = join(REPO_ROOT, 'test', 'e2e', 'workspace');

/**
 * `withConfigFile: false` drops examples/.harden.yaml: its `workspaceContains` activation event
 * would activate Harden at startup, and the host suite checks that opening a .env file does it.
 */
export function prepareWorkspace(label, { withConfigFile = true, name = 'deployment' } = {}) {
  // A plain folder name: it is what the explorer and the screenshots show.
  const dir = join(mkdtempSync(join(tmpdir(), `harden-e2e-${label}-`)), name);
  if (existsSync(EXAMPLES)) cpSync(EXAMPLES, dir, { recursive: true });
  cpSync(OVERLAY, dir, { recursive: true });
  if (!withConfigFile) rmSync(join(dir, '.harden.yaml'), { force: true });
  return dir;
}

export function removeWorkspace(dir) {
  rmSync(dirname(dir), { recursive: true, force: true });
}
