// Compiles the extension-host suite (TypeScript) into `.cache/e2e/suite/` with esbuild: one
// CommonJS file per test file plus the Mocha entry point. `vscode` comes from the extension host;
// `mocha` is loaded from the project's node_modules at run time (a bundled copy would be a second
// Mocha whose `describe` is not the running one).
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, layout } from './cache-layout.mjs';

export const SUITE_SOURCE = join(REPO_ROOT, 'test', 'e2e', 'suite');

export async function compileSuite() {
  rmSync(layout.suiteOut, { recursive: true, force: true });
  const entryPoints = readdirSync(SUITE_SOURCE)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => join(SUITE_SOURCE, name));
  await build({
    entryPoints,
    outdir: layout.suiteOut,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return { entry: join(layout.suiteOut, 'index.js'), files: entryPoints.length };
}
