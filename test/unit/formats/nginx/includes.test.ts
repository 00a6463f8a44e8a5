import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { NginxFile } from '../../../../server/src/formats/nginx/ast.ts';
import {
  anchorIn,
  effectiveConfig,
  includeChainRelated,
  resolveIncludes,
  walkEffective,
  type EffectiveConfig,
  type EffectiveNode,
} from '../../../../server/src/formats/nginx/effective.ts';
import { expandGlob, globMatches } from '../../../../server/src/formats/nginx/glob.ts';
import {
  configPrefix,
  findIncluders,
  includersOf,
  isMainConfig,
  nginxFilesUnder,
  nginxRootFor,
} from '../../../../server/src/formats/nginx/includes.ts';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';
import { hasOwnPlacement } from '../../../../server/src/formats/nginx/semantics-report-scope.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';
import { at } from './describe-ast.ts';

const parse = (text: string): NginxFile => parseNginx(text).ast;

function config(ws: MemoryWorkspace, path: string): EffectiveConfig {
  const file = parse(ws.readText(ws.absolute(path))!);
  return effectiveConfig(file, ws.absolute(path), ws);
}

/** `name args` of every node, indented by effective depth, with the file it comes from. */
function effectiveOutline(c: EffectiveConfig): string[] {
  const lines: string[] = [];
  walkEffective(c, (node) => {
    const depth =
      node.ancestors().length - (c.placement?.parent ? c.placement.parent.ancestors().length + 1 : 0);
    const file = node.file.replace(/^\/ws\//, '');
    lines.push(`${'  '.repeat(depth)}${[node.name, ...node.args.map((a) => a.value)].join(' ')}  (${file})`);
  });
  return lines;
}

function problems(c: EffectiveConfig): string[] {
  return c.problems.map((p) => `${p.severity} ${p.path.replace(/^\/ws\//, '')} ${at(p.range)} ${p.message}`);
}

describe('include resolution', () => {
  test('a glob in http brings in the matching files in sorted order, in place; dotfiles and other names are skipped', () => {
    const ws = new MemoryWorkspace('/ws', {
      'nginx/nginx.conf': 'http {\n  include conf.d/*.conf;\n  server_tokens off;\n}\n',
      'nginx/conf.d/b.conf': 'server { listen 81; }\n',
      'nginx/conf.d/a.conf': 'server { listen 80; }\n',
      'nginx/conf.d/.hidden.conf': 'server { listen 82; }\n',
      'nginx/conf.d/notes.txt': 'server { listen 83; }\n',
    });
    const c = config(ws, 'nginx/nginx.conf');
    assert.deepEqual(c.prefix, { dir: '/ws/nginx', source: 'main-config' });
    assert.deepEqual(effectiveOutline(c), [
      'http  (nginx/nginx.conf)',
      '  include conf.d/*.conf  (nginx/nginx.conf)',
      '  server  (nginx/conf.d/a.conf)',
      '    listen 80  (nginx/conf.d/a.conf)',
      '  server  (nginx/conf.d/b.conf)',
      '    listen 81  (nginx/conf.d/b.conf)',
      '  server_tokens off  (nginx/nginx.conf)',
    ]);
    const include = c.nodes[0]!.children[0]!;
    assert.equal(include.include!.status, 'ok');
    assert.deepEqual(include.include!.files, ['/ws/nginx/conf.d/a.conf', '/ws/nginx/conf.d/b.conf']);
    assert.deepEqual(problems(c), []);
  });

  test('included directives know their include chain, and findings anchor on the include of the document', () => {
    const ws = new MemoryWorkspace('/ws', {
      'nginx/nginx.conf': 'http {\n  include sites/app.conf;\n}\n',
      'nginx/sites/app.conf': 'server {\n  include snippets/headers.conf;\n}\n',
      'nginx/snippets/headers.conf': 'add_header X-Frame-Options DENY;\n',
    });
    const c = config(ws, 'nginx/nginx.conf');
    let header: EffectiveNode | undefined;
    walkEffective(c, (n) => {
      if (n.name === 'add_header') header = n;
    });
    assert.ok(header);
    assert.deepEqual(header.enclosingNames(), ['http', 'server']);
    assert.deepEqual(
      header.via.map((s) => [s.path, s.target]),
      [
        ['/ws/nginx/nginx.conf', '/ws/nginx/sites/app.conf'],
        ['/ws/nginx/sites/app.conf', '/ws/nginx/snippets/headers.conf'],
      ],
    );
    assert.equal(anchorIn(header, '/ws/nginx/nginx.conf')!.args[0]!.value, 'sites/app.conf');
    assert.equal(anchorIn(header, '/ws/nginx/sites/app.conf')!.args[0]!.value, 'snippets/headers.conf');
    assert.equal(anchorIn(header, '/ws/nginx/snippets/headers.conf'), header.directive);
    assert.equal(anchorIn(header, '/ws/elsewhere.conf'), undefined);
    assert.deepEqual(
      includeChainRelated(header).map((r) => [r.file, at(r.range), r.message]),
      [
        ['/ws/nginx/nginx.conf', '1:2-1:25', 'includes /ws/nginx/sites/app.conf'],
        ['/ws/nginx/sites/app.conf', '1:2-1:32', 'includes /ws/nginx/snippets/headers.conf'],
      ],
    );
  });

  test('a sites file is read in the http block of the nginx.conf that includes it; relative paths use that prefix', () => {
    const ws = new MemoryWorkspace('/ws', {
      'etc/nginx/nginx.conf': 'http {\n  add_header X-Top 1;\n  include sites-enabled/*;\n}\n',
      'etc/nginx/sites-enabled/app': 'server {\n  include snippets/ssl.conf;\n}\n',
      'etc/nginx/snippets/ssl.conf': 'ssl_protocols TLSv1.2 TLSv1.3;\n',
    });
    const c = config(ws, 'etc/nginx/sites-enabled/app');
    assert.deepEqual(c.prefix, { dir: '/ws/etc/nginx', source: 'includer' });
    assert.equal(c.placement!.mainPath, '/ws/etc/nginx/nginx.conf');
    assert.equal(c.placement!.parent!.name, 'http');
    const server = c.nodes[0]!;
    assert.deepEqual(server.enclosingNames(), ['http']);
    assert.deepEqual(
      server.parent!.children.map((n) => n.name),
      ['add_header', 'include', 'server'],
    );
    assert.deepEqual(
      server.children.map((n) => `${n.name} ${n.file}`),
      ['include /ws/etc/nginx/sites-enabled/app', 'ssl_protocols /ws/etc/nginx/snippets/ssl.conf'],
    );
    assert.deepEqual(problems(c), []);
  });

  test('without an includer: the nginx root (a folder named nginx), else the file’s own folder', () => {
    const ws = new MemoryWorkspace('/ws', {
      'deploy/nginx/sites-available/app.conf': 'server { include snippets/php.conf; }\n',
      'deploy/nginx/snippets/php.conf': 'fastcgi_pass php:9000;\n',
      'standalone/site.conf': 'server { include local.conf; }\n',
      'standalone/local.conf': 'root /srv;\n',
    });
    const a = config(ws, 'deploy/nginx/sites-available/app.conf');
    assert.deepEqual(a.prefix, { dir: '/ws/deploy/nginx', source: 'nginx-root' });
    assert.deepEqual(
      a.nodes[0]!.children.map((n) => n.name),
      ['include', 'fastcgi_pass'],
    );
    const b = config(ws, 'standalone/site.conf');
    assert.deepEqual(b.prefix, { dir: '/ws/standalone', source: 'file-directory' });
    assert.deepEqual(
      b.nodes[0]!.children.map((n) => n.name),
      ['include', 'root'],
    );
    assert.equal(nginxRootFor('/ws/x/conf.d/a.conf', ws), '/ws/x');
    assert.equal(nginxRootFor('/ws/a.conf', ws), undefined);
  });

  test('an absolute /etc/nginx path is looked up under the prefix; other paths outside the workspace are not read', () => {
    const ws = new MemoryWorkspace('/ws', {
      'nginx/nginx.conf':
        'http {\n  include /etc/nginx/snippets/*.conf;\n  include /opt/vendor/extra.conf;\n  include /ws/nginx/local.conf;\n}\n',
      'nginx/snippets/gzip.conf': 'gzip on;\n',
      'nginx/local.conf': 'charset utf-8;\n',
    });
    const c = config(ws, 'nginx/nginx.conf');
    const [mapped, outside, inside] = c.nodes[0]!.children.filter((n) => n.name === 'include');
    assert.equal(mapped!.include!.mappedFrom, '/etc/nginx/snippets/*.conf');
    assert.deepEqual(mapped!.include!.files, ['/ws/nginx/snippets/gzip.conf']);
    assert.equal(outside!.include!.status, 'outside-workspace');
    assert.deepEqual(inside!.include!.files, ['/ws/nginx/local.conf']);
    assert.deepEqual(problems(c), [
      'info nginx/nginx.conf 2:10-2:32 Included file "/opt/vendor/extra.conf" is outside the workspace: it is not read.',
    ]);
  });

  test('missing files and masks that match nothing are reported as info', () => {
    const ws = new MemoryWorkspace('/ws', {
      'nginx/nginx.conf': 'http {\n  include mime.types;\n  include conf.d/*.conf;\n  include;\n}\n',
    });
    const c = config(ws, 'nginx/nginx.conf');
    assert.deepEqual(problems(c), [
      'info nginx/nginx.conf 1:10-1:20 Included file "mime.types" is not in the workspace: its directives are not checked.',
      'info nginx/nginx.conf 2:10-2:23 "include conf.d/*.conf" matches no file in the workspace.',
      'error nginx/nginx.conf 3:2-3:10 "include" takes exactly one file name or mask.',
    ]);
  });

  test('include cycles are reported once and do not loop', () => {
    const ws = new MemoryWorkspace('/ws', {
      'a.conf': 'include b.conf;\nlisten 1;\n',
      'b.conf': 'include a.conf;\ninclude b.conf;\nlisten 2;\n',
    });
    const c = resolveIncludes('/ws/a.conf', ws, parse, { standalone: true })!;
    assert.deepEqual(effectiveOutline(c), [
      'include b.conf  (a.conf)',
      'include a.conf  (b.conf)',
      'include b.conf  (b.conf)',
      'listen 2  (b.conf)',
      'listen 1  (a.conf)',
    ]);
    assert.deepEqual(problems(c), [
      'error b.conf 0:8-0:14 Include cycle: "a.conf" brings in "/ws/a.conf", which is already being read.',
      'error b.conf 1:8-1:14 Include cycle: "b.conf" brings in "/ws/b.conf", which is already being read.',
    ]);
  });

  test('includes nested deeper than the limit stop with a warning', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`f${i}.conf`] = `include f${i + 1}.conf;\n`;
    files['f40.conf'] = 'listen 80;\n';
    const ws = new MemoryWorkspace('/ws', files);
    const c = resolveIncludes('/ws/f0.conf', ws, parse, { standalone: true })!;
    const found = problems(c);
    assert.equal(found.length, 1);
    assert.match(
      found[0]!,
      /^warning f32\.conf 0:8-0:16 Includes are nested more than 32 deep: "f33\.conf" is not followed\.$/,
    );
  });

  test('a file included many times is parsed once per workspace view', () => {
    let parses = 0;
    const counting = (text: string): NginxFile => {
      parses++;
      return parse(text);
    };
    const ws = new MemoryWorkspace('/ws', {
      'main.conf': 'server { include s.conf; }\nserver { include s.conf; }\nserver { include s.conf; }\n',
      's.conf': 'add_header X 1;\n',
    });
    const c = resolveIncludes('/ws/main.conf', ws, counting, { standalone: true })!;
    walkEffective(c, () => undefined);
    assert.equal(parses, 2);
    assert.equal(
      c.nodes
        .filter((n) => n.name === 'server')
        .flatMap((s) => s.children)
        .filter((n) => n.name === 'add_header').length,
      3,
    );
  });

  test('effectiveConfig is memoised per parsed tree and workspace', () => {
    const ws = new MemoryWorkspace('/ws', { 'a.conf': 'listen 80;\n' });
    const file = parse('listen 80;\n');
    assert.equal(effectiveConfig(file, '/ws/a.conf', ws), effectiveConfig(file, '/ws/a.conf', ws));
    assert.notEqual(
      effectiveConfig(file, '/ws/a.conf', ws),
      effectiveConfig(parse('listen 80;\n'), '/ws/a.conf', ws),
    );
  });

  test('an nginx -T dump resolves its includes among its own files', () => {
    const dump = [
      '# configuration file /etc/nginx/nginx.conf:',
      'http {',
      '    include /etc/nginx/conf.d/*.conf;',
      '    include mime.types;',
      '}',
      '# configuration file /etc/nginx/conf.d/site.conf:',
      'server { listen 443 ssl; }',
      '# configuration file /etc/nginx/mime.types:',
      'types { text/html html; }',
      '',
    ].join('\n');
    const ws = new MemoryWorkspace('/ws', { 'dump.txt': dump });
    const c = effectiveConfig(parse(dump), '/ws/dump.txt', ws);
    assert.deepEqual(c.prefix, { dir: '/etc/nginx', source: 'dump' });
    const http = c.nodes[0]!;
    assert.deepEqual(
      http.children.map((n) => `${n.name} ${n.file} ${n.path}`),
      [
        'include /etc/nginx/nginx.conf /ws/dump.txt',
        'server /etc/nginx/conf.d/site.conf /ws/dump.txt',
        'include /etc/nginx/nginx.conf /ws/dump.txt',
        'types /etc/nginx/mime.types /ws/dump.txt',
      ],
    );
    // Ranges stay positions in the dump.
    assert.equal(at(http.children[1]!.directive.range), '6:0-6:26');
    assert.deepEqual(problems(c), []);
  });
});

