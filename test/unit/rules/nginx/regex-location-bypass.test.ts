import { regexLocationBypass } from '../../../../rules/nginx/regex-location-bypass.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const PHP =
  '    location ~ \\.php$ {\n        try_files $uri =404;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n    }\n';

/** A server with `root`, the given locations, and the PHP location at the end (or where `php` goes). */
function server(locations: string, root = '/var/www/app'): string {
  return `server {\n    root ${root};\n${locations}}\n`;
}

/** An open regex backend that takes none of the probes: the server is worth probing. */
const API = '    location ~ ^/api/ {\n        proxy_pass http://127.0.0.1:8080;\n    }\n';

/** A PHP location that splits path info and checks the script, as Debian's snippets/fastcgi-php.conf does. */
const DEBIAN_PHP =
  '    location ~ \\.php$ {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        try_files $fastcgi_script_name =404;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n    }\n';

/** froxlor's generated PHP location: path info split, the script tried with `tried`, SCRIPT_FILENAME `$request_filename`. */
const FROXLOR_PHP = (tried = '$fastcgi_script_name') =>
  `    location ~ \\.php {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $request_filename;\n        try_files ${tried} =404;\n        fastcgi_pass unix:/run/php/froxlor.sock;\n    }\n`;

/** Mautic's back office as a route of the front controller, and Symfony's front-controller location. */
const ROUTE =
  '    location /s/ {\n        allow 203.0.113.0/24;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n';
const FRONT =
  '    location ~ ^/index\\.php(/|$) {\n        fastcgi_split_path_info ^(.+\\.php)(/.*)$;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $realpath_root$fastcgi_script_name;\n    }\n';

const ADMIN =
  '    location /admin4x7kq2m/ {\n        allow 203.0.113.0/24;\n        deny all;\n        try_files $uri $uri/ /admin4x7kq2m/index.php$is_args$args;\n    }\n';

