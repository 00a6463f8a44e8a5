// Starts and stops one code-server (the real VS Code server and extension host) for a tier, with
// all of its state in a scratch directory: user data, extensions, XDG dirs and its log.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { layout, node24Env } from './cache-layout.mjs';

/** User settings that keep the workbench predictable: no welcome page, no chat panel taking the focus. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': 'off',
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.startupPrompt': 'always',
  // In a browser VS Code saves after one second by default; desktop VS Code does not. Off, so that
  // a save is the user's (or the test's) own, as on the desktop.
  'files.autoSave': 'off',
};

/** Servers started by this process, so that an interrupted run can stop them (they run detached). */
const running = new Set();

export async function stopAllCodeServers() {
  await Promise.all([...running].map((server) => server.stop()));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`code-server exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server was not ready after ${timeoutMs / 1000} s (${url})`);
}

/**
 * A code-server in `dir`. `smokeTestDriver` lets the URL payload load an extension under
 * development and its tests; `trust: false` leaves workspace trust on (the user is asked).
 */
export async function startCodeServer({
  dir,
  smokeTestDriver = false,
  trust = true,
  env = {},
  settings = {},
}) {
  const userData = join(dir, 'user-data');
  const extensions = join(dir, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2) + '\n',
  );
  const processEnv = node24Env({
    XDG_CONFIG_HOME: join(dir, 'xdg', 'config'),
    XDG_DATA_HOME: join(dir, 'xdg', 'data'),
    XDG_CACHE_HOME: join(dir, 'xdg', 'cache'),
    ...env,
  });
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];

  const installExtension = (vsix) => {
    const result = spawnSync(layout.codeServerBin, [...common, '--install-extension', vsix, '--force'], {
      env: processEnv,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (result.status !== 0 || !/successfully installed/i.test(result.stdout)) {
      throw new Error(`installing ${vsix} failed:\n${result.stdout}${result.stderr}`);
    }
    return result.stdout.trim();
  };

  const port = await freePort();
  const args = [
    ...common,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--bind-addr',
    `127.0.0.1:${port}`,
  ];
  if (trust) args.push('--disable-workspace-trust');
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  const logPath = join(dir, 'code-server.log');
  const log = createWriteStream(logPath);
  let child;
  const start = () => {
    // Its own process group, so that stopping it also stops the extension host and the language server.
    child = spawn(layout.codeServerBin, args, {
      env: processEnv,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
  };

  const origin = `http://127.0.0.1:${port}`;
  const handle = {
    origin,
    port,
    dir,
    logPath,
    installExtension,
    /** `vscode-remote://` URI of a path on this machine, as the payload wants it. */
    remoteUri: (path) => `vscode-remote://127.0.0.1:${port}${path}`,
    folderUrl: (folder, payload) => {
      let url = `${origin}/?folder=${encodeURIComponent(folder)}`;
      if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return url;
    },
    logTail(lines = 40) {
      try {
        return readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
      } catch {
        return '';
      }
    },
    async start() {
      start();
      running.add(handle);
      await waitForHealth(`${origin}/healthz`, child, 60_000);
    },
    async stop() {
      running.delete(handle);
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
      await new Promise((resolve) => log.end(resolve));
    },
  };
  return handle;
}
