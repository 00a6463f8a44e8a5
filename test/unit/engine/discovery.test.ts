import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { defaultConfig, type ResolvedConfig } from '../../../server/src/engine/config-types.ts';
import { discoverFiles, type DiscoveryResult } from '../../../server/src/engine/discovery.ts';
import { normalizePath } from '../../../server/src/engine/disk-workspace.ts';

const isRoot = process.getuid?.() === 0;
const NGINX_SERVER = 'server {\n  listen 80;\n}\n';
const APACHE_VHOST = '<VirtualHost *:80>\n  ServerName example.org\n</VirtualHost>\n';

function makeTree(files: Record<string, string | Buffer>): string {
  const root = normalizePath(
    fs.realpathSync(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'harden-discovery-'))),
  );
  for (const [relative, content] of Object.entries(files)) {
    const path = `${root}/${relative}`;
    fs.mkdirSync(nodePath.dirname(path), { recursive: true });
    fs.writeFileSync(path, content);
  }
  return root;
}

/** Gives back the permissions a test took away, or rmSync cannot clean up. Never follows links. */
function restorePermissions(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) restorePermissions(path);
    else if (entry.isFile()) fs.chmodSync(path, 0o644);
  }
}

function config(overrides: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return { ...defaultConfig(), ...overrides };
}

/** Paths relative to the root, with the format: `.env (dotenv)`. */
function listed(result: DiscoveryResult, root: string): string[] {
  return result.files.map((file) => `${file.path.slice(root.length + 1)} (${file.format})`);
}

function skippedOf(result: DiscoveryResult, root: string): string[] {
  return result.skipped.map((skip) => `${skip.path.slice(root.length + 1)}: ${skip.reason}`);
}

