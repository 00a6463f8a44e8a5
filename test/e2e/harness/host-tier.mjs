// Tier a: the extension-host suite. code-server runs with the smoke-test driver, Chromium opens
// the workbench with a payload that loads Harden from the repository (extensionDevelopmentPath)
// and runs the compiled Mocha suite (extensionTestsPath) inside the real extension host. The
// workbench reports the end through `window.codeAutomationExit(code)`.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, recordConsole } from './browser.mjs';
import { REPO_ROOT, RESULTS_DIR, layout } from './cache-layout.mjs';
import { startCodeServer } from './code-server.mjs';
import { compileSuite } from './compile-suite.mjs';
import { prepareWorkspace, removeWorkspace } from './workspace.mjs';

const SUITE_TIMEOUT_MS = 10 * 60_000;

/** Prints new lines of a growing file as they come (the suite's progress log). */
function follow(path, say) {
  let offset = 0;
  let partial = '';
  const pump = async () => {
    if (!existsSync(path) || statSync(path).size <= offset) return;
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      const buffer = Buffer.alloc(size - offset);
      await file.read(buffer, 0, buffer.length, offset);
      offset = size;
      const lines = (partial + buffer.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) say(line);
    } finally {
      await file.close();
    }
  };
  const timer = setInterval(() => void pump(), 250);
  return async () => {
    clearInterval(timer);
    await pump();
    if (partial) say(partial);
  };
}

export async function runHostTier({ say = console.log, grep } = {}) {
  const runDir = join(layout.runs, `host-${Date.now()}`);
  const resultsDir = join(runDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const { entry, files } = await compileSuite();
  say(`compiled ${files} suite files into ${layout.suiteOut}`);
  const workspace = prepareWorkspace('host', { withConfigFile: false });
  const env = { HARDEN_E2E_RESULTS: resultsDir };
  if (grep) env.HARDEN_E2E_GREP = grep;
  const server = await startCodeServer({ dir: runDir, smokeTestDriver: true, env });
  let browser;
  let passed = false;
  let stopFollowing = async () => {};
  let stopConsole = async () => {};
  try {
    await server.start();
    say(`code-server on ${server.origin} (log: ${server.logPath})`);
    browser = await launchBrowser();
    const page = await browser.newPage();
    stopConsole = recordConsole(page, join(runDir, 'browser-console.log'));
    let exitCode;
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => {
        exitCode = code;
        resolve();
      });
    });
    stopFollowing = follow(join(resultsDir, 'progress.log'), (line) => say(line));
    await page.goto(
      server.folderUrl(workspace, [
        ['extensionDevelopmentPath', server.remoteUri(REPO_ROOT)],
        ['extensionTestsPath', server.remoteUri(entry)],
      ]),
    );
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS);
    });
    const outcome = await Promise.race([exited.then(() => 'exited'), timedOut]);
    clearTimeout(timer);
    await stopFollowing();
    const summaryPath = join(resultsDir, 'summary.json');
    const summary = existsSync(summaryPath) ? JSON.parse(readFileSync(summaryPath, 'utf8')) : undefined;
    const counts = summary
      ? { passed: summary.passed.length, failed: summary.failed.length, skipped: summary.pending.length }
      : undefined;
    let problem;
    if (outcome === 'timeout') problem = `the suite did not finish within ${SUITE_TIMEOUT_MS / 60_000} min`;
    else if (!summary)
      problem = `the suite did not run (exit code ${exitCode}); see ${join(runDir, 'browser-console.log')}`;
    else if (exitCode !== 0 || counts.failed > 0) problem = `${counts.failed} failed (exit code ${exitCode})`;
    if (problem) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      const shot = join(RESULTS_DIR, 'host-suite-failure.png');
      await page.screenshot({ path: shot }).then(
        () => say(`screenshot of the workbench: ${shot}`),
        () => undefined,
      );
      say(`code-server log (last lines):\n${server.logTail(20)}`);
      // Workspace kept for post-mortem.
      say(`workspace kept at ${workspace}; run files in ${runDir}`);
    } else {
      removeWorkspace(workspace);
      passed = true;
    }
    return { ok: !problem, problem, counts };
  } finally {
    await stopFollowing();
    await stopConsole();
    await browser?.close();
    await server.stop();
    if (passed) rmSync(runDir, { recursive: true, force: true });
  }
}
