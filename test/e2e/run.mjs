// `npm run test:e2e`: Harden in real editors.
//   a) the extension-host suite: Mocha inside VS Code's extension host (code-server), the
//      extension loaded from this repository;
//   b) UI tests: the packaged harden.vsix installed in code-server, driven through Chromium like a
//      person would (screenshots in test-results/e2e/);
//   c) Neovim: its built-in LSP client against dist/server.js (also part of `npm test`).
// Builds and packages first, installs the tools into .cache/e2e/ when missing, prints a summary
// with the time of each step, exits non-zero when anything failed.
//
// Options: --only host,ui,neovim   --skip-build   --grep <pattern> (extension-host tests only)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, RESULTS_DIR } from './harness/cache-layout.mjs';
import { stopAllCodeServers } from './harness/code-server.mjs';
import { runHostTier } from './harness/host-tier.mjs';
import { runUiTier } from './harness/ui-tier.mjs';
import { ensureInstalled } from './install.mjs';

const { values: options } = parseArgs({
  options: {
    only: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    grep: { type: 'string' },
  },
});
const TIERS = ['host', 'ui', 'neovim'];
const selected = options.only ? options.only.split(',').map((t) => t.trim()) : TIERS;
for (const tier of selected) {
  if (!TIERS.includes(tier)) {
    console.error(`unknown tier "${tier}" (use ${TIERS.join(', ')})`);
    process.exit(2);
  }
}

/** The extension cannot do anything without these: say which one is missing rather than fail later. */
const REQUIRED_SOURCES = [
  ['client/src/extension.ts', 'the VS Code client'],
  ['server/src/server.ts', 'the language server'],
  ['server/src/formats/dotenv/index.ts', 'the dotenv parser'],
  ['rules/dotenv/index.ts', 'the dotenv rules'],
];
const VSIX = join(REPO_ROOT, 'harden.vsix');

const started = Date.now();
const steps = [];
const log = (line) => console.log(line);

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

async function step(name, body) {
  log(`\n=== ${name}`);
  const t0 = Date.now();
  let outcome;
  try {
    outcome = (await body()) ?? { ok: true };
  } catch (error) {
    outcome = { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
  const entry = { name, seconds: (Date.now() - t0) / 1000, ...outcome };
  steps.push(entry);
  if (!entry.ok) log(`!!! ${name} failed: ${entry.problem ?? 'see above'}`);
  return entry.ok;
}

function summary() {
  const line = (name, seconds, status, detail = '') =>
    `  ${name.padEnd(30)} ${seconds.toFixed(1).padStart(6)} s  ${status.padEnd(7)} ${detail}`;
  log('\n=== test:e2e summary');
  for (const s of steps) {
    const counts = s.counts
      ? `${s.counts.passed} passed, ${s.counts.failed} failed, ${s.counts.skipped} skipped`
      : (s.detail ?? '');
    log(
      line(s.name, s.seconds, s.ok ? 'ok' : 'FAILED', s.ok ? counts : `${counts} ${s.problem ?? ''}`.trim()),
    );
  }
  const total = (Date.now() - started) / 1000;
  log(line('total', total, steps.every((s) => s.ok) ? 'ok' : 'FAILED'));
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'summary.json'), JSON.stringify({ total, steps }, null, 2) + '\n');
}

async function main() {
  // Screenshots of an earlier run would pass for this one's.
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  const missing = REQUIRED_SOURCES.filter(([path]) => !existsSync(join(REPO_ROOT, path)));
  if (missing.length > 0) {
    for (const [path, what] of missing) log(`missing ${path} (${what}): the e2e tiers need it`);
    steps.push({
      name: 'sources',
      seconds: 0,
      ok: false,
      problem: `missing ${missing.map(([p]) => p).join(', ')}`,
    });
    return;
  }
  if (!options['skip-build']) {
    const built = await step('build + package (.vsix)', async () => {
      // The .vsix gets the production bundle; the host and Neovim tiers then use the development
      // bundle (source maps in stack traces), rebuilt right after.
      if ((await run('npm', ['run', '--silent', 'package'])) !== 0)
        return { ok: false, problem: 'npm run package failed' };
      if ((await run(process.execPath, ['scripts/build.mjs'])) !== 0)
        return { ok: false, problem: 'build failed' };
      return { ok: true };
    });
    if (!built) return;
  }
  if (selected.includes('host') || selected.includes('ui')) {
    const installed = await step('install cache (.cache/e2e)', async () => {
      const marker = await ensureInstalled({ say: log });
      return { ok: true, detail: marker.vscode };
    });
    if (!installed) return;
  }
  if (selected.includes('host')) {
    await step('a) extension host (Mocha)', () => runHostTier({ say: log, grep: options.grep }));
  }
  if (selected.includes('ui')) {
    await step('b) UI (playwright)', () => {
      if (!existsSync(VSIX)) return { ok: false, problem: `${VSIX} is missing (run without --skip-build)` };
      return runUiTier({ vsix: VSIX, say: log });
    });
  }
  if (selected.includes('neovim')) {
    await step('c) Neovim (LSP client)', async () => {
      const code = await run(process.execPath, ['test/run.mjs', 'test/e2e/neovim.test.ts']);
      return code === 0 ? { ok: true } : { ok: false, problem: `exit code ${code}` };
    });
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`\n${signal}: stopping code-server`);
    void stopAllCodeServers().finally(() => process.exit(130));
  });
}

await main().catch((error) => {
  steps.push({ name: 'harness', seconds: 0, ok: false, problem: error.stack ?? String(error) });
});
await stopAllCodeServers();
summary();
process.exit(steps.length > 0 && steps.every((s) => s.ok) ? 0 : 1);
