import { test } from 'node:test';
import { assertLintTimeGrowsLinearly, phpServer } from '../../../helpers/lint-growth.ts';
import { privatePathsExposed } from '../../../../rules/nginx/private-paths-exposed.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const DOT = '    location ~ /\\.(?!well-known/) {\n        deny all;\n    }\n';
const LOG = '    location ~* \\.log$ {\n        deny all;\n    }\n';
const BAK = '    location ~* \\.(sql|bak)$ {\n        deny all;\n    }\n';
const COMPOSER = '    location ~ /composer\\.(json|lock)$ {\n        deny all;\n    }\n';
/** SuiteCRM 8: public/ as the root, the legacy application below it served by a `^~` location. */
const SUITECRM_LEGACY = `server {\n    root /var/www/suitecrm/public;\n${DOT}${LOG}${BAK}    location ^~ /legacy/ {\n        try_files $uri =404;\n    }\n}\n`;
/** Denies for the root's own dotfiles only, and a prefix location that serves the /w/ subfolder. */
const WIKI_ROOT_DENIES = `server {\n    root /var/www/wiki;\n    location = /.env {\n        deny all;\n    }\n    location ^~ /.git {\n        deny all;\n    }\n    location ~ /\\.ht {\n        deny all;\n    }\n${LOG}${BAK}${COMPOSER}    location /w/ {\n        expires 1h;\n    }\n}\n`;
const PHP =
  '    location ~ \\.php$ {\n        try_files $uri =404;\n        fastcgi_pass 127.0.0.1:9000;\n        include fastcgi.conf;\n    }\n';

testRule(privatePathsExposed, {
  valid: [
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
    { name: 'a snippet without a server', path: 'etc/nginx/snippets/root.conf', code: 'root /srv;\n' },
    {
      name: 'a deny all at the server level',
      code: 'server {\n    root /srv/private;\n    allow 10.0.0.0/8;\n    deny all;\n}\n',
    },
  ],
  invalid: [
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
        'server {\n  root /srv/site/public;\n  location ~ /\\.(?!well-known/) {\n    deny all;\n  }\n  location ~* \\.log$ {\n    deny all;\n  }\n  location ~* \\.(sql|bak)$ {\n    deny all;\n  }\n}\n',
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
