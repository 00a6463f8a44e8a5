// `npm run bench`: bundles the benchmark with esbuild, as scripts/build.mjs bundles the product,
// and runs it. The figures are then those of the engine as it ships (one bundle, no TypeScript
// loader hooks or name-keeping wrappers in the hot paths), not of the development loader.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { referenceLibPlugin } from '../scripts/reference-lib-plugin.mjs';

const outfile = 'dist/bench.cjs';
await build({
  entryPoints: ['bench/run.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  external: ['esbuild'],
  logLevel: 'warning',
  // As the language server ships (scripts/build.mjs).
  plugins: [referenceLibPlugin({ descriptions: 'lazy' })],
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
