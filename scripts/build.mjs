// Bundles the three entry points with esbuild: the VS Code client, the language server and the CLI.
// `--production` minifies (used for the .vsix); type checking is `tsc --noEmit` (npm test runs it).
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { referenceLibPlugin } from './reference-lib-plugin.mjs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  }),
  build({
    ...common,
    entryPoints: ['server/src/server.ts'],
    outfile: 'dist/server.js',
    plugins: [referenceLibPlugin({ descriptions: 'lazy' })],
  }),
  build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    plugins: [referenceLibPlugin({ descriptions: 'omit' })],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
chmodSync('dist/cli.js', 0o755);
