import { phpSourceExposed } from '../../../../rules/nginx/php-source-exposed.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

/** A front controller location that runs only index.php (Symfony's and FOSSBilling's shape). */
const FRONT =
  '    location ~ ^/index\\.php(/|$) {\n        fastcgi_pass 127.0.0.1:9000;\n        include fastcgi_params;\n    }\n';
const CATCH_ALL = '    location / {\n        try_files $uri $uri/ /index.php$is_args$args;\n    }\n';
/** An application whose root holds more scripts than its front controller. */
const TREE = {
  'var/www/app/public/index.php': '<?php\n',
  'var/www/app/public/config.php': '<?php $password = "x";\n',
  'var/www/app/public/admin/cron.php': '<?php\n',
};
const server = (body: string, root = '/var/www/app/public') =>
  `server {\n    listen 80;\n    root ${root};\n${body}}\n`;
const REFUSE = '    location ~* \\.(?:php\\d?|phtml|phar)$ {\n        return 404;\n    }\n';
/** Symfony's recipe, as its own catch-all (the tests' silent cases). */
const SYMFONY_REFUSE = '    location ~ \\.php$ {\n        return 404;\n    }\n';
/** Grocy's data folder: its configuration and compiled views are PHP. */
const GROCY_DATA = {
  'var/www/grocy/public/index.php': '<?php\n',
  'var/www/grocy/data/config.php': '<?php Setting("BASE_URL", "/");\n',
  'var/www/grocy/data/viewcache/4f1c.php': '<?php\n',
};
/** WordPress published at /blog/ from its own root, beside a Symfony application. */
const BLOG_TREE = {
  ...TREE,
  'var/www/wp/blog/wp-config.php': '<?php\n',
  'var/www/wp/blog/index.php': '<?php\n',
};
const PHP_ALL =
  '    location ~ \\.php$ {\n        try_files $uri =404;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n';
/** Icinga Web 2's documented locations, its regex location publishing `folder` with `alias` and `try_files $1`. */
const ICINGA = (folder: string) =>
  server(
    `    location ~ ^/icingaweb2/index\\.php(.*)$ {\n        fastcgi_pass 127.0.0.1:9000;\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME /usr/share/icingaweb2/public/index.php;\n    }\n    location ~ ^/icingaweb2(.+)? {\n        alias ${folder};\n        index index.php;\n        try_files $1 $uri $uri/ /icingaweb2/index.php$is_args$args;\n    }\n`,
    '/var/www/html',
  );
const ICINGA_TREE = {
  'usr/share/icingaweb2/public/index.php': '<?php\n',
  'usr/share/icingaweb2/public/css/icinga.css': '',
  'usr/share/icingaweb2/library/Icinga/Application/Config.php': '<?php\n',
};
/** Koel with the repository as the root: `location /` reads the request in `public/`, the front controller has its own regex. */
const KOEL = (extra = '') =>
  `server {\n    listen 80;\n    root /var/www/koel;\n    location / {\n        try_files /public$uri /public$uri/ /public/index.php?$args;\n    }\n${extra}    location ~ ^/public/index\\.php(/|$) {\n        fastcgi_pass 127.0.0.1:9000;\n    }\n}\n`;
const KOEL_TREE = {
  'var/www/koel/composer.json': '{}',
  'var/www/koel/server.php': '<?php\n',
  'var/www/koel/public/index.php': '<?php\n',
};
/**
 * Ibexa DXP's vhost template at the server level: its assets keep their path (`break`), the
 * front controller's own path is refused, and every other request goes to `/index.php$1`.
 */
const IBEXA_REWRITES = (before = '') =>
  `${before}    rewrite "^/bundles/(.*)" "/bundles/$1" break;\n    if ($request_uri ~ "^/([^/]+/)*?index\\.php([/?#]|$)") {\n        return 404;\n    }\n    rewrite "^(.*)$" "/index.php$1" last;\n    location / {\n        location ~ ^/index\\.php(/|$) {\n            fastcgi_pass 127.0.0.1:9000;\n            include fastcgi_params;\n        }\n    }\n`;
/** osTicket published under /support/ with alias, its PHP location nested there. */
const OSTICKET = (extra: string) =>
  `${CATCH_ALL}${FRONT}${SYMFONY_REFUSE}    location ^~ /support/ {\n        alias /var/www/osticket/upload/;\n${extra}        location ~ \\.php(?:/|$) {\n            fastcgi_pass 127.0.0.1:9000;\n        }\n    }\n`;
const OSTICKET_TREE = {
  ...TREE,
  ...Object.fromEntries(
    ['settings', 'database', 'secret', 'local', 'install', 'setup', 'login'].map((n) => [
      `var/www/osticket/upload/${n}.php`,
      '<?php\n',
    ]),
  ),
};
/**
 * CloudPanel's two servers: the public one proxies `front` to the site's own backend, which
 * listens on the loopback and runs only the front controller.
 */
const CLOUDPANEL = (front: string) =>
  `server {\n    listen 443 ssl;\n    root /var/www/app/public;\n${front}}\nserver {\n    listen 127.0.0.1:8080;\n    root /var/www/app/public;\n    try_files $uri $uri/ /index.php?$args;\n${FRONT}}\n`;

const grocy = (location: string) =>
  server(`${CATCH_ALL}${FRONT}${SYMFONY_REFUSE}${location}`, '/var/www/grocy/public');

