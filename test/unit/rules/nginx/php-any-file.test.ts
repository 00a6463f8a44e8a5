import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { assertLintTimeGrowsLinearly, phpServer } from '../../../helpers/lint-growth.ts';
import { phpAnyFile } from '../../../../rules/nginx/php-any-file.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const PASS = 'fastcgi_pass unix:/run/php/php8.2-fpm.sock;';
const PARAMS =
  'include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;';
/** The script name kept in `$script`, as Concrete CMS's documented location does. */
const SCRIPT_PARAMS = 'include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$script;';

testRule(phpAnyFile, {
  valid: [
    {
      name: "a snippet's PHP location included only by a server whose top-level return answers everything",
      path: 'etc/nginx/default.d/php.conf',
      code: 'location ~ \\.php$ {\n    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    fastcgi_pass php-fpm;\n}\n',
      files: {
        'etc/nginx/nginx.conf':
          'events {}\nhttp {\n    server {\n        listen 80 default_server;\n        root /usr/share/nginx/html;\n        include /etc/nginx/default.d/*.conf;\n        return 301 https://$host$request_uri;\n    }\n}\n',
      },
    },
    {
      // Blind cases directadmin--*: DirectAdmin's nginx_php.conf. The `if` takes only requests whose
      // file exists, so `/upload/a.jpg/x.php` meets the try_files (404 on nginx 1.22.1).
      name: "DirectAdmin's PHP location: the handler in an if (-f $request_filename)",
      code: `server {\n    location ~ \\.php$ {\n        try_files $uri =404;\n        fastcgi_split_path_info ^(.+\\.php)(/.+)$;\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n        if (-f $request_filename) {\n            ${PASS}\n        }\n    }\n}\n`,
    },
    {
      // Blind case bolt--php-fpm-conf-from-docs (nginx 1.22.1, a FastCGI stub echoing
      // SCRIPT_FILENAME: /nope/a.jpg/x.php, /assets/bolt.js/x.php and /x.php/y all ran index.php).
      // A file try_files finds becomes $uri, and with it $fastcgi_script_name.
      name: "a try_files of fixed files pins the script: Bolt's documented PHP location",
      code: `server {\n    location ~ [^/]\\.php(/|$) {\n        try_files /index.php =404;\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n        ${PASS}\n    }\n}\n`,
    },
    {
      // Found, /maintenance.html becomes the script (PHP-FPM refuses it); missing, @php gets the request.
      name: 'a try_files of a fixed file and a named fallback runs no file the request names here',
      code: `server {\n    location ~ \\.php$ {\n        try_files /maintenance.html @php;\n        ${PASS}\n    }\n}\n`,
    },
    {
      // nginx 1.22.1: the server's rewrite runs first; the PHP location only ever gets /index.php.
      name: 'a server-level catch-all rewrite to the front controller',
      code: `server {\n    rewrite ^ /index.php last;\n    location ~ \\.php$ {\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
    },
    {
      // Review of the open suspicions (nginx 1.22.1: SCRIPT_FILENAME …/index.php for
      // /legacy/uploads/a.jpg/x.php): the rewrite phase sends every request elsewhere first.
      name: 'a PHP location whose catch-all rewrite sends every request to the front controller',
      code: 'server {\n    root /var/www/html;\n    location ~ ^/legacy/.+\\.php$ {\n        rewrite ^ /index.php last;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n    location = /index.php {\n        fastcgi_param SCRIPT_FILENAME $document_root/index.php;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n}\n',
    },
    {
      // nginx 1.22.1: every nested location of an internal one answers clients 404.
      name: 'a PHP location nested in an internal location: internal is inherited',
      code: 'server {\n    root /var/www/html;\n    location /p/ {\n        internal;\n        location ~ \\.php$ {\n            include fastcgi_params;\n            fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n            fastcgi_pass 127.0.0.1:9000;\n        }\n    }\n}\n',
    },
    {
      // Acceptance case humhub--docs-php-location (nginx 1.22.1: /uploads/a.jpg/x.php ran index.php).
      name: "HumHub's guide: the requested script only where the file exists, else the front controller",
      code: `server {\n    location ~ \\.php {\n        fastcgi_split_path_info ^(.+\\.php)(.*)$;\n        set $fsn /index.php;\n        if (-f $document_root$fastcgi_script_name) {\n            set $fsn $fastcgi_script_name;\n        }\n        ${PASS}\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$fsn;\n    }\n}\n`,
    },
    {
      // nginx 1.22.1: an outer location's set does not run for a request its nested location serves.
      name: 'a set from the URI in the location around the PHP location does not run for it',
      code: `server {\n    location /app/ {\n        set $script $uri;\n        location ~ \\.php$ {\n            ${PASS}\n            ${SCRIPT_PARAMS}\n        }\n    }\n}\n`,
    },
    {
      name: 'a prefix location below a script: PHP walks every path back to that script',
      code: 'location ^~ /index.php/api/ {\n    fastcgi_pass unix:/run/php/php-fpm.sock;\n    include fastcgi_params;\n}\n',
    },
    {
      name: 'try_files $uri =404',
      code: `server {\n    location ~ \\.php$ {\n        try_files $uri =404;\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
    },
    {
      name: "Debian's snippets/fastcgi-php.conf (not in the workspace) holds the check",
      code: `server {\n    location ~ \\.php$ {\n        include snippets/fastcgi-php.conf;\n        ${PASS}\n    }\n}\n`,
    },
    {
      name: 'a snippet of the workspace that holds the check',
      code: `server {\n    location ~ \\.php$ {\n        include snippets/php.conf;\n        ${PASS}\n    }\n}\n`,
      files: {
        'etc/nginx/snippets/php.conf':
          'fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\ntry_files $fastcgi_script_name =404;\ninclude fastcgi.conf;\n',
      },
    },
    {
      name: 'Symfony front controller only (the Symfony and Chamilo 2 docs)',
      code: `server {\n    location ~ ^/index\\.php(/|$) {\n        ${PASS}\n        ${PARAMS}\n        internal;\n    }\n}\n`,
    },
    {
      name: 'Symfony front controller without internal',
      code: `server {\n    location ~ ^/(index|app)\\.php(/|$) {\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
    },
    {
      name: 'an if (!-f) check',
      code: `server {\n    location ~ \\.php$ {\n        if (!-f $request_filename) {\n            return 404;\n        }\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
    },
    {
      // Blind case puppet-civi: puppet-nginx's locations include fastcgi.conf, then name their
      // script; PHP-FPM keeps the last value of a parameter sent twice (PHP-FPM 8.2 ran index.php).
      name: 'a fixed script name set after the included generic one',
      code: `server {\n    location ^~ /civicrm/ {\n        include fastcgi.conf;\n        ${PASS}\n        fastcgi_param SCRIPT_FILENAME /var/www/app/index.php;\n    }\n}\n`,
      files: {
        'etc/nginx/fastcgi.conf': 'fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n',
      },
      path: 'etc/nginx/sites-available/app.conf',
    },
    {
      name: 'a fixed script name',
      code: `server {\n    location ~ \\.php$ {\n        ${PASS}\n        fastcgi_param SCRIPT_FILENAME /var/www/app/public/index.php;\n    }\n}\n`,
    },
    {
      name: 'PHP served by Apache behind a proxy',
      code: 'server {\n    location ~ \\.php$ {\n        proxy_pass http://127.0.0.1:8080;\n    }\n}\n',
    },
    {
      name: 'a redirect-only server',
      code: `server {\n    listen 80;\n    return 301 https://$host$request_uri;\n    location ~ \\.php$ {\n        ${PASS}\n    }\n}\n`,
    },
    {
      name: 'an include whose content is not in the workspace may hold the check',
      code: `server {\n    location ~ \\.php$ {\n        include /opt/app/nginx/php-handler.conf;\n        ${PASS}\n    }\n}\n`,
    },
    {
      name: 'try_files with a front-controller fallback',
      code: `server {\n    location ~ \\.php$ {\n        try_files $uri /index.php?$args;\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
    },
    {
      name: 'a PHP location that denies (uploads)',
      code: `server {\n    location ~ ^/uploads/.*\\.php$ {\n        deny all;\n        ${PASS}\n    }\n}\n`,
    },
    {
      name: 'an if that ends the request keeps the try_files check for the others',
      code: `server {\n    location ~ \\.php$ {\n        try_files $uri =404;\n        if ($request_method = TRACE) {\n            return 405;\n        }\n        if ($arg_legacy) {\n            rewrite ^ /index.php;\n        }\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
    },
    {
      name: 'an if (!-f) check holds for every request, whatever other if blocks do',
      code: `server {\n    location ~ \\.php$ {\n        if (!-f $request_filename) {\n            return 404;\n        }\n        if ($uri ~ ^/login/) {\n            add_header X-Robots-Tag none;\n        }\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
    },
    {
      name: 'a regex that only takes scripts named by its own letters cannot take an uploaded file path',
      code: `server {\n    location ~ ^/admin/[a-z]+\\.php$ {\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
    },
    {
      name: 'a script name set from a fixed value is a fixed front controller',
      code: `server {\n    location ~ \\.php$ {\n        set $script /index.php;\n        ${PASS}\n        ${SCRIPT_PARAMS}\n    }\n}\n`,
    },
    {
      name: "the location's fixed set replaces the server's set from the URI",
      code: `server {\n    set $script $uri;\n    location ~ \\.php$ {\n        set $script /index.php;\n        ${PASS}\n        ${SCRIPT_PARAMS}\n    }\n}\n`,
    },
    {
      name: 'a script name captured from a query argument, not from the path',
      code: `server {\n    location ~ \\.php$ {\n        set $script /index.php;\n        if ($arg_page ~ ^(\\w+)$) {\n            set $script /pages/$1.php;\n        }\n        ${PASS}\n        ${SCRIPT_PARAMS}\n    }\n}\n`,
    },
    {
      // Checked on nginx 1.22.1: `/site1/a.jpg/x.php` runs /site1/index.php.
      name: "a capture of the location's fixed choices names one of a few front controllers",
      code: `server {\n    location ~ ^/(site1|site2)/.*\\.php$ {\n        ${PASS}\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root/$1/index.php;\n    }\n}\n`,
    },
    {
      name: 'a named capture of fixed choices',
      code: `server {\n    location ~ ^/(?<app>admin|api)/.*\\.php$ {\n        ${PASS}\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root/$app/index.php;\n    }\n}\n`,
    },
    {
      name: 'a capture of a class without a slash names a folder, not a file',
      code: `server {\n    location ~ ^/([a-z0-9-]+)/.*\\.php$ {\n        ${PASS}\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root/$1/index.php;\n    }\n}\n`,
    },
    {
      name: 'a folder set from the fixed choices of an if that tests the URI',
      code: `server {\n    location ~ \\.php$ {\n        if ($uri ~ "^/(site1|site2)/") {\n            set $site $1;\n        }\n        ${PASS}\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root/$site/index.php;\n    }\n}\n`,
    },
    {
      name: 'a set reads the value of the sets run before it, not of a later one',
      code: `server {\n    location ~ \\.php$ {\n        set $script /index.php;\n        set $x $script;\n        set $script $uri;\n        ${PASS}\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$x;\n    }\n}\n`,
    },
    {
      name: 'an exact location names one script',
      code: `server {\n    location = /cron.php {\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
    },
  ],
  invalid: [
    {
      // Blind case rocky-drupal--include-default-d: RHEL's php-fpm package ships default.d/php.conf,
      // which nginx.conf's default server includes (it redirects) and the site includes too.
      name: "a snippet's PHP location that a redirecting server includes first and a site server next",
      path: 'etc/nginx/default.d/php.conf',
      code: 'location ~ \\.(php|phar)(/.*)?$ {\n    fastcgi_split_path_info ^(.+\\.(?:php|phar))(/.*)$;\n    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    fastcgi_pass php-fpm;\n}\n',
      files: {
        'etc/nginx/nginx.conf':
          'events {}\nhttp {\n    server {\n        listen 80 default_server;\n        root /usr/share/nginx/html;\n        include /etc/nginx/default.d/*.conf;\n        return 301 https://$host$request_uri;\n    }\n    include /etc/nginx/conf.d/*.conf;\n}\n',
        'etc/nginx/conf.d/site.conf':
          'server {\n    listen 443 ssl;\n    root /var/www/site/web;\n    include /etc/nginx/default.d/*.conf;\n}\n',
      },
      errors: [{ messageId: 'noCheck', line: 1, column: 1 }],
      output:
        'location ~ \\.(php|phar)(/.*)?$ {\n    fastcgi_split_path_info ^(.+\\.(?:php|phar))(/.*)$;\n    try_files $fastcgi_script_name =404;\n    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    fastcgi_pass php-fpm;\n}\n',
    },
    {
      name: 'the generic script name set after a fixed one: PHP-FPM reads the last',
      code: `server {\n    location ~ \\.php$ {\n        fastcgi_param SCRIPT_FILENAME /var/www/app/index.php;\n        ${PASS}\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 2, column: 5 }],
    },
    {
      name: 'a server-level rewrite to the front controller under a condition',
      code: `server {\n    if (!-e $request_filename) {\n        rewrite ^ /index.php last;\n    }\n    location ~ \\.php$ {\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 5, column: 5 }],
    },
    {
      // Review of the open suspicions: the message named `/uploads/avatar.jpg/x.php`, which this
      // location does not take.
      name: "the message shows a request the location's own regex takes",
      code: 'server {\n    location ~ ^/legacy/.+\\.php$ {\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n}\n',
      errors: [
        { messageId: 'noCheck', line: 2, column: 5, message: /`\/legacy\/[^`]*\.php` runs an uploaded file/ },
      ],
    },
    {
      // The server's set runs; the surrounding location's fixed set does not.
      name: "the server's set from the URI, past a fixed set in the location around the PHP location",
      code: `server {\n    set $script $uri;\n    location /app/ {\n        set $script /index.php;\n        location ~ \\.php$ {\n            ${PASS}\n            ${SCRIPT_PARAMS}\n        }\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 5, column: 9 }],
    },
    {
      name: 'a regex restricted to a directory still takes an uploaded file under it',
      code: `server {\n    location ~ ^/wp-content/.+\\.php$ {\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 2, column: 5 }],
      output: `server {\n    location ~ ^/wp-content/.+\\.php$ {\n        try_files $uri =404;\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
    },
    {
      // Acceptance case nextcloud--php-entry-regex-without-check: the branches `updater\/.+` and
      // `.+\/richdocumentscode\/proxy` take `/updater/a.jpg/x.php` and `/a.jpg/richdocumentscode/proxy.php`.
      name: "Nextcloud's older entry-point regex without try_files",
      code: `server {\n    location ~ ^\\/(?:index|remote|public|cron|core\\/ajax\\/update|status|ocs\\/v[12]|updater\\/.+|oc[ms]-provider\\/.+|.+\\/richdocumentscode\\/proxy)\\.php(?:$|\\/) {\n        fastcgi_split_path_info ^(.+?\\.php)(\\/.*|)$;\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 2, column: 5 }],
    },
    {
      name: 'a prefix location that passes everything under it to PHP',
      code: `server {\n    location /legacy/ {\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 2, column: 5 }],
      output: `server {\n    location /legacy/ {\n        try_files $uri =404;\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
    },
    {
      // Acceptance case moodle--php-if-robots-header; checked on nginx 1.22: `/login/nope.php`
      // reaches PHP-FPM (502 without a backend) while `/nope.php` gets the 404.
      name: 'an if that lets the request through is served without the location try_files',
      code: `server {\n    location ~ [^/]\\.php(/|$) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        try_files $fastcgi_script_name =404;\n        if ($uri ~ "^/(login|admin)/") {\n            add_header X-Robots-Tag "noindex, nofollow";\n        }\n        ${PASS}\n        include fastcgi.conf;\n    }\n}\n`,
      errors: [
        {
          messageId: 'ifBypass',
          line: 2,
          column: 5,
          message:
            '`location ~ [^/]\\.php(/|$)` checks that the script exists with `try_files`, but requests that match `if ($uri ~ "^/(login|admin)/")` are served with that block\'s configuration, which does not inherit `try_files`: such a request for `/upload/a.jpg/x.php` still runs an uploaded file as PHP',
        },
      ],
    },
    {
      // Review finding: the rewrite takes one path; /uploads/a.jpg/x.php?legacy=1 stays in the if.
      name: 'an if whose rewrite takes only one path lets the other requests through',
      code: `server {\n    location ~ \\.php$ {\n        try_files $uri =404;\n        if ($arg_legacy) {\n            rewrite ^/old\\.php$ /index.php last;\n        }\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
      errors: [{ messageId: 'ifBypass', line: 2, column: 5 }],
    },
    {
      name: 'an empty if is enough to leave try_files behind (nginx "If is evil")',
      code: `server {\n    location ~ \\.php$ {\n        include snippets/fastcgi-php.conf;\n        set $cached 0;\n        if ($http_cookie ~ session) {\n            set $cached 1;\n        }\n        ${PASS}\n    }\n}\n`,
      errors: [{ messageId: 'ifBypass', line: 2, column: 5 }],
    },
    {
      name: 'the tutorial location: the check goes first in the block',
      code: `server {\n    location ~ \\.php$ {\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
      errors: [
        {
          messageId: 'noCheck',
          line: 2,
          column: 5,
          endColumn: 22,
          message:
            '`location ~ \\.php$` passes any path ending in `.php` to PHP-FPM without checking that the script exists: `/upload/a.jpg/x.php` runs an uploaded file as PHP',
        },
      ],
      output: `server {\n    location ~ \\.php$ {\n        try_files $uri =404;\n        ${PASS}\n        ${PARAMS}\n    }\n}\n`,
    },
    {
      name: 'with fastcgi_split_path_info: the script part is checked, after the split',
      code: `server {\n  location ~ [^/]\\.php(/|$) {\n    fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n    ${PASS}\n    include fastcgi.conf;\n  }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 2, column: 3 }],
      output: `server {\n  location ~ [^/]\\.php(/|$) {\n    fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n    try_files $fastcgi_script_name =404;\n    ${PASS}\n    include fastcgi.conf;\n  }\n}\n`,
    },
    {
      // Seen with acceptance case prestashop8--php-snippet-path-info-fix: try_files empties
      // $fastcgi_path_info (nginx trac #321), so the fix keeps it in $path_info first.
      name: 'with a PATH_INFO parameter: its value is kept before try_files',
      code: `server {\n    location ~ [^/]\\.php(/|$) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        ${PASS}\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n        fastcgi_param PATH_INFO $fastcgi_path_info;\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 2, column: 5 }],
      output: `server {\n    location ~ [^/]\\.php(/|$) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        set $path_info $fastcgi_path_info;\n        try_files $fastcgi_script_name =404;\n        ${PASS}\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n        fastcgi_param PATH_INFO $path_info;\n    }\n}\n`,
    },
    {
      name: 'PATH_INFO written with braces is kept too',
      code: `server {\n    location ~ [^/]\\.php(/|$) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        ${PASS}\n        fastcgi_param PATH_INFO \${fastcgi_path_info};\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 2, column: 5 }],
      output: `server {\n    location ~ [^/]\\.php(/|$) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        set $path_info $fastcgi_path_info;\n        try_files $fastcgi_script_name =404;\n        ${PASS}\n        fastcgi_param PATH_INFO "\${path_info}";\n    }\n}\n`,
    },
    {
      name: 'PATH_INFO inherited from the server: no fix (it cannot be pointed at $path_info here)',
      code: `server {\n    fastcgi_param PATH_INFO $fastcgi_path_info;\n    location ~ [^/]\\.php(/|$) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        ${PASS}\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 3, column: 5 }],
      output: null,
    },
    {
      // Acceptance case concretecms--php-location-from-docs, checked on nginx 1.22.1.
      name: "Concrete CMS's documented location: the script name is set from the URI",
      code: `server {\n    location ~ \\.php($|/) {\n        set $script $uri;\n        set $path_info "";\n        if ($uri ~ "^(.+\\.php)(/.+)") {\n            set $script $1;\n            set $path_info $2;\n        }\n        ${PASS}\n        ${SCRIPT_PARAMS}\n        fastcgi_param PATH_INFO $path_info;\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 2, column: 5 }],
      // The if does not inherit try_files: no fix, the location needs rewriting.
      output: null,
    },
    {
      name: 'a script name set from a URI variable',
      code: `server {\n    location ~ \\.php$ {\n        set $script $request_uri;\n        ${PASS}\n        ${SCRIPT_PARAMS}\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 2, column: 5 }],
      output: `server {\n    location ~ \\.php$ {\n        try_files $uri =404;\n        set $script $request_uri;\n        ${PASS}\n        ${SCRIPT_PARAMS}\n    }\n}\n`,
    },
    {
      name: 'a script name set from the capture of an if that tests the URI',
      code: `server {\n    location ~ \\.php($|/) {\n        set $script /index.php;\n        if ($uri ~ "^(.+\\.php)(/.+)") {\n            set $script $1;\n        }\n        ${PASS}\n        ${SCRIPT_PARAMS}\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 2, column: 5 }],
      // The if does not inherit try_files: no fix, the location needs rewriting.
      output: null,
    },
    {
      // Checked on nginx 1.22.1: $x keeps the value $script had when `set $x` ran.
      name: 'a script name copied before the variable it copies is set to a fixed value',
      code: `server {\n    location ~ \\.php$ {\n        set $script $uri;\n        set $x $script;\n        set $script /index.php;\n        ${PASS}\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$x;\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 2, column: 5 }],
    },
    {
      name: "a copy in the location of the server's script name, set later to a fixed value",
      code: `server {\n    set $script $uri;\n    location ~ \\.php$ {\n        set $x $script;\n        set $script /index.php;\n        ${PASS}\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$x;\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 3, column: 5 }],
    },
    {
      name: 'a script name set from the URI at the server level',
      code: `server {\n    set $script $uri;\n    location ~ \\.php$ {\n        ${PASS}\n        ${SCRIPT_PARAMS}\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 3, column: 5 }],
    },
    {
      name: "a named capture of the location's regex",
      code: `server {\n    location ~ ^(?<script>.+\\.php)(/|$) {\n        ${PASS}\n        ${SCRIPT_PARAMS}\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 2, column: 5 }],
    },
    {
      name: "a capture of the location's rewrite in SCRIPT_FILENAME",
      code: `server {\n    location ~ \\.php$ {\n        rewrite ^/old/(.+\\.php)$ /$1 break;\n        ${PASS}\n        fastcgi_param SCRIPT_FILENAME $document_root/$1;\n    }\n}\n`,
      errors: [{ messageId: 'noCheck', line: 2, column: 5 }],
    },
    {
      name: 'only the parameter file is included',
      code: `location ~* \\.php$ {\n\tinclude fastcgi_params;\n\tfastcgi_pass 127.0.0.1:9000;\n}\n`,
      path: 'etc/nginx/snippets/php.conf',
      errors: [{ messageId: 'noCheck', line: 1, column: 1 }],
      output: `location ~* \\.php$ {\n\ttry_files $uri =404;\n\tinclude fastcgi_params;\n\tfastcgi_pass 127.0.0.1:9000;\n}\n`,
    },
    {
      name: 'a location written on one line',
      code: 'server {\n    location ~ \\.php$ { fastcgi_pass php:9000; include fastcgi.conf; }\n}\n',
      errors: [{ messageId: 'noCheck', line: 2, column: 5 }],
      output:
        'server {\n    location ~ \\.php$ { try_files $uri =404; fastcgi_pass php:9000; include fastcgi.conf; }\n}\n',
    },
    {
      name: 'the handler comes from an included file',
      code: 'server {\n    location ~ \\.php$ {\n        include snippets/fpm.conf;\n    }\n}\n',
      files: { 'etc/nginx/snippets/fpm.conf': `${PASS}\nfastcgi_param SCRIPT_FILENAME $request_filename;\n` },
      errors: [{ messageId: 'noCheck', line: 2, column: 5 }],
      output:
        'server {\n    location ~ \\.php$ {\n        try_files $uri =404;\n        include snippets/fpm.conf;\n    }\n}\n',
    },
  ],
});

/**
 * Thousands of servers with a PHP location each. The larger config (four times as many servers)
 * must not take ten times as long, which a linear rule never does and a quadratic one always does.
 */
test('linting time grows linearly with the number of servers', () => {
  assertLintTimeGrowsLinearly([phpAnyFile], (i) => phpServer(i));
});

/**
 * `set`s that read one another, in one location: `set $a $a$a…` and `if`s that swap `$a` and
 * `$b`. Each `set` is read once: four times as many must not take ten times as long (following
 * every path through them took seconds for 20 of them and grew like the sixth power of the `if`s).
 */
test('linting time grows linearly with the number of sets that read one another', () => {
  const linter = new Linter([phpAnyFile], FORMATS);
  const config = (pairs: number) =>
    `events {}\nhttp {\n    server {\n        location ~ \\.php$ {\n            ${PASS}\n` +
    `            fastcgi_param SCRIPT_FILENAME $document_root$a;\n            set $a ${'$a'.repeat(20)};\n` +
    Array.from(
      { length: pairs },
      (_, i) =>
        `            if ($arg_k${i}) { set $a $b$a; }\n            if ($arg_j${i}) { set $b $a$b; }\n`,
    ).join('') +
    '        }\n    }\n}\n';
  const time = (text: string) => {
    const path = '/ws/etc/nginx/nginx.conf';
    const started = performance.now();
    const result = linter.lint(
      { path, text, format: 'nginx' },
      { config: defaultConfig(), workspace: new MemoryWorkspace('/ws', { [path]: text }) },
    );
    const elapsed = performance.now() - started;
    // `$a` never takes the path, and no rule fails (a stack overflow would).
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      [],
    );
    return elapsed;
  };
  time(config(100));
  const small = Math.min(time(config(400)), time(config(400)));
  const large = Math.min(time(config(1600)), time(config(1600)));
  assert.ok(large < 10 * small + 100, `${small.toFixed(1)} ms, then ${large.toFixed(1)} ms at 4×`);
});
