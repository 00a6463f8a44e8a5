import { test } from 'node:test';
import { assertLintTimeGrowsLinearly, phpServer } from '../../../helpers/lint-growth.ts';
import { uploadExecution } from '../../../../rules/nginx/upload-execution.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const PHP =
  '    location ~ \\.php$ {\n        try_files $uri =404;\n        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    }\n';
const DENY = (path: string) =>
  `    location ~* ^/${path}/.*\\.(php\\d?|phtml|phar|pl|py|cgi|sh|exe|bat)$ {\n        deny all;\n    }\n`;

testRule(uploadExecution, {
  valid: [
    {
      name: 'no upload directory is served or present',
      code: `server {\n    root /var/www/app/public;\n${PHP}}\n`,
    },
    {
      name: 'the upload location has ^~: regex locations are not tried',
      code: `server {\n    root /var/www/app;\n    location ^~ /uploads/ {\n        expires 30d;\n    }\n${PHP}}\n`,
    },
    {
      name: 'a deny location before the PHP location (regexes match in file order)',
      code: `server {\n    root /var/www/app;\n    location /uploads/ {\n        expires 30d;\n    }\n${DENY('uploads')}${PHP}}\n`,
    },
    {
      name: 'a nested deny inside the upload location',
      code: `server {\n    root /var/www/app;\n    location /uploads/ {\n        location ~ \\.php$ {\n            return 403;\n        }\n    }\n${PHP}}\n`,
    },
    {
      name: 'only the front controller runs PHP',
      code: 'server {\n    root /var/www/app/public;\n    location /media/ {\n        expires 7d;\n    }\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n    location ~ ^/index\\.php(/|$) {\n        fastcgi_pass php:9000;\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $realpath_root$fastcgi_script_name;\n        internal;\n    }\n}\n',
    },
    {
      name: 'a redirect-only server',
      code: `server {\n    listen 80;\n    return 301 https://$host$request_uri;\n    location /uploads/ {\n    }\n${PHP}}\n`,
    },
    {
      name: 'Chamilo 2: var/ is outside the public root',
      code: `server {\n    root /var/www/chamilo/public;\n${PHP}}\n`,
      files: { 'var/www/chamilo/var/upload/x.txt': '', 'var/www/chamilo/public/index.php': '' },
    },
    {
      name: 'a regex about every directory is not a mention of the upload directory',
      code: `server {\n    root /var/www/app;\n    location ~ /$ {\n        index index.php;\n    }\n${PHP}}\n`,
    },
    {
      name: 'a custom list without the served directory',
      code: `server {\n    root /var/www/app;\n    location /uploads/ {\n    }\n${PHP}}\n`,
      options: { uploadPaths: ['data/attachments'] },
    },
    {
      name: 'a rewrite whose pattern, not its target, is under the upload directory',
      code: `server {\n    root /var/www/app;\n    rewrite ^/uploads/(.*)$ /media.php?file=$1 last;\n${PHP}}\n`,
    },
    {
      name: 'a rewrite into the upload directory, whose scripts an earlier location denies',
      code: `server {\n    root /var/www/chamilo;\n    location / {\n        rewrite ^/courses/([^/]+)/(.*)$ /app/courses/$1/$2 last;\n    }\n${DENY('app/courses')}${PHP}}\n`,
    },
    {
      name: 'a regex location under another directory whose path ends like an upload directory',
      code: `server {\n    root /var/www/drupal/web;\n    location ~ ^(/[a-z\\-]+)?/system/files/ {\n        try_files $uri /index.php?$query_string;\n    }\n${PHP}}\n`,
    },
    {
      name: 'a regex location inside sites/*/files, and a deny for its scripts before the PHP location',
      code: `server {\n    root /var/www/drupal/web;\n    location ~ ^/sites/.*/files/styles/ {\n        try_files $uri @rewrite;\n    }\n${DENY('sites/[^/]+/files')}${PHP}}\n`,
    },
    {
      name: "Moodle's files/ holds committed PHP scripts: code, not an upload directory",
      code: `server {\n    root /var/www/moodle;\n${PHP}}\n`,
      files: {
        'var/www/moodle/files/draftfiles.php': '',
        'var/www/moodle/files/index.php': '',
        'var/www/moodle/index.php': '',
      },
    },
    {
      name: "Moodle's media/ holds PHP one level down (media/classes/manager.php): code",
      code: `server {\n    root /var/www/moodle;\n${PHP}}\n`,
      files: {
        'var/www/moodle/media/classes/manager.php': '',
        'var/www/moodle/media/player/videojs/version.php': '',
      },
    },
  ],
  invalid: [
    {
      name: 'the upload location is a plain prefix: the PHP regex wins for /uploads/x.php',
      code: `server {\n    root /var/www/app;\n    location /uploads/ {\n        expires 30d;\n    }\n${PHP}}\n`,
      errors: [
        {
          messageId: 'runs',
          line: 6,
          column: 5,
          message:
            '`location ~ \\.php$` runs scripts uploaded to `/uploads/`: a request for `/uploads/h.php` reaches the script handler and no earlier location denies it',
        },
      ],
      output: `server {\n    root /var/www/app;\n    location /uploads/ {\n        expires 30d;\n    }\n${DENY('uploads')}${PHP}}\n`,
    },
    {
      name: 'the deny comes after the PHP location: too late',
      code: `server {\n    root /var/www/app;\n    location /uploads/ {\n    }\n${PHP}    location ~ ^/uploads/.*\\.php$ {\n        deny all;\n    }\n}\n`,
      errors: [{ messageId: 'runs', line: 5, column: 5 }],
      output: `server {\n    root /var/www/app;\n    location /uploads/ {\n    }\n${DENY('uploads')}${PHP}    location ~ ^/uploads/.*\\.php$ {\n        deny all;\n    }\n}\n`,
    },
    {
      name: 'Chamilo 1.x: app/upload exists in the workspace under the root',
      code: `server {\n    root /var/www/chamilo;\n${PHP}}\n`,
      files: { 'var/www/chamilo/app/upload/users/1/photo.jpg': '' },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/app\/upload\/`/ }],
      output: `server {\n    root /var/www/chamilo;\n${DENY('app/upload')}${PHP}}\n`,
    },
    {
      name: "Chamilo's course rewrite sends requests into app/courses: the configuration serves it",
      code: `server {\n    root /var/www/chamilo;\n    location / {\n        rewrite ^/courses/([^/]+)/(.*)$ /app/courses/$1/$2 last;\n    }\n${PHP}}\n`,
      errors: [
        {
          messageId: 'runs',
          line: 6,
          column: 5,
          message: /`\/app\/courses\/`: a request for `\/app\/courses\/h\.php`/,
        },
      ],
      output: `server {\n    root /var/www/chamilo;\n    location / {\n        rewrite ^/courses/([^/]+)/(.*)$ /app/courses/$1/$2 last;\n    }\n${DENY('app/courses')}${PHP}}\n`,
    },
    {
      name: 'a try_files fallback into the upload directory',
      code: `server {\n    root /var/www/app;\n    location /avatar/ {\n        try_files $uri /uploads/avatars/default.png;\n    }\n${PHP}}\n`,
      errors: [{ messageId: 'runs', line: 6, column: 5, message: /`\/uploads\/`/ }],
      output: `server {\n    root /var/www/app;\n    location /avatar/ {\n        try_files $uri /uploads/avatars/default.png;\n    }\n${DENY('uploads')}${PHP}}\n`,
    },
    {
      name: "a regex location inside sites/*/files (Drupal's image styles) shows the directory is served",
      code: `server {\n    root /var/www/drupal/web;\n    location ~ ^/sites/.*/files/styles/ {\n        try_files $uri @rewrite;\n    }\n${PHP}}\n`,
      errors: [{ messageId: 'runs', line: 6, column: 5, message: /`\/sites\/\*\/files\/`/ }],
      output: `server {\n    root /var/www/drupal/web;\n    location ~ ^/sites/.*/files/styles/ {\n        try_files $uri @rewrite;\n    }\n${DENY('sites/[^/]+/files')}${PHP}}\n`,
    },
    {
      name: 'a case-insensitive regex location inside wp-content/uploads',
      code: `server {\n    root /srv/blog;\n    location ~* ^/WP-Content/Uploads/[^/]+/avatars/ {\n        expires 30d;\n    }\n${PHP}}\n`,
      errors: [{ messageId: 'runs', line: 6, column: 5, message: /`\/wp-content\/uploads\/`/ }],
      output: `server {\n    root /srv/blog;\n    location ~* ^/WP-Content/Uploads/[^/]+/avatars/ {\n        expires 30d;\n    }\n${DENY('wp-content/uploads')}${PHP}}\n`,
    },
    {
      // A fuzz find: the deny inserted before it was never consulted, and the finding stayed.
      name: 'the upload location itself (^~) passes scripts to PHP: reported, no fix (no regex is tried for it)',
      code: 'server {\n    root /var/www/app;\n    location ^~ /uploads/ {\n        try_files $uri =404;\n        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n        include fastcgi.conf;\n    }\n}\n',
      errors: [
        {
          messageId: 'runs',
          line: 3,
          column: 5,
          message: /`location \^~ \/uploads\/` runs scripts uploaded to `\/uploads\/`/,
        },
      ],
      output: null,
    },
    {
      name: 'Drupal/CiviCRM sites/*/files found under the root',
      code: `server {\n    root /var/www/drupal/web;\n${PHP}}\n`,
      files: { 'web/sites/default/files/civicrm/upload/a.pdf': '' },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/sites\/\*\/files\/`/ }],
      output: `server {\n    root /var/www/drupal/web;\n${DENY('sites/[^/]+/files')}${PHP}}\n`,
    },
    {
      name: "Laravel's public/storage (php artisan storage:link) found under the root",
      code: `server {\n    root /var/www/app/public;\n${PHP}}\n`,
      files: { 'var/www/app/public/storage/avatars/1.png': '', 'var/www/app/public/index.php': '' },
      errors: [
        {
          messageId: 'runs',
          line: 3,
          column: 5,
          message: /`\/storage\/`: a request for `\/storage\/h\.php`/,
        },
      ],
      output: `server {\n    root /var/www/app/public;\n${DENY('storage')}${PHP}}\n`,
    },
    {
      name: "PHP deeper than one level is not the directory's code (Drupal's compiled Twig templates)",
      code: `server {\n    root /var/www/drupal/web;\n${PHP}}\n`,
      files: { 'web/sites/default/files/php/twig/5f1c/page.html.twig.php': '' },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/sites\/\*\/files\/`/ }],
      output: `server {\n    root /var/www/drupal/web;\n${DENY('sites/[^/]+/files')}${PHP}}\n`,
    },
    {
      name: 'one sites/*/files without PHP is enough, though another holds some',
      code: `server {\n    root /var/www/drupal/web;\n${PHP}}\n`,
      files: { 'web/sites/default/files/a.pdf': '', 'web/sites/legacy/files/shim.php': '' },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/sites\/\*\/files\/`/ }],
      output: `server {\n    root /var/www/drupal/web;\n${DENY('sites/[^/]+/files')}${PHP}}\n`,
    },
    {
      name: 'a directory with PHP scripts still counts when the configuration serves it',
      code: `server {\n    root /var/www/app;\n    location /files/ {\n        expires 7d;\n    }\n${PHP}}\n`,
      files: { 'var/www/app/files/index.php': '' },
      errors: [{ messageId: 'runs', line: 6, column: 5, message: /`\/files\/`/ }],
      output: `server {\n    root /var/www/app;\n    location /files/ {\n        expires 7d;\n    }\n${DENY('files')}${PHP}}\n`,
    },
    {
      name: 'an alias serves the upload directory under another URL',
      code: `server {\n    root /var/www/app/public;\n    location /avatars/ {\n        alias /var/www/app/uploads/;\n    }\n${PHP}}\n`,
      errors: [{ messageId: 'runs', line: 6, column: 5, message: /`\/avatars\/`/ }],
      output: `server {\n    root /var/www/app/public;\n    location /avatars/ {\n        alias /var/www/app/uploads/;\n    }\n${DENY('avatars')}${PHP}}\n`,
    },
    {
      name: 'the PHP location comes from a snippet: the deny goes before its include',
      code: 'server {\n    root /var/www/app;\n    location /media/ {\n    }\n    include snippets/php.conf;\n}\n',
      files: { 'etc/nginx/snippets/php.conf': PHP.replace(/^ {4}/gm, '') },
      errors: [{ messageId: 'runs', line: 5, column: 5 }],
      output: `server {\n    root /var/www/app;\n    location /media/ {\n    }\n${DENY('media')}    include snippets/php.conf;\n}\n`,
    },
    {
      name: 'CGI scripts through fcgiwrap',
      code: 'server {\n    root /srv/www;\n    location /files/ {\n    }\n    location ~ \\.(pl|cgi)$ {\n        fastcgi_pass unix:/run/fcgiwrap.socket;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    }\n}\n',
      errors: [{ messageId: 'runs', line: 5, column: 5, message: /\/files\/h\.pl/ }],
    },
  ],
});

/**
 * Thousands of servers with upload locations and PHP locations: every upload path of every
 * server is probed through nginx's location choice. The larger config (four times as many servers)
 * must not take ten times as long, which a linear rule never does and a quadratic one always does.
 */
test('linting time grows linearly with the number of servers', () => {
  assertLintTimeGrowsLinearly([uploadExecution], (i) =>
    phpServer(i, '        location /uploads/ {\n        }\n'),
  );
});
