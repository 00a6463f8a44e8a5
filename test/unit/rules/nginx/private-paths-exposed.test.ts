import { test } from 'node:test';
import { assertLintTimeGrowsLinearly, phpServer } from '../../../helpers/lint-growth.ts';
import { privatePathsExposed } from '../../../../rules/nginx/private-paths-exposed.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const DOT = '    location ~ /\\.(?!well-known/) {\n        deny all;\n    }\n';
const LOG = '    location ~* \\.log$ {\n        deny all;\n    }\n';
const BAK = '    location ~* \\.(sql(\\.(gz|bz2|xz|zst))?|dump|bak)$ {\n        deny all;\n    }\n';
const COMPOSER = '    location ~ /composer\\.(json|lock)$ {\n        deny all;\n    }\n';
const DB = '    location ~* \\.(sqlite3?|db3?)$ {\n        deny all;\n    }\n';
/** The fix's deny of settings files in configuration folders. */
const SETTINGS =
  '    location ~* ^/(?:[^/]+/)?(?:config|conf|configs|configuration|settings)/.*\\.(?:ini|ya?ml|neon|toml|conf|cfg|properties)$ {\n        deny all;\n    }\n';
/** HTMLy's tree: its admin's password hash and TOTP secret in config/users/. */
const HTMLY = { 'var/www/htmly/config/users/admin.ini': '', 'var/www/htmly/index.php': '<?php\n' };
/** A Symfony application served from its own directory, every other private file denied. */
const SYMFONY_ROOT = `    root /var/www/symfony;\n${DOT}${LOG}${BAK}${COMPOSER}`;
/** Koel with the repository as the root: `location /` reads the request in `public/` only. */
/** Drupal with its private file system inside the root (a webform's uploads), as Drupal writes it. */
const DRUPAL_PRIVATE = {
  'var/www/drupal/web/sites/default/files/private/.htaccess': 'Deny from all\n',
  'var/www/drupal/web/sites/default/files/private/webform/42/scan.jpg': '',
  'var/www/drupal/web/index.php': '<?php\n',
};
const DRUPAL_ROOT = `    root /var/www/drupal/web;\n${DOT}${LOG}${BAK}`;
const STATIC =
  '    location ~* \\.(?:css|js|jpe?g|png)$ {\n        try_files $uri =404;\n        expires 30d;\n    }\n';
const DATA =
  '    location ~ ^/(?:private|sites/[^/]+/(?:private|files/private|files/civicrm/(?:custom|upload))|(?:files|wp-content/uploads(?:/sites/[^/]+)?|media)/civicrm/(?:custom|upload)|wp-content/uploads/woocommerce_uploads|storage/(?:app/private|framework/sessions)|var/sessions|writable/session|Data/Persistent)/ {\n        deny all;\n    }\n';
/** Ibexa DXP's vhost template at the server level: assets keep their path, every other request goes to /index.php$1. */
const IBEXA =
  '    rewrite "^/bundles/(.*)" "/bundles/$1" break;\n    if ($request_uri ~ "^/([^/]+/)*?index\\.php([/?#]|$)") {\n        return 404;\n    }\n    rewrite "^(.*)$" "/index.php$1" last;\n    location / {\n        location ~ ^/index\\.php(/|$) {\n            fastcgi_pass 127.0.0.1:9000;\n        }\n    }\n';
/** Phorge's clone as the root, its front controller addressed as /webroot/index.php. */
const PHORGE_ROOT = `    root /var/www/phorge;\n${DOT}${LOG}${BAK}    location / {\n        try_files $uri /webroot/index.php?__path__=$uri&$args;\n    }\n    location = /webroot/index.php {\n        fastcgi_pass 127.0.0.1:9000;\n        include fastcgi.conf;\n    }\n`;
const PHORGE_TREE = {
  'var/www/phorge/src/__phutil_library_init__.php': '<?php\n',
  'var/www/phorge/scripts/__init_script__.php': '<?php\n',
  'var/www/phorge/webroot/index.php': '<?php\n',
};
/** An RSA private key's armor, as openssl writes it (the body is never read past the armor line). */
const PRIVATE_PEM =
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n';
/** Symfony with LexikJWTAuthenticationBundle's key pair in config/jwt/, served from its own directory. */
const JWT_TREE = {
  'var/www/symfony/composer.json': '{}',
  'var/www/symfony/config/jwt/private.pem': PRIVATE_PEM,
  'var/www/symfony/config/jwt/public.pem':
    '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOC\n-----END PUBLIC KEY-----\n',
};
const KOEL = `    root /var/www/koel;\n${DOT}${LOG}${BAK}    location / {\n        try_files /public$uri /public$uri/ /index.php?$args;\n    }\n    location = /index.php {\n        fastcgi_pass 127.0.0.1:9000;\n        fastcgi_param SCRIPT_FILENAME $document_root/public/index.php;\n    }\n`;
const FRONT = '    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n';
/** SuiteCRM 8: public/ as the root, the legacy application below it served by a `^~` location. */
const SUITECRM_LEGACY = `server {\n    root /var/www/suitecrm/public;\n${DOT}${LOG}${BAK}    location ^~ /legacy/ {\n        try_files $uri =404;\n    }\n}\n`;
/** Denies for the root's own dotfiles only, and a prefix location that serves the /w/ subfolder. */
const WIKI_ROOT_DENIES = `server {\n    root /var/www/wiki;\n    location = /.env {\n        deny all;\n    }\n    location ^~ /.git {\n        deny all;\n    }\n    location ~ /\\.ht {\n        deny all;\n    }\n${LOG}${BAK}${COMPOSER}    location /w/ {\n        expires 1h;\n    }\n}\n`;
const PHP =
  '    location ~ \\.php$ {\n        try_files $uri =404;\n        fastcgi_pass 127.0.0.1:9000;\n        include fastcgi.conf;\n    }\n';
/** One level deeper: deny locations nested in a location. */
const nested = (text: string) => text.replace(/^(?=.)/gm, '    ');
/** A public root whose own private files are denied by the server's regex locations. */
const DENIED_ROOT = `    listen 443 ssl;\n    root /var/www/site/public;\n${DOT}${LOG}${BAK}`;
/** Roundcube's release folder in the workspace: an application (composer.json, index.php) with its logs. */
const ROUNDCUBE_TREE = {
  'var/www/roundcube/composer.json': '{}',
  'var/www/roundcube/index.php': '<?php\n',
  'var/www/roundcube/logs/errors.log': '',
};
/** Roundcube published at /webmail/ by a `^~` alias location, beside the server's regex denies. */
const WEBMAIL = (body = '') =>
  `server {\n${DENIED_ROOT}    location ^~ /webmail/ {\n        alias /var/www/roundcube/;\n${body}        index index.php;\n    }\n}\n`;

