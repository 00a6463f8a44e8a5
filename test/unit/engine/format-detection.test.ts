import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import nodePath from 'node:path';
import { detectFormat, sniffServerConfig } from '../../../server/src/engine/format-detection.ts';
import type { FormatId } from '../../../server/src/engine/types.ts';

const NGINX_SERVER = 'server {\n  listen 443 ssl;\n  server_name example.org;\n}\n';
const APACHE_VHOST = '<VirtualHost *:443>\n  ServerName example.org\n  SSLEngine on\n</VirtualHost>\n';
const NEITHER = '# nothing but a comment\n\n';

/** [path, expected format, content for sniffing (when the path needs it)] */
const CASES: [string, FormatId | undefined, string?][] = [
  // nginx by name or directory
  ['/ws/nginx.conf', 'nginx'],
  ['/ws/deploy/nginx/site.conf', 'nginx'],
  ['/etc/nginx/conf.d/default.conf', 'nginx', APACHE_VHOST],
  ['/etc/nginx/sites-available/example.conf', 'nginx'],
  ['/ws/snippets/headers.conf', 'nginx'],
  ['/ws/site.nginx', 'nginx'],
  ['/ws/site.nginxconf', 'nginx'],
  ['C:\\deploy\\nginx\\site.conf', 'nginx'],
  // apache by name or directory
  ['/ws/public/.htaccess', 'apache'],
  ['/ws/httpd.conf', 'apache'],
  ['/etc/apache2/apache2.conf', 'apache'],
  ['/etc/apache2/sites-available/000-default.conf', 'apache', NGINX_SERVER],
  ['/etc/httpd/conf.d/ssl.conf', 'apache'],
  ['/ws/conf-available/security.conf', 'apache'],
  ['/ws/mods-enabled/ssl.conf', 'apache'],
  ['/ws/sites-custom/site.conf', 'apache'],
  // the nearest server directory wins
  ['/srv/nginx/deploy/apache2/site.conf', 'apache'],
  ['/srv/apache2/deploy/nginx/site.conf', 'nginx'],
  ['/etc/nginx/snippets/php/fpm.conf', 'nginx'],
  // …only a near one: an application tree deep below a folder named nginx/ holds other programs'
  // `.conf` files (a Cacti plugin's map definitions, sniffed: loose CamelCase statements read as Apache's,
  // which Harden does not check yet; blind case cacti, 2026-12-05).
  [
    '/srv/nginx/cases/cacti/var/www/html/cacti/plugins/weathermap/configs/core.conf',
    'apache',
    'TITLE Core network\n',
  ],
  ['/srv/nginx/cases/app/var/www/app/deploy/site.conf', 'nginx', NGINX_SERVER],
  // ambiguous directories are sniffed
  ['/ws/sites-available/app.conf', 'nginx', NGINX_SERVER],
  ['/ws/sites-available/app.conf', 'apache', APACHE_VHOST],
  ['/ws/sites-enabled/app.conf', 'apache', APACHE_VHOST],
  ['/ws/conf.d/app.conf', 'apache', APACHE_VHOST],
  ['/ws/conf.d/app.conf', 'nginx', NGINX_SERVER],
  ['/ws/conf.d/app.conf', 'nginx', NEITHER],
  // SpinupWP's site folders (blind cases spinupwp-woo-civi--*).
  ['/ws/etc/nginx/sites-available/shop.example.org/shop.example.org', 'nginx', NGINX_SERVER],
  ['/ws/etc/nginx/sites-available/shop.example.org/notes', undefined, NGINX_SERVER],
  // FASTPANEL's per-site includes.
  ['/ws/etc/nginx/fastpanel2-sites/lms_usr/lms.example.edu.includes', 'nginx'],
  // The nginx Docker image's envsubst templates (blind cases templates-civi*).
  ['/ws/nginx/templates/default.conf.template', 'nginx'],
  ['/ws/docker/templates/site.conf.template', 'nginx', NGINX_SERVER],
  ['/ws/docker/templates/mail.conf.template', undefined, NEITHER],
  ['/ws/nginx/default.conf.template', undefined],
  // nginx-proxy's per-host includes (blind case easyengine--hsts-month-no-always).
  [
    '/ws/opt/easyengine/services/nginx-proxy/vhost.d/example.org',
    'nginx',
    'add_header X-Frame-Options SAMEORIGIN always;\nadd_header Strict-Transport-Security "max-age=31536000" always;\n',
  ],
  [
    '/ws/opt/easyengine/services/nginx-proxy/vhost.d/example.org_location',
    'nginx',
    'proxy_read_timeout 300;\n',
  ],
  ['/ws/vhost.d/README.md', undefined, 'add_header X;\n'],
  ['/ws/vhost.d/notes', undefined, NEITHER],
  // ServerPilot's and RunCloud's own nginx builds, and ServerPilot's per-app include files.
  ['/ws/etc/nginx-sp/vhosts.d/crm.d/legacy-tls.ssl_conf', 'nginx'],
  ['/ws/etc/nginx-sp/vhosts.d/crm.d/force-https.nonssl_conf', 'nginx'],
  ['/ws/etc/nginx-rc/extra.d/app.location.root.cache.conf', 'nginx'],
  ['/ws/deploy/notes.ssl_conf', undefined, NEITHER],
  // Blind case zoneminder: ZoneMinder's own settings, in a conf.d/ of assignments.
  ['/ws/etc/zm/conf.d/02-nginx.conf', undefined, '# behind nginx\nZM_PATH_ZMS=/zm/cgi-bin/nph-zms\n'],
  ['/ws/conf.d/app.conf', 'nginx', 'include snippets/app.conf;\nMY_VAR=1\n'],
  ['/ws/sites-available/default', 'nginx', NGINX_SERVER],
  ['/ws/sites-enabled/example.org', undefined, NEITHER],
  ['/ws/sites-enabled/example.org', 'apache', APACHE_VHOST],
  ['/ws/sites-enabled/example.org', undefined, 'add_header X-Frame-Options DENY;\n'],
  ['/ws/sites-available/README.md', undefined, NGINX_SERVER],
  // any other *.conf is sniffed, and left alone when the content does not say
  ['/ws/deploy/site.conf', 'nginx', NGINX_SERVER],
  ['/ws/deploy/site.conf', 'apache', APACHE_VHOST],
  ['/ws/deploy/site.conf', undefined, NEITHER],
  ['/ws/supervisord.conf', undefined, '[program:worker]\ncommand=php bin/console messenger:consume\n'],
  ['/ws/deploy/site.conf', undefined],
  // dotenv
  ['/ws/.env', 'dotenv'],
  ['/ws/.env.local', 'dotenv'],
  ['/ws/.env.prod', 'dotenv'],
  ['/ws/.env.prod.local', 'dotenv'],
  ['/ws/.env.dist', 'dotenv'],
  ['/ws/.env.example', 'dotenv'],
  ['/ws/docker/app.env', 'dotenv'],
  ['/ws/.env.local.php', undefined],
  ['/ws/.envrc', undefined],
  ['/ws/environment.txt', undefined],
  // symfony
  ['/ws/config/packages/framework.yaml', 'symfony'],
  ['/ws/config/packages/prod/monolog.yaml', 'symfony'],
  ['/ws/config/packages/nelmio_cors.yml', 'symfony'],
  ['/ws/config/services.yaml', 'symfony'],
  ['/ws/config/services_test.yaml', 'symfony'],
  ['/ws/app/config/security.yml', 'symfony'],
  ['/ws/security.yaml', 'symfony'],
  ['/ws/config/routes.yaml', undefined],
  ['/ws/.github/workflows/ci.yml', undefined],
  ['/ws/.harden.yaml', undefined],
  ['/ws/translations/messages.fr.yaml', undefined],
  // shell
  ['/ws/deploy.sh', 'shell'],
  ['/ws/Dockerfile', 'shell'],
  ['/ws/docker/Dockerfile.prod', 'shell'],
  ['/ws/Makefile', 'shell'],
  ['/ws/docker-compose.yml', 'shell'],
  ['/ws/docker-compose.prod.yaml', 'shell'],
  ['/ws/compose.yaml', 'shell'],
  ['/ws/compose.override.yml', 'shell'],
  ['/ws/composer.json', 'shell'],
  ['/ws/composer.lock', undefined],
  ['/ws/package.json', undefined],
  // nothing else
  ['/ws/index.php', undefined],
  ['/ws/README.md', undefined],
  ['/ws/', undefined],
];