testRule(phpSourceExposed, {
  valid: [
    {
      // The same rewrite at the server level with last: nginx chooses a location for /config.php
      // again, and the PHP location runs it.
      name: 'a server-level rewrite of /static/<n>/ with last, which searches the locations again',
      code: server(`    rewrite "^/static/[0-9]*/(.*)$" /$1 last;\n${CATCH_ALL}${PHP_ALL}`),
      files: TREE,
    },
    {
      name: 'a ^~ location whose rewrite … break maps onto a fixed file, not the request',
      code: server(
        `${CATCH_ALL}${PHP_ALL}    location ^~ /static/ {\n        rewrite ^ /favicon.ico break;\n    }\n`,
      ),
      files: TREE,
    },
    {
      // Blind case ibexa (nginx 1.22.1: /config.php went to the front controller, 502).
      name: "a server-level catch-all rewrite to the front controller's path info (Ibexa's vhost)",
      code: server(IBEXA_REWRITES()),
      files: TREE,
    },
    {
      name: 'a regex location whose alias is built from its captures, with a PHP location nested in it',
      code: server(
        `    location ~ ^/(modules|vendor)/(.+)$ {\n        alias /usr/local/share/cypht/$1/$2;\n        location ~ \\.php$ {\n            fastcgi_pass 127.0.0.1:9000;\n        }\n    }\n${PHP_ALL}`,
        '/usr/local/share/cypht/site',
      ),
      files: {
        'usr/local/share/cypht/site/index.php': '<?php\n',
        'usr/local/share/cypht/modules/core/setup.php': '<?php\n',
      },
    },
    {
      name: 'a fixed script tested by try_files in a location that passes it to PHP',
      code: server(
        `    location ~ ^/(config|content)(/|$) {\n        try_files /index.php$is_args$args =404;\n        fastcgi_pass 127.0.0.1:9000;\n        include fastcgi_params;\n    }\n${PHP_ALL}`,
      ),
      files: TREE,
    },
    {
      name: 'a fixed script tested by try_files, absent from the tree that holds the root',
      code: server(
        `${PHP_ALL}    location ~ ^/(config|content)(/|$) {\n        try_files /app.php$is_args$args =404;\n    }\n`,
      ),
      files: TREE,
    },
    {
      name: "Icinga Web 2's documented locations: the alias publishes public/, whose only script PHP runs",
      code: ICINGA('/usr/share/icingaweb2/public'),
      files: ICINGA_TREE,
    },
    {
      name: 'exact locations written for scripts that refuse them or pass them to PHP',
      code: server(
        `${CATCH_ALL}${PHP_ALL}    location = /xmlrpc.php {\n        deny all;\n    }\n    location = /api.php {\n        limit_req zone=api burst=20;\n        fastcgi_pass 127.0.0.1:9000;\n        include fastcgi_params;\n    }\n`,
      ),
      files: { ...TREE, 'var/www/app/public/api.php': '<?php\n', 'var/www/app/public/xmlrpc.php': '<?php\n' },
    },
    {
      name: 'a try_files that reads public/, with an exact location that runs its front controller',
      code: KOEL('    location = /index.php {\n        fastcgi_pass 127.0.0.1:9000;\n    }\n'),
      files: KOEL_TREE,
    },
    {
      name: "a location with its own root whose scripts the server's PHP location runs",
      code: server(`${CATCH_ALL}${PHP_ALL}    location /blog/ {\n        root /var/www/wp;\n    }\n`),
      files: BLOG_TREE,
    },
    {
      name: 'a ^~ location with its own root and a PHP location nested in it',
      code: server(
        `${CATCH_ALL}${PHP_ALL}    location ^~ /blog/ {\n        root /var/www/wp;\n    ${PHP_ALL.replace(/\n(?=.)/g, '\n    ')}    }\n`,
      ),
      files: BLOG_TREE,
    },
    {
      name: 'an alias folder whose scripts a regex location refuses (a plain prefix lets regexes be tried)',
      code: grocy('    location /data/ {\n        alias /var/www/grocy/data/;\n    }\n'),
      files: GROCY_DATA,
    },
    {
      name: 'an exact location nested in an alias location, that runs its script',
      code: server(
        OSTICKET(
          '        location = /support/login.php {\n            limit_req zone=login;\n            fastcgi_pass 127.0.0.1:9000;\n        }\n',
        ),
      ),
      files: OSTICKET_TREE,
    },
    {
      name: 'an exact location nested in an alias location, for a script the alias folder lacks',
      code: server(
        OSTICKET('        location = /support/signin.php {\n            limit_req zone=login;\n        }\n'),
      ),
      files: OSTICKET_TREE,
    },
    {
      name: 'a loopback backend that the public server proxies only an API folder to',
      code: CLOUDPANEL(
        '    location /api/ {\n        proxy_pass http://127.0.0.1:8080;\n    }\n    location / {\n        return 404;\n    }\n',
      ),
      files: TREE,
    },
    {
      name: 'a loopback backend that no server proxies to',
      code: CLOUDPANEL('    location / {\n        return 404;\n    }\n'),
      files: TREE,
    },
    {
      name: 'an alias folder of the tree that holds no script',
      code: grocy('    location ^~ /files/ {\n        alias /var/www/grocy/data/storage/;\n    }\n'),
      files: { ...GROCY_DATA, 'var/www/grocy/data/storage/a.jpg': '' },
    },
    {
      name: 'an alias folder with scripts, refused to everybody',
      code: grocy(
        '    location ^~ /data/ {\n        alias /var/www/grocy/data/;\n        deny all;\n    }\n',
      ),
      files: GROCY_DATA,
    },
    {
      name: 'a PHP location for every script',
      code: server(
        `${CATCH_ALL}    location ~ \\.php$ {\n        try_files $uri =404;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n`,
      ),
      files: TREE,
    },
    {
      name: "Symfony's recipe: the front controller, then 404 for other scripts",
      code: server(`${CATCH_ALL}${FRONT}${SYMFONY_REFUSE}`),
      files: TREE,
    },
    {
      name: 'a front controller only, and the tree holds no other script',
      code: server(`${CATCH_ALL}${FRONT}`),
      files: { 'var/www/app/public/index.php': '<?php\n', 'var/www/app/public/app.css': '' },
    },
    {
      name: 'no tree and a fallback that a PHP location takes',
      code: server(`${CATCH_ALL}${FRONT}`),
    },
    {
      name: 'the fallback goes to a named location that runs PHP',
      code: server(
        '    location / {\n        try_files $uri @php;\n    }\n    location @php {\n        fastcgi_pass 127.0.0.1:9000;\n    }\n',
      ),
    },
    {
      name: 'every request is proxied to Apache',
      code: server('    location / {\n        proxy_pass http://127.0.0.1:8080;\n    }\n'),
      files: TREE,
    },
    {
      name: 'the folder of the other scripts is denied',
      code: server(
        `${CATCH_ALL}${FRONT}    location ^~ /admin/ {\n        deny all;\n    }\n    location = /config.php {\n        deny all;\n    }\n`,
      ),
      files: TREE,
    },
    {
      name: 'a try_files that never tries the requested file',
      code: server(
        '    location / {\n        try_files /maintenance.html /index.php$is_args$args;\n    }\n' + FRONT,
      ),
      files: TREE,
    },
    {
      name: 'a location that sets another root (the tree is not its folder)',
      code: server(
        `${FRONT}    location / {\n        root /srv/static;\n        try_files $uri =404;\n    }\n`,
      ),
      files: TREE,
    },
    {
      name: 'a server-level return answers every request',
      code: server(`    return 301 https://$host$request_uri;\n${CATCH_ALL}`),
      files: TREE,
    },
    {
      name: 'a snippet the workspace does not hold may run PHP',
      code: server(`${CATCH_ALL}    include snippets/php-app.conf;\n`),
      files: TREE,
    },
    {
      name: 'a snippet the workspace does not hold, included in the location that takes the scripts',
      code: server(
        '    location / {\n        include snippets/php-handler.conf;\n        try_files $uri /index.php$is_args$args;\n    }\n',
      ),
      files: TREE,
    },
    {
      name: 'an if in the location passes the scripts on',
      code: server(
        '    location / {\n        if (-f $request_filename) {\n            fastcgi_pass 127.0.0.1:9000;\n        }\n        try_files $uri /index.php;\n    }\n',
      ),
      files: TREE,
    },
    {
      name: 'a location open to the office network only',
      code: server(
        `    location / {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n`,
      ),
      files: TREE,
    },
    {
      name: "scripts only under Composer's vendor/, beside composer.json (dependencies are not read)",
      code: server(CATCH_ALL.replace('/index.php$is_args$args', '=404')),
      files: { 'var/www/app/public/vendor/lib/x.php': '<?php\n', 'var/www/app/public/composer.json': '{}\n' },
    },
    {
      // Review (nginx 1.22.1: 401 for /config.php).
      name: 'a password on the location that serves the files',
      code: server(
        `    location / {\n        auth_basic "Staging";\n        auth_basic_user_file /etc/nginx/htpasswd;\n        try_files $uri $uri/ /index.php$is_args$args;\n    }\n${FRONT}`,
      ),
      files: TREE,
    },
    {
      name: 'a password for the whole server',
      code: server(
        `    auth_basic "Staging";\n    auth_basic_user_file /etc/nginx/htpasswd;\n${CATCH_ALL}${FRONT}`,
      ),
      files: TREE,
    },
    {
      // Review (nginx 1.22.1: 502, PHP ran the scripts): a regex this module cannot run.
      name: 'a PHP location whose regex cannot be read here',
      code: server(
        `${CATCH_ALL}    location ~ "(?x) \\.php $" {\n        fastcgi_pass 127.0.0.1:9000;\n    }\n`,
      ),
      files: TREE,
    },
    {
      // Review (nginx 1.22.1: 502): POSIX classes are translated.
      name: 'a PHP location with a POSIX class',
      code: server(
        `${CATCH_ALL}    location ~ ^/[[:alnum:]_/-]+\\.php$ {\n        fastcgi_pass 127.0.0.1:9000;\n    }\n`,
      ),
      files: TREE,
    },
    {
      // Review (nginx 1.22.1: /index.php answered 500, a loop; no source).
      name: 'a fallback script that the tree shows absent (a static site)',
      code: server(
        `    index index.html;\n    location / {\n        try_files $uri $uri/ /index.php?$args;\n    }\n`,
      ),
      files: { 'var/www/app/public/index.html': '<p>hi</p>\n' },
    },
    {
      // Review (nginx 1.22.1: 502, the front controller got them).
      name: 'a server-level rewrite of other scripts to the front controller',
      code: server(
        `    rewrite ^/(?!index\\.php)(.+)\\.php$ /index.php?legacy=$1 last;\n${CATCH_ALL}${FRONT}`,
      ),
      files: TREE,
    },
    {
      // Review (nginx 1.22.1: 301).
      name: 'a location that redirects .php requests',
      code: server(
        `    location / {\n        rewrite ^/(.+)\\.php$ /$1 permanent;\n        try_files $uri $uri/ /index.php$is_args$args;\n    }\n${FRONT}`,
      ),
      files: TREE,
    },
    {
      // A rewrite regex that can backtrack catastrophically is not run on a long probe: it may take it.
      name: 'a catastrophic rewrite regex is not run on the long script paths of the tree',
      code: server(`    rewrite ^/((a|aa)+)+x$ /index.php last;\n${CATCH_ALL}${FRONT}`),
      files: { 'var/www/app/public/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/config.php': '<?php\n' },
    },
  ],
  invalid: [
    {
      // A theme's or a published bundle's scripts sit four folders down (Chevereto's
      // content/legacy/themes/Peafowl/, Yii's assets/<hash>/php/…, from this session's blind
      // cases): nginx sends them as any other file of the root when only the front controller runs.
      name: 'a script four folders down the root, where only the front controller runs',
      code: server(FRONT),
      files: {
        'var/www/app/public/index.php': '<?php\n',
        'var/www/app/public/content/legacy/themes/Peafowl/header.php': '<?php\n',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /`\/content\/legacy\/themes\/Peafowl\/header\.php`/,
        },
      ],
      output: server(`${FRONT}${REFUSE}`),
    },
    {
      // Blind case cypht--debug-regex-alias (nginx 1.22.1: the modules' scripts came back as source).
      name: 'a regex location whose alias is built from its captures, without PHP',
      code: server(
        `    location ~ ^/(modules|vendor)/(.+)$ {\n        alias /usr/local/share/cypht/$1/$2;\n    }\n${PHP_ALL}`,
        '/usr/local/share/cypht/site',
      ),
      files: {
        'usr/local/share/cypht/site/index.php': '<?php\n',
        'usr/local/share/cypht/modules/core/setup.php': '<?php\n',
      },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`\/modules\/core\/setup\.php`/ }],
      output: null,
    },
    {
      // Blind case adminer--assets-caret-location (nginx 1.22.1 sent the form library's source):
      // a front-end template's assets/vendor/ is no Composer folder.
      name: "a template's assets/vendor/ script under a ^~ static location",
      code: server(`    location ^~ /assets/ {\n        expires 30d;\n    }\n${PHP_ALL}`, '/var/www/site'),
      files: {
        'var/www/site/index.php': '<?php\n',
        'var/www/site/assets/vendor/php-email-form/php-email-form.php': '<?php\n',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /`\/assets\/vendor\/php-email-form\/php-email-form\.php`/,
        },
      ],
      output: null,
    },
    {
      // Blind case egroupware--php-location-top-level-only (nginx 1.22.1 sent api/config.php as
      // source): the nested PHP location's `root /usr/share` names the alias's scripts too, and
      // only the alias's location sends the ones that PHP location does not take.
      name: 'an alias location whose nested PHP location reads the same files with a root of its own',
      code: server(
        `    location ^~ /egroupware/ {\n        alias /usr/share/egroupware/;\n        try_files $uri $uri/ =404;\n        location ~ ^/egroupware/[^/]+\\.php(?:/|$) {\n            root /usr/share;\n            try_files $fastcgi_script_name =404;\n            fastcgi_pass 127.0.0.1:9000;\n        }\n    }\n`,
        '/var/www/html',
      ),
      files: {
        'var/www/html/index.html': '',
        'usr/share/egroupware/index.php': '<?php\n',
        'usr/share/egroupware/api/config.php': '<?php\n',
      },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`\/egroupware\/api\/config\.php`/ }],
      output: null,
    },
    {
      // e107's static-file rewrite written with break in a ^~ location (nginx 1.22.1 sent
      // /static/1/e107_config.php, the database password in it): nginx stays in the location,
      // and its static module sends the script past every regex location.
      name: "a ^~ location whose rewrite … break maps its requests onto the root's scripts",
      code: server(
        `${CATCH_ALL}${PHP_ALL}    location ^~ /static/ {\n        rewrite "^/static/[0-9]*/(.*)$" /$1 break;\n        expires 365d;\n    }\n`,
      ),
      files: TREE,
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`\/static\/1\/config\.php`/ }],
      output: null,
    },
    {
      // Blind case bedrock--legacy-wp-content-rewrite-break (nginx 1.22.1 sent the plugins' source):
      // the capture is put back after a literal folder.
      name: 'a ^~ location whose rewrite … break puts the capture back below a folder of the root',
      code: server(
        `${PHP_ALL}    location ^~ /wp-content/ {\n        rewrite ^/wp-content/(.*)$ /app/$1 break;\n    }\n`,
        '/srv/site/web',
      ),
      files: {
        'srv/site/web/index.php': '<?php\n',
        'srv/site/web/app/plugins/shop/shop.php': '<?php\n',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /`\/app\/plugins\/shop\/shop\.php` for `\/wp-content\/plugins\/shop\/shop\.php`/,
        },
      ],
      output: null,
    },
    {
      // Blind case symfony-deployer--resolve-rewrite-break (nginx 1.22.1 sent index.php's source):
      // `last` was meant; the regex takes any path, so the location's own prefix is asked.
      name: 'a ^~ location whose rewrite ^ /index.php break takes every path',
      code: server(
        `${FRONT}    location ^~ /media/cache/resolve/ {\n        rewrite ^ /index.php break;\n    }\n`,
      ),
      files: TREE,
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /`\/index\.php` for `\/media\/cache\/resolve\/`/,
        },
      ],
      output: null,
    },
    {
      // Blind case typemill--docs-rewrite-break (Typemill's nginx guide; nginx 1.22.1 sent
      // index.php's source for /settings/): the rewrite to a fixed script with break stays in
      // location /, whose try_files $uri then finds the script and sends it.
      name: 'a rewrite … /index.php break in location /, before its try_files',
      code: server(
        `    location / {\n        try_files $uri /index.php$is_args$args;\n        rewrite ^/(system|settings) /index.php break;\n    }\n${PHP_ALL}`,
      ),
      files: TREE,
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`\/index\.php` for `\/system`/ }],
      output: null,
    },
    {
      // Blind case cockpit--spaces-storage-wide (nginx 1.22.1: /:acme/storage/cache/modules.cache.php
      // came back as source): the first capture follows the literal start `/:` without a slash.
      name: 'a regex location whose alias is built from a capture glued to its literal start',
      code: server(
        `    location ~ ^/:([^/]+)/storage/(.+)$ {\n        alias /var/www/cockpit/.spaces/$1/storage/$2;\n    }\n${PHP_ALL}`,
        '/var/www/cockpit',
      ),
      files: {
        'var/www/cockpit/index.php': '<?php\n',
        'var/www/cockpit/.spaces/acme/storage/cache/modules.cache.php': '<?php\n',
      },
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /`\/:acme\/storage\/cache\/modules\.cache\.php`/,
        },
      ],
      output: null,
    },
    {
      // Blind case pico--internal-files-try-files-index (nginx 1.22.1: /config/config.yml got
      // index.php's source): the fixed file entry is found for every request without a query string.
      name: 'a try_files that tests a fixed script before its last parameter, in a location without PHP',
      code: server(
        `${PHP_ALL}    location ~ ^/(config|content)(/|$) {\n        try_files /index.php$is_args$args =404;\n    }\n`,
      ),
      files: TREE,
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`\/index\.php` for `\/config\/`/ }],
      output: null,
    },
    {
      // Blind case icingaweb2--alias-app-folder (nginx 1.22.1: the library's scripts came back as
      // source): the alias names the package folder instead of its public/.
      name: 'a regex location publishing a folder with alias and try_files $1',
      code: ICINGA('/usr/share/icingaweb2'),
      files: ICINGA_TREE,
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /`\/icingaweb2\/library\/Icinga\/Application\/Config\.php`/,
        },
      ],
      output: null,
    },
    {
      // Blind case froxlor--api-exact-ratelimit (nginx 1.22.1: /api.php came back as source): an
      // exact location wins over every regex one, and this one hands nothing to PHP.
      name: 'an exact location written for a script, with no PHP in it',
      code: server(
        `${CATCH_ALL}${PHP_ALL}    location = /api.php {\n        limit_req zone=api burst=20;\n    }\n`,
      ),
      // Six scripts named like configuration come first in the folder: api.php is not among the
      // scripts of the tree asked about, only named by its location.
      files: {
        ...TREE,
        ...Object.fromEntries(
          ['settings', 'database', 'secret', 'local', 'install', 'setup'].map((n) => [
            `var/www/app/public/${n}.php`,
            '<?php\n',
          ]),
        ),
        'var/www/app/public/api.php': '<?php\n',
      },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`\/api\.php`/ }],
      output: null,
    },
    {
      // One server for many sites (blind case laravel-wildcard): each folder `$site` stands for is a root.
      name: "a site's script below a root written with a variable",
      code: server(`${CATCH_ALL}${FRONT}`, '/srv/sites/$site/public'),
      files: { 'srv/sites/shop/public/index.php': '<?php\n', 'srv/sites/shop/public/config.php': '<?php\n' },
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`\/config\.php`/ }],
      output: server(`${CATCH_ALL}${FRONT}${REFUSE}`, '/srv/sites/$site/public'),
    },
    {
      // Blind case civi-standalone--ext-caret-cache (nginx 1.22.1: donate.php came back as source).
      name: "a CiviCRM extension's scripts, in a folder named like a reversed domain, under a ^~ location",
      code: server(
        `${CATCH_ALL}${FRONT}${SYMFONY_REFUSE}    location ^~ /ext/ {\n        expires 30d;\n    }\n`,
      ),
      files: { ...TREE, 'var/www/app/public/ext/org.example.donate/donate.php': '<?php\n' },
      errors: [
        { messageId: 'exposed', line: 1, column: 1, message: /`\/ext\/org\.example\.donate\/donate\.php`/ },
      ],
      output: null,
    },
    {
      // Blind case koel--root-app-folder-public-try-files (nginx 1.22.1: /index.php came back as
      // public/index.php's source): the script has a second address that no PHP location takes.
      name: 'a try_files that reads public/ under a root that is the repository, front controller at /public/index.php',
      code: KOEL(),
      files: KOEL_TREE,
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /\(`\/index\.php`\).*`location \/`/ }],
      output: `${KOEL().slice(0, -2)}${REFUSE}}\n`,
    },
    {
      // nginx searches no regex location for a request a `^~` prefix takes: its own root sends the script.
      name: 'a ^~ location with its own root over a folder of scripts',
      code: server(
        `${CATCH_ALL}${PHP_ALL}    location ^~ /blog/ {\n        root /var/www/wp;\n        expires 1h;\n    }\n`,
      ),
      files: BLOG_TREE,
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /`\/blog\/wp-config\.php`, `\/blog\/index\.php`/,
        },
      ],
      output: null,
    },
    {
      // Blind case osticket-alias--login-limit-without-php (nginx 1.22.1: /support/login.php came
      // back as source): the exact location inherits the alias and hands nothing to PHP. Six
      // scripts named like configuration come first in the folder: login.php is not among the
      // tree's scripts asked about, only named by its location.
      name: 'an exact location nested in an alias location, with no PHP in it',
      code: server(
        OSTICKET('        location = /support/login.php {\n            limit_req zone=login;\n        }\n'),
      ),
      files: OSTICKET_TREE,
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /`\/support\/login\.php`.*`location = \/support\/login\.php`/,
        },
      ],
      output: null,
    },
    {
      // Blind case cloudpanel-symfony--backend-front-controller-only (nginx 1.22.1 sent
      // /legacy/config.php's source through the proxy): the loopback backend is reached.
      name: 'a loopback backend that a public server proxies every request to',
      code: CLOUDPANEL('    location / {\n        proxy_pass http://127.0.0.1:8080;\n    }\n'),
      files: TREE,
      errors: [{ messageId: 'exposed', line: 8, column: 1, message: /`\/config\.php`/ }],
      output: CLOUDPANEL('    location / {\n        proxy_pass http://127.0.0.1:8080;\n    }\n').replace(
        `${FRONT}}\n`,
        `${FRONT}${REFUSE}}\n`,
      ),
    },
    {
      name: 'a loopback backend reached through an upstream of that address',
      code: `upstream backend {\n    server 127.0.0.1:8080;\n}\n${CLOUDPANEL('    location / {\n        proxy_pass http://backend;\n    }\n')}`,
      files: TREE,
      errors: [{ messageId: 'exposed', line: 11, column: 1, message: /`\/config\.php`/ }],
      output: `upstream backend {\n    server 127.0.0.1:8080;\n}\n${CLOUDPANEL('    location / {\n        proxy_pass http://backend;\n    }\n').replace(`${FRONT}}\n`, `${FRONT}${REFUSE}}\n`)}`,
    },
    {
      // Blind case grocy--data-caret-alias (nginx 1.22.1: /data/config.php came back as source):
      // `^~` keeps the server's regex locations from being tried.
      name: 'a ^~ alias location over a folder of scripts',
      code: grocy('    location ^~ /data/ {\n        alias /var/www/grocy/data/;\n    }\n'),
      files: GROCY_DATA,
      errors: [
        {
          messageId: 'exposed',
          line: 1,
          column: 1,
          message: /`\/data\/config\.php`, `\/data\/viewcache\/4f1c\.php`.*`location \^~ \/data\/`/,
        },
      ],
      output: null,
    },
    {
      name: 'a plain alias location over a folder of scripts, with no regex location to refuse them',
      code: server(
        `${CATCH_ALL}${FRONT}    location /data/ {\n        alias /var/www/grocy/data/;\n    }\n`,
        '/var/www/grocy/public',
      ),
      files: GROCY_DATA,
      errors: [{ messageId: 'exposed', line: 1, column: 1, message: /`\/data\/config\.php`/ }],
      output: `server {\n    listen 80;\n    root /var/www/grocy/public;\n${CATCH_ALL}${FRONT}    location /data/ {\n        alias /var/www/grocy/data/;\n    }\n${REFUSE}}\n`,
    },
    {
      // The nginx container's root is a path of the container: Compose's bind mount says where
      // the workspace holds it (before, the tree was not found and only the fallback was asked).
      name: "a root mounted from the workspace by Docker Compose: the tree's scripts are asked about",
      path: 'docker/nginx/default.conf',
      code: server(`${CATCH_ALL}${FRONT}`, '/var/www/html/public'),
      files: {
        'compose.yaml':
          'services:\n  nginx:\n    image: nginx:1.27\n    volumes:\n      - ./docker/nginx/default.conf:/etc/nginx/conf.d/default.conf:ro\n      - ./app/public:/var/www/html/public:ro\n      - certbot-www:/var/www/certbot\n  php:\n    image: php:8.3-fpm\n    volumes:\n      - type: bind\n        source: ./app\n        target: /var/www/html\nvolumes:\n  certbot-www:\n',
        'app/public/index.php': '<?php\n',
        'app/public/config.php': '<?php $password = "x";\n',
      },
      errors: [{ line: 1, column: 1, message: /`\/config\.php`/ }],
      output: server(`${CATCH_ALL}${FRONT}${REFUSE}`, '/var/www/html/public'),
    },
    {
      // Blind case civicrm-joomla--civicrm-component-caret-cache (nginx 1.22.1: extern/rest.php,
      // five folders down, came back as source): a prefix location's folder is read too.
      name: 'a ^~ location over a folder whose scripts lie deeper than the root is read',
      code: server(
        `    location ^~ /administrator/components/com_civicrm/ {\n        expires 7d;\n    }\n${CATCH_ALL}${FRONT}${SYMFONY_REFUSE}`,
      ),
      files: {
        'var/www/app/public/index.php': '<?php\n',
        'var/www/app/public/administrator/components/com_civicrm/civicrm/extern/rest.php': '<?php\n',
      },
      errors: [
        {
          line: 1,
          column: 1,
          message: /`\/administrator\/components\/com_civicrm\/civicrm\/extern\/rest\.php`/,
        },
      ],
      output: null,
    },
    {
      // Blind case forkcms (nginx 1.22.1: CKFinder's config.php and connector.php came back as
      // source): eight folders denied with ^~ first, then a ^~ location that serves the editor's
      // scripts, five and eight folders down. The denying locations do not use up the budget.
      name: 'a ^~ location over deep scripts after eight ^~ locations that deny their folders',
      code: server(
        `${['app', 'bin', 'var', 'vendor', 'src/Console', 'src/Frontend/Cache', 'src/Backend/Cache', 'tmp']
          .map((folder) => `    location ^~ /${folder}/ {\n        deny all;\n    }\n`)
          .join(
            '',
          )}    location ^~ /src/Backend/Core/Js/ {\n        expires 30d;\n    }\n${CATCH_ALL}${FRONT}${SYMFONY_REFUSE}`,
      ),
      files: {
        'var/www/app/public/index.php': '<?php\n',
        'var/www/app/public/src/Backend/Core/Js/ckfinder/core/connector/php/connector.php': '<?php\n',
      },
      errors: [
        {
          line: 1,
          column: 1,
          message: /`\/src\/Backend\/Core\/Js\/ckfinder\/core\/connector\/php\/connector\.php`/,
        },
      ],
      output: null,
    },
    {
      // Blind case ibexa--opcache-reset-rewrite-break (nginx 1.22.1: its source came back, token
      // included): a rewrite to itself with `break` ends the server's rewrites before the catch-all.
      name: 'a server-level rewrite that keeps a script path with break, before the catch-all',
      code: server(IBEXA_REWRITES('    rewrite "^/opcache-reset\\.php$" "/opcache-reset.php" break;\n')),
      files: { ...TREE, 'var/www/app/public/opcache-reset.php': '<?php\n' },
      errors: [{ line: 1, column: 1, message: /`\/opcache-reset\.php`/ }],
    },
    {
      // Blind case octobercms--storage-allowlist-too-broad (nginx 1.22.1: the compiled Twig
      // template came back as source): October's allowlist widened to the whole storage folder.
      name: "a regex location's literal folder is read for scripts deeper than the root's walk",
      code: server(
        `    location / {\n        rewrite ^/.*$ /index.php last;\n    }\n    location ~ ^/index\\.php(?:/|$) {\n        internal;\n        fastcgi_pass 127.0.0.1:9000;\n        include fastcgi_params;\n    }\n    location ~ ^/storage/ {\n        try_files $uri 404;\n    }\n`,
        '/var/www/october',
      ),
      files: {
        'var/www/october/index.php': '<?php\n',
        ...Object.fromEntries(
          ['config', 'modules/system', 'modules/backend', 'modules/cms', 'plugins/a/b', 'bootstrap'].flatMap(
            (d) => Array.from({ length: 10 }, (_, i) => [`var/www/october/${d}/f${i}/s${i}.php`, '<?php\n']),
          ),
        ),
        'var/www/october/storage/cms/twig/4f/4f1b6c0e9d2a73f58e41c6b2d09a7f3e.php': '<?php\n',
      },
      errors: [
        { line: 1, column: 1, message: /`\/storage\/cms\/twig\/4f\/4f1b6c0e9d2a73f58e41c6b2d09a7f3e\.php`/ },
      ],
      output: null,
    },
    {
      name: 'the catch-all that refuses other scripts was removed (FOSSBilling)',
      code: server(`${CATCH_ALL}${FRONT}`),
      files: TREE,
      errors: [
        {
          line: 1,
          column: 1,
          message:
            'This server sends the source code of PHP scripts as files (`/config.php`, `/admin/cron.php`): the location nginx chooses for them (`location /`) sends its files as they are and passes nothing to PHP',
        },
      ],
      output: server(`${CATCH_ALL}${FRONT}${REFUSE}`),
    },
    {
      name: 'no PHP location at all: the fallback script itself is sent',
      code: server(CATCH_ALL),
      errors: [{ line: 1, column: 1, message: /\(`\/index\.php`\).*`location \/`/ }],
      output: server(`${CATCH_ALL}${REFUSE}`),
    },
    {
      name: 'no location: the server serves the files itself',
      code: 'server {\n    listen 80;\n    root /var/www/app/public;\n    index index.php;\n}\n',
      files: TREE,
      errors: [{ line: 1, column: 1, message: /`\/config\.php`.*\(`server`\)/ }],
      output: `server {\n    listen 80;\n    root /var/www/app/public;\n    index index.php;\n${REFUSE}}\n`,
    },
    {
      name: 'a ^~ location serves a folder with scripts: a regex location is never tried there',
      code: server(
        `${CATCH_ALL}    location ~ \\.php$ {\n        fastcgi_pass 127.0.0.1:9000;\n    }\n    location ^~ /admin/ {\n        expires 1h;\n    }\n`,
      ),
      files: TREE,
      errors: [{ line: 1, column: 1, message: /`\/admin\/cron\.php`.*`location \^~ \/admin\/`/ }],
      output: null,
    },
    {
      name: 'no fix while a prefix location proxies (its .php requests would go to the new location)',
      code: server(
        `${CATCH_ALL}${FRONT}    location /api/ {\n        proxy_pass http://127.0.0.1:8080;\n    }\n`,
      ),
      files: TREE,
      errors: [{ line: 1, column: 1 }],
      output: null,
    },
    {
      name: 'four scripts or more: three are named',
      code: server(`${CATCH_ALL}${FRONT}`),
      files: {
        ...TREE,
        'var/www/app/public/cron.php': '<?php\n',
        'var/www/app/public/lib/a.php': '<?php\n',
        'var/www/app/public/lib/b.php': '<?php\n',
      },
      errors: [
        { line: 1, column: 1, message: /\(`\/config\.php`, `\/admin\/cron\.php`, `\/lib\/a\.php`, 2 more\)/ },
      ],
      output: server(`${CATCH_ALL}${FRONT}${REFUSE}`),
    },
    {
      // A deployment repository keeps only the root's .htaccess: the tree does not show the application.
      name: 'the fallback script, when the root folder in the workspace holds only dotfiles',
      code: server(CATCH_ALL),
      files: { 'var/www/app/public/.htaccess': 'Deny from all\n' },
      errors: [{ line: 1, column: 1, message: /\(`\/index\.php`\)/ }],
      output: server(`${CATCH_ALL}${REFUSE}`),
    },
    {
      // Review (nginx 1.22.1: .phtml and .php5 were still sent after a fix for \.php$ only).
      name: 'other PHP extensions: the fix refuses them too',
      code: server(`${CATCH_ALL}${FRONT}`),
      files: {
        ...TREE,
        'var/www/app/public/admin/layout.phtml': '<?php\n',
        'var/www/app/public/lib/settings.php5': '<?php\n',
      },
      errors: [{ line: 1, column: 1, message: /`\/admin\/layout\.phtml`|`\/lib\/settings\.php5`|more/ }],
      output: server(`${CATCH_ALL}${FRONT}${REFUSE}`),
    },
    {
      // Review (nginx 1.22.1: /legacy/report.php went to the old server before the fix, 404 after).
      name: 'no fix while a prefix location falls back to a named location',
      code: server(
        `${CATCH_ALL}${FRONT}    location /legacy/ {\n        try_files $uri @legacy;\n    }\n    location @legacy {\n        proxy_pass http://127.0.0.1:8081;\n    }\n`,
      ),
      files: TREE,
      errors: [{ line: 1, column: 1 }],
      output: null,
    },
    {
      // Review (nginx 1.22.1: the snippet held fastcgi_pass; 404 after the fix).
      name: 'no fix while a prefix location includes a file the workspace does not hold',
      code: server(
        `${CATCH_ALL}${FRONT}    location /shop/ {\n        include /etc/nginx/snippets/shop-upstream.conf;\n    }\n`,
      ),
      files: TREE,
      errors: [{ line: 1, column: 1 }],
      output: null,
    },
    {
      // Review (nginx 1.22.1: 200 with the source).
      name: 'a root set only in the locations (older recipes)',
      code: 'server {\n    listen 80;\n    location / {\n        root /var/www/app/public;\n        try_files $uri $uri/ /index.php$is_args$args;\n    }\n    location ~ ^/index\\.php(/|$) {\n        root /var/www/app/public;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n}\n',
      files: TREE,
      errors: [{ line: 1, column: 1, message: /`\/config\.php`/ }],
      output:
        'server {\n    listen 80;\n    location / {\n        root /var/www/app/public;\n        try_files $uri $uri/ /index.php$is_args$args;\n    }\n    location ~ ^/index\\.php(/|$) {\n        root /var/www/app/public;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n' +
        REFUSE +
        '}\n',
    },
    {
      // Review (nginx 1.22.1: GET /config answered config.php's source).
      name: 'try_files finds the script for a request without its extension',
      code: server(
        `    location / {\n        try_files $uri $uri.html $uri.php $uri/ =404;\n    }\n    location ~ \\.php$ {\n        try_files $uri =404;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n`,
      ),
      files: TREE,
      errors: [{ line: 1, column: 1, message: /\(`\/config`, `\/admin\/cron`, `\/index`\)/ }],
      output: null,
    },
    {
      // Review (nginx 1.22.1: 200 with the source): the CORS preflight if does not answer a GET.
      name: 'an if for OPTIONS requests in the location',
      code: server(
        `    location / {\n        if ($request_method = OPTIONS) {\n            return 204;\n        }\n        try_files $uri $uri/ /index.php$is_args$args;\n    }\n${FRONT}`,
      ),
      files: TREE,
      errors: [{ line: 1, column: 1, message: /`\/config\.php`/ }],
      output: server(
        `    location / {\n        if ($request_method = OPTIONS) {\n            return 204;\n        }\n        try_files $uri $uri/ /index.php$is_args$args;\n    }\n${FRONT}${REFUSE}`,
      ),
    },
    {
      // Review (nginx 1.22.1: 200 with the source): the rewrite only runs for missing files.
      name: "an if (!-e $request_filename) rewrite, ThinkPHP's recipe",
      code: server(
        `    location / {\n        if (!-e $request_filename) {\n            rewrite ^(.*)$ /index.php?s=$1 last;\n        }\n    }\n${FRONT}`,
      ),
      files: TREE,
      errors: [{ line: 1, column: 1, message: /`\/config\.php`/ }],
      output: server(
        `    location / {\n        if (!-e $request_filename) {\n            rewrite ^(.*)$ /index.php?s=$1 last;\n        }\n    }\n${FRONT}${REFUSE}`,
      ),
    },
    {
      // Review (nginx 1.22.1: /admin/cron.php sent): six scripts at the root hid the folder's.
      name: 'a subfolder is sampled even when the root holds many scripts',
      code: server(
        `${CATCH_ALL}    location ~ \\.php$ {\n        try_files $uri =404;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n    location ^~ /admin/ {\n        expires 1h;\n    }\n`,
      ),
      files: {
        ...Object.fromEntries(
          ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => [`var/www/app/public/${n}.php`, '<?php\n']),
        ),
        'var/www/app/public/admin/cron.php': '<?php\n',
      },
      errors: [{ line: 1, column: 1, message: /\(`\/admin\/cron\.php`\)/ }],
      output: null,
    },
  ],
});