testRule(regexLocationBypass, {
  valid: [
    {
      // Blind case bitnami-matomo: Matomo's entry points, then a deny of every other script
      // written as `^.+\.php$` (it samples `/a.php`, which stands for every script).
      name: "Matomo's entry points before Bitnami's deny of every other script",
      code: server(
        '    location ~ ^/(index|matomo|piwik|js/index)\\.php$ {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n    location ~* ^.+\\.php$ {\n        deny all;\n        return 403;\n    }\n',
      ),
      files: { 'var/www/app/index.php': '<?php\n', 'var/www/app/core/Access.php': '<?php\n' },
    },
    {
      // Blind case webinoly: a guard against doubled slashes after the PHP location samples only
      // paths nginx merges before it looks for a location (`//index.php` is `/index.php`).
      name: 'a deny of doubled slashes after the PHP location',
      code: server(`${PHP}    location ~* // {\n        deny all;\n    }\n`),
      files: { 'var/www/app/index.php': '<?php\n' },
    },
    {
      // Blind case zencart--template-root-regex-unanchored: the admin's return 403 is for what its
      // nested locations do not take; its scripts run through the same handler either way.
      name: "a regex location's fallback return under nested locations that run its scripts",
      code: server(
        `    location @php {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n    location ~ /(ajax|index)\\.php$ {\n        error_page 418 = @php;\n        return 418;\n    }\n    location ~ ^/admin-x7 {\n        location ~ ^/admin-x7/.+\\.php$ {\n            error_page 418 = @php;\n            return 418;\n        }\n        return 403;\n    }\n`,
      ),
      files: { 'var/www/app/admin-x7/index.php': '<?php\n' },
    },
    {
      name: 'a handler reached through error_page whose named location keeps the restriction',
      code: server(
        `    location @php {\n        deny all;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n    location ~ /(ajax|index)\\.php$ {\n        error_page 418 = @php;\n        return 418;\n    }\n    location ~ ^/cache {\n        internal;\n    }\n`,
      ),
      files: { 'var/www/app/cache/index.php': '<?php\n' },
    },
    {
      // Review (nginx 1.22.1: /admin/login-check got 403 in the named location).
      name: 'a named location on the way to the front controller that keeps the address list',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php?$query_string;\n    }\n    location ~ /login-check$ {\n        try_files $uri @dynamic;\n    }\n    location @dynamic {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php?$query_string;\n    }\n${PHP}`,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/artisan': '', 'var/www/app/public/index.php': '' },
    },
    {
      // Review (nginx 1.22.1: a server-level if runs for every request: 403).
      name: 'the same address check at the server level covers the nested PHP location',
      code: server(
        `    if ($remote_addr != 203.0.113.45) {\n        return 403;\n    }\n    location ^~ /phpmyadmin/ {\n        if ($remote_addr != 203.0.113.45) {\n            return 403;\n        }\n        location ~ \\.php$ {\n            fastcgi_pass unix:/run/php/pma.sock;\n        }\n    }\n`,
      ),
    },
    {
      name: "the nested PHP location repeats the check of the client's address",
      code: server(
        `    location ^~ /phpmyadmin/ {\n        if ($remote_addr != 203.0.113.45) {\n            return 403;\n        }\n        alias /usr/share/phpmyadmin/;\n        location ~ \\.php$ {\n            if ($remote_addr != 203.0.113.45) {\n                return 403;\n            }\n            fastcgi_pass unix:/run/php/pma.sock;\n        }\n    }\n`,
      ),
    },
    {
      name: 'an if that refuses one address is no address list',
      code: server(
        `    location ^~ /phpmyadmin/ {\n        if ($remote_addr = 203.0.113.45) {\n            return 403;\n        }\n        alias /usr/share/phpmyadmin/;\n        location ~ \\.php$ {\n            fastcgi_pass unix:/run/php/pma.sock;\n        }\n    }\n`,
      ),
    },
    {
      name: 'a 404 answered by a script-refusing regex, whose error page is a static file',
      code: server(
        `    error_page 404 /404.html;\n    location ^~ /setup {\n        allow 192.0.2.0/24;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location = /index.php {\n        internal;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n    }\n    location ~ [^/]\\.php(/|$) {\n        return 404;\n    }\n`,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/artisan': '', 'var/www/app/public/index.php': '' },
    },
    {
      // Review (nginx 1.22.1): Drupal's public files under a refused /sites/, let out on purpose.
      name: "a regex written for a refused folder's public files is a carve-out",
      code: server(
        `    location /sites/ {\n        deny all;\n    }\n    location ~ ^/sites/[^/]+/files/ {\n        expires 30d;\n    }\n`,
      ),
      files: { 'var/www/app/sites/default/files/logo.png': '' },
    },
    {
      name: "a nested prefix location that lets a refused folder's files out",
      code: server(
        `    location /sites/ {\n        deny all;\n        location /sites/default/files/ {\n            allow all;\n        }\n    }\n    location ~* \\.(?:css|js|jpe?g|png)$ {\n        expires 30d;\n    }\n`,
      ),
      files: { 'var/www/app/sites/default/files/logo.png': '' },
    },
    {
      // Acceptance case mybb--install-deny-without-caret: the installer's stylesheet is a public file of the package.
      name: "a refused folder's package assets taken by the static regex",
      code: server(
        `    location /install/ {\n        deny all;\n    }\n    location ~* \\.(?:css|js|jpe?g|png)$ {\n        expires 30d;\n    }\n`,
      ),
      files: { 'var/www/app/install/resources/installer.css': '', 'var/www/app/install/index.php': '' },
    },
    {
      name: 'documents behind an address list are left to the static regex',
      code: server(
        `    location /sites/ {\n        allow 10.0.0.0/8;\n        deny all;\n    }\n    location ~* \\.(?:css|js|jpe?g|png)$ {\n        expires 30d;\n    }\n`,
      ),
      files: { 'var/www/app/sites/default/documents/scan.jpg': '' },
    },
    {
      // nginx 1.22.1: /sites/default/documents/scan.jpg answered the placeholder, never the scan.
      name: 'a refused folder of documents whose static regex reads only a fixed file',
      code: server(
        `    location /sites/ {\n        deny all;\n    }\n    location ~* \\.(?:jpe?g|png)$ {\n        try_files /placeholder.jpg =404;\n    }\n`,
      ),
      files: { 'var/www/app/sites/default/documents/scan.jpg': '' },
    },
    {
      name: 'a refused folder of documents that the static regex does not take',
      code: server(
        `    location /sites/ {\n        deny all;\n    }\n    location ~* \\.(?:css|js|jpe?g|png)$ {\n        expires 30d;\n    }\n`,
      ),
      files: { 'var/www/app/sites/default/documents/report.pdf': '' },
    },
    {
      name: 'a Laminas application that requires the package only for development is not shown',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n    location = /index.php {\n        internal;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n    }\n    location ~ \\.php$ {\n        return 404;\n    }\n`,
        '/var/www/omeka-s',
      ),
      files: {
        'var/www/omeka-s/index.php': '',
        'var/www/omeka-s/composer.json': '{"require-dev": {"laminas/laminas-mvc": "^3.3"}}',
      },
    },
    {
      // A rewrite without a flag lets the directives after it run: the return answers here.
      name: 'a route regex whose rewrite without a flag is followed by a return',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~* ^/admin/external {\n        rewrite ^ /index.php;\n        return 200 closed;\n    }\n    location ~ ^/index\\.php(/|$) {\n        internal;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n`,
        '/var/www/pimcore/public',
      ),
    },
    {
      name: 'an internal front controller whose 404 page is a static file',
      code: server(
        `    error_page 404 /404.html;\n${ROUTE}${FRONT.replace('fastcgi_pass', 'internal;\n        fastcgi_pass')}`,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/artisan': '', 'var/www/app/public/index.php': '' },
    },
    {
      // Review of the open suspicions (nginx 1.22.1: 503): the rewrite runs before try_files, so
      // the request goes to /maintenance.php, never to the @app both fall back to.
      name: "a route regex whose rewrite sends requests elsewhere than the restricted location's named front controller",
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri @app;\n    }\n    location @app {\n        fastcgi_param SCRIPT_FILENAME $document_root/index.php;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n    location ~ ^/admin/export {\n        try_files $uri @app;\n        rewrite ^ /maintenance.php last;\n    }\n    location = /maintenance.php {\n        return 503;\n    }\n${PHP}`,
      ),
    },
    {
      // Acceptance case pimcore--legacy-php-before-var-deny: the scripts of a public/ folder are its entry points.
      name: 'a deny of every script after a generic PHP location, in a public/ folder of entry points',
      code: server(
        `${PHP}    location ~* \\.(?:php\\d?|phtml|phar)(?:/|$) {\n        deny all;\n    }\n`,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/public/index.php': '', 'var/www/app/public/newsletter/unsubscribe.php': '' },
    },
    {
      // Acceptance case osticket: the first regex takes the entry scripts of chosen folders only.
      name: 'a deny of every script after a location for the scripts of chosen folders',
      code: server(
        `    location ~ ^/(?:kb/|apps/)?[a-z0-9_-]+\\.php(/|$) {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n    location ~* \\.(?:php\\d?|phtml|phar)(?:/|$) {\n        deny all;\n    }\n`,
        '/var/www/osticket',
      ),
      files: {
        'var/www/osticket/index.php': '',
        'var/www/osticket/account.php': '',
        'var/www/osticket/include/class.php': '',
      },
    },
    {
      name: "a deny of every script after Symfony's front-controller location, in the application's folder",
      code: server(`${FRONT}    location ~* \\.(?:php\\d?|phtml|phar)(?:/|$) {\n        deny all;\n    }\n`),
      files: {
        'var/www/app/composer.json': '{}',
        'var/www/app/index.php': '',
        'var/www/app/config/app.php': '',
      },
    },
    {
      name: 'a dotfile deny after a generic PHP location is not a deny of every script',
      code: server(`${PHP}    location ~ /\\. {\n        deny all;\n    }\n`),
      files: {
        'var/www/app/composer.json': '{}',
        'var/www/app/index.php': '',
        'var/www/app/site/config.php': '',
      },
    },
    {
      name: 'a route regex that answers with a rewrite … break before it rewrites to the front controller',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~* ^/admin/external {\n        rewrite ^ /login.html break;\n        rewrite ^ /index.php last;\n    }\n    location ~ ^/index\\.php(/|$) {\n        internal;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n`,
        '/var/www/pimcore/public',
      ),
    },
    {
      // Acceptance case pimcore--legacy-php-before-var-deny (nginx 1.22.1): /index.php/h.php is a
      // 404, and /index.php answers what / answers.
      name: 'a generic PHP location before the internal front controller that every page falls back to',
      code: server(
        `    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n${PHP}${FRONT.replace('^/index\\.php(/|$)', '^/index\\.php(?:/|$)').replace('fastcgi_pass', 'internal;\n        fastcgi_pass')}`,
      ),
    },
    {
      name: 'a route regex that also takes the trailing slash, in a Laravel application',
      code: server(
        `    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~ "^/api/v1/cron/[A-Za-z0-9]{32}/?$" {\n        allow 192.0.2.10;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n${FRONT.replace('fastcgi_pass', 'internal;\n        fastcgi_pass')}`,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/artisan': '', 'var/www/app/public/index.php': '' },
    },
    {
      name: 'the same $-anchored route regex in a Symfony application, which redirects the trailing slash',
      code: server(
        `    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~ "^/api/v1/cron/[A-Za-z0-9]{32}$" {\n        allow 192.0.2.10;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n${FRONT.replace('fastcgi_pass', 'internal;\n        fastcgi_pass')}`,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/symfony.lock': '{}', 'var/www/app/public/index.php': '' },
    },
    {
      name: 'an exact route where the front-controller location is internal',
      code: server(
        `${ROUTE.replace('location /s/', 'location = /settings')}${FRONT.replace('fastcgi_pass', 'internal;\n        fastcgi_pass')}`,
      ),
    },
    {
      name: 'an exact route whose path-info form an if on $uri refuses',
      code: server(
        `${ROUTE.replace('location /s/', 'location = /settings')}${FRONT.replace('fastcgi_pass', 'if ($uri ~ ^/index\\.php/settings) {\n            return 404;\n        }\n        fastcgi_pass')}`,
      ),
    },
    {
      // Acceptance case roundcube--site-php-location-generic: the PHP location takes
      // /rspamd/h.php, but runs a file of the root (a 404), never the proxied controller.
      name: 'a restricted location that proxies: the PHP location runs files of the root, not the backend',
      code: server(
        `    location /rspamd/ {\n        allow 10.0.0.0/8;\n        deny all;\n        proxy_pass http://127.0.0.1:11334/;\n    }\n${PHP}`,
      ),
    },
    {
      name: 'an if of the server refuses the requests in the rewrite phase',
      code: server(
        `    if ($uri ~ ^/vendor/) {\n        return 403;\n    }\n    location /vendor/ {\n        deny all;\n    }\n${PHP}`,
      ),
    },
    {
      name: 'the PHP location has an address list of its own that ends in deny all',
      code: server(
        `    location /vendor/ {\n        allow 10.0.0.0/8;\n        deny all;\n    }\n${PHP.replace('try_files', 'allow 10.1.0.0/16;\n        deny all;\n        try_files')}`,
      ),
    },
    {
      name: 'a folder that blocks one address, and a PHP location that blocks addresses too',
      code: server(
        `    location /vendor/ {\n        deny 192.0.2.1;\n    }\n${PHP.replace('try_files', 'deny 198.51.100.7;\n        try_files')}`,
      ),
    },
    {
      // Acceptance case ilias--wac-rewrite-from-docs: a deny nested in a regex location is about
      // the requests that regex takes.
      name: 'a script deny nested in a regex location does not cover scripts outside it',
      code: server(
        `    location ~ /data/ {\n        location ~ [^/]\\.php(/|$) {\n            deny all;\n        }\n    }\n${PHP}`,
      ),
      files: { 'var/www/app/calendar.php': '', 'var/www/app/index.php': '' },
    },
    {
      name: 'the same route where the workspace shows no application that strips the script name',
      code: server(
        `    location /horizon {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php?$query_string;\n    }\n    location / {\n        try_files $uri $uri/ /index.php?$query_string;\n    }\n${PHP}`,
        '/var/www/app/public',
      ),
      files: {
        'var/www/app/public/index.php': '',
        'var/www/app/composer.json': '{"require": {"slim/slim": "^4"}}',
      },
    },
    {
      name: 'a composer.json that only suggests Symfony or needs it for its tests does not require it',
      code: server(
        `    location /horizon {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php?$query_string;\n    }\n    location / {\n        try_files $uri $uri/ /index.php?$query_string;\n    }\n${PHP}`,
        '/var/www/app/public',
      ),
      files: {
        'var/www/app/public/index.php': '',
        'var/www/app/composer.json':
          '{"require": {"slim/slim": "^4"}, "require-dev": {"symfony/http-foundation": "^6"}, "suggest": {"laravel/framework": "for the bridge"}}',
      },
    },
    {
      name: 'an index file that is not a script',
      code: `server {\n    root /var/www/app;\n    location /i/ {\n        auth_basic "Readers";\n        auth_basic_user_file /etc/nginx/htpasswd;\n    }\n    location = /i/index.php {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n}\n`,
    },
    {
      name: 'a regex location for a route under the prefix with an address list of its own',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~ ^/admin/backups {\n        allow 10.1.0.0/16;\n        deny all;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        fastcgi_param SCRIPT_FILENAME $document_root/index.php;\n    }\n`,
        '/var/www/snipe-it/public',
      ),
    },
    {
      name: 'the same regex beside a restricted folder that is no route of the front controller',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n            }\n    location ~ /login-check$ {\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~ ^/index\\.php(/|$) {\n        internal;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n`,
        '/var/www/sylius/public',
      ),
    },
    {
      name: 'a route regex whose requests an if of the server refuses',
      code: server(
        `    if ($uri ~ ^/admin/) {\n        return 403;\n    }\n    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~ /login-check$ {\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~ ^/index\\.php(/|$) {\n        internal;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n`,
      ),
    },
    {
      name: "the same regex location's routes, where the front-controller location is internal",
      code: server(
        `    location ~ "^/[a-z]{2}/admin(?:/|$)" {\n        allow 203.0.113.0/24;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n${FRONT.replace('fastcgi_pass', 'internal;\n        fastcgi_pass')}`,
        '/var/www/kimai/public',
      ),
    },
    {
      name: 'an if of the PHP location refuses them',
      code: server(
        `    location /vendor/ {\n        deny all;\n    }\n${PHP.replace('try_files', 'if ($uri ~ ^/vendor/) {\n            return 404;\n        }\n        try_files')}`,
      ),
    },
    {
      name: 'an open exact location for another script is a carve-out, not the fallback',
      code: server(
        `    location /typo3/ {\n        allow 203.0.113.0/24;\n        deny all;\n        try_files $uri /typo3/index.php$is_args$args;\n        location = /typo3/index.php {\n            fastcgi_pass unix:/run/php/php-fpm.sock;\n        }\n    }\n    location = /typo3/public.php {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n`,
        '/var/www/typo3/public',
      ),
    },
    {
      name: "Symfony's recipe: the front-controller location is internal",
      code: server(
        `${ROUTE}${FRONT.replace('fastcgi_pass', 'internal;\n        fastcgi_pass')}`,
        '/var/www/mautic/docroot',
      ),
    },
    {
      name: 'behind a generic PHP location, the route depends on how the application reads its path',
      code: server(
        `${ROUTE}${FRONT.replace('^/index\\.php(/|$)', '[^/]\\.php(/|$)').replace('fastcgi_pass', 'try_files $fastcgi_script_name =404;\n        fastcgi_pass')}`,
        '/var/www/civicrm/web',
      ),
    },
    {
      name: 'a ^~ prefix: nginx tries no regex location for its requests',
      code: server(`${ADMIN.replace('location /admin', 'location ^~ /admin')}${PHP}`),
    },
    {
      name: 'the back office runs its scripts in a nested location, which inherits the rules',
      code: server(
        `    location /admin4x7kq2m/ {\n        allow 203.0.113.0/24;\n        deny all;\n${PHP.replace(/^ {4}/gm, '        ')}    }\n${PHP}`,
      ),
    },
    {
      name: 'a regex deny before the PHP location',
      code: server(`    location ~ ^/(vendor|config)/ {\n        deny all;\n    }\n${PHP}`),
    },
    {
      name: 'a route of the front controller holds no script: the tree has none under it',
      code: server(
        '    location /horizon {\n        allow 10.8.0.0/24;\n        deny all;\n        try_files $uri $uri/ /index.php?$query_string;\n    }\n' +
          PHP,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/public/index.php': '', 'var/www/app/public/css/app.css': '' },
    },
    {
      name: 'a back-office route without the tree: not a code directory by name',
      code: server(
        '    location /admin {\n        allow 127.0.0.1;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n' +
          PHP,
      ),
    },
    {
      name: 'a catch-all refusal: the regex locations are the entry points on purpose',
      code: server(`    location / {\n        return 404;\n    }\n${PHP}`),
      files: { 'var/www/app/index.php': '' },
    },
    {
      name: 'the PHP location declares access rules of its own',
      code: server(
        `    location /vendor/ {\n        deny all;\n    }\n${PHP.replace('try_files', 'allow 10.0.0.0/8;\n        deny all;\n        try_files')}`,
      ),
    },
    {
      name: 'a server-wide password still protects what an IP list narrowed',
      code: server(
        `    auth_basic "Staff";\n    location /tools/ {\n        allow 10.0.0.0/8;\n        deny all;\n        location ~ \\.php$ {\n            fastcgi_pass unix:/run/php/php-fpm.sock;\n        }\n    }\n    location /vendor/ {\n        allow 10.0.0.0/8;\n        deny all;\n    }\n${PHP}`,
      ),
    },
    {
      // $request_filename is the whole path `…/userdata.inc.php/x` when try_files only tested $uri:
      // no such file, so 404.
      name: 'an exact deny, the script named by $request_filename and only $uri tried',
      code: server(
        `    location = /lib/userdata.inc.php {\n        deny all;\n    }\n${FROXLOR_PHP('$uri')}`,
      ),
    },
    {
      name: 'path info without a split: the request names no script file (nginx/php-any-file’s)',
      code: server(
        `    location = /xmlrpc.php {\n        deny all;\n    }\n${PHP.replace('try_files $uri =404;', 'try_files $uri =404;')}`,
      ),
    },
    {
      name: 'an upload directory is nginx/upload-execution’s',
      code: server(`    location /uploads/ {\n        deny all;\n    }\n${PHP}`),
      files: { 'var/www/app/uploads/shell.php': '' },
    },
    {
      name: 'dotfiles are nginx/private-paths-exposed’s',
      code: server(`${PHP}    location ~ /\\.git {\n        deny all;\n    }\n`),
      files: { 'var/www/app/.git/hooks/x.php': '' },
    },
    {
      name: 'an aliased location serves files the PHP location never runs',
      code: server(
        '    location /includes/ {\n        internal;\n        alias /srv/private/;\n    }\n    location ~ \\.php$ {\n        proxy_pass http://127.0.0.1:8080;\n    }\n',
      ),
    },
    {
      name: 'the regex location refuses too',
      code: server(
        `    location /vendor/ {\n        deny all;\n    }\n${API}    location ~ \\.php$ {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        return 404;\n    }\n`,
      ),
    },
    {
      name: 'the regex location has its own authentication',
      code: server(
        `    location /vendor/ {\n        deny all;\n    }\n${API}${PHP.replace('try_files', 'auth_basic "Staff";\n        try_files')}`,
      ),
    },
    {
      name: 'a regex location that serves static files only',
      code: server(
        `    location /vendor/ {\n        deny all;\n    }\n${API}    location ~* \\.(css|js|php)$ {\n        expires 7d;\n    }\n`,
      ),
    },
    {
      name: 'a regex deny after the PHP location that matches no script',
      code: server(`${PHP}    location ~ ^/vendor/.*\\.md$ {\n        deny all;\n    }\n`),
    },
    {
      name: 'an allow for everyone first: the location restricts nothing',
      code: server(`    location /vendor/ {\n        allow all;\n        deny 192.0.2.1;\n    }\n${PHP}`),
    },
    {
      name: 'an allow list nested in an alias location, past a PHP location whose root holds other files',
      code: server(
        `    location ^~ /egroupware/ {\n        alias /usr/share/egroupware/;\n        location /egroupware/setup/ {\n            allow 192.0.2.0/24;\n            deny all;\n        }\n        location ~ ^/egroupware/.+?\\.php(?:/|$) {\n            root /srv/other;\n            fastcgi_pass unix:/run/php/php-fpm.sock;\n        }\n    }\n`,
        '/var/www/html',
      ),
      files: { 'usr/share/egroupware/setup/index.php': '', 'usr/share/egroupware/index.php': '' },
    },
    {
      name: 'a regex deny of a data folder written before the static regex',
      code: server(
        `    location ~ ^/upload/(?:files|temp)/ {\n        deny all;\n    }\n    location ~* \\.(?:css|js|png|jpe?g)$ {\n        expires 30d;\n    }\n`,
      ),
      files: { 'var/www/app/upload/files/1732190400-passport.jpg': '' },
    },
    {
      name: 'a regex deny of a data folder after a static regex that takes none of its files',
      code: server(
        `    location ~* \\.(?:css|js|png|jpe?g)$ {\n        expires 30d;\n    }\n    location ~ ^/upload/(?:files|temp)/ {\n        deny all;\n    }\n`,
      ),
      files: { 'var/www/app/upload/files/contract.pdf': '' },
    },
    {
      // No folder to read: the regex names none (`~ \.bak$`).
      name: 'a regex deny of an extension after the static regex',
      code: server(
        `    location ~* \\.(?:css|js|png|jpe?g)$ {\n        expires 30d;\n    }\n    location ~ \\.(?:bak|jpg)$ {\n        deny all;\n    }\n`,
      ),
      files: { 'var/www/app/data/old.jpg': '' },
    },
    {
      name: 'the same deny nested in the ^~ alias location, before its PHP location',
      code: server(
        `    location ^~ /moodle/ {\n        alias /var/www/moodle/;\n        location ~ (?:/vendor/|/node_modules/|composer\\.json) {\n            deny all;\n        }\n        location ~ [^/]\\.php(/|$) {\n            fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n            fastcgi_pass unix:/run/php/php-fpm.sock;\n        }\n    }\n`,
        '/var/www/school',
      ),
      files: { 'var/www/moodle/vendor/autoload.php': '', 'var/www/moodle/index.php': '' },
    },
    {
      name: 'an unanchored deny of /vendor/ beside a ^~ alias location that runs no PHP',
      code: server(
        `    location ~ (?:/vendor/|/node_modules/|composer\\.json) {\n        deny all;\n    }\n    location ^~ /moodle/ {\n        alias /var/www/moodle/;\n        expires 7d;\n    }\n`,
        '/var/www/school',
      ),
      files: { 'var/www/moodle/vendor/autoload.php': '' },
    },
  ],
  invalid: [
    {
      // Blind case cpanel-nginx--admin-allow-list-prefix (Apache ran index.php with /x.css as path
      // info): cPanel's static regex hands what it lacks to Apache through a named location.
      name: 'path info that a static regex hands to a proxy through try_files … @name',
      code: server(
        '    location / {\n        proxy_pass http://127.0.0.1:8081;\n    }\n    location /administrator/ {\n        allow 198.51.100.0/24;\n        deny all;\n        proxy_pass http://127.0.0.1:8081;\n    }\n    location ~* \\.(?:css|js|png)$ {\n        try_files $uri @apache;\n    }\n    location @apache {\n        proxy_pass http://127.0.0.1:8081;\n    }\n',
      ),
      files: { 'var/www/app/administrator/index.php': '<?php\n' },
      errors: [
        {
          messageId: 'proxiedPathInfo',
          line: 6,
          column: 5,
          message: /`\/administrator\/[^`]+\.php\/x\.css`/,
        },
      ],
      output: null,
    },
    {
      // Blind case bitnami-matomo--ui-office-only-dropin (nginx 1.22.1 ran /index.php for an address
      // outside the list): the drop-in goes into every server; only the site's takes the script first.
      name: 'a drop-in included into several servers, bypassed in the second',
      path: 'etc/nginx/dropins/office.conf',
      code: 'location ~ ^/index\\.php$ {\n    allow 198.51.100.0/24;\n    deny all;\n    fastcgi_pass unix:/run/php/php-fpm.sock;\n}\n',
      files: {
        'etc/nginx/nginx.conf':
          'events {}\nhttp {\n    server {\n        listen 127.0.0.1:8081;\n        location = /status {\n            stub_status;\n        }\n        include /etc/nginx/dropins/*.conf;\n    }\n    include /etc/nginx/sites/*.conf;\n}\n',
        'etc/nginx/sites/app.conf':
          'server {\n    listen 443 ssl;\n    root /var/www/app;\n    location ~ ^/(index|matomo)\\.php$ {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n    include /etc/nginx/dropins/*.conf;\n}\n',
        'var/www/app/index.php': '<?php\n',
      },
      errors: [{ messageId: 'order', line: 1, column: 1 }],
      output: null,
    },
    {
      // Blind case bolt--php-fpm-conf-from-docs (nginx 1.22.1: /index.php/bolt/login reached PHP
      // from outside the list; a file try_files finds becomes $uri, so the location always runs
      // index.php, and Symfony serves the route /bolt/login).
      name: "Bolt's documented PHP location, pinned to index.php by try_files, serves the restricted route",
      code: server(
        `    location ^~ /bolt/ {\n        allow 203.0.113.0/24;\n        deny all;\n        try_files $uri /index.php?$query_string;\n    }\n    location ~ [^/]\\.php(/|$) {\n        try_files /index.php =404;\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n    }\n`,
        '/var/www/bolt/public',
      ),
      files: { 'var/www/bolt/symfony.lock': '{}', 'var/www/bolt/public/index.php': '' },
      errors: [{ messageId: 'frontController', line: 3, column: 5 }],
      output: null,
    },
    {
      // Blind case zencart--template-root-regex-unanchored (nginx 1.22.1: /cache/index.php reached PHP).
      name: "Zen Cart's error_page 418 = @handler; return 418; runs the script past a later regex deny",
      code: server(
        `    location @php {\n        if (!-f $document_root$fastcgi_script_name) {\n            return 404;\n        }\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n    location ~ /(ajax|index)\\.php$ {\n        error_page 418 = @php;\n        return 418;\n    }\n    location ~ ^/cache {\n        internal;\n    }\n`,
      ),
      files: { 'var/www/app/cache/index.php': '<?php\n' },
      errors: [{ messageId: 'order', line: 13, column: 5, message: /takes `\/cache\/index\.php`/ }],
    },
    {
      // Review (nginx 1.22.1: /admin/index.php answered 200 without the password from an allowed address).
      name: "a server's address check does not keep a password added under it",
      code: server(
        `    if ($remote_addr !~ "^10\\.") {\n        return 403;\n    }\n    location /admin/ {\n        auth_basic "Admin";\n        auth_basic_user_file /etc/nginx/htpasswd;\n    }\n${PHP}`,
      ),
      files: { 'var/www/app/admin/index.php': '' },
      errors: [{ messageId: 'prefix', line: 6, column: 5 }],
      output: null,
    },
    {
      // Review: without a PKP application, `public/` is no upload folder; its scripts are probed.
      name: 'a deny of scripts under public/ written after the PHP location',
      code: server(`${PHP}    location ~ ^/public/.*\\.php$ {\n        deny all;\n    }\n`),
      files: { 'var/www/app/public/check.php': '' },
      errors: [{ messageId: 'order', line: 8, column: 5, message: /takes `\/public\/check\.php`/ }],
    },
    {
      // Blind case statamic--php-location-from-docs (nginx 1.22.1: /index.php/cp/dashboard reached
      // Laravel from outside the list, through location / and the named @dynamic).
      name: 'a route reached through a fallback held in a variable and a named location that falls back to the script',
      code: server(
        `    set $try @static;\n    if ($request_method = POST) {\n        set $try @dynamic;\n    }\n    location /cp {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php?$query_string;\n    }\n    location / {\n        try_files $uri $try;\n    }\n    location @static {\n        try_files /static\${uri}_$args.html $uri /index.php?$args;\n    }\n    location @dynamic {\n        try_files $uri /index.php?$query_string;\n    }\n${PHP}`,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/artisan': '', 'var/www/app/public/index.php': '' },
      errors: [{ messageId: 'routedFallback', line: 7, column: 5 }],
      output: null,
    },
    {
      // Blind case civi-wp-subdir--civicrm-deny-plain-prefix (nginx 1.22.1: the ID scans came back
      // through the static regex): CiviCRM's uploads under a WordPress installed in /civi/.
      name: "CiviCRM's custom-field uploads under a refused prefix, served by the static regex",
      code: server(
        `    location /civi/wp-content/uploads/civicrm/ {\n        deny all;\n    }\n    location ~* \\.(?:css|js|jpe?g|png)$ {\n        expires 30d;\n    }\n`,
      ),
      files: { 'var/www/app/civi/wp-content/uploads/civicrm/custom/passport_3f9a.jpg': '' },
      errors: [
        {
          messageId: 'staticFile',
          line: 3,
          column: 5,
          message: /`\/civi\/wp-content\/uploads\/civicrm\/custom\/passport_3f9a\.jpg`/,
        },
      ],
      output: server(
        `    location ^~ /civi/wp-content/uploads/civicrm/ {\n        deny all;\n    }\n    location ~* \\.(?:css|js|jpe?g|png)$ {\n        expires 30d;\n    }\n`,
      ),
    },
    {
      // Blind case wondercms--data-deny-without-caret (nginx 1.22.1: /data/database.js, the admin's
      // password hash and login slug, came back through the static regex).
      // (A plain data file here: the database itself is also private-paths-exposed's, and the
      // re-lint after the fix would see that rule's message change.)
      name: 'the files of a refused data/ folder, served by the static regex',
      code: server(
        `    location /data/ {\n        deny all;\n    }\n    location ~* \\.(?:css|js|jpe?g|png)$ {\n        expires 30d;\n    }\n`,
      ),
      files: { 'var/www/app/data/members.js': '[]' },
      errors: [{ messageId: 'staticFile', line: 3, column: 5, message: /`\/data\/members\.js`/ }],
      output: server(
        `    location ^~ /data/ {\n        deny all;\n    }\n    location ~* \\.(?:css|js|jpe?g|png)$ {\n        expires 30d;\n    }\n`,
      ),
    },
    {
      // Blind case ojs--files-dir-in-root-prefix-deny (nginx 1.22.1: a manuscript's figure, five levels down, was served).
      name: "a refused folder's files five levels down",
      code: server(
        `    location /files/ {\n        deny all;\n    }\n    location ~* \\.(?:css|js|jpe?g|png)$ {\n        expires 30d;\n    }\n`,
      ),
      files: { 'var/www/app/files/journals/1/articles/12/65f1c8a2.png': '' },
      errors: [
        {
          messageId: 'staticFile',
          line: 3,
          column: 5,
          message: /`\/files\/journals\/1\/articles\/12\/65f1c8a2\.png`/,
        },
      ],
      output: server(
        `    location ^~ /files/ {\n        deny all;\n    }\n    location ~* \\.(?:css|js|jpe?g|png)$ {\n        expires 30d;\n    }\n`,
      ),
    },
    {
      // Review (nginx 1.22.1: /pma/index.php reached the nested location from outside the check).
      name: "a regex location's address check does not run for the PHP location nested in it",
      code: server(
        `    location ~ ^/(pma|phpmyadmin)/ {\n        if ($remote_addr != 203.0.113.45) {\n            return 403;\n        }\n        location ~ \\.php$ {\n            fastcgi_pass unix:/run/php/pma.sock;\n        }\n    }\n`,
      ),
      errors: [{ messageId: 'ifNested', line: 3, column: 5, message: /gives `\/pma\/index\.php`/ }],
      output: null,
    },
    {
      // Review (nginx 1.22.1: /pma/lib/x.php reached the PHP location two levels down).
      name: 'a PHP location two levels below the address check',
      code: server(
        `    location ^~ /phpmyadmin/ {\n        if ($remote_addr != 203.0.113.45) {\n            return 403;\n        }\n        location /phpmyadmin/libraries/ {\n            location ~ \\.php$ {\n                fastcgi_pass unix:/run/php/pma.sock;\n            }\n        }\n    }\n`,
      ),
      errors: [
        { messageId: 'ifNested', line: 3, column: 5, message: /gives `\/phpmyadmin\/libraries\/index\.php`/ },
      ],
      output: null,
    },
    {
      // Blind case mediawiki2--deleted-prefix-without-caret (nginx 1.22.1: a deleted file under the
      // inherited alias was served by the nested media regex).
      name: "a refused folder of an alias location's tree, served by the media regex nested beside it",
      code: server(
        `    location ^~ /w/ {\n        alias /srv/mediawiki/;\n        location /w/images/deleted/ {\n            deny all;\n        }\n        location ~* \\.(?:png|jpe?g)$ {\n            expires 30d;\n        }\n    }\n`,
      ),
      files: { 'srv/mediawiki/images/deleted/4/4a/old.png': '' },
      errors: [
        { messageId: 'staticFile', line: 5, column: 9, message: /`\/w\/images\/deleted\/4\/4a\/old\.png`/ },
      ],
      output: server(
        `    location ^~ /w/ {\n        alias /srv/mediawiki/;\n        location ^~ /w/images/deleted/ {\n            deny all;\n        }\n        location ~* \\.(?:png|jpe?g)$ {\n            expires 30d;\n        }\n    }\n`,
      ),
    },
    {
      // ProjectSend's round-7 helper (nginx 1.22.1 sent a client's /upload/files/…-passport.jpg):
      // the static regex, written first, takes the refused folder's pictures.
      name: 'a regex deny of a data folder written after the static regex',
      code: server(
        `    location ~* \\.(?:css|js|png|jpe?g)$ {\n        expires 30d;\n    }\n    location ~ ^/upload/(?:files|temp)/ {\n        deny all;\n    }\n`,
      ),
      files: {
        'var/www/app/upload/files/1732190400-passport.jpg': '',
        'var/www/app/upload/files/contract.pdf': '',
      },
      errors: [
        {
          messageId: 'staticFileOrder',
          line: 6,
          column: 5,
          message: /comes first and takes the file `\/upload\/files\/1732190400-passport\.jpg`/,
        },
      ],
      output: server(
        `    location ~ ^/upload/(?:files|temp)/ {\n        deny all;\n    }\n    location ~* \\.(?:css|js|png|jpe?g)$ {\n        expires 30d;\n    }\n`,
      ),
    },
    {
      // Blind case moodle-alias--internal-files-deny-at-server (nginx 1.22.1 ran
      // /moodle/vendor/autoload.php): Moodle's documented deny of /vendor/, written at the server
      // level, is never tried for what `^~ /moodle/` takes.
      name: "an unanchored deny of /vendor/ at the server level, bypassed by a ^~ alias location's PHP location",
      code: server(
        `    location ~ (?:/vendor/|/node_modules/|composer\\.json) {\n        deny all;\n    }\n    location ^~ /moodle/ {\n        alias /var/www/moodle/;\n        location ~ [^/]\\.php(/|$) {\n            fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n            fastcgi_pass unix:/run/php/php-fpm.sock;\n        }\n    }\n`,
        '/var/www/school',
      ),
      files: {
        'var/www/moodle/vendor/autoload.php': '',
        'var/www/moodle/index.php': '',
        'var/www/school/index.html': '',
      },
      errors: [
        { messageId: 'nested', line: 3, column: 5, message: /gives `\/moodle\/vendor\/autoload\.php`/ },
      ],
      output: null,
    },
    {
      // Blind case civicrm-standalone-docker--static-regex-first (nginx 1.22.1 sent the private
      // uploads): the deny names its folders through alternatives, not a literal start.
      name: 'a regex deny of folders named by alternatives, written after the static regex',
      code: server(
        `    location ~ (?:/\\.|\\.(?:log|sql|bak)$) {\n        deny all;\n    }\n    location ~* \\.(?:css|js|png|jpe?g|pdf|csv)$ {\n        expires 30d;\n    }\n    location ~ ^/(?:private|vendor)(?:/|$) {\n        deny all;\n    }\n`,
      ),
      files: { 'var/www/app/private/custom/id_scan.pdf': '' },
      errors: [
        {
          messageId: 'staticFileOrder',
          line: 9,
          column: 5,
          message: /takes the file `\/private\/custom\/id_scan\.pdf`/,
        },
      ],
      output: server(
        `    location ~ (?:/\\.|\\.(?:log|sql|bak)$) {\n        deny all;\n    }\n    location ~ ^/(?:private|vendor)(?:/|$) {\n        deny all;\n    }\n    location ~* \\.(?:css|js|png|jpe?g|pdf|csv)$ {\n        expires 30d;\n    }\n`,
      ),
    },
    {
      // Blind case egroupware--setup-prefix-without-php (nginx 1.22.1 ran /egroupware/setup/index.php
      // for any address): the PHP location nested in the alias location reads the same files
      // through `root /usr/share`.
      name: 'an allow list nested in an alias location, past a PHP location that reads the same files by its own root',
      code: server(
        `    location ^~ /egroupware/ {\n        alias /usr/share/egroupware/;\n        location /egroupware/setup/ {\n            allow 192.0.2.0/24;\n            deny all;\n        }\n        location ~ ^/egroupware/.+?\\.php(?:/|$) {\n            root /usr/share;\n            fastcgi_pass unix:/run/php/php-fpm.sock;\n            include fastcgi_params;\n            fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n        }\n    }\n`,
        '/var/www/html',
      ),
      files: { 'usr/share/egroupware/setup/index.php': '', 'usr/share/egroupware/index.php': '' },
      errors: [{ messageId: 'prefix', line: 5, column: 9, message: /`\/egroupware\/setup\/index\.php`/ }],
      output: null,
    },
    {
      // Blind case mediawiki2--generic-php-location (nginx 1.22.1: /w/LocalSettings.php reached PHP).
      name: "a deny of every script in an alias location's application folder, after a generic PHP location",
      code: server(
        `    location ^~ /w/ {\n        alias /srv/mediawiki/;\n        location ~ \\.php$ {\n            fastcgi_pass unix:/run/php/php-fpm.sock;\n            include fastcgi_params;\n            fastcgi_param SCRIPT_FILENAME $request_filename;\n        }\n        location ~* \\.(?:php\\d?|phtml|inc)(?:/|$) {\n            deny all;\n        }\n    }\n`,
      ),
      files: {
        'srv/mediawiki/composer.json': '{}',
        'srv/mediawiki/index.php': '',
        'srv/mediawiki/LocalSettings.php': '',
      },
      errors: [{ messageId: 'order', line: 10, column: 9, message: /`\/w\/LocalSettings\.php`/ }],
      output: null,
    },
    {
      // Blind case hestia--pma-if-remote-addr (nginx 1.22.1: /phpmyadmin/index.php reached PHP-FPM
      // from an address outside the check).
      name: "an if on the client's address does not run for the PHP location nested in it",
      code: server(
        `    location ^~ /phpmyadmin/ {\n        if ($remote_addr != 203.0.113.45) {\n            return 403;\n        }\n        alias /usr/share/phpmyadmin/;\n        location ~ \\.php$ {\n            fastcgi_pass unix:/run/php/pma.sock;\n        }\n    }\n`,
      ),
      errors: [
        {
          messageId: 'ifNested',
          line: 3,
          column: 5,
          message:
            /refuses other addresses with `if \(\$remote_addr != 203\.0\.113\.45\)`, but nginx gives `\/phpmyadmin\/index\.php` to `location ~ \\\.php\$`/,
        },
      ],
      output: null,
    },
    {
      // Blind case nextcloud2--denies-after-php-location (nginx 1.22.1:
      // /config/config.php/richdocumentscode/proxy.php ran config.php).
      name: "a script of a refused folder reached with a regex location's multi-segment tail as path info",
      code: server(
        `    location ~ ^/(?:index|remote|public|cron|status|.+/richdocumentscode/proxy)\\.php(?:$|/) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        try_files $fastcgi_script_name =404;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n    }\n    location ~ ^/(?:config|data)(?:$|/) {\n        return 404;\n    }\n`,
        '/var/www/nextcloud',
      ),
      files: { 'var/www/nextcloud/config/config.php': '', 'var/www/nextcloud/index.php': '' },
      errors: [
        {
          messageId: 'pathInfo',
          line: 9,
          column: 5,
          message: /gives `\/config\/config\.php\/richdocumentscode\/proxy\.php`/,
        },
      ],
      output: server(
        `    location ~ ^/(?:config|data)(?:$|/) {\n        return 404;\n    }\n    location ~ ^/(?:index|remote|public|cron|status|.+/richdocumentscode/proxy)\\.php(?:$|/) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        try_files $fastcgi_script_name =404;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n    }\n`,
        '/var/www/nextcloud',
      ),
    },
    {
      // Blind case invoiceninja--error-page-front-controller (nginx 1.22.1: /index.php/setup reached
      // Laravel's installer with REQUEST_URI=/index.php/setup from outside the list).
      name: 'a 404 answered by a script-refusing regex, whose error page is the front controller',
      code: server(
        `    error_page 404 /index.php;\n    location ^~ /setup {\n        allow 192.0.2.0/24;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location = /index.php {\n        internal;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n    }\n    location ~ [^/]\\.php(/|$) {\n        return 404;\n    }\n`,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/artisan': '', 'var/www/app/public/index.php': '' },
      errors: [
        {
          messageId: 'errorPageRedirect',
          line: 4,
          column: 5,
          message:
            /gives `\/index\.php\/setup\/x` to `location ~ \[\^\/\]\\\.php\(\/\|\$\)`, which answers 404/,
        },
      ],
      output: null,
    },
    {
      // Blind case thelia--generic-php-location (nginx 1.22.1: /admin 403, /index.php/admin 502):
      // the restricted route falls back to a named location that rewrites to the front controller.
      name: 'a restricted route whose fallback is a named location rewriting to /index.php$1',
      code: server(
        `    location /admin {\n        allow 203.0.113.0/24;\n        deny all;\n        try_files $uri @rewriteapp;\n    }\n    location @rewriteapp {\n        rewrite ^(.*)$ /index.php$1 last;\n    }\n${FRONT}`,
      ),
      files: { 'var/www/app/symfony.lock': '', 'var/www/app/index.php': '' },
      errors: [{ messageId: 'frontController', line: 3, column: 5 }],
      output: null,
    },
    {
      // Review (nginx 1.22.1: /s/settings from outside the list reached index.php, REQUEST_URI=/s/settings).
      name: 'a server-level catch-all rewrite never applies the restricted location',
      code: server(`    rewrite ^ /index.php last;\n${ROUTE}${FRONT}`),
      files: { 'var/www/app/symfony.lock': '', 'var/www/app/index.php': '' },
      errors: [{ messageId: 'frontController', line: 4, column: 5 }],
      output: null,
    },
    {
      // Blind case openemr (nginx 1.22.1: without ^~, /sites/default/documents/temp/scan.jpg came back 200).
      name: "a refused folder's documents served by the server's static regex",
      code: server(
        `    location /sites/ {\n        deny all;\n    }\n    location ~* \\.(?:css|js|jpe?g|png)$ {\n        expires 30d;\n    }\n`,
      ),
      files: { 'var/www/app/sites/default/documents/temp/scan.jpg': '' },
      errors: [
        {
          messageId: 'staticFile',
          line: 3,
          column: 5,
          message: /gives the file `\/sites\/default\/documents\/temp\/scan\.jpg` to `location ~\* /,
        },
      ],
      output: server(
        `    location ^~ /sites/ {\n        deny all;\n    }\n    location ~* \\.(?:css|js|jpe?g|png)$ {\n        expires 30d;\n    }\n`,
      ),
    },
    {
      // Acceptance case bagisto--docs-error-page-index (nginx 1.22.1: /index.php/admin/dashboard
      // from outside the list reached PHP with that REQUEST_URI, with a 404 status).
      name: 'an internal front controller whose 404 error page is the front controller itself',
      code: server(
        `    error_page 404 /index.php;\n${ROUTE}${FRONT.replace('fastcgi_pass', 'internal;\n        fastcgi_pass')}`,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/artisan': '', 'var/www/app/public/index.php': '' },
      errors: [{ messageId: 'errorPage', line: 4, column: 5 }],
      output: null,
    },
    {
      // Review of the open suspicions (nginx 1.22.1: index.php ran with REQUEST_URI=/admin/export).
      name: 'a route regex whose rewrite runs the front controller before its try_files names @static',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~ ^/admin/export {\n        try_files $uri @static;\n        rewrite ^ /index.php last;\n    }\n    location @static {\n        return 404;\n    }\n${PHP}`,
      ),
      errors: [{ messageId: 'routeFallback', line: 3, column: 5, message: /whose `rewrite` hands it/ }],
      output: null,
    },
    {
      // Acceptance case processwire--php-location-generic (nginx 1.22.1: /site/config.php runs).
      name: "a deny of every script written after a generic PHP location, in the application's own folder",
      code: server(
        `    location / {\n        try_files $uri $uri/ /index.php?it=$uri&$args;\n    }\n${PHP}    location ~* \\.(?:php\\d?|phtml|phar)(?:/|$) {\n        deny all;\n    }\n`,
        '/var/www/processwire',
      ),
      files: {
        'var/www/processwire/composer.json': '{}',
        'var/www/processwire/index.php': '',
        'var/www/processwire/site/config.php': '',
      },
      errors: [{ messageId: 'order', line: 11, column: 5 }],
      output: null,
    },
    {
      // Review of 63ec583 (nginx 1.22.1): access rules run after the rewrite phase.
      name: "a route regex's own address list does not apply when it rewrites to the front controller",
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~* ^/admin/external {\n        allow 10.0.0.0/8;\n        deny all;\n        rewrite ^ /index.php last;\n    }\n    location ~ ^/index\\.php(/|$) {\n        internal;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n`,
        '/var/www/pimcore/public',
      ),
      errors: [{ messageId: 'routeFallback', line: 3, column: 5 }],
      output: null,
    },
    {
      name: 'a rewrite of every path without a flag also hands the request to the front controller',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~* ^/admin/external {\n        rewrite ^ /index.php;\n    }\n    location ~ ^/index\\.php(/|$) {\n        internal;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n`,
        '/var/www/pimcore/public',
      ),
      errors: [{ messageId: 'routeFallback', line: 3, column: 5 }],
      output: null,
    },
    {
      // Acceptance case contao--generic-php-location (nginx 1.22.1: /index.php/contao reached
      // index.php, and Contao, a Symfony application, routes /contao).
      name: "a Contao back end behind an address list, through Laravel Forge's generic PHP location",
      code: server(
        `    location /contao {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n${PHP}`,
        '/var/www/contao/public',
      ),
      files: {
        'var/www/contao/public/index.php': '',
        'var/www/contao/composer.json': '{"require": {"contao/manager-bundle": "5.3.*"}}',
      },
      errors: [{ messageId: 'routedFallback', line: 3, column: 5 }],
      output: null,
    },
    {
      // Acceptance case humhub--docs-php-location (nginx 1.22.1: /index.php/admin/setting reached
      // PHP, and Yii 2 strips the script name).
      name: "a Yii 2 application's restricted route through HumHub's documented PHP location",
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~ \\.php {\n        fastcgi_split_path_info ^(.+\\.php)(.*)$;\n        set $fsn /index.php;\n        if (-f $document_root$fastcgi_script_name) {\n            set $fsn $fastcgi_script_name;\n        }\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        fastcgi_param SCRIPT_FILENAME $document_root$fsn;\n    }\n`,
        '/var/www/humhub',
      ),
      files: {
        'var/www/humhub/index.php': '',
        'var/www/humhub/composer.json': '{"require": {"yiisoft/yii2": "~2.0.50"}}',
      },
      errors: [{ messageId: 'frontController', line: 3, column: 5 }],
      output: null,
    },
    {
      // Review of 1dfe83d (nginx 1.22.1: /index.php/admin/users got 200 through the generic location).
      name: "a restricted regex for a script's path info, taken by an earlier location that splits it",
      code: server(
        `    location ~ \\.php(/|$) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n    location ~ ^/index\\.php/admin/ {\n        allow 10.0.0.0/8;\n        deny all;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n`,
      ),
      errors: [{ messageId: 'pathInfo', line: 7, column: 5 }],
      output: null,
    },
    {
      // Review of 1dfe83d: with an address list too, the bare front controller is what the list was for.
      name: 'an internal front controller with an address list, taken first by a generic PHP location',
      code: server(
        `    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n${PHP}${FRONT.replace('fastcgi_pass', 'internal;\n        allow 10.0.0.0/8;\n        deny all;\n        fastcgi_pass')}`,
      ),
      errors: [{ messageId: 'order', line: 11, column: 5 }],
    },
    {
      // Acceptance case fireflyiii--cron-token-regex (nginx 1.22.1: the route with a trailing
      // slash returned 200 from PHP from an address outside the list).
      name: 'a $-anchored route regex in a Laravel application: the trailing slash goes to location /',
      code: server(
        `    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~ "^/api/v1/cron/[A-Za-z0-9]{32}$" {\n        allow 192.0.2.10;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n${FRONT.replace('fastcgi_pass', 'internal;\n        fastcgi_pass')}`,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/artisan': '', 'var/www/app/public/index.php': '' },
      errors: [
        {
          messageId: 'trailingSlash',
          line: 6,
          column: 5,
          message: /nginx gives `\/api\/v1\/cron\/a{32}\/` to `location \/`/,
        },
      ],
      output: null,
    },
    {
      // Acceptance case pixelfed--horizon-exact-location (nginx 1.22.1: /horizon/ reached the
      // front controller, an exact internal location, from outside the list).
      name: 'an exact route in a Laravel application whose front controller is an exact internal location',
      code: server(
        `    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n    location = /horizon {\n        allow 192.0.2.10;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location = /index.php {\n        internal;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n    }\n    location ~ \\.php$ {\n        return 404;\n    }\n`,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/artisan': '', 'var/www/app/public/index.php': '' },
      errors: [
        { messageId: 'routedFallback', line: 6, column: 5, message: /`location = \/index.php` runs it/ },
      ],
      output: null,
    },
    {
      // Acceptance case omekas--script-deny-dollar (nginx 1.22.1: /index.php/admin/item reached
      // index.php; Laminas takes /index.php as the base URL and routes /admin/item).
      name: 'a Laminas application: a route reached as path info through location / and an exact front controller',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n    location = /index.php {\n        internal;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n    }\n    location ~ \\.php$ {\n        return 404;\n    }\n`,
        '/var/www/omeka-s',
      ),
      files: {
        'var/www/omeka-s/index.php': '',
        'var/www/omeka-s/composer.json': '{"require": {"laminas/laminas-mvc": "^3.3"}}',
      },
      errors: [{ messageId: 'routedFallback', line: 3, column: 5 }],
      output: null,
    },
    {
      name: 'an exact route in a Laravel application, reached with a trailing slash',
      code: server(
        `    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n    location = /settings {\n        allow 192.0.2.10;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n${FRONT.replace('fastcgi_pass', 'internal;\n        fastcgi_pass')}`,
        '/var/www/app/public',
      ),
      files: {
        'var/www/app/composer.json': '{"require": {"laravel/framework": "^10"}}',
        'var/www/app/public/index.php': '',
      },
      errors: [
        {
          messageId: 'trailingSlash',
          line: 6,
          column: 5,
          message: /nginx gives `\/settings\/` to `location \/`/,
        },
      ],
      output: null,
    },
    {
      name: 'a regex deny of one script after the PHP location',
      code: server(`${PHP}    location ~* ^/xmlrpc\\.php$ {\n        deny all;\n    }\n`),
      errors: [{ messageId: 'order', line: 8, column: 5, message: /takes `\/xmlrpc\.php`/ }],
      output: server(`    location ~* ^/xmlrpc\\.php$ {\n        deny all;\n    }\n${PHP}`),
    },
    {
      name: '^~ on a nested location does not stop the regex locations of the server',
      code: server(
        `    location /app/ {\n        location ^~ /app/vendor/ {\n            deny all;\n        }\n    }\n${PHP}`,
      ),
      errors: [
        {
          messageId: 'outerLevel',
          line: 4,
          column: 9,
          message: /`\^~` only stops the regex locations of its own level/,
        },
      ],
      output: null,
    },
    {
      name: 'no ^~ fix beside a prefix location with the same path (nginx -t: duplicate location)',
      code: server(
        `    location = /xmlrpc.php {\n        deny all;\n    }\n    location /xmlrpc.php {\n        return 301 /;\n    }\n${DEBIAN_PHP}`,
      ),
      errors: [{ messageId: 'pathInfo', line: 3, column: 5 }],
      output: null,
    },
    {
      // Acceptance case typo3--backend-office-only-prefix (nginx 1.22.1).
      name: "the restricted location's own fallback script, taken by an open exact location",
      code: server(
        `    location /typo3/ {\n        allow 203.0.113.0/24;\n        deny all;\n        try_files $uri /typo3/index.php$is_args$args;\n    }\n    location = /typo3/index.php {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n    }\n`,
        '/var/www/typo3/public',
      ),
      errors: [
        {
          messageId: 'fallback',
          line: 3,
          column: 5,
          message:
            /falls back to `\/typo3\/index\.php`, and nginx gives that request to `location = \/typo3\/index\.php`/,
        },
      ],
      output: null,
    },
    {
      // Acceptance case mautic--admin-allow-list-index-php-pathinfo (nginx 1.22.1: PHP got
      // PATH_INFO=/s/dashboard from an address outside the list).
      name: 'a restricted route, reached as path info of the front controller',
      code: server(`${ROUTE}${FRONT}`, '/var/www/mautic/docroot'),
      errors: [
        {
          messageId: 'frontController',
          line: 3,
          column: 5,
          message:
            /its pages come from `\/index\.php`, and nginx gives `\/index\.php\/s\/x` to `location ~ \^\/index\\\.php\(\/\|\$\)`/,
        },
      ],
      output: null,
    },
    {
      name: 'the same where composer.json (with a byte order mark) requires the whole Symfony framework',
      code: server(
        `    location /horizon {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php?$query_string;\n    }\n    location / {\n        try_files $uri $uri/ /index.php?$query_string;\n    }\n${PHP}`,
        '/var/www/app/public',
      ),
      files: {
        'var/www/app/public/index.php': '',
        'var/www/app/composer.json': '\uFEFF{"require": {"symfony/symfony": "3.4.*"}}',
      },
      errors: [{ messageId: 'routedFallback', line: 3, column: 5 }],
      output: null,
    },
    {
      // Acceptance case wallabag--front-controller-request-uri-guard (nginx 1.22.1: PHP got
      // PATH_INFO=/settings from an address outside the list).
      name: 'an exact route, reached as path info of the front controller',
      code: server(`${ROUTE.replace('location /s/', 'location = /settings')}${FRONT}`),
      errors: [
        {
          messageId: 'frontController',
          line: 3,
          column: 5,
          message: /nginx gives `\/index\.php\/settings` to/,
        },
      ],
      output: null,
    },
    {
      // $request_uri is the request as sent: `/%76endor/h.php` gets past the if and runs /vendor/h.php.
      name: 'an if of the PHP location on $request_uri does not refuse the percent-encoded spelling',
      code: server(
        `    location /vendor/ {\n        deny all;\n    }\n${PHP.replace('try_files', 'if ($request_uri ~ ^/vendor/) {\n            return 404;\n        }\n        try_files')}`,
      ),
      errors: [{ messageId: 'prefix', line: 3, column: 5 }],
      output: server(
        `    location ^~ /vendor/ {\n        deny all;\n    }\n${PHP.replace('try_files', 'if ($request_uri ~ ^/vendor/) {\n            return 404;\n        }\n        try_files')}`,
      ),
    },
    {
      // $request_uri is the request as sent: `/index.php/%73ettings` does not match the if.
      name: 'an if on $request_uri does not refuse the percent-encoded spelling of the route',
      code: server(
        `${ROUTE.replace('location /s/', 'location = /settings')}${FRONT.replace('fastcgi_pass', 'if ($request_uri ~ ^/index\\.php/settings) {\n            return 404;\n        }\n        fastcgi_pass')}`,
      ),
      errors: [{ messageId: 'frontController', line: 3, column: 5 }],
      output: null,
    },
    {
      name: "PrestaShop's documented back office: its scripts go to the server's PHP location",
      code: server(`${ADMIN}${PHP}`),
      errors: [
        {
          messageId: 'prefix',
          line: 3,
          column: 5,
          message:
            /`location \/admin4x7kq2m\/` restricts access \(`deny all`\), but nginx gives `\/admin4x7kq2m\/h\.php` to `location ~ \\\.php\$`/,
        },
      ],
      output: null,
    },
    {
      name: 'a deny of vendor/ (PHPUnit’s eval-stdin.php): the fix makes it ^~',
      code: server(`    location /vendor/ {\n        deny all;\n    }\n${PHP}`),
      errors: [{ messageId: 'prefix', line: 3, column: 5, message: /`\/vendor\/h\.php`/ }],
      output: server(`    location ^~ /vendor/ {\n        deny all;\n    }\n${PHP}`),
    },
    {
      name: 'a regex deny after the PHP location: the fix moves it before',
      code: server(`${PHP}    location ~ ^/(vendor|config)/ {\n        deny all;\n    }\n`),
      errors: [
        {
          messageId: 'order',
          line: 8,
          column: 5,
          message: /but `location ~ \\\.php\$` comes first and takes `\/vendor\/h\.php`/,
        },
      ],
      output: server(`    location ~ ^/(vendor|config)/ {\n        deny all;\n    }\n${PHP}`),
    },
    {
      name: 'the PHP location nested in the root location is tried before the server’s regexes',
      code: server(
        `    location ~ ^/app/config/ {\n        deny all;\n    }\n    location / {\n        try_files $uri /index.php;\n${PHP.replace(/^ {4}/gm, '        ')}    }\n`,
      ),
      errors: [{ messageId: 'nested', line: 3, column: 5, message: /in `location \/`/ }],
      output: null,
    },
    {
      name: 'a login script behind basic authentication in a prefix location',
      code: server(
        '    location /wp-login.php {\n        auth_basic "Staff";\n        auth_basic_user_file /etc/nginx/htpasswd;\n    }\n' +
          PHP,
      ),
      errors: [{ messageId: 'prefix', line: 3, column: 5, message: /\(`auth_basic Staff`\)/ }],
      output: null,
    },
    {
      name: 'scripts found in the workspace under the restricted directory',
      code: server('    location /tools/ {\n        allow 10.0.0.0/8;\n        deny all;\n    }\n' + PHP),
      files: { 'var/www/app/tools/opcache-reset.php': '', 'var/www/app/index.php': '' },
      errors: [{ messageId: 'prefix', line: 3, column: 5, message: /`\/tools\/opcache-reset\.php`/ }],
    },
    {
      name: 'a regex location that proxies scripts to a backend',
      code: server(
        '    location /api/admin/ {\n        allow 10.0.0.0/8;\n        deny all;\n        proxy_pass http://app;\n    }\n    location ~ \\.php$ {\n        proxy_pass http://apache;\n    }\n',
      ),
      errors: [{ messageId: 'prefix', line: 3, column: 5 }],
    },
    {
      name: 'a PHP location that blocks one address keeps nobody else out of an address-listed folder',
      code: server(
        `    location /vendor/ {\n        allow 10.0.0.0/8;\n        deny all;\n    }\n${PHP.replace('try_files', 'deny 192.0.2.1;\n        try_files')}`,
      ),
      errors: [{ messageId: 'prefix', line: 3, column: 5 }],
    },
    {
      // Acceptance case limesurvey--remotecontrol-exact, checked on nginx 1.22.1.
      name: "an exact location for a front controller's route, reached with more path info",
      code: server(
        `    location = /index.php/admin/remotecontrol {\n        allow 10.0.0.0/8;\n        deny all;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n${FRONT}`,
      ),
      errors: [
        {
          messageId: 'frontController',
          line: 3,
          column: 5,
          message:
            /nginx gives `\/index\.php\/admin\/remotecontrol\/` to `location ~ \^\/index\\\.php\(\/\|\$\)`, which runs `\/index\.php`/,
        },
      ],
      output: server(
        `    location ^~ /index.php/admin/remotecontrol {\n        allow 10.0.0.0/8;\n        deny all;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n${FRONT}`,
      ),
    },
    {
      // Acceptance case piwigo--entry-regex-unanchored, checked on nginx 1.22.1.
      name: 'an exact script deny, reached with path info named like an entry script of an unanchored regex',
      code: server(
        `    location = /admin.php {\n        allow 10.0.0.0/8;\n        deny all;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n    location ~ /(?:index|picture)\\.php(?:/|$) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        try_files $fastcgi_script_name =404;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n`,
      ),
      errors: [{ messageId: 'pathInfo', line: 3, column: 5, message: /gives `\/admin\.php\/index\.php`/ }],
    },
    {
      // Acceptance cases bookstack--docs-php-location and laravel-horizon--forge-php-location,
      // checked on nginx 1.22.1.
      name: "a Laravel route reached as /index.php/route through location /'s fallback",
      code: server(
        `    location /horizon {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php?$query_string;\n    }\n    location / {\n        try_files $uri $uri/ /index.php?$query_string;\n    }\n${PHP}`,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/artisan': '', 'var/www/app/public/index.php': '' },
      errors: [
        {
          messageId: 'routedFallback',
          line: 3,
          column: 5,
          message:
            /nginx gives `\/index\.php\/horizon\/x` to `location \/`, whose `try_files` falls back to `\/index\.php`/,
        },
      ],
    },
    {
      // Blind case octobercms--generic-php-location (nginx 1.22.1: /index.php/admin/backend/auth
      // reached PHP while /admin/… was refused): October's location / rewrites every path to the
      // front controller, and a generic PHP location runs it with the route as path info.
      name: "a Laravel route reached as /index.php/route through location /'s catch-all rewrite",
      code: server(
        `    location ^~ /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location / {\n        rewrite ^/.*$ /index.php last;\n    }\n${PHP}`,
        '/var/www/october',
      ),
      files: { 'var/www/october/artisan': '', 'var/www/october/index.php': '' },
      errors: [
        {
          messageId: 'routedFallback',
          line: 3,
          column: 5,
          message:
            /nginx gives `\/index\.php\/admin\/x` to `location \/`, whose `rewrite` sends it to `\/index\.php`/,
        },
      ],
    },
    {
      // The rewrite phase runs before try_files: a location / with both hands the route over by
      // its rewrite, and the message says so.
      name: 'a catch-all rewrite beside a try_files in location /: the rewrite hands the route over',
      code: server(
        `    location ^~ /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location / {\n        try_files $uri $uri/ /index.php$is_args$args;\n        rewrite ^/.*$ /index.php last;\n    }\n${PHP}`,
        '/var/www/october',
      ),
      files: { 'var/www/october/artisan': '', 'var/www/october/index.php': '' },
      errors: [
        {
          messageId: 'routedFallback',
          line: 3,
          column: 5,
          message: /to `location \/`, whose `rewrite` sends it to `\/index\.php`/,
        },
      ],
    },
    {
      // Acceptance case sylius--php-location-from-gist, checked on nginx 1.22.1.
      name: 'behind a generic PHP location, a route of an application that strips the script name',
      code: server(
        `${ROUTE}${FRONT.replace('^/index\\.php(/|$)', '[^/]\\.php(/|$)').replace('fastcgi_pass', 'try_files $fastcgi_script_name =404;\n        fastcgi_pass')}`,
        '/var/www/shop/public',
      ),
      files: {
        'var/www/shop/public/index.php': '',
        'var/www/shop/composer.json': '{"require": {"symfony/framework-bundle": "^6.4"}}',
      },
      errors: [{ messageId: 'frontController', line: 3, column: 5, message: /gives `\/index\.php\/s\/x`/ }],
    },
    {
      // Acceptance case freshrss--http-auth-ui-only, checked on nginx 1.22.1.
      name: "the folder's index script, taken by an open exact location",
      code: `server {\n    root /var/www/app;\n    index index.php index.html;\n    location /i/ {\n        auth_basic "Readers";\n        auth_basic_user_file /etc/nginx/htpasswd;\n    }\n    location = /i/index.php {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n}\n`,
      errors: [{ messageId: 'index', line: 4, column: 5, message: /its index script `\/i\/index\.php`/ }],
    },
    {
      name: 'a PHP location that blocks one address keeps nobody out of a refused folder',
      code: server(
        `    location /vendor/ {\n        return 403;\n    }\n${PHP.replace('try_files', 'deny 192.0.2.1;\n        try_files')}`,
      ),
      errors: [{ messageId: 'prefix', line: 3, column: 5 }],
    },
    {
      name: 'an exact route ending in a slash: its longer form, as nginx merges slashes',
      code: server(
        `    location = /index.php/api/ {\n        allow 10.0.0.0/8;\n        deny all;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n${FRONT}`,
      ),
      errors: [{ messageId: 'frontController', line: 3, column: 5, message: /gives `\/index\.php\/api\/x`/ }],
      output: server(
        `    location ^~ /index.php/api/ {\n        allow 10.0.0.0/8;\n        deny all;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n${FRONT}`,
      ),
    },
    {
      // Acceptance case snipeit--admin-backups-regex-fastcgi, checked on nginx 1.22.1.
      name: 'a regex location written for a route under the restricted prefix runs it for everybody',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~ ^/admin/backups {\n                fastcgi_pass unix:/run/php/php-fpm.sock;\n        fastcgi_param SCRIPT_FILENAME $document_root/index.php;\n    }\n`,
        '/var/www/snipe-it/public',
      ),
      errors: [
        {
          messageId: 'prefix',
          line: 3,
          column: 5,
          message: /nginx gives `\/admin\/backups` to `location ~ \^\/admin\/backups`/,
        },
      ],
    },
    {
      // Acceptance case snipeit--named-front-controller, checked on nginx 1.22.1.
      name: 'a Laravel route reached through a named front controller',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri @app;\n    }\n    location / {\n        try_files $uri @app;\n    }\n    location @app {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        fastcgi_param SCRIPT_FILENAME $realpath_root/index.php;\n    }\n    location ~ \\.php$ {\n        return 404;\n    }\n`,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/artisan': '', 'var/www/app/public/index.php': '' },
      errors: [
        {
          messageId: 'routedFallback',
          line: 3,
          column: 5,
          message: /nginx gives `\/index\.php\/admin\/x` to `location \/`.*`location @app` runs it/,
        },
      ],
    },
    {
      // Acceptance case pimcore--admin-external-regex (nginx 1.22.1: /admin/external_opcache
      // reached PHP from an address outside the list).
      name: 'a route regex that rewrites every request to the front controller',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~* ^/admin/external {\n        rewrite ^ /index.php last;\n    }\n    location ~ ^/index\\.php(/|$) {\n        internal;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n`,
        '/var/www/pimcore/public',
      ),
      errors: [
        {
          messageId: 'routeFallback',
          line: 3,
          column: 5,
          message: /to `location ~\* \^\/admin\/external`, whose `rewrite` hands it to the front controller/,
        },
      ],
      output: null,
    },
    {
      // Acceptance case sylius--admin-login-check-regex, checked on nginx 1.22.1.
      name: 'an unanchored route regex takes a route of the restricted prefix to the front controller',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~ /login-check$ {\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~ ^/index\\.php(/|$) {\n        internal;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n`,
        '/var/www/sylius/public',
      ),
      errors: [
        {
          messageId: 'routeFallback',
          line: 3,
          column: 5,
          message:
            /nginx gives `\/admin\/login-check` to `location ~ \/login-check\$`, whose `try_files` hands it to the front controller `location ~ \^\/index/,
        },
      ],
    },
    {
      name: 'an unanchored route regex that hands the route to a named front controller',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri @app;\n    }\n    location ~ /login-check$ {\n        try_files $uri @app;\n    }\n    location @app {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        fastcgi_param SCRIPT_FILENAME $realpath_root/index.php;\n    }\n    location ~ \\.php$ {\n        return 404;\n    }\n`,
        '/var/www/app/public',
      ),
      errors: [{ messageId: 'routeFallback', line: 3, column: 5, message: /`location @app`/ }],
    },
    {
      name: 'a case-insensitive regex location written for a route under the prefix',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n    }\n    location ~* ^/admin/backups {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        fastcgi_param SCRIPT_FILENAME $document_root/index.php;\n    }\n`,
      ),
      errors: [{ messageId: 'prefix', line: 3, column: 5, message: /gives `\/admin\/backups`/ }],
    },
    {
      name: 'a Laravel route through location / into an internal generic PHP location',
      code: server(
        `    location /admin {\n        allow 10.0.0.0/8;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~ \\.php$ {\n        internal;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n`,
        '/var/www/app/public',
      ),
      files: { 'var/www/app/artisan': '', 'var/www/app/public/index.php': '' },
      errors: [{ messageId: 'routedFallback', line: 3, column: 5 }],
    },
    {
      // Acceptance case kimai--admin-regex-index-php-pathinfo, checked on nginx 1.22.1.
      name: "a regex location's routes reached as path info of the front controller",
      code: server(
        `    location ~ "^/[a-z]{2}/admin(?:/|$)" {\n        allow 203.0.113.0/24;\n        deny all;\n        try_files $uri /index.php$is_args$args;\n    }\n${FRONT}`,
        '/var/www/kimai/public',
      ),
      errors: [
        {
          messageId: 'frontController',
          line: 3,
          column: 5,
          message: /gives `\/index\.php\/[a-z]{2}\/admin\/x`/,
        },
      ],
    },
    {
      name: 'internal locations are restricted too',
      code: server(`    location /includes/ {\n        internal;\n    }\n${PHP}`),
      errors: [{ messageId: 'prefix', line: 3, column: 5, message: /\(`internal`\)/ }],
      output: server(`    location ^~ /includes/ {\n        internal;\n    }\n${PHP}`),
    },
    {
      // Acceptance case dbtools--admin-auth-lost-intranet-only: the PHP location keeps only the
      // corporate list the admin location narrowed, and none of its password.
      name: 'the PHP location inherits only the server list that the location narrowed',
      code: server(
        `    allow 10.0.0.0/8;\n    deny all;\n    location /vendor/ {\n        allow 10.1.2.3;\n        deny all;\n        auth_basic "Admins";\n    }\n${PHP}`,
      ),
      errors: [{ messageId: 'prefix', line: 5, column: 5 }],
    },
    {
      name: "an admins-only password, where the PHP location asks for the staff's",
      code: server(
        `    auth_basic "Staff";\n    auth_basic_user_file /etc/nginx/staff.htpasswd;\n    location /tools/ {\n        auth_basic "Admins";\n        auth_basic_user_file /etc/nginx/admins.htpasswd;\n        try_files $uri /tools/index.php;\n    }\n${PHP}`,
      ),
      errors: [{ messageId: 'prefix', line: 5, column: 5, message: /\(`auth_basic Admins`\)/ }],
    },
    {
      // Acceptance cases wpsingle--debian-php-snippet, civicrm-wordpress: checked on nginx 1.22.1.
      name: 'an exact deny of a script, reached with path info through a splitting PHP location',
      code: server(`    location = /xmlrpc.php {\n        deny all;\n    }\n${DEBIAN_PHP}`),
      errors: [
        {
          messageId: 'pathInfo',
          line: 3,
          column: 5,
          message:
            /gives `\/xmlrpc\.php\/x\.php` to `location ~ \\\.php\$`, which splits off the path info and runs `\/xmlrpc\.php`/,
        },
      ],
      output: server(`    location ^~ /xmlrpc.php {\n        deny all;\n    }\n${DEBIAN_PHP}`),
    },
    {
      // Blind case froxlor--port80-no-redirect (nginx 1.22.1: /lib/userdata.inc.php/x ran the
      // file, 502, where a missing script's path-info form got 404): froxlor's generated PHP
      // location names the script $request_filename, which the try_files that found it changed.
      name: 'an exact deny reached with path info, the script named by $request_filename after try_files',
      code: server(`    location = /lib/userdata.inc.php {\n        deny all;\n    }\n${FROXLOR_PHP()}`),
      errors: [{ messageId: 'pathInfo', line: 3, column: 5, message: /runs `\/lib\/userdata\.inc\.php`/ }],
      output: server(`    location ^~ /lib/userdata.inc.php {\n        deny all;\n    }\n${FROXLOR_PHP()}`),
    },
    {
      // Acceptance case wpsingle--debian-php-snippet: the login page's password and rate limit.
      name: 'an exact login location behind a password, reached with path info',
      code: server(
        `    location = /wp-login.php {\n        auth_basic "Staff";\n        auth_basic_user_file /etc/nginx/htpasswd;\n${DEBIAN_PHP.split('\n').slice(1, -2).join('\n')}\n    }\n${DEBIAN_PHP}`,
      ),
      errors: [{ messageId: 'pathInfo', line: 3, column: 5, message: /\(`auth_basic Staff`\)/ }],
      output: server(
        `    location ^~ /wp-login.php {\n        auth_basic "Staff";\n        auth_basic_user_file /etc/nginx/htpasswd;\n${DEBIAN_PHP.split('\n').slice(1, -2).join('\n')}\n    }\n${DEBIAN_PHP}`,
      ),
    },
    {
      // Acceptance case dolibarr--install-php-deny-without-path-info.
      name: 'a regex deny ending in $ before a PHP location that accepts path info',
      code: server(
        `    location ~ ^/install/.*\\.php$ {\n        deny all;\n    }\n    location ~ [^/]\\.php(/|$) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        try_files $fastcgi_script_name =404;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n`,
      ),
      errors: [{ messageId: 'pathInfo', line: 3, column: 5, message: /`\/install\/h\.php\/x`/ }],
      output: null,
    },
  ],
});
