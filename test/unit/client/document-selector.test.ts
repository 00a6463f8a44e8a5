/**
 * The editor must lint what the CLI lints: every path the server's format detection accepts
 * has to reach the server, whatever language VS Code gives the file. Globs are matched with
 * picomatch, whose syntax VS Code's glob patterns share for the features used here.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import {
  CONTRIBUTED_LANGUAGES,
  SERVER_DOCUMENT_SELECTOR,
  STATUS_DOCUMENT_SELECTOR,
} from '../../../client/src/document-selector.ts';
import { detectFormat } from '../../../server/src/engine/format-detection.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

interface ManifestLanguage {
  id: string;
  filenames?: string[];
  filenamePatterns?: string[];
  extensions?: string[];
}
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { languages: ManifestLanguage[] };
};

/** VS Code's own assignments for the shell-like languages Harden reads. */
const BUILT_IN_LANGUAGES: ManifestLanguage[] = [
  { id: 'shellscript', extensions: ['.sh', '.bash'] },
  { id: 'dockerfile', filenames: ['Dockerfile'], filenamePatterns: ['Dockerfile.*', '*.dockerfile'] },
  { id: 'makefile', filenames: ['Makefile', 'makefile', 'GNUmakefile'] },
];

function matches(glob: string, file: string): boolean {
  return picomatch(glob, { dot: true })(glob.includes('/') ? file : path.posix.basename(file));
}

function languageOf(file: string): string | undefined {
  const name = path.posix.basename(file);
  for (const language of [...manifest.contributes.languages, ...BUILT_IN_LANGUAGES]) {
    if (language.filenames?.includes(name)) return language.id;
    if (language.filenamePatterns?.some((glob) => matches(glob, file))) return language.id;
    if (language.extensions?.some((ext) => name.endsWith(ext))) return language.id;
  }
  return undefined;
}

function reachesServer(file: string): boolean {
  const language = languageOf(file);
  return SERVER_DOCUMENT_SELECTOR.some((filter) => {
    if (filter.scheme !== 'file') return false;
    if (filter.pattern !== undefined)
      return matches(filter.pattern, file) && (!filter.language || filter.language === language);
    return filter.language === language;
  });
}

const NGINX_HEAD = 'server {\n  listen 80;\n}\n';

const LINTED = [
  '/etc/nginx/nginx.conf',
  '/ws/deploy/nginx/sites-available/app.conf',
  '/ws/conf.d/default.conf',
  '/ws/snippets/ssl.conf',
  '/ws/deploy/app.nginx',
  '/ws/deploy/app.nginxconf',
  '/ws/deploy/site.conf',
  '/ws/etc/nginx/sites-enabled/default',
  '/ws/public/.htaccess',
  '/ws/httpd.conf',
  '/ws/apache2.conf',
  '/ws/etc/apache2/sites-available/app.conf',
  '/ws/conf-enabled/security.conf',
  '/ws/mods-available/ssl.conf',
  '/ws/.env',
  '/ws/.env.local',
  '/ws/.env.prod.local',
  '/ws/.env.dist',
  '/ws/deploy/prod.env',
  '/ws/config/packages/security.yaml',
  '/ws/config/packages/prod/framework.yml',
  '/ws/config/services.yaml',
  '/ws/config/services_test.yaml',
  '/ws/app/security.yml',
  '/ws/monolog.yaml',
  '/ws/scripts/deploy.sh',
  '/ws/Dockerfile',
  '/ws/docker/Dockerfile.prod',
  '/ws/dockerfile-dev',
  '/ws/Makefile',
  '/ws/docker-compose.yml',
  '/ws/compose.prod.yaml',
  '/ws/composer.json',
];

describe('document selector', () => {
  test('the sample paths are all linted by the server', () => {
    for (const file of LINTED) {
      assert.ok(
        detectFormat(file, () => NGINX_HEAD),
        `${file}: the server no longer lints it, update the list`,
      );
    }
  });

  for (const file of LINTED) {
    test(`sends ${file} to the server`, () => {
      assert.ok(
        reachesServer(file),
        `${file} (language ${languageOf(file) ?? 'none'}) never reaches the server`,
      );
    });
  }

  test('sends the workspace config file, for its own diagnostics', () => {
    assert.ok(reachesServer('/ws/.harden.yaml'));
    assert.ok(reachesServer('/ws/.harden.yml'));
  });

  test('leaves other YAML, JSON and code alone', () => {
    for (const file of [
      '/ws/docs/notes.yaml',
      '/ws/.github/workflows/ci.yml',
      '/ws/package.json',
      '/ws/src/Kernel.php',
    ]) {
      assert.equal(reachesServer(file), false, file);
    }
  });

  test('lints unsaved buffers of the contributed and shell languages', () => {
    for (const language of [...CONTRIBUTED_LANGUAGES, 'shellscript', 'dockerfile']) {
      assert.ok(
        SERVER_DOCUMENT_SELECTOR.some((f) => f.scheme === 'untitled' && f.language === language),
        language,
      );
    }
  });

  test('every filter names a scheme, so no virtual or remote scheme reaches a server that reads the disk', () => {
    for (const filter of SERVER_DOCUMENT_SELECTOR) {
      assert.ok(filter.scheme === 'file' || filter.scheme === 'untitled', JSON.stringify(filter));
    }
  });

  test('the status item follows the contributed languages', () => {
    const contributed = manifest.contributes.languages.map((l) => l.id).sort();
    assert.deepEqual(STATUS_DOCUMENT_SELECTOR.map((f) => f.language).sort(), contributed);
  });
});
