import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DiskWorkspace } from '../../../../server/src/engine/disk-workspace.ts';
import { effectiveConfig, walkEffective } from '../../../../server/src/formats/nginx/effective.ts';
import { effectiveHeaders } from '../../../../server/src/formats/nginx/headers.ts';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';
import { serverBlocks } from '../../../../server/src/formats/nginx/server-blocks.ts';
import { at } from './describe-ast.ts';

/**
 * Real configurations written by others (see ../shared/corpus/README.md): every `.conf` of
 * H5BP's nginx configs and of Gixy's test fixtures parses without an error. None of these
 * fixtures is meant to be syntactically broken, so the list of exceptions is empty; a fixture
 * added upstream that is broken on purpose goes here with its reason.
 */
const CORPUS = new URL('../../../../../shared/corpus/', import.meta.url).pathname;
const ROOTS = ['h5bp-server-configs-nginx', 'yandex-gixy/tests'];
const INTENTIONALLY_BROKEN: Record<string, string> = {};

function confFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) confFiles(path, out);
    else if (name.endsWith('.conf')) out.push(path);
  }
  return out;
}

describe('corpus: real nginx configurations parse without errors', { skip: !existsSync(CORPUS) }, () => {
  const files = ROOTS.flatMap((root) => confFiles(join(CORPUS, root)));

  test('the corpus is there (H5BP and Gixy fixtures)', () => {
    assert.ok(files.length >= 100, `only ${files.length} .conf files found under ${CORPUS}`);
  });

  for (const file of files) {
    const name = relative(CORPUS, file);
    test(name, () => {
      const parsed = parseNginx(readFileSync(file, 'utf8'));
      const errors = parsed.problems
        .filter((p) => p.severity === 'error')
        .map((p) => `${at(p.range)} ${p.message}`);
      if (INTENTIONALLY_BROKEN[name]) assert.notDeepEqual(errors, [], INTENTIONALLY_BROKEN[name]);
      else assert.deepEqual(errors, []);
    });
  }

  test('H5BP nginx.conf: the structure nginx reads', () => {
    const parsed = parseNginx(readFileSync(join(CORPUS, 'h5bp-server-configs-nginx/nginx.conf'), 'utf8'));
    const top = parsed.ast.directives.map((d) => d.name);
    assert.ok(top.includes('events') && top.includes('http'), top.join(' '));
    const http = parsed.ast.directives.find((d) => d.name === 'http')!;
    const includes = http.block!.directives.filter((d) => d.name === 'include').map((d) => d.args[0]!.value);
    assert.ok(includes.includes('conf.d/*.conf'), includes.join(' '));
  });

  test('H5BP includes resolve from the configuration prefix, as nginx -t resolves them', () => {
    const root = join(CORPUS, 'h5bp-server-configs-nginx');
    const ws = new DiskWorkspace(root);
    const main = join(root, 'nginx.conf');
    const config = effectiveConfig(parseNginx(ws.readText(main)!).ast, main, ws);
    assert.deepEqual(config.prefix, { dir: root, source: 'main-config' });
    const files = new Set<string>();
    walkEffective(config, (node) => {
      files.add(relative(root, node.file));
    });
    assert.ok(
      files.has('h5bp/media_types/media_types.conf') && files.has('conf.d/no-ssl.default.conf'),
      [...files].join(' '),
    );
    // mime.types is not part of the corpus: nginx looks for it in the prefix, not next to media_types.conf.
    assert.deepEqual(
      config.problems.map((p) => `${relative(root, p.path)}: ${p.message}`),
      [
        'nginx.conf: "include custom.d/*.conf" matches no file in the workspace.',
        'h5bp/media_types/media_types.conf: Included file "mime.types" is not in the workspace: its directives are not checked.',
      ],
    );
  });

  test('an H5BP site template gets the security headers of h5bp/basic.conf', () => {
    const root = join(CORPUS, 'h5bp-server-configs-nginx');
    const ws = new DiskWorkspace(root);
    const path = join(root, 'conf.d/templates/example.com.conf');
    const config = effectiveConfig(parseNginx(ws.readText(path)!).ast, path, ws);
    assert.equal(config.prefix.source, 'nginx-root');
    const [redirect, site] = serverBlocks(config);
    assert.deepEqual(effectiveHeaders(redirect!).entries, []);
    assert.deepEqual(
      effectiveHeaders(site!).entries.map((e) => `${e.name} ${relative(root, e.node.file)}`),
      [
        'Referrer-Policy h5bp/security/referrer-policy.conf',
        'X-Content-Type-Options h5bp/security/x-content-type-options.conf',
        'X-Frame-Options h5bp/security/x-frame-options.conf',
        'Access-Control-Allow-Origin h5bp/cross-origin/requests.conf',
      ],
    );
  });
});
