import { test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveConfig } from '../../../../server/src/formats/nginx/effective.ts';
import { parseNginx } from '../../../../server/src/formats/nginx/parser.ts';
import {
  blocksNamed,
  directivesIn,
  documentRoot,
  enclosingBlock,
  httpBlocks,
  inheritedDirective,
  isInsideHttp,
  lastDirectiveIn,
  locationBlocks,
  serverBlocks,
  serverNames,
} from '../../../../server/src/formats/nginx/server-blocks.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';

const MAIN = `http {
  server_tokens off;
  root /srv/default;
  upstream app { server 127.0.0.1:9000; }
  include sites/*.conf;
}
stream {
  server { listen 5432; }
}`;
const SITE = `server {
  server_name example.org www.example.org;
  server_name alias.example.org;
  root /srv/app/public;
  location / {
    location /nested/ { alias /srv/files/; location /nested/deeper/ { } }
  }
  location /tokens { server_tokens on; }
}`;

const ws = new MemoryWorkspace('/ws', { 'nginx/nginx.conf': MAIN, 'nginx/sites/app.conf': SITE });
const main = effectiveConfig(parseNginx(MAIN).ast, '/ws/nginx/nginx.conf', ws);

test('http and server blocks through includes; stream servers and upstream entries are not http servers', () => {
  assert.equal(httpBlocks(main).length, 1);
  const servers = serverBlocks(main);
  assert.equal(servers.length, 1);
  assert.equal(servers[0]!.file, '/ws/nginx/sites/app.conf');
  assert.equal(blocksNamed(main, 'server').length, 2);
});

test('locations (nested included), server names, directives of a block', () => {
  const [server] = serverBlocks(main);
  assert.deepEqual(
    locationBlocks(server!).map((l) => l.args.map((a) => a.value).join(' ')),
    ['/', '/nested/', '/nested/deeper/', '/tokens'],
  );
  assert.deepEqual(
    serverNames(server!).map((a) => a.value),
    ['example.org', 'www.example.org', 'alias.example.org'],
  );
  assert.equal(directivesIn(server!, 'server_name').length, 2);
  assert.equal(lastDirectiveIn(server!, 'server_name')!.args[0]!.value, 'alias.example.org');
});

test('inheritedDirective: the innermost declaration wins; inherited says whether it came from outside', () => {
  const [server] = serverBlocks(main);
  const [root, nested, deeper, tokens] = locationBlocks(server!);
  const fromHttp = inheritedDirective(root!, 'server_tokens')!;
  assert.equal(fromHttp.node.args[0]!.value, 'off');
  assert.equal(fromHttp.level.name, 'http');
  assert.equal(fromHttp.inherited, true);
  const own = inheritedDirective(tokens!, 'server_tokens')!;
  assert.deepEqual([own.node.args[0]!.value, own.inherited], ['on', false]);
  assert.equal(inheritedDirective(deeper!, 'autoindex'), undefined);
  assert.equal(inheritedDirective(nested!, 'root')!.node.args[0]!.value, '/srv/app/public');
});

// nginx 1.22.1: a location nested in `location /f/ { alias /srv/files/; }` reads /srv/files/… too.
test('documentRoot: a location’s alias, inherited by nested locations that set neither', () => {
  const [server] = serverBlocks(main);
  const [root, nested, deeper] = locationBlocks(server!);
  assert.deepEqual(
    [root, nested, deeper].map((l) => {
      const r = documentRoot(l!)!;
      return `${r.kind} ${r.path} ${r.inherited}`;
    }),
    ['root /srv/app/public true', 'alias /srv/files/ false', 'alias /srv/files/ true'],
  );
  assert.equal(documentRoot(server!)!.inherited, false);
});

test('enclosingBlock and isInsideHttp, also for a sites file read on its own', () => {
  const [server] = serverBlocks(main);
  const deeper = locationBlocks(server!)[2]!;
  assert.equal(enclosingBlock(deeper, 'server'), server);
  assert.equal(isInsideHttp(deeper), true);
  const alone = effectiveConfig(
    parseNginx(SITE).ast,
    '/ws/other/app.conf',
    new MemoryWorkspace('/ws', { 'other/app.conf': SITE }),
  );
  const [loneServer] = serverBlocks(alone);
  assert.equal(isInsideHttp(loneServer!), false);
  assert.equal(loneServer!.parent, undefined);
});

