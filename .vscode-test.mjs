// The extension-host suite (test/e2e/suite) through @vscode/test-cli, for contributors on machines
// that can download a VS Code build: `npm run build && npx --package @vscode/test-cli vscode-test`.
// (Where no build can be downloaded, `npm run test:e2e` runs the same files in code-server.)
// The suite is compiled into .cache/e2e/suite/ and opens a fresh copy of examples/, as there.
import { compileSuite } from './test/e2e/harness/compile-suite.mjs';
import { prepareWorkspace } from './test/e2e/harness/workspace.mjs';

await compileSuite();

export default {
  files: '.cache/e2e/suite/*.test.js',
  // Without examples/.harden.yaml: the suite checks that opening a .env file activates Harden.
  workspaceFolder: prepareWorkspace('vscode-test', { withConfigFile: false }),
  mocha: { ui: 'bdd', timeout: 60_000 },
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
};