testRule(privatePathsExposed, {
  valid: [
    {
      // Blind case templates-civi--legacy-files-alias-slash (nginx 1.22.1: 404): the fixed probe
      // /sites/default/files/civicrm/ConfigAndLog/CiviCRM.log names public/ConfigAndLog/… there.
      name: "the root's fixed probes do not name the files of a folder an alias location reads",
      code: `server {\n    root /var/www/app;\n${DOT}    location ~* \\.(sql(\\.(gz|bz2|xz|zst))?|dump|bak)$ {\n        deny all;\n    }\n    location ~* \\.log$ {\n        deny all;\n    }\n    location ^~ /sites/default/files/civicrm/ {\n        alias /var/www/app/public/;\n    }\n}\n`,
      files: { 'var/www/app/public/logo.png': '', 'var/www/app/index.html': '' },
    },
    {
      // Blind case rocky-drupal--stock-default-server: RHEL 9's default server serves the
      // package's test page (nginx 1.22.1 answered 404 for /.env, /.git/config, /x.log).
      name: "a root that holds only the package's stock pages",
      code: 'server {\n    listen 80 default_server;\n    root /usr/share/nginx/html;\n}\n',
      files: {
        'usr/share/nginx/html/index.html': '<html></html>',
        'usr/share/nginx/html/404.html': '',
        'usr/share/nginx/html/50x.html': '',
      },
    },
    {
      // Blind case subfolder-laravel (nginx 1.22.1: /composer.json 404 at the static site's root):
      // the only PHP location is nested in the alias location that publishes the application.
      name: "a static site's root beside an application published by alias",
      code: `server {\n    root /var/www/site;\n${DOT}${LOG}${BAK}    location / {\n        try_files $uri $uri/ =404;\n    }\n    location ^~ /crm/ {\n        alias /var/www/crm/public/;\n${nested(DOT)}${nested(LOG)}${nested(BAK)}        location ~ \\.php$ {\n            try_files $uri =404;\n            fastcgi_pass 127.0.0.1:9000;\n        }\n    }\n}\n`,
      files: {
        'var/www/site/index.html': '',
        'var/www/site/css/site.css': '',
        'var/www/crm/public/index.php': '<?php\n',
        'var/www/crm/composer.json': '{}',
      },
    },
    {
      // Blind case osticket-alias--php-location-at-server-level (nginx 1.22.1: /composer.json 404
      // at the static site's root): a PHP location at the server level does not make the
      // company's static site an application's directory.
      name: "a static site's root under a server-level PHP location, its tree without scripts",
      code: `server {\n    root /var/www/site;\n${DOT}${LOG}${BAK}    location / {\n        try_files $uri $uri/ =404;\n    }\n    location ~ \\.php$ {\n        try_files $uri =404;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n}\n`,
      files: { 'var/www/site/index.html': '', 'var/www/site/css/site.css': '' },
    },
    {
      // Blind case ibexa (nginx 1.22.1: /.env, /var/log/prod.log and /dump.sql went to the front
      // controller, 502): every request but the assets is rewritten to /index.php$1 first.
      name: "a server-level catch-all rewrite to the front controller's path info (Ibexa's vhost)",
      code: `server {\n    root /var/www/ibexa/public;\n${IBEXA}}\n`,
    },
    {
      // Only the public half and a certificate: told from the content, not the extension.
      name: 'a public key and a certificate below an application root that denies everything else',
      code: `server {\n${SYMFONY_ROOT}${FRONT}}\n`,
      files: {
        'var/www/symfony/composer.json': '{}',
        'var/www/symfony/config/jwt/public.pem': JWT_TREE['var/www/symfony/config/jwt/public.pem'],
        'var/www/symfony/config/ssl/site.pem': '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE\n',
        'var/www/symfony/keys/release.asc': '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBF\n',
      },
    },
    {
      name: 'a private key the server refuses with an exact location',
      code: `server {\n${SYMFONY_ROOT}    location = /config/jwt/private.pem {\n        return 404;\n    }\n${FRONT}}\n`,
      files: JWT_TREE,
    },
    {
      // Blind case phorge--root-checkout (nginx 1.22.1: /composer.json 404): the clone holds its
      // code one folder down and no Composer file, so there is none to send.
      name: "a root whose tree shows the application's code and no Composer file",
      code: `server {\n${PHORGE_ROOT}}\n`,
      files: PHORGE_TREE,
    },
    {
      name: 'settings files of a configuration folder that a deny refuses',
      code: `server {\n    root /var/www/htmly;\n${DOT}${LOG}${BAK}${SETTINGS}${FRONT}}\n`,
      files: HTMLY,
    },
    {
      name: 'a configuration folder of JSON that front-end code fetches',
      code: `server {\n    root /var/www/app;\n${DOT}${LOG}${BAK}${FRONT}}\n`,
      files: { 'var/www/app/config/app.json': '{}', 'var/www/app/index.html': '' },
    },
    {
      // Acceptance case laravel-docker--server-root-mount-point: every request lands in a location
      // that reads public/, so the repository's storage/ is never what nginx sends.
      name: "Laravel's private disk under a server root that no location reads (location / has its own root)",
      code: `server {\n    root /var/www/shop;\n${DOT}${LOG}${BAK}${COMPOSER}    location / {\n        root /var/www/shop/public;\n        try_files $uri $uri/ /index.php?$query_string;\n    }\n}\n`,
      files: {
        'var/www/shop/storage/app/private/invoices/2026-0042.pdf': '',
        'var/www/shop/artisan': '',
        'var/www/shop/public/index.php': '',
      },
    },
    {
      name: "Drupal's private files in the root, refused by the recipe's regex",
      code: `server {\n${DRUPAL_ROOT}    location ~ ^/sites/.*/private/ {\n        return 403;\n    }\n${STATIC}${FRONT}}\n`,
      files: DRUPAL_PRIVATE,
    },
    {
      // Acceptance case drupal11--private-files-prefix-deny: nginx/regex-location-bypass reports
      // the prefix deny that the static regex bypasses; one flaw, one finding.
      name: 'a private data folder refused by a prefix location that a regex location bypasses',
      code: `server {\n${DRUPAL_ROOT}    location /sites/default/files/private/ {\n        deny all;\n    }\n${STATIC}${FRONT}}\n`,
      files: DRUPAL_PRIVATE,
    },
    {
      name: 'a private data folder that holds only the .htaccess Drupal writes',
      code: `server {\n${DRUPAL_ROOT}${FRONT}}\n`,
      files: {
        'var/www/drupal/web/sites/default/files/private/.htaccess': '',
        'var/www/drupal/web/index.php': '',
      },
    },
    {
      // Blind case koel--root-app-folder-public-prefix-fixed-script (nginx 1.22.1: /composer.json
      // reached the front controller): the location reads public/composer.json, which is absent.
      name: 'a try_files that reads the request in public/ only, under a root that is the repository',
      code: `server {\n${KOEL}}\n`,
      files: {
        'var/www/koel/composer.json': '{}',
        'var/www/koel/storage/logs/errors.txt': '',
        'var/www/koel/public/index.php': '<?php\n',
      },
    },
    {
      // Blind case pico--internal-files-try-files-index (nginx 1.22.1: /.env and /composer.json got
      // index.php as a file): the query string never makes the entry the path asked.
      name: 'a try_files whose file entry is a fixed script with the query string (`/index.php$is_args$args =404`)',
      code: 'server {\n    root /var/www/pico;\n    location / {\n        try_files /index.php$is_args$args =404;\n    }\n}\n',
    },
    {
      // Blind case shaarli--http-serves-site (nginx 1.22.1: /composer.json reached the front
      // controller): Shaarli's documented location reads no file the request names.
      name: "a try_files of fixed entries only (Shaarli's `try_files _ /index.php…`)",
      code: 'server {\n    root /var/www/shaarli;\n    location / {\n        try_files _ /index.php$is_args$args;\n    }\n}\n',
      files: { 'var/www/shaarli/composer.json': '{}', 'var/www/shaarli/.env': '' },
    },
    {
      name: 'a try_files that answers every request with a code when its fixed file is missing',
      code: 'server {\n    root /var/www/site;\n    location / {\n        try_files /maintenance.html =503;\n    }\n}\n',
    },
    {
      name: 'a database file the server denies',
      code: `server {\n${SYMFONY_ROOT}${DB}${FRONT}}\n`,
      files: { 'var/www/symfony/composer.json': '{}', 'var/www/symfony/var/data.db': '' },
    },
    {
      // Laravel 11's default database, beside public/: not below the root.
      name: "Laravel's database.sqlite outside the public root",
      code: `server {\n${DENIED_ROOT}${FRONT}}\n`,
      files: { 'var/www/site/database/database.sqlite': '', 'var/www/site/public/index.php': '' },
    },
    {
      name: "Windows' thumbnail cache is no database of the application",
      code: `server {\n${DENIED_ROOT}${FRONT}}\n`,
      files: { 'var/www/site/public/images/Thumbs.db': '', 'var/www/site/public/index.php': '' },
    },
    {
      // Blind case laravel-docker--server-root-mount-point (nginx 1.22.1: /composer.json reached
      // the front controller): the location that takes it reads public/, which holds no manifest.
      name: 'the repository is the server root, but location / reads public/: no Composer file is served',
      path: 'docker/nginx/default.conf',
      code: `server {\n    root /var/www/html;\n${DOT}${LOG}${BAK}    location / {\n        root /var/www/html/public;\n        try_files $uri $uri/ /index.php?$query_string;\n    }\n}\n`,
      files: {
        'compose.yaml': 'services:\n  nginx:\n    volumes:\n      - ./:/var/www/html\n',
        'composer.json': '{}',
        artisan: '',
        'public/index.php': '',
      },
    },
    {
      // Review (nginx 1.22.1: /.env got 403): a staging server open to one address.
      name: 'a server-level if that refuses every address but one, with a location that serves the files',
      code: `server {\n    root /var/www/site/public;\n    if ($remote_addr != 203.0.113.45) {\n        return 403;\n    }\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n`,
      files: { 'var/www/site/public/.env': '' },
    },
    {
      // Blind case hestia--pma-if-remote-addr (nginx 1.22.1: /phpmyadmin/.env got 403 from other addresses).
      name: 'a location whose own if refuses every address but one',
      code: `server {\n    root /var/www/site/public;\n${DOT}${LOG}${BAK}    location ^~ /admin/ {\n        if ($remote_addr != 203.0.113.45) {\n            return 403;\n        }\n    }\n}\n`,
      files: { 'var/www/site/public/admin/.env': '' },
    },
    {
      name: "Silverstripe's protected files below a ^~ assets location that denies dotfiles itself",
      code: `server {\n    root /var/www/ss/public;\n${DOT}${LOG}${BAK}    location ^~ /assets/ {\n        location ~ /\\. {\n            deny all;\n        }\n    }\n}\n`,
      files: { 'var/www/ss/public/assets/.protected/Uploads/4f1a/minutes.pdf': '' },
    },
    {
      name: 'a hidden folder the server-level dotfile deny refuses',
      code: `server {\n    root /var/www/ss/public;\n${DOT}${LOG}${BAK}    location /assets/ {\n        expires 30d;\n    }\n}\n`,
      files: { 'var/www/ss/public/assets/.protected/Uploads/4f1a/minutes.pdf': '' },
    },
    {
      // nginx searches the locations for the URI the server's rewrites leave: /.env is /index.php.
      name: 'a server-level catch-all rewrite to the front controller reads no file of the root',
      code: 'server {\n    root /var/www/app;\n    rewrite ^ /index.php last;\n    location / {\n        try_files $uri =404;\n    }\n}\n',
      files: { 'var/www/app/composer.json': '{}', 'var/www/app/.env': '' },
    },
    {
      name: 'a server-level catch-all rewrite with `break` changes the URI as `last` does',
      code: 'server {\n    root /var/www/app;\n    rewrite ^/(.*)$ /index.php?q=$1 break;\n    location / {\n        try_files $uri =404;\n    }\n}\n',
    },
    {
      // Review (nginx 1.22.1: /composer.json reached PHP): CodeIgniter's catch-all rewrite.
      name: 'a catch-all rewrite to the front controller with the request as path info',
      code: `server {\n    root /var/www/ci;\n${DOT}${LOG}${BAK}    location / {\n        rewrite ^/(.*)$ /index.php/$1 last;\n    }\n    location ~ \\.php(/|$) {\n        fastcgi_split_path_info ^(.+\\.php)(/.*)$;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n}\n`,
      files: { 'var/www/ci/composer.json': '{}' },
    },
    {
      name: 'a public/ root with the three denies',
      code: `server {\n    root /var/www/app/public;\n${DOT}${LOG}${BAK}    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n`,
    },
    {
      name: 'H5BP-style denies from an included snippet',
      code: 'server {\n    root /var/www/site;\n    include h5bp/location/security_file_access.conf;\n}\n',
      files: {
        'etc/nginx/h5bp/location/security_file_access.conf':
          'location ~* /\\.(?!well-known\\/) {\n  deny all;\n}\nlocation ~* (?:#.*#|\\.(?:bak|conf|dist|fla|in[ci]|log|orig|psd|sh|sql|sw[op])|~)$ {\n  deny all;\n}\n',
      },
    },
    {
      name: 'everything is proxied',
      code: 'server {\n    root /srv;\n    location / {\n        proxy_pass http://app;\n    }\n}\n',
    },
    {
      name: 'no root',
      code: 'server {\n    listen 80;\n    location /api/ {\n        proxy_pass http://api;\n    }\n}\n',
    },
    {
      name: 'a redirect server',
      code: 'server {\n    listen 80;\n    root /srv;\n    return 301 https://$host$request_uri;\n}\n',
    },
    {
      name: 'the application root with Composer files denied too',
      code: `server {\n    root /var/www/chamilo;\n${DOT}${LOG}${BAK}${COMPOSER}${PHP}}\n`,
    },
    {
      // Magento's public folder is `pub/`; composer.json lies one level up and is not served
      // (acceptance case magento2, once Magento's own nginx.conf was read).
      name: 'Magento’s pub/ root, PHP front controllers and composer.json one level up: no Composer probe',
      code: `server {\n    set $MAGE_ROOT /var/www/magento2;\n    root $MAGE_ROOT/pub;\n${DOT}${LOG}${BAK}${PHP}}\n`,
      files: { 'var/www/magento2/composer.json': '{}', 'var/www/magento2/pub/index.php': '<?php\n' },
    },
    {
      // Acceptance case espocrm--portal-host-from-docs: the portal's root is public/portal/, which
      // runs PHP and holds no Composer file.
      name: 'a root that runs PHP, where the tree shows no composer.json: no Composer probe',
      code: `server {\n    root /var/www/espocrm/public/portal;\n${DOT}${LOG}${BAK}${PHP}}\n`,
      files: { 'var/www/espocrm/public/portal/index.php': '', 'var/www/espocrm/composer.json': '{}' },
    },
    {
      name: 'a checkout in a subfolder whose dotfiles a regex deny refuses',
      code: `server {\n    root /var/www/wiki;\n${DOT}${LOG}${BAK}${COMPOSER}    location /w/ {\n        expires 1h;\n    }\n}\n`,
      files: { 'var/www/wiki/w/.gitreview': '', 'var/www/wiki/w/.env': '', 'var/www/wiki/w/index.php': '' },
    },
    {
      name: 'dotfiles that reveal little (.gitignore, .gitkeep) in subfolders are not probed',
      code: WIKI_ROOT_DENIES,
      files: { 'var/www/wiki/w/.gitignore': '', 'var/www/wiki/w/images/.gitkeep': '' },
    },
    {
      name: "a subfolder's log and Composer file that the server's regex denies refuse",
      code: SUITECRM_LEGACY.replace('^~ /legacy/', '/legacy/').replace(
        '    location /legacy/',
        `${COMPOSER}    location /legacy/`,
      ),
      files: {
        'var/www/suitecrm/public/legacy/suitecrm.log': '',
        'var/www/suitecrm/public/legacy/composer.json': '{}',
      },
    },
    {
      name: "a front-end library's composer.json below the root is no application's",
      code: SUITECRM_LEGACY,
      files: {
        'var/www/suitecrm/public/lib/bootstrap/composer.json': '{}',
        'var/www/suitecrm/public/lib/bootstrap/dist/bootstrap.css': '',
      },
    },
    {
      name: "a log folder's placeholder page and dotfiles are no logs",
      code: `server {\n    root /var/www/pw;\n${DOT}${LOG}${BAK}    location ^~ /site/assets/ {\n        expires 30d;\n    }\n}\n`,
      files: {
        'var/www/pw/site/assets/logs/index.html': '',
        'var/www/pw/site/assets/logs/.htaccess': '',
        'var/www/pw/site/assets/logs/README.md': '',
        'var/www/pw/site/assets/logs/viewer.css': '',
      },
    },
    {
      // Acceptance case wintercms (nginx 1.22.1: /composer.json and /storage/logs/system.log
      // reach the front controller as /index.php).
      name: "Winter CMS's catch-all rewrite to the front controller reads no file of the root",
      code: `server {\n    root /var/www/winter;\n${DOT}    location / {\n        rewrite ^ /index.php last;\n    }\n    location ~ ^/index\\.php(/|$) {\n        internal;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n}\n`,
      files: { 'var/www/winter/composer.json': '{}', 'var/www/winter/storage/logs/system.log': '' },
    },
    { name: 'a snippet without a server', path: 'etc/nginx/snippets/root.conf', code: 'root /srv;\n' },
    {
      name: 'a deny all at the server level',
      code: 'server {\n    root /srv/private;\n    allow 10.0.0.0/8;\n    deny all;\n}\n',
    },
    {
      name: 'an alias location with the deny locations nested in it',
      code: WEBMAIL(nested(`${DOT}${LOG}${BAK}${COMPOSER}`)),
      files: ROUNDCUBE_TREE,
    },
    {
      // Without `^~`, nginx tries the server's regex locations for /webmail/… requests too.
      name: "a plain prefix alias location: the server's regex denies catch its probes",
      code: `server {\n${DENIED_ROOT}${COMPOSER}    location /webmail/ {\n        alias /var/www/roundcube/;\n    }\n}\n`,
      files: ROUNDCUBE_TREE,
    },
    {
      name: 'an alias of a folder of images: no fixed probe, no Composer probe',
      code: `server {\n${DENIED_ROOT}    location ^~ /galleries/ {\n        alias /srv/piwigo/galleries/;\n        expires 30d;\n    }\n    location /media/ {\n        alias /srv/media/;\n    }\n}\n`,
      files: { 'srv/piwigo/galleries/2024/a.jpg': '', 'srv/media/b.png': '' },
    },
    {
      name: 'an application aliased without the workspace tree and without PHP: not probed',
      code: `server {\n${DENIED_ROOT}    location ^~ /docs/ {\n        alias /opt/docs/html/;\n    }\n}\n`,
    },
    {
      name: 'an alias location that proxies or returns',
      code: `server {\n${DENIED_ROOT}    location ^~ /webmail/ {\n        alias /var/www/roundcube/;\n        proxy_pass http://127.0.0.1:8080;\n    }\n    location ^~ /old/ {\n        alias /var/www/roundcube/;\n        return 301 /webmail/;\n    }\n}\n`,
      files: ROUNDCUBE_TREE,
    },
    {
      name: 'an alias location restricted to some addresses',
      code: WEBMAIL('        allow 10.0.0.0/8;\n        deny all;\n'),
      files: ROUNDCUBE_TREE,
    },
    {
      // Fixed probes are not asked through a regex location: its folder is often a theme's (VuFind's
      // `^/vufind/themes/(.+)$`); the private files the tree shows are.
      name: 'a regex alias location over a folder whose private files the server refuses',
      code: `server {\n${DENIED_ROOT}${COMPOSER}    location ~ ^/webmail/(.*)$ {\n        alias /var/www/roundcube/$1;\n    }\n}\n`,
      files: ROUNDCUBE_TREE,
    },
    {
      name: 'a regex alias location built from several captures is not read as a folder',
      code: `server {\n${DENIED_ROOT}    location ~ ^/webmail/([a-z]+)/(.*)$ {\n        alias /var/www/roundcube/$1/$2;\n    }\n}\n`,
      files: ROUNDCUBE_TREE,
    },
    {
      // Acceptance case roundcube--denies-beside-caret-location: the snippet that holds the
      // location reports it, not the sites file that includes it.
      name: 'the sites file does not report an alias location of a snippet that nginx.conf places',
      code: `server {\n${DENIED_ROOT}    include snippets/webmail.conf;\n}\n`,
      files: {
        ...ROUNDCUBE_TREE,
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include /etc/nginx/sites-available/*.conf;\n}\n',
        'etc/nginx/snippets/webmail.conf': 'location ^~ /webmail/ {\n    alias /var/www/roundcube/;\n}\n',
      },
    },
    {
      name: "a library's config.ini below the root is its defaults, not the site's settings",
      code: `server {\n    root /var/www/site;\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
      files: { 'var/www/site/lib/htmlpurifier/config.ini': '', 'var/www/site/index.php': '<?php\n' },
    },
    {
      name: 'a ^~ alias location over a folder of front-end packages, each with its manifest',
      code: `server {\n    root /var/www/app/public;\n${DOT}${LOG}${BAK}    location ^~ /libs/ {\n        alias /var/www/app/node_modules/;\n    }\n}\n`,
      files: {
        'var/www/app/node_modules/bootstrap/package.json': '{}\n',
        'var/www/app/node_modules/bootstrap/dist/css/bootstrap.css': '',
        'var/www/app/public/index.php': '<?php\n',
      },
    },
    {
      // With `last`, nginx chooses a location again for the rewritten URI: the regex denies take it.
      name: "a ^~ location whose rewrite … last maps its requests onto the root's files",
      code: `server {\n    root /var/www/chamilo;\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}    location ^~ /chamilo/ {\n        rewrite ^/chamilo/(.*)$ /$1 last;\n    }\n}\n`,
      files: { 'var/www/chamilo/composer.json': '{}\n', 'var/www/chamilo/index.php': '<?php\n' },
    },
  ],
  invalid: [
    {
      name: 'the stock page folder with one more file: an application was put there',
      code: 'server {\n    listen 80 default_server;\n    root /usr/share/nginx/html;\n}\n',
      files: {
        'usr/share/nginx/html/index.html': '<html></html>',
        'usr/share/nginx/html/50x.html': '',
        'usr/share/nginx/html/app.js': '',
      },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /dotfiles/ }],
      output:
        'server {\n    listen 80 default_server;\n    root /usr/share/nginx/html;\n    location ~ /\\.(?!well-known/) {\n        deny all;\n    }\n    location ~* \\.log$ {\n        deny all;\n    }\n    location ~* \\.(sql(\\.(gz|bz2|xz|zst))?|dump|bak)$ {\n        deny all;\n    }\n}\n',
    },
    {
      // Blind case htmly--config-deny-dropped (nginx 1.22.1: admin.ini came back 200).
      name: "settings files in a configuration folder of the root (HTMLy's config/users/admin.ini)",
      code: `server {\n    root /var/www/htmly;\n${DOT}${LOG}${BAK}${FRONT}}\n`,
      files: HTMLY,
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /settings files \(`\/config\/users\/admin\.ini`\)/,
        },
      ],
      output: `server {\n    root /var/www/htmly;\n${SETTINGS}${DOT}${LOG}${BAK}${FRONT}}\n`,
    },
    {
      // Blind case civi-standalone--private-deny-narrowed (nginx 1.22.1: the passport PDF came back
      // 200): the folder's first file is a script (run, not sent), and a deny names two subfolders.
      name: "CiviCRM Standalone's private/ with its settings script first and a deny for log/ and cache/ only",
      code: `server {\n    root /var/www/civicrm/web;\n${DOT}    location ~ ^/private/(?:log|cache)/ {\n        deny all;\n    }\n${LOG}${BAK}    location ~* \\.(?:php\\d?|phtml|phar)(?:/|$) {\n        return 404;\n    }\n    location / {\n        try_files $uri /index.php?$args;\n    }\n}\n`,
      files: {
        'var/www/civicrm/web/private/civicrm.settings.php': '<?php\n',
        'var/www/civicrm/web/private/log/CiviCRM.6a1f.log': '',
        'var/www/civicrm/web/private/custom/passport_scan_3f9a.pdf': '',
        'var/www/civicrm/web/index.php': '<?php\n',
      },
      errors: [
        { messageId: 'exposed', line: 1, column: 1, message: /`\/private\/custom\/passport_scan_3f9a\.pdf`/ },
      ],
      output: `server {\n    root /var/www/civicrm/web;\n${DATA}${DOT}    location ~ ^/private/(?:log|cache)/ {\n        deny all;\n    }\n${LOG}${BAK}    location ~* \\.(?:php\\d?|phtml|phar)(?:/|$) {\n        return 404;\n    }\n    location / {\n        try_files $uri /index.php?$args;\n    }\n}\n`,
    },
    {
      // Blind case forge-laravel--web-directory-project-root (nginx 1.22.1: storage/app/private served).
      name: "Laravel's private disk and file sessions under a root that is the project's folder",
      code: `server {\n    root /var/www/shop;\n${DOT}${LOG}${BAK}${COMPOSER}    location / {\n        try_files $uri $uri/ /index.php?$query_string;\n    }\n}\n`,
      files: {
        'var/www/shop/storage/app/private/invoices/2026-0042.pdf': '',
        'var/www/shop/storage/framework/sessions/Yh7c2kQ9': '',
        'var/www/shop/artisan': '',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message:
            /private data folders \(`\/storage\/app\/private\/invoices\/2026-0042\.pdf`, `\/storage\/framework\/sessions\/…`\)/,
        },
      ],
      output: `server {\n    root /var/www/shop;\n${DATA}${DOT}${LOG}${BAK}${COMPOSER}    location / {\n        try_files $uri $uri/ /index.php?$query_string;\n    }\n}\n`,
    },
    {
      // With a vendor/, Composer installed the code: its files may just be out of the workspace.
      name: "a root whose tree shows the application's code and vendor/, without its Composer file",
      code: `server {\n${PHORGE_ROOT}}\n`,
      files: { ...PHORGE_TREE, 'var/www/phorge/vendor/autoload.php': '<?php\n' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`composer\.json`\/`composer\.lock`/ }],
    },
    {
      // Blind case zenphoto: its backup utility writes whole-database dumps to backup/*.zdb.
      name: 'the archives of a backup folder below the root',
      code: `server {\n    root /var/www/zenphoto;\n${DOT}${LOG}${BAK}${FRONT}}\n`,
      files: {
        'var/www/zenphoto/index.php': '<?php\n',
        'var/www/zenphoto/backup/backup-2026_11_20_10_15_03.zdb': '',
        'var/www/zenphoto/backup/site.tar.gz': '',
        'var/www/zenphoto/albums/2025.zip': '',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message:
            /dumps and backups \(`\/backup\/backup-2026_11_20_10_15_03\.zdb`, `\/backup\/site\.tar\.gz`\) from its root/,
        },
      ],
      // The deny of dumps is by extension: an archive needs its folder denied, which the page shows.
      output: null,
    },
    {
      // Blind case neos--root-project-index-only (nginx 1.22.1: the asset originals and the
      // exception reports came back 200): Flow's project folder as the root.
      name: "Flow's stored resources and exception reports under a root that is the project's folder",
      code: `server {\n    root /var/www/neos;\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
      files: {
        'var/www/neos/flow': '#!/usr/bin/env php\n',
        'var/www/neos/Data/Persistent/Resources/3f/9a/3f9a0c1d2e4b6a8c0e2f4a6b8c0d2e4f6a8b0c1d': '',
        'var/www/neos/Data/Logs/Exceptions/20261130101500abcdef.txt': '',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message:
            /log files \(`\/Data\/Logs\/Exceptions\/20261130101500abcdef\.txt`\).*private data folders \(`\/Data\/Persistent\/Resources\/3f\/9a\/3f9a0c1d2e4b6a8c0e2f4a6b8c0d2e4f6a8b0c1d`\)/,
        },
      ],
    },
    {
      // Blind case civi-wp-subdir--root-denies-miss-subdir (nginx 1.22.1: the scans came back):
      // WordPress with CiviCRM installed in /civi/, its data one folder down the root.
      name: "CiviCRM's uploads of a WordPress installed in a folder of the root",
      code: `server {\n    root /var/www/html;\n${DOT}${LOG}${BAK}${FRONT}}\n`,
      files: {
        'var/www/html/index.html': '',
        'var/www/html/civi/wp-content/uploads/civicrm/custom/passport_3f9a.jpg': '',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message:
            /private data folders \(`\/civi\/wp-content\/uploads\/civicrm\/custom\/passport_3f9a\.jpg`\)/,
        },
      ],
      // The fix's deny is written for the root's own folders: no fix here.
      output: null,
    },
    {
      // LexikJWTAuthenticationBundle's default key path: whoever has it signs tokens for any user.
      name: "Symfony's JWT private key under a root that is the project's folder",
      code: `server {\n${SYMFONY_ROOT}${FRONT}}\n`,
      files: JWT_TREE,
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /serves private keys \(`\/config\/jwt\/private\.pem`\) from its root/,
        },
      ],
      output: `server {\n    root /var/www/symfony;\n    location = /config/jwt/private.pem {\n        deny all;\n    }\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
    },
    {
      // Laravel Passport's keys (php artisan passport:keys) and an OpenSSH key left in a folder.
      name: "Laravel Passport's private key and an SSH key below the root",
      code: `server {\n    root /var/www/shop;\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
      files: {
        'var/www/shop/storage/oauth-private.key': '-----BEGIN RSA PRIVATE KEY-----\nMIIJKQIBAAKCAgEA\n',
        'var/www/shop/deploy/id_ed25519': '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n',
        'var/www/shop/artisan': '',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          // Folders in the order the tree lists them.
          message: /private keys \(`\/deploy\/id_ed25519`, `\/storage\/oauth-private\.key`\)/,
        },
      ],
    },
    {
      // Passbolt's server key, in an application published whole by an alias.
      name: 'an alias folder holding an application and its OpenPGP private key',
      code: WEBMAIL(),
      files: {
        'var/www/roundcube/index.php': '<?php\n',
        'var/www/roundcube/config/gpg/serverkey_private.asc':
          '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQdGBF\n',
      },
      errors: [
        {
          messageId: 'aliasExposed',
          line: 13,
          column: 5,
          message: /private keys \(`\/webmail\/config\/gpg\/serverkey_private\.asc`\)/,
        },
      ],
      // The whole application is served past the server's regex denies: its dotfiles, logs and dumps too.
      output: `server {\n${DENIED_ROOT}    location ^~ /webmail/ {\n${nested(`${DOT}${LOG}${BAK}`)}        location = /webmail/config/gpg/serverkey_private.asc {\n            deny all;\n        }\n        alias /var/www/roundcube/;\n        index index.php;\n    }\n}\n`,
    },
    {
      // Symfony's recipes keep file sessions in var/sessions/<env>/: served when the root is the
      // project's folder, even with every dotfile, log, dump and Composer file denied.
      name: "Symfony's file sessions under a root that is the project's folder",
      code: `server {\n${SYMFONY_ROOT}${FRONT}}\n`,
      files: {
        'var/www/symfony/var/sessions/prod/sess_4b1e0c9d2f7a': '',
        'var/www/symfony/bin/console': '',
        'var/www/symfony/public/index.php': '<?php\n',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /private data folders \(`\/var\/sessions\/prod\/sess_…`\)/,
        },
      ],
      output: `server {\n    root /var/www/symfony;\n${DATA}${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
    },
    {
      // CodeIgniter 4's FileHandler writes writable/session/ci_session<id>.
      name: "CodeIgniter 4's file sessions under a root that is the project's folder",
      code: `server {\n    root /var/www/ci4;\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
      files: {
        'var/www/ci4/writable/session/ci_session7a1c3e5b9d': '',
        'var/www/ci4/spark': '',
        'var/www/ci4/public/index.php': '<?php\n',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /private data folders \(`\/writable\/session\/ci_session…`\)/,
        },
      ],
      output: `server {\n    root /var/www/ci4;\n${DATA}${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
    },
    {
      // Blind case yetiforce--root-install-folder (nginx 1.22.1: /cache/session/sess_… came back
      // 200): PHP's session files found by name, in a folder no list names. The id stays out of
      // the message, and no deny is written for such a folder.
      name: 'PHP session files in a folder of their own, under a root that is the project folder',
      code: `server {\n    root /var/www/crm;\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
      files: {
        'var/www/crm/cache/session/sess_a35ebf1aaa9fcf158e04299cb3d256cf': '',
        'var/www/crm/cache/session/index.html': '',
        'var/www/crm/index.php': '<?php\n',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /^This server serves private data folders \(`\/cache\/session\/sess_…`\) from its root/,
        },
      ],
      output: null,
    },
    {
      // Blind case drupal-multisite--private-deny-removed (nginx 1.22.1: the scans came back 200).
      name: "Drupal's private files in the root, with no deny for them",
      code: `server {\n${DRUPAL_ROOT}${STATIC}${FRONT}}\n`,
      files: DRUPAL_PRIVATE,
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /private data folders \(`\/sites\/default\/files\/private\/webform\/42\/scan\.jpg`\)/,
        },
      ],
      output: `server {\n    root /var/www/drupal/web;\n${DATA}${DOT}${LOG}${BAK}${STATIC}${FRONT}}\n`,
    },
    {
      // CiviCRM's security guide: custom-field uploads (ID scans) must not be served.
      name: "CiviCRM's custom-field uploads under WordPress's uploads",
      code: `server {\n    root /var/www/wp;\n${DOT}${LOG}${BAK}${FRONT}}\n`,
      files: {
        'var/www/wp/wp-content/uploads/civicrm/custom/passport_4f1c.pdf': '',
        'var/www/wp/wp-content/uploads/civicrm/persist/contribute/logo.png': '',
        'var/www/wp/index.php': '',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /`\/wp-content\/uploads\/civicrm\/custom\/passport_4f1c\.pdf`/,
        },
      ],
    },
    {
      // Blind case civi-wp-network--civicrm-deny-main-site-only (nginx 1.22.1: site 2's ID scan and
      // import file came back 200): the deny names the main site's folder only.
      name: "a WordPress network's sub-site CiviCRM uploads, past a deny of the main site's",
      code: `server {\n    root /var/www/wp;\n${DOT}${LOG}${BAK}    location ~ ^/wp-content/uploads/civicrm/(?:custom|upload)/ {\n        deny all;\n    }\n${FRONT}}\n`,
      files: {
        'var/www/wp/wp-content/uploads/civicrm/custom/passport_4f1c.pdf': '',
        'var/www/wp/wp-content/uploads/sites/2/civicrm/custom/passport_9b2e.jpg': '',
        'var/www/wp/wp-content/uploads/sites/2/civicrm/upload/donors.csv': '',
        'var/www/wp/index.php': '',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message:
            /`\/wp-content\/uploads\/sites\/2\/civicrm\/custom\/passport_9b2e\.jpg`, `\/wp-content\/uploads\/sites\/2\/civicrm\/upload\/donors\.csv`\)/,
        },
      ],
      output: `server {\n    root /var/www/wp;\n${DATA}${DOT}${LOG}${BAK}    location ~ ^/wp-content/uploads/civicrm/(?:custom|upload)/ {\n        deny all;\n    }\n${FRONT}}\n`,
    },
    {
      // WooCommerce keeps paid downloads there, guarded for Apache by an .htaccess only.
      name: "WooCommerce's downloadable products under WordPress's uploads",
      code: `server {\n    root /var/www/wp;\n${DOT}${LOG}${BAK}${FRONT}}\n`,
      files: {
        'var/www/wp/wp-content/uploads/woocommerce_uploads/2025/11/ebook-3f9a.pdf': '',
        'var/www/wp/wp-content/uploads/woocommerce_uploads/.htaccess': 'deny from all\n',
        'var/www/wp/index.php': '',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /`\/wp-content\/uploads\/woocommerce_uploads\/2025\/11\/ebook-3f9a\.pdf`/,
        },
      ],
      output: `server {\n    root /var/www/wp;\n${DATA}${DOT}${LOG}${BAK}${FRONT}}\n`,
    },
    {
      // Blind case ispmanager-ps17--sql-dump-in-root (nginx 1.22.1 sent the dump): the root's own
      // dump is asked by its name, which a static regex written before the deny takes.
      name: "a dump at the root that a static-files regex before the dumps' deny serves",
      code: `server {\n    root /var/www/app;\n${DOT}${LOG}    location ~* \\.(?:jpg|png|gz)$ {\n        expires 24h;\n    }\n${BAK}${FRONT}}\n`,
      files: { 'var/www/app/index.php': '', 'var/www/app/shop-2025-11-28.sql.gz': '' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`\/shop-2025-11-28\.sql\.gz`/ }],
    },
    {
      // Blind case vtiger--logs-deny-removed (nginx 1.22.1: logs/vtigercrm.log.1 came back 200):
      // the folder's first two logs are `*.log`, which the deny refuses; the rotated one is not.
      name: 'a rotated log beside the *.log files of a logs folder, past a \\.log$ deny',
      code: `server {\n    root /var/www/vtigercrm;\n${DOT}${LOG}${BAK}${COMPOSER}    location / {\n        try_files $uri $uri/ /index.php?$args;\n    }\n}\n`,
      files: {
        'var/www/vtigercrm/logs/installation.log': '',
        'var/www/vtigercrm/logs/vtigercrm.log': '',
        'var/www/vtigercrm/logs/vtigercrm.log.1': '',
        'var/www/vtigercrm/index.php': '<?php\n',
      },
      errors: [
        { messageId: 'exposed', line: 1, column: 1, message: /log files \(`\/logs\/vtigercrm\.log\.1`\)/ },
      ],
      output: null,
    },
    {
      // Blind case jeedom--stale-v3-denies (nginx 1.22.1: log/jeedom and log/http.error came back
      // 200): a log folder's logs named without an extension, past a \.log$ deny.
      name: 'logs without an extension in a log folder, past a \\.log$ deny',
      code: `server {\n    root /var/www/html;\n${DOT}${LOG}${BAK}${COMPOSER}    location / {\n        try_files $uri $uri/ /index.php?$args;\n    }\n}\n`,
      files: {
        'var/www/html/log/http.error': '',
        'var/www/html/log/jeedom': '',
        'var/www/html/log/index.html': '',
        'var/www/html/index.php': '<?php\n',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /^This server serves log files \(`\/log\/http\.error`, `\/log\/jeedom`\) from its root/,
        },
      ],
      output: null,
    },
    {
      name: "a try_files that reads the request in a folder holding the application's Composer file",
      code: `server {\n${KOEL}}\n`,
      files: { 'var/www/koel/public/composer.json': '{}', 'var/www/koel/public/index.php': '<?php\n' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`composer\.json`\/`composer\.lock`/ }],
      output: `server {\n    root /var/www/koel;\n${COMPOSER}${KOEL.slice('    root /var/www/koel;\n'.length)}}\n`,
    },
    {
      // nginx 1.22.1: /.env came back 200 with its content; a named location keeps the request's path.
      name: 'fixed try_files entries with a named location as the fallback, which serves the path asked',
      code: 'server {\n    root /var/www/site;\n    location / {\n        try_files _ @app;\n    }\n    location @app {\n    }\n}\n',
      errors: [{ messageId: 'exposed', line: 1, column: 1 }],
    },
    {
      name: 'a try_files whose fallback URI is built from the request',
      code: 'server {\n    root /var/www/site;\n    location / {\n        try_files _ /static$uri;\n    }\n    location /static/ {\n    }\n}\n',
      errors: [{ messageId: 'exposed', line: 1, column: 1 }],
    },
    {
      // Symfony's own recipe puts the SQLite database in var/: `sqlite:///%kernel.project_dir%/var/data.db`.
      name: "Symfony's SQLite database below an application root that denies everything else",
      code: `server {\n${SYMFONY_ROOT}${FRONT}}\n`,
      files: { 'var/www/symfony/composer.json': '{}', 'var/www/symfony/var/data.db': '' },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /serves database files \(`\/var\/data\.db`\) from its root/,
        },
      ],
      output: `server {\n    root /var/www/symfony;\n${DB}${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
    },
    {
      // One server for many sites (blind case laravel-wildcard): each folder `$site` stands for is a root.
      name: 'a database file in the folder of one site of a root written with a variable',
      code: `server {\n    listen 443 ssl;\n    root /srv/sites/$site/public;\n${DOT}${LOG}${BAK}${FRONT}}\n`,
      files: { 'srv/sites/shop/public/data.sqlite': '', 'srv/sites/shop/public/index.php': '' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /database files \(`\/data\.sqlite`\)/ }],
      output: `server {\n    listen 443 ssl;\n    root /srv/sites/$site/public;\n${DB}${DOT}${LOG}${BAK}${FRONT}}\n`,
    },
    {
      name: "a database file in the root's own folder",
      code: `server {\n${DENIED_ROOT}${FRONT}}\n`,
      files: { 'var/www/site/public/data.sqlite': '', 'var/www/site/public/index.php': '' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /database files \(`\/data\.sqlite`\)/ }],
      output: `server {\n    listen 443 ssl;\n    root /var/www/site/public;\n${DB}${DOT}${LOG}${BAK}${FRONT}}\n`,
    },
    {
      // Baïkal 0.x, published whole by an alias: its SQLite database is Specific/db/db.sqlite.
      name: 'an alias folder holding an application and its SQLite database',
      code: WEBMAIL(),
      files: {
        'var/www/roundcube/index.php': '<?php\n',
        'var/www/roundcube/Specific/db/db.sqlite': '',
      },
      errors: [
        {
          messageId: 'aliasExposed',
          line: 13,
          column: 5,
          message: /database files \(`\/webmail\/Specific\/db\/db\.sqlite`\)/,
        },
      ],
    },
    {
      // An editor's copy of the settings script: nginx sends wp-config.php~ as text (no PHP
      // location takes a name that does not end in .php), the database password with it. The
      // dumps' deny by extension does not name such copies: the fix refuses each exactly.
      name: "an editor's copy of a settings script, past the dumps' deny by extension",
      code: `server {\n    root /var/www/blog;\n${DOT}${LOG}${BAK}${FRONT}}\n`,
      files: {
        'var/www/blog/wp-config.php': '<?php\n',
        'var/www/blog/wp-config.php~': '<?php\n',
        'var/www/blog/includes/settings.inc.orig': '',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message:
            /^This server serves dumps and backups \(`\/wp-config\.php~`, `\/includes\/settings\.inc\.orig`\) from its root/,
        },
      ],
      output: `server {\n    root /var/www/blog;\n    location = /wp-config.php~ {\n        deny all;\n    }\n    location = /includes/settings.inc.orig {\n        deny all;\n    }\n${DOT}${LOG}${BAK}${FRONT}}\n`,
    },
    {
      // Magento 1 (OpenMage) keeps its database password and crypt key in app/etc/local.xml, in
      // the installation folder that is the root: XML, which the configuration folders' deny
      // leaves out, so the fix refuses it with an exact location.
      name: "OpenMage's app/etc/local.xml under a root that is the installation folder",
      code: `server {\n    root /var/www/shop;\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
      files: {
        'var/www/shop/app/etc/local.xml': '<config/>\n',
        'var/www/shop/app/Mage.php': '<?php\n',
        'var/www/shop/index.php': '<?php\n',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /^This server serves settings files \(`\/app\/etc\/local\.xml`\) from its root/,
        },
      ],
      output: `server {\n    root /var/www/shop;\n    location = /app/etc/local.xml {\n        deny all;\n    }\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
    },
    {
      // Blind case selfoss--config-ini-deny-dropped (nginx 1.22.1 sent /config.ini with the
      // password hash and salt): a settings file at the root, refused with an exact location.
      name: "selfoss's config.ini at the root",
      code: `server {\n    root /var/www/selfoss;\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
      files: {
        'var/www/selfoss/config.ini': '[globals]\n',
        'var/www/selfoss/index.php': '<?php\n',
        'var/www/selfoss/lib/htmlpurifier/config.ini': '',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /^This server serves settings files \(`\/config\.ini`\) from its root/,
        },
      ],
      output: `server {\n    root /var/www/selfoss;\n    location = /config.ini {\n        deny all;\n    }\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
    },
    {
      // WonderCMS keeps its admin's password hash and secret login slug in data/database.js.
      name: "WonderCMS's data/database.js under the root",
      code: `server {\n    root /var/www/wondercms;\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
      files: {
        'var/www/wondercms/data/database.js': '{}\n',
        'var/www/wondercms/index.php': '<?php\n',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /^This server serves settings files \(`\/data\/database\.js`\) from its root/,
        },
      ],
      output: `server {\n    root /var/www/wondercms;\n    location = /data/database.js {\n        deny all;\n    }\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}}\n`,
    },
    {
      // Blind case racktables--plugins-caret-alias (nginx 1.22.1: a .env dropped into plugins/ came
      // back 200): a folder of plugins, each with its scripts one folder down, is code too.
      name: 'a ^~ alias location over a folder of plugins, each with its own scripts',
      code: `server {\n    root /var/www/racktables/wwwroot;\n${DOT}${LOG}${BAK}    location ^~ /plugins/ {\n        alias /var/www/racktables/plugins/;\n    }\n}\n`,
      files: {
        'var/www/racktables/plugins/cacti/plugin.php': '<?php\n',
        'var/www/racktables/plugins/README': '',
        'var/www/racktables/wwwroot/index.php': '<?php\n',
      },
      errors: [
        {
          messageId: 'aliasExposed',
          line: 12,
          column: 5,
          message:
            /^This location \(`location \^~ \/plugins\/`, alias \/var\/www\/racktables\/plugins\/\) serves dotfiles/,
        },
      ],
    },
    {
      // Blind case invoiceshelf--module-assets-caret-alias (nginx 1.22.1 sent a module's
      // composer.json): a Laravel application's Modules/, each module with its manifest one folder
      // down and its code deeper, is code too.
      name: 'a ^~ alias location over a folder of modules, each with its own composer.json',
      code: `server {\n    root /var/www/app/public;\n${DOT}${LOG}${BAK}    location ^~ /module-assets/ {\n        alias /var/www/app/Modules/;\n    }\n}\n`,
      files: {
        'var/www/app/Modules/Payments/composer.json': '{}\n',
        'var/www/app/Modules/Payments/Http/Controllers/PaymentController.php': '<?php\n',
        'var/www/app/public/index.php': '<?php\n',
      },
      errors: [
        {
          messageId: 'aliasExposed',
          line: 12,
          column: 5,
          message:
            /^This location \(`location \^~ \/module-assets\/`, alias \/var\/www\/app\/Modules\/\) serves dotfiles/,
        },
      ],
    },
    {
      // Blind case atom--private-alias-not-internal (AtoM's documented `^/private/(.*)$` alias
      // without its `internal`; nginx 1.22.1 sent /private/composer.json): every /webmail/X is
      // the folder's X, so the files the tree shows there are asked for.
      name: 'a regex alias location that maps the rest of the path onto a folder',
      code: `server {\n${DENIED_ROOT}    location ~ ^/webmail/(.*)$ {\n        alias /var/www/roundcube/$1;\n    }\n}\n`,
      files: ROUNDCUBE_TREE,
      errors: [
        {
          messageId: 'aliasExposed',
          line: 13,
          column: 5,
          message:
            /^This location \(`location ~ \^\/webmail\/\(\.\*\)\$`, alias \/var\/www\/roundcube\/\) serves `composer\.json`/,
        },
      ],
    },
    {
      // Blind case chamilo-vhosts--training-legacy-prefix-break (nginx 1.22.1 sent
      // /chamilo/composer.json, /chamilo/.htaccess and the logs): with `break` nginx stays in the
      // `^~` location and sends the root's file, every regex deny skipped.
      name: "a ^~ location whose rewrite … break maps its requests onto the root's files",
      code: `server {\n    root /var/www/chamilo;\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}    location ^~ /chamilo/ {\n        rewrite ^/chamilo/(.*)$ /$1 break;\n    }\n}\n`,
      files: {
        'var/www/chamilo/composer.json': '{}\n',
        'var/www/chamilo/index.php': '<?php\n',
        'var/www/chamilo/app/logs/chamilo.log': '',
      },
      errors: [
        {
          messageId: 'rewriteExposed',
          line: 18,
          column: 5,
          message:
            /^This location \(`location \^~ \/chamilo\/`\) maps its requests onto the root's files with `rewrite … break`.*`composer\.json`/,
        },
      ],
    },
    {
      // Blind case webinoly--piwik-old-urls-rewrite-break (nginx 1.22.1 sent Matomo's composer.json
      // and log): the rewriting location sits in a file the site includes, which reports it.
      name: "a snippet's ^~ location whose rewrite … break maps old links onto a folder of the root",
      path: 'var/www/example.org/matomo-nginx.conf',
      code: 'location ^~ /piwik/ {\n    rewrite ^/piwik/(.*)$ /matomo/$1 break;\n}\n',
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include /etc/nginx/sites-enabled/*;\n}\n',
        'etc/nginx/sites-enabled/example.org': `server {\n    root /var/www/example.org/htdocs;\n${DOT}${LOG}${BAK}${COMPOSER}${FRONT}    include /var/www/example.org/*-nginx.conf;\n}\n`,
        'var/www/example.org/htdocs/index.php': '<?php\n',
        'var/www/example.org/htdocs/matomo/index.php': '<?php\n',
        'var/www/example.org/htdocs/matomo/composer.json': '{}\n',
      },
      errors: [
        {
          messageId: 'rewriteExposed',
          line: 1,
          column: 1,
          message: /^This location \(`location \^~ \/piwik\/`\).*`\/matomo\/composer\.json`/,
        },
      ],
    },
    {
      // Blind case nextcloud-alias--custom-apps-alias: each Nextcloud app keeps its scripts two
      // folders down (`news/appinfo/routes.php`).
      name: 'a ^~ alias location over a folder of apps, each with its scripts two folders down',
      code: `server {\n    root /var/www/site;\n${DOT}${LOG}${BAK}    location ^~ /nextcloud/custom_apps/ {\n        alias /srv/nextcloud/custom_apps/;\n    }\n}\n`,
      files: {
        'srv/nextcloud/custom_apps/news/appinfo/routes.php': '<?php\n',
        'srv/nextcloud/custom_apps/news/img/app.svg': '',
        'var/www/site/index.html': '',
      },
      errors: [
        {
          messageId: 'aliasExposed',
          line: 12,
          column: 5,
          message:
            /^This location \(`location \^~ \/nextcloud\/custom_apps\/`, alias \/srv\/nextcloud\/custom_apps\/\) serves dotfiles/,
        },
      ],
    },
    {
      // Blind case laravel-docker--root-repository (nginx 1.22.1: /composer.json came back 200): the
      // image's /var/www/html is the repository, mounted whole by Compose, whatever its name says.
      name: "a repository mounted whole at the image's /var/www/html is the application's directory",
      path: 'docker/nginx/default.conf',
      code: `server {\n    root /var/www/html;\n${DOT}${LOG}${BAK}    location / {\n        try_files $uri /public$uri /public/index.php?$query_string;\n    }\n}\n`,
      files: {
        'compose.yaml': 'services:\n  nginx:\n    volumes:\n      - ./:/var/www/html\n',
        'composer.json': '{}',
        'composer.lock': '{}',
        artisan: '',
        'public/index.php': '',
      },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /composer\.json/ }],
    },
    {
      // Acceptance case silverstripe--assets-caret-without-dot-deny (nginx 1.22.1: the protected
      // PDF was served: ^~ keeps the server's regex deny from being tried).
      name: "Silverstripe's protected files below a ^~ assets location",
      code: `server {\n    root /var/www/ss/public;\n${DOT}${LOG}${BAK}    location ^~ /assets/ {\n        expires 30d;\n    }\n}\n`,
      files: {
        'var/www/ss/public/assets/.protected/Uploads/4f1a/minutes.pdf': '',
        'var/www/ss/public/assets/.htaccess': '',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /dotfiles \(`\/assets\/\.protected\/Uploads\/4f1a\/minutes\.pdf`\)/,
        },
      ],
      output: null,
    },
    {
      name: 'a Subversion checkout at the root where only .git is denied',
      code: `server {\n    root /var/www/site;\n    location ~ /\\.git {\n        deny all;\n    }\n    location ~ /\\.ht {\n        deny all;\n    }\n    location = /.env {\n        deny all;\n    }\n${LOG}${BAK}${COMPOSER}}\n`,
      files: { 'var/www/site/.svn/wc.db': '', 'var/www/site/index.html': '' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`\/\.svn\/wc\.db`/ }],
    },
    {
      name: 'a server-level catch-all rewrite under a condition leaves the other requests to the locations',
      code: 'server {\n    root /var/www/app;\n    if ($request_method = POST) {\n        rewrite ^ /index.php last;\n    }\n    location / {\n        try_files $uri =404;\n    }\n}\n',
      errors: [{ messageId: 'exposed', line: 1, column: 1 }],
    },
    {
      // `/%2eenv` does not match, and nginx decodes it to /.env before it chooses the location.
      name: 'a server-level if on $request_uri that refuses /.env, dodged by percent-encoding',
      code: `server {\n    root /var/www/site;\n    if ($request_uri ~ "^/\\.env") {\n        return 404;\n    }\n${FRONT}}\n`,
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /dotfiles \(`\.env`/ }],
    },
    {
      // A host check at the server level answers other names only: the site's own requests go on.
      name: 'a server-level if that answers other host names, before no rewrite',
      code: `server {\n    root /var/www/site;\n    if ($host != example.org) {\n        return 444;\n    }\n${FRONT}}\n`,
      errors: [{ messageId: 'exposed', line: 1, column: 1 }],
    },
    {
      // /static/.env is rewritten to /.env before the catch-all is tried.
      name: 'a server-level rewrite of some paths before the catch-all',
      code: 'server {\n    root /var/www/app;\n    rewrite ^/static/(.*)$ /$1 last;\n    rewrite ^ /index.php last;\n    location / {\n        try_files $uri =404;\n    }\n}\n',
      errors: [{ messageId: 'exposed', line: 1, column: 1 }],
    },
    {
      // Acceptance case roundcube--denies-beside-caret-location (nginx 1.22.1 served them).
      name: "a ^~ alias location serves the application's private files past the server's regex denies",
      code: WEBMAIL(),
      files: ROUNDCUBE_TREE,
      errors: [
        {
          messageId: 'aliasExposed',
          line: 13,
          column: 5,
          endColumn: 26,
          message:
            'This location (`location ^~ /webmail/`, alias /var/www/roundcube/) serves dotfiles (`.env`, `.git/`, `.htaccess`), log files (`*.log`, `/webmail/logs/errors.log`), dumps and backups (`*.sql`, `*.bak`), `composer.json`/`composer.lock`: no location that nginx chooses for these requests refuses them',
        },
      ],
      output: `server {\n${DENIED_ROOT}    location ^~ /webmail/ {\n${nested(`${DOT}${LOG}${BAK}${COMPOSER}`)}        alias /var/www/roundcube/;\n        index index.php;\n    }\n}\n`,
    },
    {
      name: 'the snippet that holds the alias location reports it, on the location',
      path: 'etc/nginx/snippets/webmail.conf',
      code: 'location = /webmail {\n    return 301 /webmail/;\n}\nlocation ^~ /webmail/ {\n    alias /var/www/roundcube/;\n    location = /webmail/index.php {\n        fastcgi_pass 127.0.0.1:9000;\n    }\n}\n',
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include /etc/nginx/sites-available/*.conf;\n}\n',
        'etc/nginx/sites-available/app.conf': `server {\n${DENIED_ROOT}    include snippets/webmail.conf;\n}\n`,
      },
      errors: [
        {
          messageId: 'aliasExposed',
          line: 4,
          column: 1,
          message: /^This location \(`location \^~ \/webmail\/`/,
        },
      ],
      output:
        'location = /webmail {\n    return 301 /webmail/;\n}\nlocation ^~ /webmail/ {\n    location ~ /\\.(?!well-known/) {\n        deny all;\n    }\n    location ~* \\.log$ {\n        deny all;\n    }\n    location ~* \\.(sql(\\.(gz|bz2|xz|zst))?|dump|bak)$ {\n        deny all;\n    }\n    alias /var/www/roundcube/;\n    location = /webmail/index.php {\n        fastcgi_pass 127.0.0.1:9000;\n    }\n}\n',
    },
    {
      name: 'a snippet that no nginx.conf places: reported on the include line, no fix',
      code: `server {\n${DENIED_ROOT}    include snippets/webmail.conf;\n}\n`,
      files: {
        ...ROUNDCUBE_TREE,
        'etc/nginx/snippets/webmail.conf': 'location ^~ /webmail/ {\n    alias /var/www/roundcube/;\n}\n',
      },
      errors: [{ messageId: 'aliasExposed', line: 13, column: 5 }],
      output: null,
    },
    {
      name: 'an alias folder of the tree with an .env file and logs below it',
      code: `server {\n${DENIED_ROOT}    location ^~ /tools/ {\n        alias /srv/tools/;\n        location ~ /\\.ht {\n            deny all;\n        }\n    }\n}\n`,
      files: { 'srv/tools/config/.env': '', 'srv/tools/logs/sync.log': '', 'srv/tools/logo.png': '' },
      errors: [
        {
          messageId: 'aliasExposed',
          line: 13,
          column: 5,
          message: /serves dotfiles \(`\/tools\/config\/\.env`\), log files \(`\/tools\/logs\/sync\.log`\):/,
        },
      ],
    },
    {
      name: 'a plain prefix alias location when no regex deny catches the probe',
      code: `server {\n    listen 443 ssl;\n    root /var/www/site/public;\n    location ~ /\\.ht {\n        deny all;\n    }\n${LOG}${BAK}    location /app/ {\n        alias /srv/app/;\n    }\n}\n`,
      files: { 'srv/app/index.php': '', 'srv/app/.env': '' },
      errors: [
        { messageId: 'exposed', line: 1, column: 1 },
        {
          messageId: 'aliasExposed',
          line: 13,
          column: 5,
          message:
            'This location (`location /app/`, alias /srv/app/) serves dotfiles (`.env`, `.git/`): no location that nginx chooses for these requests refuses them',
        },
      ],
    },
    {
      name: 'a nested ^~ location takes a probe first: reported, no fix',
      code: WEBMAIL('        location ^~ /webmail/logs/ {\n            expires 1m;\n        }\n'),
      files: ROUNDCUBE_TREE,
      errors: [{ messageId: 'aliasExposed', line: 13, column: 5 }],
      output: null,
    },
    {
      // The server-level deny locations a fix would add are never consulted under `^~ /`:
      // `harden fix` used to add them again every round.
      name: 'a ^~ / location serves the root: reported, no fix (nginx tries no regex location)',
      code: 'server {\n    listen 443 ssl;\n    root /var/www/app/public;\n    location ^~ / {\n        try_files $uri =404;\n    }\n}\n',
      errors: [{ messageId: 'exposed', line: 1, column: 1 }],
      output: null,
    },
    {
      name: 'a nested regex location serves the probe first: reported, no fix',
      code: 'server {\n    listen 443 ssl;\n    root /var/www/app/public;\n    location / {\n        location ~* \\.(?:log|sql|bak|env)$ {\n            expires 1d;\n        }\n    }\n}\n',
      errors: [{ messageId: 'exposed', line: 1, column: 1 }],
      output: null,
    },
    {
      // Seen with the acceptance cases of matomo: the message listed `.htaccess` although a
      // location denied it.
      name: 'the message names only what is served',
      code: `server {\n    listen 443 ssl;\n    root /var/www/app/public;\n    location ~ /\\.ht {\n        deny all;\n    }\n${LOG}${BAK}}\n`,
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message:
            'This server serves dotfiles (`.env`, `.git/`) from its root: no location that nginx chooses for these requests refuses them',
        },
      ],
    },
    {
      name: 'a public/ root with nothing denied',
      code: 'server {\n    listen 443 ssl;\n    root /var/www/app/public;\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n',
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message:
            'This server serves dotfiles (`.env`, `.git/`, `.htaccess`), log files (`*.log`), dumps and backups (`*.sql`, `*.bak`) from its root: no location that nginx chooses for these requests refuses them',
        },
      ],
      output: `server {\n    listen 443 ssl;\n    root /var/www/app/public;\n${DOT}${LOG}${BAK}    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n`,
    },
    {
      name: 'the application root (PHP, not public/): Composer files too',
      code: `server {\n    root /var/www/chamilo;\n${DOT}${PHP}}\n`,
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /log files.*dumps and backups.*`composer\.json`\/`composer\.lock`/,
        },
      ],
      output: `server {\n    root /var/www/chamilo;\n${LOG}${BAK}${COMPOSER}${DOT}${PHP}}\n`,
    },
    {
      name: 'the deny for dotfiles only covers .ht files',
      code: 'server {\n    root /srv/site/web;\n    location ~ /\\.ht {\n        deny all;\n    }\n    location ~* \\.(log|sql|bak)$ {\n        deny all;\n    }\n}\n',
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /^This server serves dotfiles/ }],
      output: `server {\n    root /srv/site/web;\n${DOT}    location ~ /\\.ht {\n        deny all;\n    }\n    location ~* \\.(log|sql|bak)$ {\n        deny all;\n    }\n}\n`,
    },
    {
      name: 'a server without locations',
      code: 'server {\n  root /srv/site/public;\n}\n',
      errors: [{ messageId: 'exposed', line: 1, column: 1 }],
      output:
        'server {\n  root /srv/site/public;\n  location ~ /\\.(?!well-known/) {\n    deny all;\n  }\n  location ~* \\.log$ {\n    deny all;\n  }\n  location ~* \\.(sql(\\.(gz|bz2|xz|zst))?|dump|bak)$ {\n    deny all;\n  }\n}\n',
    },
    {
      // Acceptance case mediawiki--dotfile-deny-git-checkout: MediaWiki cloned into /w/ with git.
      name: 'a checkout in a subfolder that only root-level dotfile denies miss',
      code: WIKI_ROOT_DENIES,
      files: { 'var/www/wiki/w/.gitreview': '', 'var/www/wiki/w/index.php': '' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`\/w\/\.git\/config`/ }],
    },
    {
      name: 'an .env file two levels down',
      code: WIKI_ROOT_DENIES,
      files: { 'var/www/wiki/w/config/.env': '' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`\/w\/config\/\.env`/ }],
    },
    {
      // Acceptance case processwire--assets-caret-static (nginx 1.22.1 served both logs): a ^~
      // location keeps the server's regex denies away, and \.log$ would not refuse .txt logs.
      name: "a ^~ location serves ProcessWire's logs, written as .txt in its logs/ folder: no fix",
      code: `server {\n    root /var/www/pw;\n${DOT}${LOG}${BAK}    location ^~ /site/assets/ {\n        expires 30d;\n    }\n}\n`,
      files: {
        'var/www/pw/site/assets/logs/errors.txt': '',
        'var/www/pw/site/assets/logs/session.txt': '',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message:
            /serves log files \(`\/site\/assets\/logs\/errors\.txt`, `\/site\/assets\/logs\/session\.txt`\)/,
        },
      ],
      output: null,
    },
    {
      name: "logs written as .txt in a logs/ folder: the fix's \\.log$ would not refuse them, so none is offered",
      code: 'server {\n    root /var/www/site;\n    location / {\n        try_files $uri $uri/ =404;\n    }\n}\n',
      files: { 'var/www/site/data/logs/errors.txt': '' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`\/data\/logs\/errors\.txt`/ }],
      output: null,
    },
    {
      name: 'a rewrite that keeps the requested path (`/$1`) still serves the root',
      code: `server {\n    root /var/www/winter;\n${DOT}${LOG}${BAK}    location / {\n        rewrite ^/(.*)$ /$1 last;\n    }\n}\n`,
      files: { 'var/www/winter/composer.json': '{}' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`composer\.json`/ }],
    },
    {
      name: 'a rewrite … break keeps the request in the location, which reads files',
      code: `server {\n    root /var/www/winter;\n${DOT}${LOG}${BAK}    location / {\n        rewrite ^ /index.html break;\n        try_files $uri =404;\n    }\n    location = /x {\n        rewrite ^ /index.php last;\n    }\n}\n`,
      files: { 'var/www/winter/composer.json': '{}' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`composer\.json`/ }],
    },
    {
      name: 'a compressed dump left in a folder of the root is served, and the fix refuses it',
      code: 'server {\n    root /var/www/site;\n    location / {\n        try_files $uri $uri/ =404;\n    }\n}\n',
      files: { 'var/www/site/backup/site-2026-11-30.sql.gz': '' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`\/backup\/site-2026-11-30\.sql\.gz`/ }],
      output: `server {\n    root /var/www/site;\n${DOT}${LOG}${BAK}    location / {\n        try_files $uri $uri/ =404;\n    }\n}\n`,
    },
    {
      // Acceptance case suitecrm--legacy-caret-block (nginx 1.22.1 served both).
      name: "a ^~ location serves a subfolder's log and Composer file, past the server's regex denies",
      code: SUITECRM_LEGACY,
      files: {
        'var/www/suitecrm/public/index.php': '',
        'var/www/suitecrm/public/legacy/suitecrm.log': '',
        'var/www/suitecrm/public/legacy/composer.json': '{}',
        'var/www/suitecrm/public/legacy/index.php': '',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /serves log files \(`\/legacy\/suitecrm\.log`\), `\/legacy\/composer\.json` from its root/,
        },
      ],
    },
    {
      // Blind case civi-mozilla--composer-deny-dropped (nginx 1.22.1 sent /core/composer.lock):
      // civicrm-core in CiviCRM Standalone's web/core/, its scripts one folder down.
      name: 'a library installed below the root, its scripts one folder down, and its Composer files',
      code: `server {\n    root /var/www/crm/web;\n${DOT}${LOG}${BAK}${FRONT}}\n`,
      files: {
        'var/www/crm/web/index.php': '',
        'var/www/crm/web/core/composer.json': '{}',
        'var/www/crm/web/core/composer.lock': '{}',
        'var/www/crm/web/core/CRM/Core/Config.php': '',
        'var/www/crm/web/core/extern/open.php': '',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /serves `\/core\/composer\.json`\/`\/core\/composer\.lock` from its root/,
        },
      ],
    },
    {
      name: 'a deployment repository named like the root holds no script: the PHP location tells',
      code: `server {\n    root /var/www/shop;\n${DOT}${LOG}${BAK}${PHP}}\n`,
      files: { 'var/www/shop/nginx/shop.conf': '' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`composer\.json`/ }],
    },
    {
      name: 'composer.json in the workspace marks the application root',
      code: `server {\n    root /var/www/app;\n${DOT}${LOG}${BAK}}\n`,
      files: { 'var/www/app/composer.json': '{}' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /^This server serves `composer\.json`/ }],
    },
  ],
});

/**
 * Thousands of servers in one `http` block with access rules at the http level: every probe
 * reads the rules in effect, which must not rescan the http block's children (that was
 * quadratic). The larger config (four times as many servers) must not take ten times as long.
 */
test('linting time grows linearly with the number of servers', () => {
  assertLintTimeGrowsLinearly([privatePathsExposed], (i) => phpServer(i), '    allow 10.0.0.0/8;\n');
});

/**
 * One server with thousands of prefix locations that each publish a folder with `alias` (a PHP
 * location nested in each): the private files of every folder are probed below its prefix, and
 * each probe asks nginx's location choice, which must not scan all the server's prefix
 * locations (that was quadratic). The helper grows its "servers"; here they are groups of five
 * locations of one server (2,000, then 8,000 locations: fewer hide the quadratic term), which the
 * preamble opens (the `http` block is then left without its `}`, which the parser reports and
 * recovers from).
 */
test('linting time grows linearly with the alias locations of one server', () => {
  const aliased = (name: string) =>
    `        location ^~ /${name}/ {\n            alias /srv/${name}/;\n            location ~ \\.php$ {\n                fastcgi_pass unix:/run/php.sock;\n                try_files $uri =404;\n            }\n        }\n`;
  assertLintTimeGrowsLinearly(
    [privatePathsExposed],
    (i) => [0, 1, 2, 3, 4].map((j) => aliased(`p${i}-${j}`)).join(''),
    `    server {\n        listen 443 ssl;\n        root /srv/www;\n        location ~ /\\. {\n            deny all;\n        }\n`,
  );
});