describe('finding includers', () => {
  const ws = new MemoryWorkspace('/ws', {
    'nginx/nginx.conf': 'http {\n  include sites-enabled/*.conf;\n}\n',
    'nginx/sites-enabled/a.conf': 'server {\n  include snippets/security.conf;\n}\n',
    'nginx/sites-enabled/b.conf':
      'server {\n  location / {\n    include /etc/nginx/snippets/security.conf;\n  }\n}\n',
    'nginx/snippets/security.conf': 'add_header X-Content-Type-Options nosniff always;\n',
    'nginx/snippets/unused.conf': 'gzip on;\n',
  });

  test('includersOf: the files that include a snippet, with the blocks around each include', () => {
    assert.deepEqual(
      includersOf('/ws/nginx/snippets/security.conf', ws).map((i) => [
        i.path,
        i.enclosing,
        at(i.directive.range),
      ]),
      [
        ['/ws/nginx/sites-enabled/a.conf', ['server'], '1:2-1:33'],
        ['/ws/nginx/sites-enabled/b.conf', ['server', 'location'], '2:4-2:46'],
      ],
    );
    assert.deepEqual(includersOf('/ws/nginx/snippets/unused.conf', ws), []);
    assert.deepEqual(
      includersOf('/ws/nginx/snippets/security.conf', ws, ['/ws/nginx/sites-enabled/b.conf']).map(
        (i) => i.path,
      ),
      ['/ws/nginx/sites-enabled/b.conf'],
    );
  });

  test('findIncluders: the nginx.conf above a snippet and every shortest chain to it', () => {
    const found = findIncluders('/ws/nginx/snippets/security.conf', ws)!;
    assert.equal(found.mainPath, '/ws/nginx/nginx.conf');
    assert.deepEqual(
      found.chains.map((chain) => chain.map((s) => s.target)),
      [
        ['/ws/nginx/sites-enabled/a.conf', '/ws/nginx/snippets/security.conf'],
        ['/ws/nginx/sites-enabled/b.conf', '/ws/nginx/snippets/security.conf'],
      ],
    );
    assert.equal(findIncluders('/ws/nginx/snippets/unused.conf', ws), undefined);
  });

  test('a snippet read through its first placement: its directives sit in that server', () => {
    const c = config(ws, 'nginx/snippets/security.conf');
    assert.deepEqual(c.prefix, { dir: '/ws/nginx', source: 'includer' });
    assert.deepEqual(c.nodes[0]!.enclosingNames(), ['http', 'server']);
    assert.equal(c.placement!.otherChains.length, 1);
  });

  test("a snippet reached through includes that each sit at their file's top: Plesk's chain", () => {
    // nginx.conf's http reads conf.d/*.conf, which reads every vhost file, which reads the site's
    // generated config, whose server includes the additional directives (blind case
    // plesk-wp--xmlrpc-exact-deny). Each included file's nodes sit beside the include that
    // brings them: the snippet still belongs in the server.
    const plesk = new MemoryWorkspace('/ws', {
      'etc/nginx/nginx.conf': 'events {}\nhttp {\n  include /etc/nginx/conf.d/*.conf;\n}\n',
      'etc/nginx/conf.d/zz010_psa_nginx.conf': 'include /etc/nginx/plesk.conf.d/vhosts/*.conf;\n',
      'etc/nginx/plesk.conf.d/vhosts/example.org.conf':
        'include "/var/www/vhosts/system/example.org/conf/nginx.conf";\n',
      'var/www/vhosts/system/example.org/conf/nginx.conf':
        'server {\n  listen 443 ssl;\n  include "/var/www/vhosts/system/example.org/conf/vhost_nginx.conf";\n}\n',
      'var/www/vhosts/system/example.org/conf/vhost_nginx.conf': 'location = /xmlrpc.php {\n  deny all;\n}\n',
    });
    const c = config(plesk, 'var/www/vhosts/system/example.org/conf/vhost_nginx.conf');
    assert.equal(c.placement!.chain.length, 4);
    assert.deepEqual(c.nodes[0]!.enclosingNames(), ['http', 'server']);
  });

  test('configPrefix and nginxFilesUnder', () => {
    assert.deepEqual(
      configPrefix(
        '/ws/nginx/sites-enabled/a.conf',
        parse(ws.readText('/ws/nginx/sites-enabled/a.conf')!),
        ws,
      ),
      {
        dir: '/ws/nginx',
        source: 'includer',
      },
    );
    assert.deepEqual(nginxFilesUnder('/ws/nginx', ws), [
      '/ws/nginx/nginx.conf',
      '/ws/nginx/sites-enabled/a.conf',
      '/ws/nginx/sites-enabled/b.conf',
      '/ws/nginx/snippets/security.conf',
      '/ws/nginx/snippets/unused.conf',
    ]);
  });
});

