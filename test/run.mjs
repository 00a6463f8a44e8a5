// Runs the test suite with node's test runner (TypeScript through tsx).
// `node test/run.mjs [dir-or-file ...]` runs a subset; by default every *.test.ts under test/
// and rules/ except the real-editor tier (test/e2e), which `npm run test:e2e` runs; its Neovim
// test (test/e2e/neovim.test.ts) runs in both.
//
// Each test file runs in its own process group, two at a time, with a time limit: a file that
// hangs (a server that never answers, a child that never exits) is killed and reported by name
// instead of holding CI until its own limit. A file's output is printed when it ends; while
// files run longer than a minute, a line says which ones are still running. A file that fails or
// is killed runs once more, alone: if it then passes, the run passes with a warning that names
// the flaky file (its first output stays in the log); a second failure fails the run.
//   HARDEN_TEST_CONCURRENCY (default 2), HARDEN_TEST_FILE_TIMEOUT_S (default 300),
//   HARDEN_TEST_TIMEOUT_S (one test, default 120), HARDEN_TEST_TOTAL_TIMEOUT_S (default 2400),
//   HARDEN_TEST_RETRY=0 turns the second run off.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const roots = args.length > 0 ? args : ['test', 'rules'];

const seconds = (name, fallback) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const CONCURRENCY = Math.max(1, Math.floor(seconds('HARDEN_TEST_CONCURRENCY', 2)));
const FILE_TIMEOUT_MS = seconds('HARDEN_TEST_FILE_TIMEOUT_S', 300) * 1000;
const TEST_TIMEOUT_MS = seconds('HARDEN_TEST_TIMEOUT_S', 120) * 1000;
const TOTAL_TIMEOUT_MS = seconds('HARDEN_TEST_TOTAL_TIMEOUT_S', 2400) * 1000;
const RETRY = process.env['HARDEN_TEST_RETRY'] !== '0';

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
for (const r of roots) collect(join(root, r.startsWith('/') ? relative(root, r) : r), files);
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}

/** The counters node's spec reporter prints at the end of a file's run ("ℹ pass 12"). */
const COUNTERS = ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo'];
const running = new Map();
const started = Date.now();

function countersOf(output) {
  const found = {};
  for (const match of output.matchAll(/^ℹ (\w+) (\d+)$/gm)) {
    if (COUNTERS.includes(match[1])) found[match[1]] = Number(match[2]);
  }
  return found;
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Runs one file; resolves with its counters and, when it did not pass, why. */
function runFile(file, attempt) {
  const name = relative(root, file);
  return new Promise((resolve) => {
    const t0 = Date.now();
    const chunks = [];
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-timeout=${TEST_TIMEOUT_MS}`, file],
      {
        cwd: root,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
      },
    );
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, FILE_TIMEOUT_MS);
    running.set(name, { child, t0 });
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(name);
      // Whatever the file started (servers, nginx, Neovim) goes with it.
      killGroup(child);
      const output = Buffer.concat(chunks).toString('utf8');
      const elapsed = ((Date.now() - t0) / 1000).toFixed(1);
      console.log(`\n# ${name} (${elapsed} s${attempt > 1 ? `, run ${attempt}` : ''})`);
      process.stdout.write(output.endsWith('\n') || output === '' ? output : `${output}\n`);
      const counters = countersOf(output);
      let problem;
      if (timedOut) problem = `killed after ${FILE_TIMEOUT_MS / 1000} s: the file did not finish`;
      else if (code !== 0) problem = `exit ${code ?? signal}`;
      else if (counters.tests === undefined) problem = 'no test summary in its output';
      else if ((counters.fail ?? 0) > 0 || (counters.cancelled ?? 0) > 0) problem = 'failed tests';
      if (problem) console.log(`✖ ${name}: ${problem}`);
      resolve({ name, file, counters, problem });
    });
  });
}

const heartbeat = setInterval(() => {
  const slow = [...running].filter(([, { t0 }]) => Date.now() - t0 > 60_000);
  if (slow.length === 0) return;
  const list = slow.map(([name, { t0 }]) => `${name} (${Math.round((Date.now() - t0) / 1000)} s)`);
  console.log(`… still running: ${list.join(', ')}`);
}, 60_000);

function stopAll(reason) {
  console.log(`\n✖ ${reason}; still running: ${[...running.keys()].join(', ') || 'nothing'}`);
  for (const { child } of running.values()) killGroup(child);
  process.exit(1);
}
const totalTimer = setTimeout(
  () => stopAll(`the test run exceeded ${TOTAL_TIMEOUT_MS / 1000} s`),
  TOTAL_TIMEOUT_MS,
);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stopAll(signal));

const queue = [...files];
const results = [];
await Promise.all(
  Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift())
      results.push(await runFile(file, 1));
  }),
);
const flaky = [];
if (RETRY) {
  for (const [index, result] of results.entries()) {
    if (!result.problem) continue;
    console.log(`\n# ${result.name} did not pass (${result.problem}): running it again, alone`);
    const second = await runFile(result.file, 2);
    if (!second.problem) flaky.push(`${result.name} (first run: ${result.problem})`);
    results[index] = second;
  }
}
clearInterval(heartbeat);
clearTimeout(totalTimer);

const totals = Object.fromEntries(COUNTERS.map((name) => [name, 0]));
for (const { counters } of results) for (const counter of COUNTERS) totals[counter] += counters[counter] ?? 0;
const failed = results.filter((result) => result.problem);
const elapsed = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\n# ${files.length} test files in ${elapsed} s`);
for (const counter of COUNTERS) console.log(`ℹ ${counter} ${totals[counter]}`);
if (flaky.length > 0) {
  console.log(`\n⚠ ${flaky.length} test file(s) passed only on a second run (flaky: look into them):`);
  for (const line of flaky) console.log(`  ${line}`);
}
if (failed.length > 0) {
  console.log(`\n✖ ${failed.length} test file(s) failed:`);
  for (const { name, problem } of failed) console.log(`  ${name} (${problem})`);
}
process.exit(failed.length === 0 ? 0 : 1);
