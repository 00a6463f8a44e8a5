// Tier b: UI tests. code-server WITHOUT the smoke-test driver (so notifications pop up as users
// see them) and WITH workspace trust (the user is asked), the packaged harden.vsix installed with
// --install-extension, Chromium driven by playwright. Screenshots go to test-results/e2e/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, recordConsole } from './browser.mjs';
import { REPO_ROOT, RESULTS_DIR, layout } from './cache-layout.mjs';
import { startCodeServer } from './code-server.mjs';
import { prepareWorkspace, removeWorkspace } from './workspace.mjs';
import { restrictedModeScenario, runScenarios, trustedScenario } from '../ui/scenarios.mjs';

/**
 * Clean .env files of many tenants: they give the audit a few seconds of work, long enough to see
 * its progress notification and to cancel it, and add no findings.
 */
function addTenants(workspace, count) {
  for (let i = 1; i <= count; i++) {
    const dir = join(workspace, 'tenants', `site-${String(i).padStart(4, '0')}`);
    mkdirSync(dir, { recursive: true });
    const lines = ['APP_ENV=prod', 'APP_DEBUG=0', `APP_URL=https://site-${i}.example.org`];
    for (let j = 0; j < 40; j++) lines.push(`FEATURE_${j}_ENABLED=true`);
    writeFileSync(join(dir, '.env'), lines.join('\n') + '\n');
  }
}

function cli(args, cwd) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`harden ${args.join(' ')} failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/**
 * Where the nginx HSTS quick fix can be tried: once the engine has `nginx/hsts-missing`, the CLI
 * says where it fires in the workspace (1-based line and column of the first finding).
 */
function findNginxHsts(workspace) {
  const { rules } = cli(['rules', '--format', 'json'], workspace);
  if (!rules.some((rule) => rule.id === 'nginx/hsts-missing')) return undefined;
  const report = cli(['audit', '.', '--format', 'json', '--fail-on', 'never'], workspace);
  for (const file of report.files ?? []) {
    const finding = (file.findings ?? []).find((f) => f.ruleId === 'nginx/hsts-missing');
    if (finding) {
      return {
        relativePath: file.path,
        line: finding.range.start.line + 1,
        column: finding.range.start.character + 1,
      };
    }
  }
  throw new Error('the engine has nginx/hsts-missing but it fires nowhere in examples/');
}

export async function runUiTier({ vsix, say = console.log, tenants = 3000 } = {}) {
  const runDir = join(layout.runs, `ui-${Date.now()}`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const restricted = prepareWorkspace('ui-restricted');
  const trusted = prepareWorkspace('ui');
  addTenants(trusted, tenants);
  const nginxHsts = findNginxHsts(trusted);
  if (!nginxHsts) say('nginx HSTS step not run: the engine has no nginx/hsts-missing rule yet');

  const server = await startCodeServer({ dir: runDir, trust: false });
  say(server.installExtension(vsix).split('\n').at(-1));
  let browser;
  let passed = false;
  let stopConsole = async () => {};
  try {
    await server.start();
    say(`code-server on ${server.origin} (log: ${server.logPath})`);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    stopConsole = recordConsole(page, join(runDir, 'browser-console.log'));
    const screenshot = (name) => page.screenshot({ path: join(RESULTS_DIR, `${name}.png`) });
    const results = await runScenarios(
      page,
      [
        restrictedModeScenario({ server, workspace: restricted }),
        trustedScenario({ server, workspace: trusted, nginxHsts }),
      ],
      { screenshot, say },
    );
    const failed = results.filter((r) => r.status !== 'passed');
    const counts = {
      passed: results.length - failed.length,
      failed: results.filter((r) => r.status === 'failed').length,
      skipped: results.filter((r) => r.status === 'skipped').length,
    };
    if (failed.length > 0) {
      say(`code-server log (last lines):\n${server.logTail(20)}`);
      say(`workspaces kept at ${restricted} and ${trusted}; run files in ${runDir}`);
    } else {
      removeWorkspace(restricted);
      removeWorkspace(trusted);
    }
    say(`screenshots in ${RESULTS_DIR}`);
    passed = counts.failed === 0 && counts.skipped === 0;
    return {
      ok: counts.failed === 0 && counts.skipped === 0,
      counts,
      problem: counts.failed ? `${counts.failed} failed` : undefined,
    };
  } finally {
    await stopConsole();
    await browser?.close();
    await server.stop();
    if (passed) rmSync(runDir, { recursive: true, force: true });
  }
}