describe('a workspace that mirrors the file system (Magento: the site includes the application’s nginx.conf)', () => {
  const files = {
    'etc/nginx/nginx.conf': 'events {}\nhttp {\n  include /etc/nginx/sites-enabled/*;\n}\n',
    'etc/nginx/sites-enabled/shop':
      'server {\n  set $MAGE_ROOT /var/www/magento2;\n  include /var/www/magento2/nginx.conf;\n}\n',
    'etc/nginx/snippets/headers.conf': 'add_header X-Content-Type-Options nosniff always;\n',
    'var/www/magento2/nginx.conf':
      'root $MAGE_ROOT/pub;\nlocation /static/ {\n  include snippets/headers.conf;\n}\ninclude /var/www/magento2/nginx.d/*.conf;\n',
    'var/www/magento2/nginx.d/media.conf': 'location /media/ {\n  expires 1y;\n}\n',
  };
  const ws = new MemoryWorkspace('/ws', files);
  const magento = '/ws/var/www/magento2/nginx.conf';

  test('an absolute include outside nginx’s directories is read at the same place under the root (globs too)', () => {
    const c = config(ws, 'etc/nginx/sites-enabled/shop');
    const include = c.nodes[0]!.children.find((n) => n.name === 'include')!;
    assert.equal(include.include!.status, 'ok');
    assert.deepEqual(include.include!.files, [magento]);
    assert.equal(include.include!.resolvedPattern, magento);
    assert.equal(include.include!.mappedFrom, '/var/www/magento2/nginx.conf');
    const glob = config(ws, 'var/www/magento2/nginx.conf').nodes.filter((n) => n.name === 'include')[0]!;
    assert.deepEqual(glob.include!.files, ['/ws/var/www/magento2/nginx.d/media.conf']);
    assert.equal(glob.include!.mappedFrom, '/var/www/magento2/nginx.d/*.conf');
    assert.deepEqual(problems(c), []);
  });

  test('what the root does not hold stays outside the workspace, and nothing outside the root is read', () => {
    const outside = new MemoryWorkspace('/ws', {
      'etc/nginx/nginx.conf':
        'http {\n  include /opt/vendor/extra.conf;\n  include /var/www/../../../secret.conf;\n  include /srv/*.conf;\n}\n',
      // Beside the root, not in it: `..` cannot climb to it, nor the glob reach it.
      '/secret.conf': 'add_header X-Secret 1;\n',
      '/srv/app.conf': 'add_header X-Srv 1;\n',
    });
    const c = config(outside, 'etc/nginx/nginx.conf');
    const includes = c.nodes[0]!.children.filter((n) => n.name === 'include');
    assert.deepEqual(
      includes.map((n) => [n.include!.status, n.include!.resolvedPattern, n.include!.files]),
      [
        ['outside-workspace', '/opt/vendor/extra.conf', []],
        ['outside-workspace', '/secret.conf', []],
        ['outside-workspace', '/srv/*.conf', []],
      ],
    );
    assert.deepEqual(problems(c), [
      'info etc/nginx/nginx.conf 1:10-1:32 Included file "/opt/vendor/extra.conf" is outside the workspace: it is not read.',
      'info etc/nginx/nginx.conf 2:10-2:39 Included file "/var/www/../../../secret.conf" is outside the workspace: it is not read.',
      'info etc/nginx/nginx.conf 3:10-3:21 Included file "/srv/*.conf" is outside the workspace: it is not read.',
    ]);
  });

  test('a glob under a root whose own name is a mask never matches files beside the root', () => {
    const odd = new MemoryWorkspace('/w[s]', {
      'etc/nginx/nginx.conf': 'http {\n  include /conf/*.conf;\n}\n',
      // `/w[s]/conf/*.conf` as a mask also matches `/ws/conf/x.conf`, outside the root.
      '/ws/conf/x.conf': 'add_header X-Beside 1;\n',
    });
    const include = config(odd, 'etc/nginx/nginx.conf').nodes[0]!.children[0]!;
    assert.deepEqual(include.include!.files, []);
    assert.equal(include.include!.status, 'outside-workspace');
  });

  test('an nginx.conf without main-only directives that a main configuration includes is read in its includer’s server', () => {
    const file = parse(files['var/www/magento2/nginx.conf']);
    assert.equal(isMainConfig(magento, file), true, 'without the workspace, the name decides');
    assert.equal(isMainConfig(magento, file, ws), false);
    const c = config(ws, 'var/www/magento2/nginx.conf');
    assert.deepEqual(c.prefix, { dir: '/ws/etc/nginx', source: 'includer' });
    assert.deepEqual(configPrefix(magento, file, ws), c.prefix);
    assert.equal(c.placement!.mainPath, '/ws/etc/nginx/nginx.conf');
    assert.deepEqual(
      c.placement!.chain.map((s) => s.target),
      ['/ws/etc/nginx/sites-enabled/shop', magento],
    );
    assert.deepEqual(c.nodes[0]!.enclosingNames(), ['http', 'server']);
    // Relative includes use the includer's prefix: the site's snippets.
    const header = c.nodes[1]!.children.find((n) => n.name === 'add_header')!;
    assert.equal(header.file, '/ws/etc/nginx/snippets/headers.conf');
    assert.deepEqual(header.enclosingNames(), ['http', 'server', 'location']);
    // The report scope agrees: the file reports its own locations, the site leaves them to it.
    assert.equal(hasOwnPlacement(magento, ws), true);
    assert.deepEqual(problems(c), []);
  });

  test('an included nginx.conf is not taken for the main configuration of the files it includes', () => {
    const found = findIncluders('/ws/var/www/magento2/nginx.d/media.conf', ws)!;
    assert.equal(found.mainPath, '/ws/etc/nginx/nginx.conf');
    assert.deepEqual(
      found.chains[0]!.map((s) => s.target),
      ['/ws/etc/nginx/sites-enabled/shop', magento, '/ws/var/www/magento2/nginx.d/media.conf'],
    );
    assert.deepEqual(config(ws, 'var/www/magento2/nginx.d/media.conf').nodes[0]!.enclosingNames(), [
      'http',
      'server',
    ]);
  });

  test('an nginx.conf that no main configuration includes stays a main configuration', () => {
    const alone = new MemoryWorkspace('/ws', {
      'docker/nginx.conf': 'server {\n  listen 80;\n  include snippets/app.conf;\n}\n',
      'docker/snippets/app.conf': 'root /srv;\n',
    });
    const c = config(alone, 'docker/nginx.conf');
    assert.deepEqual(c.prefix, { dir: '/ws/docker', source: 'main-config' });
    assert.equal(c.placement, undefined);
    assert.equal(hasOwnPlacement('/ws/docker/nginx.conf', alone), false);
  });

  test('nginx.conf files that include each other are decided without looping', () => {
    const cycle = new MemoryWorkspace('/ws', {
      'etc/nginx/nginx.conf': 'include ../../usr/local/nginx/conf/nginx.conf;\n',
      'usr/local/nginx/conf/nginx.conf': 'include ../../../../etc/nginx/nginx.conf;\n',
    });
    const a = '/ws/etc/nginx/nginx.conf';
    const b = '/ws/usr/local/nginx/conf/nginx.conf';
    const mainA = isMainConfig(a, parse(cycle.readText(a)!), cycle);
    const mainB = isMainConfig(b, parse(cycle.readText(b)!), cycle);
    // The first one asked about is read as the top, the other inside it.
    assert.deepEqual([mainA, mainB], [true, false]);
  });
});