// Blind cases fastpanel-*: FASTPANEL and ISPmanager write the site's root through a variable.
test('documentRoot: a root written as a variable the server sets once to a path', () => {
  const text = (extra = '') =>
    `server {\n    set $root_path /var/www/u/data/www/site;\n${extra}    root $root_path;\n    location / {\n    }\n}\n`;
  const read = (t: string) =>
    effectiveConfig(parseNginx(t).ast, '/ws/site.conf', new MemoryWorkspace('/ws', { 'site.conf': t }));
  const [server] = serverBlocks(read(text()));
  assert.equal(documentRoot(server!)!.path, '/var/www/u/data/www/site');
  assert.equal(documentRoot(locationBlocks(server!)[0]!)!.path, '/var/www/u/data/www/site');
  // ISPmanager: the admin's include sets the same path again before the panel's own line.
  const [twice] = serverBlocks(read(text('    set $root_path /var/www/u/data/www/site;\n')));
  assert.equal(documentRoot(twice!)!.path, '/var/www/u/data/www/site');
  // Set again in an `if`: the path depends on the request.
  const [changing] = serverBlocks(
    read(text('    if ($host = b) {\n        set $root_path /srv/b;\n    }\n')),
  );
  assert.equal(documentRoot(changing!)!.path, '$root_path');
});

// Blind cases nginxconfigio-wpcivi*: nginxconfig.io writes `set $base /var/www/<site>; root $base/public;`.
test('documentRoot: a root that starts with a variable the server sets once, then a path', () => {
  const read = (root: string, set = '/var/www/site') => {
    const t = `server {\n    set $base ${set};\n    root ${root};\n}\n`;
    const config = effectiveConfig(
      parseNginx(t).ast,
      '/ws/site.conf',
      new MemoryWorkspace('/ws', { 'site.conf': t }),
    );
    return documentRoot(serverBlocks(config)[0]!)!.path;
  };
  assert.equal(read('$base/public'), '/var/www/site/public');
  assert.equal(read('${base}/public'), '/var/www/site/public');
  assert.equal(read('${base}-public'), '/var/www/site-public');
  // `$basepublic` is another variable, and a second variable leaves the path to the request.
  assert.equal(read('$basepublic'), '$basepublic');
  assert.equal(read('$base/$host'), '$base/$host');
  assert.equal(read('$base/public', '$document_root'), '$base/public');
});

// Blind cases templates-civi*: the nginx image renders `${NGINX_ROOT}` from its Compose environment.
test('documentRoot: a template root and alias as the nginx image renders them', () => {
  const compose = (environment: string) =>
    `services:\n  nginx:\n    image: nginx:1.27-alpine\n${environment}    volumes:\n      - ./nginx/templates:/etc/nginx/templates:ro\n      - ./app:/var/www/civicrm:ro\n`;
  const template =
    'server {\n    root ${NGINX_ROOT};\n    location ^~ /legacy/ {\n        alias $NGINX_ROOT/public/;\n    }\n    location /x/ {\n        alias ${UNSET}/x/;\n    }\n}\n';
  const read = (composeText: string, path = '/ws/nginx/templates/default.conf.template') => {
    const workspace = new MemoryWorkspace('/ws', {
      'docker-compose.yml': composeText,
      [path.slice(4)]: template,
    });
    const [server] = serverBlocks(effectiveConfig(parseNginx(template).ast, path, workspace));
    const [legacy, x] = locationBlocks(server!);
    return [documentRoot(server!)!.path, documentRoot(legacy!)!.path, documentRoot(x!)!.path];
  };
  const env = '    environment:\n      NGINX_ROOT: /var/www/civicrm\n';
  assert.deepEqual(read(compose(env)), ['/var/www/civicrm', '/var/www/civicrm/public/', '${UNSET}/x/']);
  // The list form of `environment:`.
  assert.deepEqual(read(compose('    environment:\n      - NGINX_ROOT=/srv/crm\n'))[0], '/srv/crm');
  // A value Compose interpolates, a service that does not mount the templates, a file that is no template.
  assert.equal(read(compose('    environment:\n      NGINX_ROOT: ${ROOT:-/srv}\n'))[0], '${NGINX_ROOT}');
  assert.equal(read(compose(env).replace('/etc/nginx/templates', '/etc/nginx/conf.d'))[0], '${NGINX_ROOT}');
  assert.equal(read(compose(env), '/ws/nginx/templates/default.conf')[0], '${NGINX_ROOT}');
});