describe('discoverFiles', () => {
  const roots: string[] = [];
  const tree = (files: Record<string, string | Buffer>): string => {
    const root = makeTree(files);
    roots.push(root);
    return root;
  };
  after(() => {
    for (const root of roots) {
      restorePermissions(root);
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test('finds every format, ignores unknown files, sorts by path', () => {
    const root = tree({
      '.env': 'APP_ENV=prod\n',
      '.env.local.php': '<?php return [];\n',
      'README.md': '# app\n',
      'index.php': '<?php\n',
      'config/packages/security.yaml': 'security: {}\n',
      'config/routes.yaml': 'home: { path: / }\n',
      'deploy/nginx/site.conf': NGINX_SERVER,
      'deploy/apache2/site.conf': APACHE_VHOST,
      'sites-available/app.conf': APACHE_VHOST,
      'conf.d/app.conf': NGINX_SERVER,
      'public/.htaccess': 'Options -Indexes\n',
      'deploy.sh': 'chmod 777 var\n',
      Dockerfile: 'FROM php\n',
      'supervisord.conf': '[program:x]\ncommand=true\n',
    });
    const result = discoverFiles(root, config());
    assert.deepEqual(listed(result, root), [
      '.env (dotenv)',
      'Dockerfile (shell)',
      'conf.d/app.conf (nginx)',
      'config/packages/security.yaml (symfony)',
      'deploy.sh (shell)',
      'deploy/apache2/site.conf (apache)',
      'deploy/nginx/site.conf (nginx)',
      'public/.htaccess (apache)',
      'sites-available/app.conf (apache)',
    ]);
    assert.deepEqual(result.skipped, []);
    assert.equal(result.cancelled, false);
    assert.equal(result.files[0]!.size, 'APP_ENV=prod\n'.length);
    assert.equal(result.files[0]!.path, `${root}/.env`);
  });

  test('default excludes: node_modules, vendor, .git, .cache; dist is audited', () => {
    const root = tree({
      'node_modules/pkg/nginx.conf': NGINX_SERVER,
      'vendor/symfony/.env': 'A=1\n',
      'app/vendor/x/deploy.sh': 'true\n',
      '.git/hooks/pre-commit.sh': 'true\n',
      '.cache/nginx.conf': NGINX_SERVER,
      'dist/nginx.conf': NGINX_SERVER,
    });
    assert.deepEqual(listed(discoverFiles(root, config()), root), ['dist/nginx.conf (nginx)']);
  });

  test('.gitignore at every level, relative to its directory, with negations', () => {
    const root = tree({
      '.gitignore': 'ignored-dir/\n*.bak.conf\n!keep.bak.conf\n/top-only.sh\n*.sh\n',
      'ignored-dir/nginx.conf': NGINX_SERVER,
      'nginx/old.bak.conf': NGINX_SERVER,
      'nginx/keep.bak.conf': NGINX_SERVER,
      'nginx/site.conf': NGINX_SERVER,
      'top-only.sh': 'true\n',
      'app/.gitignore': 'local.nginx\n/anchored.nginx\n!run.sh\n',
      'app/local.nginx': NGINX_SERVER,
      'app/deeper/local.nginx': NGINX_SERVER,
      'app/anchored.nginx': NGINX_SERVER,
      'app/deeper/anchored.nginx': NGINX_SERVER,
      'app/run.sh': 'true\n',
      'app/build.sh': 'true\n',
      'other/local.nginx': NGINX_SERVER,
      // git cannot re-include a file whose directory is excluded.
      'ignored-dir/.gitignore': '!nginx.conf\n',
    });
    assert.deepEqual(listed(discoverFiles(root, config()), root), [
      'app/deeper/anchored.nginx (nginx)',
      'app/run.sh (shell)',
      'nginx/keep.bak.conf (nginx)',
      'nginx/site.conf (nginx)',
      'other/local.nginx (nginx)',
    ]);
  });

  test('gitignored .env files are still audited: they hold the real secrets', () => {
    const root = tree({
      '.gitignore': '/.env.local\n/.env.*.local\n/var/\n',
      '.env': 'A=1\n',
      '.env.local': 'A=1\n',
      '.env.prod.local': 'A=1\n',
      'var/.env': 'A=1\n',
    });
    assert.deepEqual(listed(discoverFiles(root, config()), root), [
      '.env (dotenv)',
      '.env.local (dotenv)',
      '.env.prod.local (dotenv)',
    ]);
  });

  test('include limits to matching files; exclude prunes files and directories', () => {
    const root = tree({
      '.env': 'A=1\n',
      'deploy/nginx/site.conf': NGINX_SERVER,
      'deploy/nginx/legacy/old.conf': NGINX_SERVER,
      'deploy/run.sh': 'true\n',
      'config/packages/framework.yaml': 'framework: {}\n',
    });
    const included = discoverFiles(root, config({ include: ['deploy/**', '.env'] }));
    assert.deepEqual(listed(included, root), [
      '.env (dotenv)',
      'deploy/nginx/legacy/old.conf (nginx)',
      'deploy/nginx/site.conf (nginx)',
      'deploy/run.sh (shell)',
    ]);
    const excluded = discoverFiles(root, config({ include: ['deploy/**'], exclude: ['legacy', '*.sh'] }));
    assert.deepEqual(listed(excluded, root), ['deploy/nginx/site.conf (nginx)']);
  });

  test('globs are relative to the directory of the config file', () => {
    const root = tree({
      'ops/.harden.yaml': 'include: ["nginx/**"]\n',
      'ops/nginx/site.conf': NGINX_SERVER,
      'nginx/other.conf': NGINX_SERVER,
    });
    const result = discoverFiles(root, config({ include: ['nginx/**'], file: `${root}/ops/.harden.yaml` }));
    assert.deepEqual(listed(result, root), ['ops/nginx/site.conf (nginx)']);
  });

  test("extraExcludes (the editor's files.exclude) are relative to the root", () => {
    const root = tree({ 'a/.env': 'A=1\n', 'b/.env': 'A=1\n', 'b/c/nginx.conf': NGINX_SERVER });
    const result = discoverFiles(root, config(), { extraExcludes: ['**/b'] });
    assert.deepEqual(listed(result, root), ['a/.env (dotenv)']);
  });

  test('large and binary files are skipped with a reason', () => {
    const root = tree({
      'nginx/big.conf': `# ${'x'.repeat(2000)}\n`,
      'nginx/binary.conf': Buffer.from([0x73, 0x65, 0x72, 0x00, 0x01]),
      'nginx/ok.conf': NGINX_SERVER,
      'README.bin': Buffer.from([0, 1, 2]),
    });
    const small = discoverFiles(root, config({ maxFileSize: 1024 }));
    assert.deepEqual(listed(small, root), ['nginx/ok.conf (nginx)']);
    assert.deepEqual(skippedOf(small, root), [
      'nginx/big.conf: larger than the 1.0 KB limit',
      'nginx/binary.conf: binary file',
    ]);
    const defaultLimit = discoverFiles(root, config());
    assert.deepEqual(skippedOf(defaultLimit, root), ['nginx/binary.conf: binary file']);
    const big = tree({ '.env': `A=${'x'.repeat(5 * 1024 * 1024)}\n` });
    assert.deepEqual(skippedOf(discoverFiles(big, config()), big), ['.env: larger than the 5.0 MB limit']);
  });

  test('symlink loops cannot hang it; symlinked directories are not followed', () => {
    const root = tree({ 'app/.env': 'A=1\n', 'app/nginx/site.conf': NGINX_SERVER });
    fs.symlinkSync('..', `${root}/app/nginx/up`);
    fs.symlinkSync(root, `${root}/app/self`);
    fs.symlinkSync(`${root}/loop-b.env`, `${root}/loop-a.env`);
    fs.symlinkSync(`${root}/loop-a.env`, `${root}/loop-b.env`);
    fs.symlinkSync(`${root}/nowhere.env`, `${root}/broken.env`);
    const result = discoverFiles(root, config());
    assert.deepEqual(listed(result, root), ['app/.env (dotenv)', 'app/nginx/site.conf (nginx)']);
    assert.deepEqual(skippedOf(result, root), [
      'broken.env: broken symbolic link (no such file)',
      'loop-a.env: broken symbolic link (symbolic link loop)',
      'loop-b.env: broken symbolic link (symbolic link loop)',
    ]);
  });

  test('symlinked files count only inside the root; a link to a file found anyway is not doubled', () => {
    const outside = tree({ '.env': 'SECRET=1\n' });
    const root = tree({
      'sites-available/app.conf': NGINX_SERVER,
      'shared/app.env': 'A=1\n',
      'conf.d/.keep': '',
    });
    fs.mkdirSync(`${root}/sites-enabled`);
    fs.symlinkSync('../sites-available/app.conf', `${root}/sites-enabled/app.conf`);
    fs.symlinkSync(`${outside}/.env`, `${root}/.env`);
    fs.symlinkSync(`${root}/sites-available/app.conf`, `${root}/conf.d/app.conf`);
    const result = discoverFiles(root, config({ exclude: ['sites-available'] }));
    // sites-available is excluded, so the links are the only way to its file: they are kept.
    assert.deepEqual(
      listed(result, root),
      ['conf.d/app.conf (nginx)', 'sites-enabled/app.conf (nginx)', 'shared/app.env (dotenv)'].sort(),
    );
    assert.deepEqual(skippedOf(result, root), ['.env: symbolic link to a file outside the workspace']);

    const all = discoverFiles(root, config());
    assert.deepEqual(listed(all, root), ['shared/app.env (dotenv)', 'sites-available/app.conf (nginx)']);
    assert.deepEqual(skippedOf(all, root), [
      '.env: symbolic link to a file outside the workspace',
      `conf.d/app.conf: symbolic link to ${root}/sites-available/app.conf, which is analysed instead`,
      `sites-enabled/app.conf: symbolic link to ${root}/sites-available/app.conf, which is analysed instead`,
    ]);
  });

  test('unreadable files and directories are skipped, never fatal', () => {
    const root = tree({ '.env': 'A=1\n', 'locked/nginx.conf': NGINX_SERVER, 'ok/.env': 'B=1\n' });
    fs.chmodSync(`${root}/.env`, 0o000);
    fs.chmodSync(`${root}/locked`, 0o000);
    const result = discoverFiles(root, config());
    if (isRoot) {
      // root reads anything: the same tree is then fully discovered.
      assert.deepEqual(listed(result, root), [
        '.env (dotenv)',
        'locked/nginx.conf (nginx)',
        'ok/.env (dotenv)',
      ]);
      assert.deepEqual(result.skipped, []);
    } else {
      assert.deepEqual(listed(result, root), ['ok/.env (dotenv)']);
      assert.deepEqual(skippedOf(result, root), [
        '.env: permission denied',
        'locked: directory not readable: permission denied',
      ]);
    }
  });

  test('a missing root is reported, not thrown', () => {
    const result = discoverFiles('/nonexistent/harden-root', config());
    assert.deepEqual(result.files, []);
    assert.deepEqual(result.skipped, [
      { path: '/nonexistent/harden-root', reason: 'directory not readable: no such file' },
    ]);
  });

  describe('on a workspace of 5,000 files', () => {
    let root = '';
    before(() => {
      const files: Record<string, string> = {};
      for (let d = 0; d < 50; d++) {
        for (let f = 0; f < 25; f++) {
          files[`app${d}/nginx/site${f}.conf`] = NGINX_SERVER;
          files[`app${d}/env${f}/.env`] = 'A=1\n';
          files[`app${d}/config/packages/p${f}.yaml`] = 'framework: {}\n';
          files[`app${d}/conf/other${f}.conf`] = f % 2 === 0 ? NGINX_SERVER : APACHE_VHOST;
        }
      }
      root = tree(files);
    });

    // Speed is measured by `npm run bench`, not asserted here: timing assertions flake under load.
    test('is complete and deterministic on 5,000 files', () => {
      const first = discoverFiles(root, config());
      assert.equal(first.files.length, 5000);
      const paths = first.files.map((file) => file.path);
      assert.deepEqual(
        paths,
        [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      );
      assert.deepEqual(discoverFiles(root, config()), first);
    });

    test('reports progress and stops when aborted', () => {
      const counts: number[] = [];
      const controller = new AbortController();
      const result = discoverFiles(root, config(), {
        signal: controller.signal,
        onProgress: (count) => {
          counts.push(count);
          if (count >= 300) controller.abort();
        },
      });
      assert.equal(result.cancelled, true);
      assert.ok(result.files.length >= 300 && result.files.length < 5000, String(result.files.length));
      assert.deepEqual(counts.slice(0, 3), [100, 200, 300]);
      assert.equal(counts.at(-1), result.files.length);
    });

    test('an already aborted signal finds nothing', () => {
      const result = discoverFiles(root, config(), { signal: AbortSignal.abort() });
      assert.deepEqual(result, { files: [], skipped: [], cancelled: true });
    });
  });
});
