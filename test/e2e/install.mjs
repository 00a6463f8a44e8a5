// Installs the real-editor tier's tools into `.cache/e2e/`: Node 24 and code-server (the VS Code
// workbench and extension host, from npm), and checks Debian's Chromium and build tools.
// Idempotent: a marker file records the installed versions, and a matching marker skips the work.
// `node test/e2e/install.mjs [--force]`; `run.mjs` calls `ensureInstalled()`.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, REPO_ROOT, VERSIONS, layout, node24Bin, node24Env } from './harness/cache-layout.mjs';

const APT_PACKAGES = 'chromium libkrb5-dev build-essential python3';

export class InstallError extends Error {}

function readMarker() {
  try {
    return JSON.parse(readFileSync(layout.marker, 'utf8'));
  } catch {
    return undefined;
  }
}

function markerIsCurrent() {
  const marker = readMarker();
  return (
    marker !== undefined &&
    marker.node === VERSIONS.node &&
    marker.codeServer === VERSIONS.codeServer &&
    existsSync(join(node24Bin(), 'node')) &&
    existsSync(layout.codeServerBin)
  );
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** What the run needs from Debian: Chromium always; compilers and Kerberos headers only to build code-server. */
export function missingSystemPackages({ forBuild }) {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push(`chromium (no ${CHROMIUM})`);
  if (forBuild) {
    if (!commandExists('krb5-config')) missing.push('libkrb5-dev (no krb5-config)');
    if (!commandExists('make') || !commandExists('g++')) missing.push('build-essential (no make/g++)');
    if (!commandExists('python3')) missing.push('python3');
  }
  return missing;
}

function checkPlaywright() {
  try {
    createRequire(join(REPO_ROOT, 'package.json')).resolve('playwright-core');
  } catch {
    throw new InstallError('playwright-core is not installed in the project: run `npm ci` first.');
  }
}

function run(command, args, options, log) {
  log.write(`\n$ ${command} ${args.join(' ')}   (in ${options.cwd})\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new InstallError(
              `\`${command} ${args.join(' ')}\` failed (exit ${code}); see ${layout.installLog}`,
            ),
          ),
    );
  });
}

function tailOfLog(lines = 30) {
  try {
    return readFileSync(layout.installLog, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function freshPackageDir(dir, name) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true }, null, 2) + '\n');
}

/**
 * Installs what is missing and returns the versions in use. `say` receives progress lines.
 * Throws InstallError with an actionable message when the machine lacks something.
 */
export async function ensureInstalled({ force = false, say = (line) => console.log(line) } = {}) {
  checkPlaywright();
  const current = !force && markerIsCurrent();
  const missing = missingSystemPackages({ forBuild: !current });
  if (missing.length > 0) {
    throw new InstallError(
      `missing Debian packages: ${missing.join(', ')}.\n` +
        `Install them with: sudo apt-get install -y --no-install-recommends ${APT_PACKAGES}\n` +
        '(.ci/run installs them on CI.)',
    );
  }
  if (current) {
    say(`e2e cache: reusing ${layout.cache} (node ${VERSIONS.node}, code-server ${VERSIONS.codeServer})`);
    return readMarker();
  }

  mkdirSync(layout.cache, { recursive: true });
  rmSync(layout.marker, { force: true });
  const log = createWriteStream(layout.installLog);
  const started = Date.now();
  try {
    // Node 24 in its own directory: installed beside code-server, npm would re-install it while
    // code-server's native modules build, and the headers they compile against would vanish.
    say(`e2e cache: installing node@${VERSIONS.node} into ${layout.node24Prefix}`);
    freshPackageDir(layout.node24Prefix, 'harden-e2e-node24');
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', `node@${VERSIONS.node}`],
      { cwd: layout.node24Prefix, env: process.env },
      log,
    );
    const nodeVersion = spawnSync(join(node24Bin(), 'node'), ['--version'], {
      encoding: 'utf8',
    }).stdout.trim();
    if (nodeVersion !== `v${VERSIONS.node}`) {
      throw new InstallError(`expected Node v${VERSIONS.node} in ${node24Bin()}, found "${nodeVersion}"`);
    }

    say(
      `e2e cache: installing code-server@${VERSIONS.codeServer} into ${layout.codeServerPrefix} (compiles native modules, a few minutes)`,
    );
    freshPackageDir(layout.codeServerPrefix, 'harden-e2e-code-server');
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--foreground-scripts', `code-server@${VERSIONS.codeServer}`],
      { cwd: layout.codeServerPrefix, env: node24Env() },
      log,
    );
    const scratch = join(layout.cache, 'install-xdg');
    const csVersion = spawnSync(layout.codeServerBin, ['--version'], {
      encoding: 'utf8',
      env: node24Env({ XDG_CONFIG_HOME: join(scratch, 'config'), XDG_DATA_HOME: join(scratch, 'data') }),
    });
    // The first run also logs that it wrote a default config: find the version line itself.
    const versionLine = csVersion.stdout
      .split('\n')
      .find((line) => line.startsWith(`${VERSIONS.codeServer} `));
    if (csVersion.status !== 0 || versionLine === undefined) {
      throw new InstallError(`code-server --version failed: ${csVersion.stdout}${csVersion.stderr}`.trim());
    }
    rmSync(scratch, { recursive: true, force: true });

    const marker = {
      node: VERSIONS.node,
      codeServer: VERSIONS.codeServer,
      vscode: versionLine.trim(),
      installedAt: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(layout.marker, JSON.stringify(marker, null, 2) + '\n');
    say(`e2e cache: installed in ${marker.seconds} s (${marker.vscode})`);
    return marker;
  } catch (error) {
    if (error instanceof InstallError) {
      const tail = tailOfLog();
      if (tail) error.message += `\n--- last lines of ${layout.installLog} ---\n${tail}`;
    }
    throw error;
  } finally {
    await new Promise((resolve) => log.end(resolve));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureInstalled({ force: process.argv.includes('--force') }).catch((error) => {
    console.error(`e2e install failed: ${error.message}`);
    process.exit(1);
  });
}
