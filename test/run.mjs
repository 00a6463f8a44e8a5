// Runs the test suite with node's test runner (TypeScript through tsx).
// `node test/run.mjs [dir-or-file ...]` runs a subset; by default every *.test.ts under test/
// and rules/ except the real-editor tier (test/e2e), which `npm run test:e2e` runs; its Neovim
// test (test/e2e/neovim.test.ts) runs in both.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const roots = args.length > 0 ? args : ['test', 'rules'];

function collect(path, out) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new Error(`no such test path: ${path}`);
  if (stat.isFile()) {
    out.push(path);
    return;
  }
  for (const name of readdirSync(path).sort()) {
    if (name === 'node_modules' || name === 'fixtures' || name.startsWith('.')) continue;
    const child = join(path, name);
    if (args.length === 0 && relative(root, child) === join('test', 'e2e')) {
      // The Neovim client test needs no download and always runs; the rest of the tier does not.
      out.push(join(child, 'neovim.test.ts'));
      continue;
    }
    // Mocha tests for VS Code's extension host (they import `vscode`): never node's runner.
    if (relative(root, child) === join('test', 'e2e', 'suite')) continue;
    // A dangling symlink (test data: an absolute sites-enabled link) is neither a test nor a folder.
    const childStat = statSync(child, { throwIfNoEntry: false });
    if (!childStat) continue;
    if (childStat.isDirectory()) collect(child, out);
    else if (/\.test\.ts$/.test(name)) out.push(child);
  }
}

const files = [];
for (const r of roots) collect(join(root, r), files);
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: 'inherit', cwd: root, env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } },
);
process.exit(result.status ?? 1);