describe("a hosting panel's own nginx build (aaPanel: /www/server/nginx/conf/)", () => {
  // Blind cases aapanel--*: the vhosts and the admin's extension files are placed by the panel's
  // nginx.conf, which is not at /etc/nginx/.
  const ws = new MemoryWorkspace('/ws', {
    'www/server/nginx/conf/nginx.conf':
      'events {}\nhttp {\n  include /www/server/panel/vhost/nginx/*.conf;\n}\n',
    'www/server/panel/vhost/nginx/site.conf':
      'server {\n  listen 443 ssl;\n  include /www/server/panel/vhost/nginx/extension/site/*.conf;\n}\n',
    'www/server/panel/vhost/nginx/extension/site/cache.conf': 'location /static/ {\n  expires 1y;\n}\n',
  });

  test('a file the panel includes is placed by its nginx.conf, through every include', () => {
    const found = findIncluders('/ws/www/server/panel/vhost/nginx/extension/site/cache.conf', ws)!;
    assert.equal(found.mainPath, '/ws/www/server/nginx/conf/nginx.conf');
    assert.deepEqual(
      config(ws, 'www/server/panel/vhost/nginx/extension/site/cache.conf').nodes[0]!.enclosingNames(),
      ['http', 'server'],
    );
  });
});

describe('glob(3) masks', () => {
  const ws = new MemoryWorkspace('/ws', {
    'c/a1.conf': '',
    'c/a2.conf': '',
    'c/b.conf': '',
    'c/.x.conf': '',
    'c/sub/d.conf': '',
    'c/[x].conf': '',
  });

  test('*, ?, classes, negated classes, escapes; a leading dot only matched literally', () => {
    assert.deepEqual(expandGlob('/ws/c/*.conf', ws), [
      '/ws/c/[x].conf',
      '/ws/c/a1.conf',
      '/ws/c/a2.conf',
      '/ws/c/b.conf',
    ]);
    assert.deepEqual(expandGlob('/ws/c/a?.conf', ws), ['/ws/c/a1.conf', '/ws/c/a2.conf']);
    assert.deepEqual(expandGlob('/ws/c/a[!1].conf', ws), ['/ws/c/a2.conf']);
    assert.deepEqual(expandGlob('/ws/c/[a-b]*.conf', ws), ['/ws/c/a1.conf', '/ws/c/a2.conf', '/ws/c/b.conf']);
    assert.deepEqual(expandGlob('/ws/c/\\[x\\].conf', ws), ['/ws/c/[x].conf']);
    assert.deepEqual(expandGlob('/ws/c/.*.conf', ws), ['/ws/c/.x.conf']);
    assert.deepEqual(expandGlob('/ws/*/sub/*.conf', ws), ['/ws/c/sub/d.conf']);
    assert.deepEqual(expandGlob('/ws/c/[z-a].conf', ws), []);
  });

  test('globMatches agrees with the expansion', () => {
    assert.equal(globMatches('/etc/nginx/conf.d/*.conf', '/etc/nginx/conf.d/x.conf'), true);
    assert.equal(globMatches('/etc/nginx/conf.d/*.conf', '/etc/nginx/conf.d/sub/x.conf'), false);
    assert.equal(globMatches('/etc/nginx/*.types', '/etc/nginx/mime.types'), true);
    assert.equal(globMatches('/etc/nginx/conf.d/*.conf', '/etc/nginx/conf.d/.x.conf'), false);
  });
});