describe('detectFormat', () => {
  for (const [path, expected, content] of CASES) {
    const label = content === undefined ? '' : ` (content: ${content.split('\n')[0]})`;
    test(`${path} → ${expected ?? 'undefined'}${label}`, () => {
      assert.equal(
        detectFormat(path, () => content),
        expected,
      );
    });
  }

  test('reads the head only for ambiguous *.conf files', () => {
    let reads = 0;
    const readHead = (): string => {
      reads++;
      return NGINX_SERVER;
    };
    detectFormat('/ws/.env', readHead);
    detectFormat('/ws/nginx.conf', readHead);
    detectFormat('/etc/apache2/sites-available/x.conf', readHead);
    detectFormat('/ws/config/packages/framework.yaml', readHead);
    assert.equal(reads, 0);
    detectFormat('/ws/sites-available/x.conf', readHead);
    assert.equal(reads, 1);
  });
});

describe('sniffServerConfig', () => {
  const table: [string, 'nginx' | 'apache' | undefined][] = [
    ['http {\n  server_tokens off;\n}', 'nginx'],
    ['events {\n  worker_connections 1024;\n}', 'nginx'],
    ['upstream php {\n  server unix:/run/php.sock;\n}', 'nginx'],
    ['location ~ \\.php$ {\n  fastcgi_pass php;\n}', 'nginx'],
    [
      '# headers\nadd_header X-Frame-Options "SAMEORIGIN" always;\nadd_header X-Content-Type-Options nosniff;',
      'nginx',
    ],
    ['ssl_protocols TLSv1.2 TLSv1.3; # modern\n', 'nginx'],
    ['<Directory /var/www>\n  Options -Indexes\n</Directory>', 'apache'],
    ['<IfModule mod_headers.c>\n  Header always set X-Frame-Options "DENY"\n</IfModule>', 'apache'],
    ['LoadModule ssl_module modules/mod_ssl.so\n', 'apache'],
    ['ServerName example.org\n', 'apache'],
    ['Header set X-Content-Type-Options "nosniff"\nOptions -Indexes\n', 'apache'],
    ['', undefined],
    ['# comment only\n   \n', undefined],
    ['[program:x]\ncommand=/bin/true\n', undefined],
    ['key = value\nother = thing\n', undefined],
    // lighttpd (Jirafeau's docker/lighttpd.conf): its closing brace is no nginx statement.
    [
      'server.document-root = "/www"\n$HTTP["url"] =~ "^/var-*" {\n     url.access-deny = ("")\n}\n',
      undefined,
    ],
    ['server.modules += ( "mod_access" )\nserver.port = 80\n', undefined],
  ];
  for (const [text, expected] of table) {
    test(`${JSON.stringify(text.slice(0, 40))} → ${expected ?? 'undefined'}`, () => {
      assert.equal(sniffServerConfig(text), expected);
    });
  }

  test('a block decides over many snippet-like lines of the other kind', () => {
    const text = `${'Header set X y\n'.repeat(3)}server {\n  listen 80;\n}\n`;
    assert.equal(sniffServerConfig(text), 'nginx');
  });

  test('blocksOnly ignores loose statements', () => {
    assert.equal(sniffServerConfig('add_header X-Frame-Options DENY;\n', { blocksOnly: true }), undefined);
    assert.equal(sniffServerConfig('Options -Indexes\n', { blocksOnly: true }), undefined);
    assert.equal(sniffServerConfig(NGINX_SERVER, { blocksOnly: true }), 'nginx');
    assert.equal(sniffServerConfig(APACHE_VHOST, { blocksOnly: true }), 'apache');
  });

  test('only the first 8 KiB are read', () => {
    const text = `${'# padding line\n'.repeat(1000)}server {\n}\n`;
    assert.ok(text.indexOf('server {') > 8192);
    assert.equal(sniffServerConfig(text), undefined);
  });

  test('linear time on a long line without newline', () => {
    const text = `location ${'a '.repeat(50_000)}`;
    const started = performance.now();
    sniffServerConfig(text);
    assert.ok(performance.now() - started < 100);
  });
});

