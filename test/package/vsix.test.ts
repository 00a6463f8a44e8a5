/**
 * Packages the extension exactly as `npm run package` does, in a copy of the repository (so the
 * production build does not replace the dist/ other tests use), and checks the .vsix: its size
 * (DESIGN.md: ≤ 2 MB), that it holds what the extension needs at run time and nothing else.
 */
import { before, after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipEntries, zipEntryContent } from './zip-central-directory.ts';
import type { ZipEntry } from './zip-central-directory.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAX_VSIX_BYTES = 2 * 1024 * 1024;

/** Not part of the extension's sources: VCS data, dependencies, build output, caches. */
const NOT_COPIED = new Set([
  '.git',
  'node_modules',
  'dist',
  '.cache',
  'test-results',
  'tmp',
  'test/e2e/.work',
  // Some 50,000 small files of acceptance data: copying them and letting vsce list them took the
  // test past its time limit, and the allowlist is exercised by every other file of test/.
  'test/acceptance/nginx/cases',
]);

/** What may be in the .vsix: vsce's own metadata and the allowlist of .vscodeignore. */
const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/dist\/(extension|server|cli)\.js$/,
  /^extension\/syntaxes\/[^/]+\.json$/,
  /^extension\/schemas\/[^/]+\.json$/,
  /^extension\/rules\/.+\.md$/,
  /^extension\/images\/icon\.png$/,
];

function stageRepository(): string {
  const stage = mkdtempSync(path.join(tmpdir(), 'harden-vsix-'));
  cpSync(ROOT, stage, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(ROOT, source).split(path.sep).join('/');
      if (NOT_COPIED.has(relative) || relative.endsWith('.vsix')) return false;
      const stat = lstatSync(source);
      // Sockets and pipes (editor test runs leave some) cannot be copied and are never packaged.
      return stat.isFile() || stat.isDirectory() || stat.isSymbolicLink();
    },
  });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(stage, 'node_modules'), 'dir');
  return stage;
}

function npmRunPackage(cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      'npm',
      ['run', 'package'],
      { cwd, timeout: 300_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`npm run package failed (${error.message})\n${stdout}\n${stderr}`));
        else resolve();
      },
    );
  });
}

describe('.vsix package', () => {
  let stage = '';
  let vsix: Buffer;
  let entries: ZipEntry[];
  let names: string[];

  before(async () => {
    stage = stageRepository();
    await npmRunPackage(stage);
    vsix = readFileSync(path.join(stage, 'harden.vsix'));
    entries = zipEntries(vsix);
    names = entries.map((e) => e.name);
  });

  after(() => {
    if (stage) rmSync(stage, { recursive: true, force: true });
  });

  function content(name: string): string {
    const entry = entries.find((e) => e.name === name);
    assert.ok(entry, `${name} is not in the .vsix`);
    return zipEntryContent(vsix, entry).toString('utf8');
  }

  test('is at most 2 MB', () => {
    assert.ok(vsix.length <= MAX_VSIX_BYTES, `the .vsix is ${vsix.length} bytes`);
  });

  test('holds the three bundles, the grammar, the schema, the icon and the metadata', () => {
    for (const name of [
      'extension/package.json',
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/dist/cli.js',
      'extension/syntaxes/dotenv.tmLanguage.json',
      'extension/syntaxes/dotenv.language-configuration.json',
      'extension/schemas/harden.schema.json',
      'extension/images/icon.png',
      'extension/readme.md',
      'extension/LICENSE.txt',
    ]) {
      assert.ok(names.includes(name), `${name} is missing`);
    }
  });

  test('holds every rule documentation page, for Show Rule Documentation offline', () => {
    const rulesDir = path.join(stage, 'rules');
    const pages = readdirSync(rulesDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .map((file) => `extension/rules/${file.split(path.sep).join('/')}`);
    assert.ok(pages.length > 0, 'the repository has no rule pages');
    for (const page of pages) assert.ok(names.includes(page), `${page} is missing`);
  });

  test('every file the manifest points at is packaged', () => {
    const manifest = JSON.parse(content('extension/package.json')) as {
      main: string;
      icon?: string;
      contributes: {
        languages?: { configuration?: string }[];
        grammars?: { path: string }[];
        yamlValidation?: { url: string }[];
      };
    };
    assert.equal(manifest.icon, 'images/icon.png');
    const referenced = [
      manifest.main,
      manifest.icon,
      ...(manifest.contributes.languages ?? []).map((l) => l.configuration),
      ...(manifest.contributes.grammars ?? []).map((g) => g.path),
      ...(manifest.contributes.yamlValidation ?? []).map((v) => v.url),
    ].filter((file): file is string => file !== undefined);
    for (const file of referenced) {
      const name = `extension/${path.posix.normalize(file)}`;
      assert.ok(names.includes(name), `${file} (from package.json) is not packaged`);
    }
  });

  test('the client bundle keeps vscode external', () => {
    assert.match(content('extension/dist/extension.js'), /require\("vscode"\)/);
  });

  test('holds no sources, source maps, dependencies or tests', () => {
    for (const name of names) {
      assert.doesNotMatch(name, /\.ts$/, `${name}: TypeScript source`);
      assert.doesNotMatch(name, /\.map$/, `${name}: source map`);
      assert.doesNotMatch(name, /(^|\/)node_modules\//, `${name}: dependency`);
      assert.doesNotMatch(name, /^extension\/test\/|\.test\.|(^|\/)fixtures\//, `${name}: test file`);
      assert.doesNotMatch(name, /(^|\/)\.env(\.|$)/, `${name}: .env file`);
    }
  });

  test('holds nothing outside the allowlist of .vscodeignore', () => {
    const unexpected = names.filter((name) => !ALLOWED.some((pattern) => pattern.test(name)));
    assert.deepEqual(unexpected, []);
  });
});