describe('detectFormat on the real-world corpus', () => {
  const corpus = nodePath.resolve(import.meta.dirname, '../../../../shared/corpus');
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = nodePath.join(dir, entry.name);
      return entry.isDirectory() ? walk(path) : [path];
    });
  const formatOf = (path: string): FormatId | undefined =>
    detectFormat(path, () => fs.readFileSync(path, 'utf8').slice(0, 8192));

  test('every H5BP nginx *.conf is nginx', () => {
    const files = walk(nodePath.join(corpus, 'h5bp-server-configs-nginx')).filter((p) => p.endsWith('.conf'));
    assert.ok(files.length > 30);
    for (const file of files) assert.equal(formatOf(file), 'nginx', file);
  });

  test('every H5BP Apache *.conf and .htaccess is apache', () => {
    const root = nodePath.join(corpus, 'h5bp-server-configs-apache');
    // bin/htaccess.conf is the input of H5BP's build script (`enable "h5bp/…"`), not Apache.
    const buildScript = nodePath.join(root, 'bin/htaccess.conf');
    const files = walk(root).filter(
      (p) => (p.endsWith('.conf') || p.endsWith('.htaccess')) && p !== buildScript,
    );
    assert.ok(files.length > 30);
    for (const file of files) assert.equal(formatOf(file), 'apache', file);
    assert.equal(formatOf(buildScript), undefined);
  });

  test("Chamilo's files: .htaccess, .env, Symfony packages", () => {
    assert.equal(formatOf(nodePath.join(corpus, 'chamilo-lms/public/.htaccess')), 'apache');
    assert.equal(formatOf(nodePath.join(corpus, 'chamilo-lms/.env.dist')), 'dotenv');
    assert.equal(formatOf(nodePath.join(corpus, 'chamilo-lms/config/packages/security.yaml')), 'symfony');
    assert.equal(formatOf(nodePath.join(corpus, 'chamilo-lms/license.txt')), undefined);
  });
});
