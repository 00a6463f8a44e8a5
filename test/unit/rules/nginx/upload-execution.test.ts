import { test } from 'node:test';
import { assertLintTimeGrowsLinearly, phpServer } from '../../../helpers/lint-growth.ts';
import { uploadExecution } from '../../../../rules/nginx/upload-execution.ts';
import { DEFAULT_UPLOAD_PATHS } from '../../../../server/src/engine/config-types.ts';
import { uploadPath } from '../../../../server/src/formats/nginx/semantics-upload-paths.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const PHP =
  '    location ~ \\.php$ {\n        try_files $uri =404;\n        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    }\n';
/** Laravel's public/storage link, as the workspace tree shows it under the root. */
const LARAVEL_STORAGE = {
  'var/www/app/public/storage/avatars/1.png': '',
  'var/www/app/public/index.php': '',
};
/** The finding for scripts under /storage/, on the PHP location of line 3. */
const STORAGE_RUNS = [
  { messageId: 'runs', line: 3, column: 5, message: /`\/storage\/`: a request for `\/storage\/h\.php`/ },
];
/** A PHP location nested in an aliasing location: it reads the script through the alias. */
const NESTED_PHP =
  '        location ~ \\.php$ {\n            fastcgi_pass unix:/run/php/php-fpm.sock;\n            include fastcgi_params;\n            fastcgi_param SCRIPT_FILENAME $request_filename;\n        }\n';
const DENY = (path: string) =>
  `    location ~* ^/${path}/.*\\.(php\\d?|phtml|phar|pl|py|cgi|sh|exe|bat)(?:/|$) {\n        deny all;\n    }\n`;
/** Magento 2.0's sample: the front controllers matched by an unanchored regex (any URI ending in their names). */
const MAGENTO_FRONT =
  '    location ~ (index|get|static|report|404|503|health_check)\\.php$ {\n        try_files $uri =404;\n        fastcgi_pass fastcgi_backend;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n        include fastcgi_params;\n    }\n';
/** Magento's media location and its deny for customer files, which a regex location beats. */
const MAGENTO_MEDIA =
  '    location /media/ {\n        try_files $uri $uri/ /get.php$is_args$args;\n    }\n    location /media/customer/ {\n        deny all;\n    }\n';
/** Magento's last location: every other script is denied, so `/media/h.php` is. */
const MAGENTO_DENY_REST =
  '    location ~* (\\.php$|\\.phtml$|\\.htaccess$|\\.git) {\n        deny all;\n    }\n';
const magento = (locations: string) =>
  `server {\n    root /var/www/magento2/pub;\n${MAGENTO_MEDIA}${locations}${MAGENTO_DENY_REST}}\n`;
/** An nginx.conf that places the sites file, which includes the store's locations from a snippet. */
const PLACED_SNIPPET_FILES = {
  'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include sites-enabled/*.conf;\n}\n',
  'etc/nginx/sites-enabled/shop.conf':
    'server {\n    root /var/www/magento2/pub;\n    include snippets/magento.conf;\n}\n',
};
const SNIPPET = `${MAGENTO_MEDIA}${MAGENTO_FRONT}${MAGENTO_DENY_REST}`.replace(/^ {4}/gm, '');

/** nginx's PHP-FPM example: the location also takes `/x.php/path`, and runs the script before the path info. */
const PATH_INFO_PHP = (check = 'try_files $fastcgi_script_name =404;') =>
  `    location ~ [^/]\\.php(/|$) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        ${check}\n        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n        fastcgi_param PATH_INFO $fastcgi_path_info;\n    }\n`;
/** Webinoly's `phpx.conf`: path info split, the script checked, SCRIPT_FILENAME `$request_filename` (its fastcgi_params). */
const WEBINOLY_PHP = (
  check = 'if (!-f $document_root$fastcgi_script_name) {\n            return 404;\n        }',
) =>
  `    location ~* [^/]\\.php(/|$) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        ${check}\n        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n        fastcgi_param SCRIPT_FILENAME $request_filename;\n    }\n`;
/** A deny for the upload's scripts that needs the URI to end with the extension. */
const END_DENY = (path: string) =>
  `    location ~* ^/${path}/.*\\.(php\\d?|phtml|phar)$ {\n        deny all;\n    }\n`;
const pathInfoServer = (locations: string) =>
  `server {\n    root /var/www/app;\n    location /uploads/ {\n        expires 7d;\n    }\n${locations}}\n`;
/** A Drupal multisite's tree: the shop's files next to the default site's. */
const MULTISITE_FILES = {
  'web/sites/default/files/a.pdf': '',
  'web/sites/shop/files/b.pdf': '',
  'web/sites/shop/settings.php': '',
};
/** The uploads deny written for the default site only. */
const DEFAULT_SITE_DENY = '    location ~ ^/sites/default/files/.*\\.php$ {\n        deny all;\n    }\n';
const drupal = (locations: string) => `server {\n    root /var/www/drupal/web;\n${locations}${PHP}}\n`;
/** A PHP location that takes the script name from `$script`, set by `sets` (Concrete CMS's documented one sets it from the URI). */
const SCRIPT_PHP = (sets: string, pattern = '\\.php$') =>
  `    location ~ ${pattern} {\n${sets}        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$script;\n    }\n`;
/** The generic PHP location of Concrete CMS's nginx documentation: the path info is split by hand. */
const CONCRETE_PHP = SCRIPT_PHP(
  '        set $script $uri;\n        set $path_info "";\n        if ($uri ~ "^(.+\\.php)(/.+)") {\n            set $script $1;\n            set $path_info $2;\n        }\n',
  '\\.php($|/)',
);
/** The uploads location of `pathInfoServer`, with a script location that names the script `$script`. */
const scriptServer = (serverSets: string, sets: string) =>
  `server {\n    root /var/www/app;\n${serverSets}    location /uploads/ {\n        expires 7d;\n    }\n${SCRIPT_PHP(sets)}}\n`;

testRule(uploadExecution, {
  valid: [
    {
      // A variable segment stands only for the folders that fit the rest of it: `app-$site` is
      // not `legacy`, whose storage/ nginx never serves from this root.
      name: 'a root written with a variable does not stand for folders that do not fit it',
      code: `server {\n    root /srv/app-$site/public;\n${PHP}}\n`,
      files: { 'srv/legacy/public/storage/avatars/1.png': '', 'srv/app-shop/public/index.php': '' },
    },
    {
      name: 'a root written with a variable: the deny covers every site the variable stands for',
      code: `server {\n    root /srv/sites/$site/public;\n${DENY('storage')}${PHP}}\n`,
      files: { 'srv/sites/shop/public/storage/avatars/1.png': '', 'srv/sites/crm/public/storage/b.png': '' },
    },
    {
      // Blind case freescout: the internal X-Accel-Redirect target does not undo the deny.
      name: "an internal location below Laravel's /storage/ beside a deny of its scripts",
      code: `server {\n    root /var/www/app/public;\n${DENY('storage')}${PHP}    location ^~ /storage/app/attachment/ {\n        internal;\n        alias /var/www/app/storage/app/attachment/;\n    }\n}\n`,
      files: LARAVEL_STORAGE,
    },
    {
      // Blind case wo-subfolder: the shop's own deny, nested in its location, covers its uploads.
      name: 'a WordPress in a subfolder whose uploads its own location denies',
      code: `server {\n    root /var/www/site;\n    location /shop/ {\n        try_files $uri $uri/ /shop/index.php?$args;\n        location ~* ^/shop/wp-content/uploads/.*\\.php$ {\n            deny all;\n        }\n    }\n${PHP}}\n`,
      files: { 'var/www/site/shop/wp-content/uploads/2025/10/a.jpg': '', 'var/www/site/shop/index.php': '' },
    },
    {
      // Blind case bolt--php-fpm-conf-from-docs (nginx 1.22.1: /nope/a.jpg/x.php and /x.php/y ran
      // index.php): a file try_files finds becomes $uri, so the location runs index.php only.
      name: "Bolt's documented PHP location, pinned to index.php by try_files, runs no upload",
      code: 'server {\n    root /var/www/bolt/public;\n    location /files/ {\n        expires 30d;\n    }\n    location ~ [^/]\\.php(/|$) {\n        try_files /index.php =404;\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n}\n',
    },
    {
      name: 'a server-level catch-all rewrite: /uploads/h.php is /index.php when the locations are searched',
      code: `server {\n    root /var/www/app;\n    rewrite ^ /index.php last;\n    location /uploads/ {\n        expires 30d;\n    }\n${PHP}}\n`,
    },
    {
      // nginx 1.22.1: every nested location of an internal one answers clients 404.
      name: 'a PHP location nested in an internal uploads location: internal is inherited',
      code: 'server {\n    root /var/www/html;\n    location /uploads/ {\n        internal;\n        location ~ \\.php$ {\n            include fastcgi_params;\n            fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n            fastcgi_pass 127.0.0.1:9000;\n        }\n    }\n}\n',
    },
    {
      name: 'an assets/files folder of built files, where Flarum does not show',
      code: `server {\n    root /var/www/shop/public;\n${PHP}}\n`,
      files: { 'var/www/shop/public/assets/files/app.css': '', 'var/www/shop/composer.json': '{}' },
    },
    {
      name: 'a location for a script whose name ends like a MediaWiki one is no sign of MediaWiki',
      code: `server {\n    root /var/www/shop/public;\n    location = /download.php {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n${PHP}}\n`,
      files: { 'var/www/shop/public/images/logo.png': '', 'var/www/shop/public/download.php': '' },
    },
    {
      name: 'the same front controller anchored at the root never takes the uploaded index.php',
      code: `server {\n    root /var/www/shop/public;\n    index index.php;\n    location /media/ {\n        expires 30d;\n    }\n    location ~ ^/index\\.php(?:/|$) {\n        internal;\n        try_files $fastcgi_script_name =404;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    }\n    location ~ \\.php$ {\n        return 404;\n    }\n}\n`,
    },
    {
      name: 'an application/files folder where Concrete CMS does not show',
      code: `server {\n    root /srv/app/public;\n${PHP}}\n`,
      files: { 'srv/app/public/application/files/report.pdf': '', 'srv/app/public/index.php': '' },
    },
    {
      name: 'content/user/images and attachments folders where phpMyFAQ does not show',
      code: `server {\n    root /srv/site/public;\n    location /content/ {\n        try_files $uri $uri/ /index.php?$query_string;\n    }\n${PATH_INFO_PHP()}}\n`,
      files: {
        'srv/site/public/content/user/images/logo.png': '',
        'srv/site/public/content/user/attachments/report.pdf': '',
        'srv/site/public/index.php': '',
        'srv/site/src/App/Kernel.php': '',
      },
    },
    {
      name: 'an assets/ folder of built files, where Silverstripe does not show',
      code: `server {\n    root /srv/shop/public;\n${PHP}}\n`,
      files: {
        'srv/shop/public/assets/app.css': '',
        'srv/shop/public/index.php': '',
        'srv/shop/composer.json': '{"require": {"laravel/framework": "^10"}}',
      },
    },
    {
      name: 'a sites/*/documents folder where OpenEMR does not show',
      code: `server {\n    root /srv/portal;\n${PHP}}\n`,
      files: { 'srv/portal/sites/main/documents/brochure.pdf': '', 'srv/portal/index.php': '' },
    },
    {
      name: 'a public/ folder where no PKP application shows',
      code: `server {\n    root /srv/site;\n${PHP}}\n`,
      files: { 'srv/site/public/logo.png': '', 'srv/site/index.php': '' },
    },
    {
      // Review: `ops` in a root's name is no sign of PKP's Open Preprint Systems.
      name: 'a public/ folder under a root named ops',
      code: `server {\n    root /var/www/ops;\n${PHP}}\n`,
      files: {
        'var/www/ops/public/css/app.css': '',
        'var/www/ops/public/logo.png': '',
        'var/www/ops/index.php': '',
      },
    },
    {
      // Review of the Chevereto signs: an images/ folder of a site's own pictures stays silent.
      name: 'an images/ folder where no application that uploads to it shows',
      code: `server {\n    root /srv/gallery;\n${PHP}}\n`,
      files: {
        'srv/gallery/images/2025/photo.jpg': '',
        'srv/gallery/images/source/original.jpg': '',
        'srv/gallery/images/uploads/a.jpg': '',
        'srv/gallery/app/config.php': '',
        'srv/gallery/index.php': '',
      },
    },
    {
      name: 'a data/ folder and an albums/ folder where neither Jeedom nor Coppermine shows',
      code: `server {\n    root /srv/site;\n${PHP}}\n`,
      files: {
        'srv/site/data/countries.json': '',
        'srv/site/albums/2024/beach.jpg': '',
        'srv/site/index.php': '',
      },
    },
    {
      // Round 7 review: the folders whose names say little, where their application does not show.
      name: 'pages/, shared/, repository/, content/images/, data/files/ of a site where none of their applications shows',
      code: `server {\n    root /srv/site;\n${PHP}}\n`,
      files: {
        'srv/site/pages/about/team.jpg': '',
        'srv/site/shared/logo.png': '',
        'srv/site/repository/catalogue.pdf': '',
        'srv/site/content/images/banner.jpg': '',
        'srv/site/data/files/terms.pdf': '',
        'srv/site/img/media/map.png': '',
        'srv/site/img/public/avatar.png': '',
        'srv/site/avatars/default.png': '',
        'srv/site/app/uploads/brochure.pdf': '',
        'srv/site/index.php': '',
      },
    },
    {
      // Blind case egroupware (round 7): EGroupware's `files/` holds its WebDAV entry point alone.
      name: 'a default upload folder under an alias that holds scripts and nothing else is code',
      code: `server {\n    root /var/www/html;\n    location ^~ /egroupware/ {\n        alias /usr/share/egroupware/;\n${NESTED_PHP}    }\n}\n`,
      files: {
        'usr/share/egroupware/files/webdav.php': '',
        'usr/share/egroupware/index.php': '',
        'var/www/html/index.html': '',
      },
    },
    {
      name: "Centreon's img/media/ under an alias where Centreon does not show",
      code: `server {\n    root /var/www/html;\n    location ^~ /monitor/ {\n        alias /srv/monitor/www/;\n${NESTED_PHP}    }\n}\n`,
      files: { 'srv/monitor/www/img/media/logo.png': '', 'srv/monitor/www/index.php': '' },
    },
    {
      name: 'an IMG/ folder of a static site, where SPIP does not show',
      code: `server {\n    root /srv/site;\n${PHP}}\n`,
      files: {
        'srv/site/IMG/banner.jpg': '',
        'srv/site/contact.php': '',
        'srv/site/index.php': '',
      },
    },
    {
      name: 'images/uploads and images/avatars where ExpressionEngine does not show',
      code: `server {\n    root /srv/site;\n${PHP}}\n`,
      files: {
        'srv/site/images/uploads/team.jpg': '',
        'srv/site/images/avatars/a.png': '',
        'srv/site/system/index.html': '',
        'srv/site/index.php': '',
      },
    },
    {
      name: 'a site/assets/files folder where ProcessWire does not show',
      code: `server {\n    root /srv/site/public;\n${PHP}}\n`,
      files: {
        'srv/site/public/site/assets/files/logo.png': '',
        'srv/site/public/index.php': '',
      },
    },
    {
      name: 'a script name set from a fixed value runs the front controller, not the upload',
      code: scriptServer('', '        set $script /index.php;\n'),
    },
    {
      name: "a site's own images/ folder is no upload folder where neither Joomla nor MediaWiki shows",
      code: `server {\n    root /var/www/shop/public;\n    location /images/ {\n        expires 30d;\n    }\n${PHP}}\n`,
      files: { 'var/www/shop/public/images/logo.png': '', 'var/www/shop/public/index.php': '' },
    },
    {
      name: "a site's images/docs/ and images/persons/ where SLiMS does not show",
      code: `server {\n    root /var/www/site;\n${PHP}}\n`,
      files: {
        'var/www/site/images/docs/manual.png': '',
        'var/www/site/images/persons/team.jpg': '',
        'var/www/site/index.php': '',
      },
    },
    {
      // Acceptance case mautic--php-location-before-denies: a deny list for app/ is no mention of
      // Chamilo's app/upload, app/courses, app/home.
      name: 'a regex about every folder of a parent does not mention the upload directory in it',
      code: `server {\n    root /var/www/mautic/docroot;\n${PHP}    location ~ ^/(?:app|plugins|config)/ {\n        deny all;\n    }\n}\n`,
    },
    {
      // Acceptance case dbtools--uploads-alias-outside-root.
      name: 'the upload location itself aliases a directory outside the root',
      code: `server {\n    root /srv/intranet;\n    location /uploads/ {\n        alias /srv/intranet-data/uploads/;\n    }\n${PHP}}\n`,
    },
    {
      // Acceptance case dbtools--uploads-alias-outside-root (checked on nginx 1.22.1: 404): the
      // server's PHP location takes /avatars/h.php but looks for it under its own root.
      name: 'an alias serves the upload directory under another URL: the server-level PHP location looks under its root',
      code: `server {\n    root /var/www/app/public;\n    location /avatars/ {\n        alias /var/www/app/uploads/;\n    }\n${PHP}}\n`,
    },
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
      // Acceptance case ispmanager-ps17--source-dirs-doc-regex: PrestaShop 1.7's var/ holds its
      // cache and logs, which no upload reaches; the bypassed source-folder deny (its nginx page's
      // regex, a location for /var/) is regex-location-bypass's finding, not an upload run.
      name: "PrestaShop's var/ (its cache and logs) is no upload folder, even where a deny list names it",
      code: `server {\n    root /var/www/shop;\n${PHP}    location ~ ^/(app|bin|cache|classes|config|src|var|vendor)/ {\n        deny all;\n    }\n}\n`,
      files: {
        'var/www/shop/var/cache/prod/appProdProjectContainer.php': '',
        'var/www/shop/var/logs/prod.log': '',
        'var/www/shop/var/index.php': '',
        'var/www/shop/classes/Cookie.php': '',
        'var/www/shop/vendor/prestashop/autoload.php': '',
        'var/www/shop/index.php': '',
      },
    },
    {
      // An application that shows nothing of Chamilo 2, Ibexa or Pimcore: `var/` is taken for what
      // it is in most of them (Symfony's cache and logs), as `images/` is taken for a site's own
      // pictures. A user whose uploads live there lists it in `uploadPaths`.
      name: 'a var/ folder under the root of an application that uploads nothing there',
      code: `server {\n    root /srv/app;\n${PHP}}\n`,
      files: { 'srv/app/var/cache/a.txt': '', 'srv/app/var/log/app.log': '', 'srv/app/index.php': '' },
    },
    {
      name: 'a location for /var/ in a configuration that shows no application uploading there',
      code: `server {\n    root /var/www/app;\n    location /var/ {\n        expires 7d;\n    }\n${PHP}}\n`,
    },
    {
      // Near misses of the signs: any Symfony application has src/ and var/cache/; Chamilo 2's
      // sign is var/upload/, not a folder of a similar name.
      name: "a Symfony project's var/, with a CoreBundle and var/uploads-cache/, shows no Chamilo 2",
      code: `server {\n    root /srv/api;\n${PHP}}\n`,
      files: {
        'srv/api/var/uploads-cache/a.txt': '',
        'srv/api/src/CoreBundle/Kernel.txt': '',
        'srv/api/index.php': '',
      },
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
        'var/www/moodle/files/coursefilesedit.php': '',
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
    {
      name: 'a front controller regex anchored at the root takes no script under /media/',
      code: magento(MAGENTO_FRONT.replace('~ (index', '~ ^/(index')),
    },
    {
      name: 'an exact front-controller location takes no script under /media/',
      code: magento(
        '    location = /index.php {\n        fastcgi_pass fastcgi_backend;\n        include fastcgi.conf;\n    }\n',
      ),
    },
    {
      name: "Magento 2.0's unanchored front-controller regex after a deny for the media scripts",
      code: magento(`${DENY('media')}${MAGENTO_FRONT}`),
    },
    {
      name: 'a snippet that an nginx.conf places holds the script location: the snippet reports it, not the server file',
      path: 'etc/nginx/sites-enabled/shop.conf',
      code: PLACED_SNIPPET_FILES['etc/nginx/sites-enabled/shop.conf'],
      files: {
        'etc/nginx/nginx.conf': PLACED_SNIPPET_FILES['etc/nginx/nginx.conf'],
        'etc/nginx/snippets/magento.conf': SNIPPET,
      },
    },
    {
      name: 'a deny ending in $ is enough for a PHP location that takes no path info',
      code: `server {\n    root /var/www/app;\n    location /uploads/ {\n    }\n${END_DENY('uploads')}${PHP}}\n`,
    },
    {
      name: 'a path-info PHP location whose try_files tests $uri: /uploads/h.php/x is no file',
      code: pathInfoServer(`${END_DENY('uploads')}${PATH_INFO_PHP('try_files $uri =404;')}`),
    },
    {
      name: 'a path-info PHP location with an if (!-f $request_filename) check: /uploads/h.php/x is no file',
      code: pathInfoServer(
        `${END_DENY('uploads')}${PATH_INFO_PHP('if (!-f $request_filename) {\n            return 404;\n        }')}`,
      ),
    },
    {
      name: 'a path-info location with SCRIPT_FILENAME $request_filename whose try_files tests $uri',
      code: pathInfoServer(`${END_DENY('uploads')}${WEBINOLY_PHP('try_files $uri =404;')}`),
    },
    {
      name: 'a path-info PHP location after a deny that also takes path info',
      code: pathInfoServer(`${DENY('uploads')}${PATH_INFO_PHP()}`),
    },
    {
      name: 'a nested deny for the path-info form inside the upload location',
      code: `server {\n    root /var/www/app;\n    location /upload {\n        location ~ \\.php(/|$) {\n            deny all;\n        }\n    }\n${PATH_INFO_PHP()}}\n`,
    },
    {
      name: 'a path-info PHP location whose split names another script than the upload',
      code: pathInfoServer(
        `${END_DENY('uploads')}${PATH_INFO_PHP().replace('^(.+?\\.php)(/.*)$', '^(/index\\.php)(/.*)$')}`,
      ),
    },
    {
      name: "a multisite directory named after the host: the recipe's \\..*/.*\\.php$ location refuses its scripts",
      code: drupal(`    location ~ \\..*/.*\\.php$ {\n        return 403;\n    }\n${DEFAULT_SITE_DENY}`),
      files: { 'web/sites/default/files/a.pdf': '', 'web/sites/shop.example.org/files/b.pdf': '' },
    },
    {
      name: "another site's files directory that holds committed PHP scripts is code: not probed",
      code: drupal(DEFAULT_SITE_DENY),
      files: {
        'web/sites/default/files/a.pdf': '',
        'web/sites/legacy/files/shim.php': '',
        'web/sites/legacy/files/lib/bootstrap.php': '',
      },
    },
  ],
  invalid: [
    {
      // Blind cases castopod--root-project-folder's helper and forge-laravel--web-directory-project-root
      // (nginx 1.22.1: /public/storage/h.php ran): the project's folder as the root.
      name: "the public folder's upload directory under a root that is the project's folder",
      code: `server {\n    root /var/www/app;\n${PHP}}\n`,
      files: {
        'var/www/app/artisan': '',
        'var/www/app/public/index.php': '<?php\n',
        'var/www/app/public/storage/avatars/1.png': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/public\/storage\/`/ }],
    },
    {
      // Blind case subfolder-laravel--upload-deny-after-php (nginx 1.22.1: /crm/storage/h.php
      // reached PHP): a Laravel application published at /crm/ beside a static site, its
      // public/storage link below the aliased folder, the storage deny after the PHP location.
      name: "an application's upload folder below a prefix location's alias folder",
      code: `server {\n    root /var/www/site;\n    location ^~ /crm/ {\n        alias /var/www/crm/public/;\n        try_files $uri $uri/ /crm/index.php?$query_string;\n${NESTED_PHP}        location ~* ^/crm/storage/.*\\.php$ {\n            deny all;\n        }\n    }\n}\n`,
      files: {
        'var/www/site/index.html': '',
        'var/www/crm/public/index.php': '<?php\n',
        'var/www/crm/public/storage/avatars/7f3a.jpg': '',
      },
      errors: [{ messageId: 'runs', line: 6, column: 9, message: /`\/crm\/storage\/`/ }],
    },
    {
      // Blind case zencart--template-root-regex-unanchored (nginx 1.22.1: /media/index.php reached PHP).
      name: 'a regex location that hands scripts to a named PHP location with error_page 418',
      code: `server {\n    root /var/www/app;\n    location @php {\n        if (!-f $document_root$fastcgi_script_name) {\n            return 404;\n        }\n        fastcgi_pass 127.0.0.1:9000;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    }\n    location ~ /(ajax|index)\\.php$ {\n        error_page 418 = @php;\n        return 418;\n    }\n    location ~ ^/media {\n        return 403;\n    }\n}\n`,
      files: { 'var/www/app/media/logo.png': '' },
      errors: [{ messageId: 'runs', line: 10, column: 5, message: /`\/media\/(index|ajax)\.php`/ }],
    },
    {
      // Review (nginx 1.22.1: /uploads/h.php ran): the lookahead leaves /uploads/ to the locations.
      name: 'a server-level rewrite of every path but the uploads',
      code: `server {\n    root /var/www/app;\n    rewrite ^/(?!uploads/) /index.php last;\n    location /uploads/ {\n        expires 30d;\n    }\n${PHP}}\n`,
      errors: [{ messageId: 'runs', line: 7, column: 5 }],
    },
    {
      name: 'a server-level rewrite of other paths leaves /uploads/h.php to the locations',
      code: `server {\n    root /var/www/app;\n    rewrite ^/shop/(.*)$ /index.php?route=$1 last;\n    location /uploads/ {\n        expires 30d;\n    }\n${PHP}}\n`,
      errors: [{ messageId: 'runs', line: 7, column: 5 }],
    },
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
      files: LARAVEL_STORAGE,
      errors: STORAGE_RUNS,
      output: `server {\n    root /var/www/app/public;\n${DENY('storage')}${PHP}}\n`,
    },
    {
      // Blind case freescout--storage-script-deny-removed: the X-Accel-Redirect target, internal,
      // said nothing of `/storage/`; it was taken for the location that serves the uploads.
      name: "an internal location below Laravel's /storage/ does not hide the uploads the root serves",
      code: `server {\n    root /var/www/app/public;\n${PHP}    location ^~ /storage/app/attachment/ {\n        internal;\n        alias /var/www/app/storage/app/attachment/;\n    }\n}\n`,
      files: LARAVEL_STORAGE,
      errors: STORAGE_RUNS,
      output: `server {\n    root /var/www/app/public;\n${DENY('storage')}${PHP}    location ^~ /storage/app/attachment/ {\n        internal;\n        alias /var/www/app/storage/app/attachment/;\n    }\n}\n`,
    },
    {
      // Blind case laravel-wildcard--generic-php-location: one server for every site of a folder.
      name: 'a root written with a variable: each folder the variable stands for is a root',
      code: `server {\n    server_name ~^(?<site>[a-z0-9-]+)\\.apps\\.example\\.com$;\n    root /srv/sites/$site/public;\n${PHP}}\n`,
      files: { 'srv/sites/shop/public/storage/avatars/1.png': '', 'srv/sites/shop/public/index.php': '' },
      errors: [{ messageId: 'runs', line: 4, column: 5, message: /`\/storage\/`/ }],
      output: `server {\n    server_name ~^(?<site>[a-z0-9-]+)\\.apps\\.example\\.com$;\n    root /srv/sites/$site/public;\n${DENY('storage')}${PHP}}\n`,
    },
    {
      // Blind case wo-subfolder--shop-uploads-deny-removed: the deny written for the root's copy
      // of WordPress does not take /shop/wp-content/uploads/.
      name: "a WordPress in a subfolder: its uploads are not the root's",
      code: `server {\n    root /var/www/site;\n    location ~* ^/wp-content/uploads/.*\\.php$ {\n        deny all;\n    }\n${PHP}}\n`,
      files: {
        'var/www/site/wp-content/uploads/a.jpg': '',
        'var/www/site/shop/wp-content/uploads/2025/10/a.jpg': '',
        'var/www/site/shop/index.php': '',
      },
      errors: [
        {
          messageId: 'runs',
          line: 6,
          column: 5,
          message: /`\/shop\/wp-content\/uploads\/`: a request for `\/shop\/wp-content\/uploads\/h\.php`/,
        },
      ],
      output: `server {\n    root /var/www/site;\n    location ~* ^/wp-content/uploads/.*\\.php$ {\n        deny all;\n    }\n${DENY('shop/wp-content/uploads')}${PHP}}\n`,
    },
    {
      name: "MediaWiki's upload directory under /w/ (short URLs), found under the root",
      code: `server {\n    root /var/www/wiki;\n${PHP}}\n`,
      files: { 'var/www/wiki/w/images/a/ab/Logo.png': '', 'var/www/wiki/w/index.php': '' },
      errors: [
        {
          messageId: 'runs',
          line: 3,
          column: 5,
          message: /`\/w\/images\/`: a request for `\/w\/images\/h\.php`/,
        },
      ],
      output: `server {\n    root /var/www/wiki;\n${DENY('w/images')}${PHP}}\n`,
    },
    {
      name: 'an alias back into the root leaves the uploads where the PHP location looks',
      code: `server {\n    root /var/www/html;\n    location /uploads/ {\n        alias /var/www/html/uploads/;\n        expires 30d;\n    }\n${PHP}}\n`,
      errors: [{ messageId: 'runs', line: 7, column: 5, message: /`\/uploads\/`/ }],
    },
    {
      name: 'another URL aliased to an upload directory inside the root: its own URL runs scripts',
      code: `server {\n    root /var/www/html;\n    location /media/ {\n        alias /var/www/html/wp-content/uploads/;\n    }\n${PHP}}\n`,
      errors: [{ messageId: 'runs', line: 6, column: 5, message: /`\/wp-content\/uploads\/`/ }],
    },
    {
      name: "TYPO3's fileadmin/ found under the root",
      code: `server {\n    root /var/www/typo3/public;\n${PHP}}\n`,
      files: { 'var/www/typo3/public/fileadmin/user_upload/a.png': '', 'var/www/typo3/public/index.php': '' },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/fileadmin\/`/ }],
      output: `server {\n    root /var/www/typo3/public;\n${DENY('fileadmin')}${PHP}}\n`,
    },
    {
      name: "Joomla's media manager folder served by a location of its own",
      code: `server {\n    root /var/www/joomla;\n    location /images/ {\n        expires 30d;\n    }\n${PHP}}\n`,
      errors: [{ messageId: 'runs', line: 6, column: 5, message: /`\/images\/`/ }],
      output: `server {\n    root /var/www/joomla;\n    location /images/ {\n        expires 30d;\n    }\n${DENY('images')}${PHP}}\n`,
    },
    {
      name: "Joomla's images/ beside its administrator/ folder, under a root of any name",
      code: `server {\n    root /srv/site;\n${PHP}}\n`,
      files: { 'srv/site/images/banners/a.png': '', 'srv/site/administrator/index.php': '' },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/images\/`/ }],
      output: `server {\n    root /srv/site;\n${DENY('images')}${PHP}}\n`,
    },
    {
      name: "MediaWiki's images/ shown by a location for its scripts",
      code: `server {\n    root /srv/site;\n    location = /load.php {\n        include fastcgi_params;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n${PHP}}\n`,
      files: { 'srv/site/images/a/ab/Logo.png': '' },
      errors: [{ messageId: 'runs', line: 7, column: 5, message: /`\/images\/`/ }],
    },
    {
      name: 'a setting that lists the default folders makes images/ an upload folder everywhere',
      code: `server {\n    root /var/www/shop/public;\n${PHP}}\n`,
      files: { 'var/www/shop/public/images/logo.png': '', 'var/www/shop/public/index.php': '' },
      options: { uploadPaths: [...DEFAULT_UPLOAD_PATHS] },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/images\/`/ }],
    },
    {
      name: 'images/ listed by the user is an upload folder wherever it is',
      code: `server {\n    root /var/www/shop/public;\n${PHP}}\n`,
      files: { 'var/www/shop/public/images/logo.png': '', 'var/www/shop/public/index.php': '' },
      options: { uploadPaths: ['images'] },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/images\/`/ }],
    },
    {
      // Acceptance case flarum--php-location-from-docs, checked on nginx 1.22.1.
      name: "Flarum's avatars, beside its project files above the public root",
      code: `server {\n    root /var/www/forum/public;\n${PHP}}\n`,
      files: {
        'var/www/forum/public/assets/avatars/a.png': '',
        'var/www/forum/public/index.php': '',
        'var/www/forum/extend.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/assets\/avatars\/`/ }],
      output: `server {\n    root /var/www/forum/public;\n${DENY('assets/avatars')}${PHP}}\n`,
    },
    {
      // Acceptance case shopware6--front-controller-unanchored, checked on nginx 1.22.1.
      name: 'a folder request redirected by index to an uploaded index.php, which an unanchored internal location runs',
      code: `server {\n    root /var/www/shop/public;\n    index index.php;\n    location /media/ {\n        expires 30d;\n    }\n    location ~ /index\\.php(?:/|$) {\n        internal;\n        try_files $fastcgi_script_name =404;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    }\n    location ~ \\.php$ {\n        return 404;\n    }\n}\n`,
      errors: [{ messageId: 'runs', line: 7, column: 5, message: /a request for `\/media\/a\/`/ }],
      output: `server {\n    root /var/www/shop/public;\n    index index.php;\n    location /media/ {\n        expires 30d;\n    }\n${DENY('media')}    location ~ /index\\.php(?:/|$) {\n        internal;\n        try_files $fastcgi_script_name =404;\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    }\n    location ~ \\.php$ {\n        return 404;\n    }\n}\n`,
    },
    {
      name: "Concrete CMS's File Manager folder, beside the core's concrete/ in the root",
      code: `server {\n    root /srv/site;\n${PHP}}\n`,
      files: {
        'srv/site/application/files/1917/0312/4455/team-photo.jpg': '',
        'srv/site/concrete/dispatcher.php': '',
        'srv/site/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/application\/files\/`/ }],
      output: `server {\n    root /srv/site;\n${DENY('application/files')}${PHP}}\n`,
    },
    {
      // Acceptance case concretecms--php-location-from-docs, checked on nginx 1.22.1: the
      // location passes `/application/files/h.php` with SCRIPT_FILENAME built from the URI.
      name: "Concrete CMS's documented PHP location runs a script in application/files",
      code: `server {\n    root /var/www/concrete;\n    location /application/files/ {\n        expires 7d;\n        try_files $uri =404;\n    }\n${CONCRETE_PHP}}\n`,
      errors: [{ messageId: 'runs', line: 7, column: 5, message: /`\/application\/files\/`/ }],
    },
    {
      name: 'a script name set from the URI in the PHP location',
      code: scriptServer('', '        set $script $uri;\n'),
      errors: [{ messageId: 'runs', line: 6, column: 5, message: /`\/uploads\/`/ }],
    },
    {
      name: 'a script name set from the capture of an if that tests the URI',
      code: scriptServer(
        '',
        '        set $script /index.php;\n        if ($uri ~ "^(.+\\.php)(/.+)?$") {\n            set $script $1;\n        }\n',
      ),
      errors: [{ messageId: 'runs', line: 6, column: 5, message: /`\/uploads\/`/ }],
    },
    {
      name: 'a script name set from the URI at the server level',
      code: scriptServer('    set $script $uri;\n', ''),
      errors: [{ messageId: 'runs', line: 7, column: 5, message: /`\/uploads\/`/ }],
    },
    {
      // Acceptance case leantime--docs-php-location, checked on nginx 1.22.1.
      name: "Leantime's userfiles/ under the public root",
      code: `server {\n    root /var/www/leantime/public;\n${PHP}}\n`,
      files: {
        'var/www/leantime/public/userfiles/.gitkeep': '',
        'var/www/leantime/public/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/userfiles\/`/ }],
    },
    {
      // Blind case bludit--uploads-without-caret (nginx 1.22.1: a planted x.php got 502, run).
      name: "Bludit's uploads, under bl-content/",
      code: `server {\n    root /var/www/bludit;\n${PHP}}\n`,
      files: {
        'var/www/bludit/bl-content/uploads/photo.jpg': '',
        'var/www/bludit/bl-kernel/boot/init.php': '',
        'var/www/bludit/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/bl-content\/uploads\/`/ }],
    },
    {
      // Acceptance case phplist--debian-php-location-first, checked on nginx 1.22.1.
      name: "phpList's editor uploads beside lists/",
      code: `server {\n    root /var/www/phplist/public_html;\n${PHP}}\n`,
      files: {
        'var/www/phplist/public_html/lists/uploadimages/logo.png': '',
        'var/www/phplist/public_html/lists/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/lists\/uploadimages\/`/ }],
    },
    {
      // Acceptance case phpmyfaq--docs-php-location, checked on nginx 1.22.1: the generic PHP
      // location runs /content/user/images/h.php (and /content/user/images/h.php/x).
      name: "phpMyFAQ's FAQ images, beside its code in src/phpMyFAQ/, under the generic PHP location",
      code: `server {\n    root /srv/faq;\n${PATH_INFO_PHP()}}\n`,
      files: {
        'srv/faq/content/user/images/team.png': '',
        'srv/faq/src/phpMyFAQ/Faq.php': '',
        'srv/faq/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/content\/user\/images\/`/ }],
    },
    {
      name: "phpMyFAQ's attachments, beside its code in src/phpMyFAQ/, under the generic PHP location",
      code: `server {\n    root /srv/faq;\n${PATH_INFO_PHP()}}\n`,
      files: {
        'srv/faq/content/user/attachments/a1/manual.pdf': '',
        'srv/faq/src/phpMyFAQ/Faq.php': '',
        'srv/faq/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/content\/user\/attachments\/`/ }],
    },
    {
      name: "phpMyFAQ's images folder shown by a plain prefix location written for it",
      code: `server {\n    root /var/www/faq;\n    location /content/user/images/ {\n        try_files $uri =404;\n        expires 30d;\n    }\n${PATH_INFO_PHP()}}\n`,
      errors: [{ messageId: 'runs', line: 7, column: 5, message: /`\/content\/user\/images\/`/ }],
    },
    {
      name: "phpMyFAQ's attachments under a root named after it",
      code: `server {\n    root /var/www/phpmyfaq;\n${PATH_INFO_PHP()}}\n`,
      files: { 'var/www/phpmyfaq/content/user/attachments/a1/manual.pdf': '' },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/content\/user\/attachments\/`/ }],
    },
    {
      // Blind case chevereto--php-location-moved-first without its .harden.yaml: Chevereto's
      // local storage (images/Y/m/d/) beside app/env-default.php; nginx 1.22.1 ran a planted
      // index.php there (502 from the PHP location).
      name: "Chevereto's images/ storage, beside app/env-default.php, under a generic PHP location",
      code: `server {\n    root /var/www/site;\n${PHP}}\n`,
      files: {
        'var/www/site/images/2025/03/14/cat.jpg': '',
        'var/www/site/app/env-default.php': '',
        'var/www/site/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/images\/`/ }],
    },
    {
      // Blind case coppermine--albums-plain-prefix without its .harden.yaml: nginx 1.22.1 ran
      // albums/userpics/10002/shell.php (502).
      name: "Coppermine's members' pictures, beside displayimage.php, under a generic PHP location",
      code: `server {\n    root /var/www/gallery;\n${PHP}}\n`,
      files: {
        'var/www/gallery/albums/userpics/10002/p.jpg': '',
        'var/www/gallery/displayimage.php': '',
        'var/www/gallery/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/albums\/`/ }],
    },
    {
      // Blind case phoenix--php-location-before-upload-deny without its .harden.yaml: nginx
      // 1.22.1 ran /images/h.php (502).
      name: "osCommerce's product images, beside product_info.php, under a generic PHP location",
      code: `server {\n    root /var/www/shop;\n${PHP}}\n`,
      files: {
        'var/www/shop/images/products/mug.jpg': '',
        'var/www/shop/product_info.php': '',
        'var/www/shop/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/images\/`/ }],
    },
    {
      // Blind case cubecart--generic-php-location without its .harden.yaml: nginx 1.22.1 ran
      // /images/source/h.php (502).
      name: "CubeCart's product images, beside ini.inc.php, under a generic PHP location",
      code: `server {\n    root /var/www/store;\n${PHP}}\n`,
      files: {
        'var/www/store/images/source/mug.jpg': '',
        'var/www/store/ini.inc.php': '',
        'var/www/store/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/images\/source\/`/ }],
    },
    {
      // Blind case slims--upload-deny-dropped's helper (nginx 1.22.1: /images/persons/evil.php went
      // to PHP, 502): SLiMS's covers and members' photos.
      name: "SLiMS's covers and members' photos, beside sysconfig.inc.php, under a generic PHP location",
      code: `server {\n    root /var/www/library;\n${PHP}}\n`,
      files: {
        'var/www/library/images/docs/cover.jpg': '',
        'var/www/library/images/persons/member_1.jpg': '',
        'var/www/library/sysconfig.inc.php': '',
        'var/www/library/index.php': '',
      },
      errors: [
        { messageId: 'runs', line: 3, column: 5, message: /`\/images\/docs\/`/ },
        { messageId: 'runs', line: 3, column: 5, message: /`\/images\/persons\/`/ },
      ],
    },
    {
      // Chamilo 2 writes resources to var/upload/resource/ in its project folder: a root set to that
      // folder instead of public/ serves them, and a generic PHP location runs a script there.
      name: "Chamilo 2's var/, beside src/CourseBundle, under a root that is the project folder",
      code: `server {\n    root /srv/lms;\n${PHP}}\n`,
      files: {
        'srv/lms/var/upload/resource/a/b/report.pdf': '',
        'srv/lms/src/CourseBundle/Entity/CDocument.txt': '',
        'srv/lms/public/index.php': '',
      },
      errors: [
        { messageId: 'runs', line: 3, column: 5, message: /`\/var\/`: a request for `\/var\/h\.php`/ },
      ],
    },
    {
      // Without the tree: a location written for var/upload/ says whose folder it is.
      name: 'a location for /var/upload/ (Chamilo 2) mentions the var upload folder',
      code: `server {\n    root /srv/lms;\n    location /var/upload/ {\n        expires 7d;\n    }\n${PHP}}\n`,
      errors: [{ messageId: 'runs', line: 6, column: 5, message: /`\/var\/`/ }],
    },
    {
      name: "Ibexa's storage in public/var/, beside its admin interface's bundle",
      code: `server {\n    root /srv/site/public;\n${PHP}}\n`,
      files: {
        'srv/site/public/var/site/storage/images/a/team.jpg': '',
        'srv/site/public/bundles/ibexaadminui/js/admin.js': '',
        'srv/site/public/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/var\/`/ }],
    },
    {
      name: "Ibexa's storage in public/var/, beside its settings in the project folder",
      code: `server {\n    root /srv/site/public;\n${PHP}}\n`,
      files: {
        'srv/site/public/var/site/storage/images/a/team.jpg': '',
        'srv/site/public/index.php': '',
        'srv/site/config/packages/ibexa.yaml': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/var\/`/ }],
    },
    {
      // Acceptance case pimcore--legacy-php-before-var-deny (nginx 1.22.1 ran /var/assets/h.php).
      name: "Pimcore's assets in public/var/, beside its admin interface's bundle",
      code: `server {\n    root /srv/dam/public;\n${PHP}}\n`,
      files: {
        'srv/dam/public/var/assets/brand/logo.png': '',
        'srv/dam/public/bundles/pimcoreadmin/css/admin.css': '',
        'srv/dam/public/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/var\/`/ }],
    },
    {
      name: 'a var/ folder the user lists in uploadPaths counts where no application shows',
      code: `server {\n    root /srv/app;\n${PHP}}\n`,
      files: { 'srv/app/var/cache/a.txt': '', 'srv/app/index.php': '' },
      options: { uploadPaths: ['var'] },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/var\/`/ }],
    },
    {
      name: "Zen Cart's customers' uploads, beside ipn_main_handler.php, under a generic PHP location",
      code: `server {\n    root /var/www/zc;\n${PHP}}\n`,
      files: {
        'var/www/zc/images/uploads/1.pdf': '',
        'var/www/zc/ipn_main_handler.php': '',
        'var/www/zc/index.php': '',
      },
      errors: [
        { messageId: 'runs', line: 3, column: 5, message: /`\/images\/`/ },
        { messageId: 'runs', line: 3, column: 5, message: /`\/images\/uploads\/`/ },
      ],
    },
    {
      // Blind case rosariosis--generic-php-location-first without its .harden.yaml: nginx 1.22.1
      // ran an uploaded /assets/FileUploads/h.php (502).
      name: "RosarioSIS's file uploads, wherever they show, under a generic PHP location",
      code: `server {\n    root /var/www/rosariosis;\n${PHP}}\n`,
      files: {
        'var/www/rosariosis/assets/FileUploads/2025/report.pdf': '',
        'var/www/rosariosis/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/assets\/FileUploads\/`/ }],
    },
    {
      // Blind case flyspray (round 9): its avatars/, where its settings file shows.
      name: "Flyspray's avatars/, beside flyspray.conf.php, under a generic PHP location",
      code: `server {\n    root /var/www/bugs;\n${PHP}}\n`,
      files: {
        'var/www/bugs/avatars/alice.png': '',
        'var/www/bugs/flyspray.conf.php': '',
        'var/www/bugs/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/avatars\/`/ }],
    },
    {
      // Blind case bedrock--uploads-deny-classic-path: nginx 1.22.1 ran /app/uploads/2025/11/h.php.
      name: "Bedrock's media library, beside WordPress in wp/, under a generic PHP location",
      code: `server {\n    root /srv/www/example.com/current/web;\n${PHP}}\n`,
      files: {
        'srv/www/example.com/current/web/app/uploads/2025/11/photo.jpg': '',
        'srv/www/example.com/current/web/wp/wp-settings.php': '',
        'srv/www/example.com/current/web/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/app\/uploads\/`/ }],
    },
    {
      // Blind case chamilo-ispconfig--upload-deny-regex-in-directives (nginx 1.22.1 ran an uploaded
      // h.php): ISPConfig's PHP location hands every script to `@php` through a file that never exists.
      name: "ISPConfig's generated PHP location, which hands every script to @php",
      code: `server {\n    root /var/www/clients/client1/web3/web;\n    location ~ \\.php$ {\n        try_files /08cbfac99f68d65f8014ee8d8e69f36a.htm @php;\n    }\n    location @php {\n        try_files $uri =404;\n        include fastcgi_params;\n        fastcgi_pass unix:/var/lib/php7.4-fpm/web3.sock;\n    }\n}\n`,
      files: {
        'var/www/clients/client1/web3/web/uploads/2024/a.jpg': '',
        'var/www/clients/client1/web3/web/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/uploads\/`/ }],
    },
    {
      // Blind case automad--docs-php-location without its .harden.yaml.
      name: "Automad's page files, beside its core, under a generic PHP location",
      code: `server {\n    root /var/www/site;\n${PHP}}\n`,
      files: {
        'var/www/site/pages/01.home/photo.jpg': '',
        'var/www/site/automad/src/App.php': '',
        'var/www/site/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/pages\/`/ }],
    },
    {
      // Blind case wondercms--data-files-without-caret without its .harden.yaml.
      name: "WonderCMS's data/files/, beside its database, under a generic PHP location",
      code: `server {\n    root /var/www/site;\n${PHP}}\n`,
      files: {
        'var/www/site/data/files/brochure.pdf': '',
        'var/www/site/data/database.js': '',
        'var/www/site/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/data\/files\/`/ }],
    },
    {
      // Blind case filegator--repository-in-dist without its .harden.yaml.
      name: "FileGator's repository/, where its project folder shows, under a generic PHP location",
      code: `server {\n    root /var/www/filegator;\n${PHP}}\n`,
      files: {
        'var/www/filegator/repository/report.pdf': '',
        'var/www/filegator/configuration_sample.php': '',
        'var/www/filegator/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/repository\/`/ }],
    },
    {
      // Blind case htmly--images-without-caret without its .harden.yaml.
      name: "HTMLy's content/images/, beside system/htmly.php, under a generic PHP location",
      code: `server {\n    root /var/www/blog;\n${PHP}}\n`,
      files: {
        'var/www/blog/content/images/cat.jpg': '',
        'var/www/blog/system/htmly.php': '',
        'var/www/blog/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/content\/images\/`/ }],
    },
    {
      // Blind case passbolt--img-public-deny-after-php without its .harden.yaml.
      name: "Passbolt's img/public/, below webroot/ of its project, under a generic PHP location",
      code: `server {\n    root /var/www/passbolt/webroot;\n${PHP}}\n`,
      files: {
        'var/www/passbolt/webroot/img/public/avatar.png': '',
        'var/www/passbolt/webroot/index.php': '',
        'var/www/passbolt/config/passbolt.default.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/img\/public\/`/ }],
    },
    {
      // Blind cases tinyfilemanager--data-folder-renamed, uvdesk--wiki-generic-php and
      // zenphoto--albums-deny-after-php without their .harden.yaml: a folder several applications
      // upload to counts where any of them shows.
      name: "Tiny File Manager's data/, beside tinyfilemanager.php, under a generic PHP location",
      code: `server {\n    root /var/www/share;\n${PHP}}\n`,
      files: { 'var/www/share/data/report.pdf': '', 'var/www/share/tinyfilemanager.php': '' },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/data\/`/ }],
    },
    {
      name: "UVdesk's public/assets/, where its bundles show, under a generic PHP location",
      code: `server {\n    root /var/www/helpdesk/public;\n${PHP}}\n`,
      files: {
        'var/www/helpdesk/public/assets/knowledgebase/a.png': '',
        'var/www/helpdesk/public/index.php': '',
        'var/www/helpdesk/vendor/uvdesk/core-framework/composer.json': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/assets\/`/ }],
    },
    {
      name: "Zenphoto's albums/, beside zp-core/, under a generic PHP location",
      code: `server {\n    root /var/www/photos;\n${PHP}}\n`,
      files: {
        'var/www/photos/albums/2025/beach.jpg': '',
        'var/www/photos/zp-core/admin.php': '',
        'var/www/photos/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/albums\/`/ }],
    },
    {
      // Blind cases e107--media-plain-prefix, flatpress--generic-php-location,
      // forkcms--files-caret-dropped, hesk--attachments-deny-without-caret,
      // neos--resources-plain-prefix and resourcespace--filestore-forum-snippet without their
      // .harden.yaml: names no other application uses.
      name: "e107's, FlatPress's, Fork CMS's, HESK's, Flow's and ResourceSpace's upload folders, wherever they show",
      code: `server {\n    root /var/www/site;\n${PHP}}\n`,
      files: {
        'var/www/site/e107_media/0a1b2c/images/logo.png': '',
        'var/www/site/fp-content/attachs/flyer.pdf': '',
        'var/www/site/src/Frontend/Files/userfiles/a.png': '',
        'var/www/site/attachments/ticket-1.pdf': '',
        'var/www/site/_Resources/Persistent/0c/1d/photo.jpg': '',
        'var/www/site/filestore/1/2/3_4f2a/1scr_0a1b.jpg': '',
        'var/www/site/index.php': '',
      },
      errors: [
        { messageId: 'runs', line: 3, column: 5, message: /`\/fp-content\/attachs\/`/ },
        { messageId: 'runs', line: 3, column: 5, message: /`\/e107_media\/`/ },
        { messageId: 'runs', line: 3, column: 5, message: /`\/src\/Frontend\/Files\/`/ },
        { messageId: 'runs', line: 3, column: 5, message: /`\/attachments\/`/ },
        { messageId: 'runs', line: 3, column: 5, message: /`\/_Resources\/Persistent\/`/ },
        { messageId: 'runs', line: 3, column: 5, message: /`\/filestore\/`/ },
      ],
    },
    {
      // Blind case centreon--media-plain-prefix without its .harden.yaml: nginx 1.22.1 ran
      // /centreon/img/media/logos/shell.php (502).
      name: "Centreon's img/media/ under its alias, beside main.get.php",
      code: `server {\n    root /var/www/html;\n    location ^~ /monitor/ {\n        alias /usr/share/centreon/www/;\n${NESTED_PHP}    }\n}\n`,
      files: {
        'usr/share/centreon/www/img/media/logos/logo.png': '',
        'usr/share/centreon/www/main.get.php': '',
        'usr/share/centreon/www/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 5, column: 9, message: /`\/monitor\/img\/media\/`/ }],
    },
    {
      // Blind case jeedom--data-prefix-expires without its .harden.yaml: nginx 1.22.1 ran
      // /data/object/h.php (502).
      name: "Jeedom's data/, beside its core, under a generic PHP location",
      code: `server {\n    root /var/www/html;\n${PHP}}\n`,
      files: {
        'var/www/html/data/object/lamp.png': '',
        'var/www/html/core/class/jeedom.class.php': '',
        'var/www/html/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/data\/`/ }],
    },
    {
      // Blind case dotclear--public-media-regex without its .harden.yaml: nginx 1.22.1 ran
      // /public/h.php (502).
      name: "Dotclear's media in public/, beside inc/config.php.in, under a generic PHP location",
      code: `server {\n    root /var/www/blog;\n${PHP}}\n`,
      files: {
        'var/www/blog/public/2026/10/photo.jpg': '',
        'var/www/blog/inc/config.php.in': '',
        'var/www/blog/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/public\/`/ }],
    },
    {
      // Blind case spip--img-script-deny-removed without its .harden.yaml: nginx 1.22.1 ran
      // /IMG/jpg/shell.php (502 from the PHP location).
      name: "SPIP's documents, beside spip.php and ecrire/, under a generic PHP location",
      code: `server {\n    root /var/www/site;\n${PHP}}\n`,
      files: {
        'var/www/site/IMG/jpg/photo.jpg': '',
        'var/www/site/spip.php': '',
        'var/www/site/ecrire/inc_version.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/IMG\/`/ }],
    },
    {
      name: "Chevereto's members' images under a root named after it",
      code: `server {\n    root /var/www/chevereto;\n${PHP}}\n`,
      files: { 'var/www/chevereto/content/images/users/a1/avatar.png': '' },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/content\/images\/users\/`/ }],
    },
    {
      // Blind case expressionengine--generic-php-location without its .harden.yaml: nginx 1.22.1
      // ran /images/uploads/h.php and /images/avatars/h.php (502).
      name: "ExpressionEngine's upload destinations, beside its core in system/ee/, under a generic PHP location",
      code: `server {\n    root /srv/ee;\n${PHP}}\n`,
      files: {
        'srv/ee/images/uploads/team.jpg': '',
        'srv/ee/images/avatars/a.png': '',
        'srv/ee/system/ee/legacy/index.html': '',
        'srv/ee/index.php': '',
      },
      errors: [
        { messageId: 'runs', line: 3, column: 5, message: /`\/images\/uploads\/`/ },
        { messageId: 'runs', line: 3, column: 5, message: /`\/images\/avatars\/`/ },
      ],
    },
    {
      // Acceptance case processwire--php-location-generic, checked on nginx 1.22.1: the generic
      // PHP location runs /site/assets/files/1027/shell.php.
      name: "ProcessWire's page files, beside its core in wire/, under a generic PHP location",
      code: `server {\n    root /srv/site;\n${PHP}}\n`,
      files: {
        'srv/site/site/assets/files/1027/team.jpg': '',
        'srv/site/wire/core/ProcessWire.php': '',
        'srv/site/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/site\/assets\/files\/`/ }],
    },
    {
      // Acceptance case silverstripe--docs-php-location (nginx 1.22.1: the generic PHP location ran
      // public/assets/Uploads/x.php).
      name: "Silverstripe's CMS files, beside _resources/ in its public folder, under a generic PHP location",
      code: `server {\n    root /var/www/site/public;\n${PHP}}\n`,
      files: {
        'var/www/site/public/assets/Uploads/harbour.jpg': '',
        'var/www/site/public/_resources/themes/simple/css/layout.css': '',
        'var/www/site/public/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/assets\/`/ }],
    },
    {
      name: "Silverstripe's CMS files where only the project folder shows it",
      code: `server {\n    root /var/www/site/public;\n${PHP}}\n`,
      files: {
        'var/www/site/public/assets/Uploads/harbour.jpg': '',
        'var/www/site/silverstripe-cache/.gitkeep': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/assets\/`/ }],
    },
    {
      name: "OpenEMR's patient documents, beside interface/globals.php, under a generic PHP location",
      code: `server {\n    root /var/www/emr;\n${PHP}}\n`,
      files: {
        'var/www/emr/sites/default/documents/12/scan.jpg': '',
        'var/www/emr/interface/globals.php': '',
        'var/www/emr/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/sites\/\*\/documents\/`/ }],
    },
    {
      // Blind case statamic--php-location-from-docs (nginx 1.22.1: /assets/x.php reached PHP-FPM).
      name: "Statamic's asset container, beside its console in the project folder",
      code: `server {\n    root /var/www/site/public;\n${PHP}}\n`,
      files: { 'var/www/site/public/assets/hero.jpg': '', 'var/www/site/please': '' },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/assets\/`/ }],
    },
    {
      // Blind case phpipam--import-upload-deny-one-folder (nginx 1.22.1: an uploaded script ran).
      name: "phpIPAM's import upload folder, beside its functions/ in the root",
      code: `server {\n    root /var/www/ipam;\n${PHP}}\n`,
      files: {
        'var/www/ipam/app/subnets/import-subnet/upload/.gitkeep': '',
        'var/www/ipam/functions/classes/class.Rewrite.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/app\/[a-z-]+\/[a-z-]+\/upload\/`/ }],
    },
    {
      // Blind case ojs--pkp-forum-php-location (nginx 1.22.1: public/site/images/admin/x.php ran).
      name: "OJS's public folder, beside the PKP library in the root",
      code: `server {\n    root /var/www/journals;\n${PHP}}\n`,
      files: {
        'var/www/journals/public/site/logo.png': '',
        'var/www/journals/lib/pkp/includes/bootstrap.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/public\/`/ }],
    },
    {
      name: "ProcessWire's page files under a root named after it",
      code: `server {\n    root /var/www/processwire;\n${PHP}}\n`,
      files: { 'var/www/processwire/site/assets/files/1027/team.jpg': '' },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/site\/assets\/files\/`/ }],
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
      // PrestaShop commits `upload/index.php` ("silence is golden"); WordPress plugins drop the same guard.
      name: 'an index.php guard in the upload directory does not make it code',
      code: `server {\n    root /var/www/prestashop;\n${PHP}}\n`,
      files: {
        'var/www/prestashop/upload/index.php': '',
        'var/www/prestashop/upload/attachments/index.php': '',
        'var/www/prestashop/index.php': '',
      },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/upload\/`/ }],
      output: `server {\n    root /var/www/prestashop;\n${DENY('upload')}${PHP}}\n`,
    },
    {
      name: 'a single committed script in the upload directory (a webshell) does not make it code',
      code: `server {\n    root /var/www/app;\n${PHP}}\n`,
      files: { 'var/www/app/uploads/2024/photo.jpg': '', 'var/www/app/uploads/2024/shell.php': '' },
      errors: [{ messageId: 'runs', line: 3, column: 5, message: /`\/uploads\/`/ }],
      output: `server {\n    root /var/www/app;\n${DENY('uploads')}${PHP}}\n`,
    },
    {
      name: 'a directory with PHP scripts still counts when the configuration serves it',
      code: `server {\n    root /var/www/app;\n    location /files/ {\n        expires 7d;\n    }\n${PHP}}\n`,
      files: { 'var/www/app/files/index.php': '' },
      errors: [{ messageId: 'runs', line: 6, column: 5, message: /`\/files\/`/ }],
      output: `server {\n    root /var/www/app;\n    location /files/ {\n        expires 7d;\n    }\n${DENY('files')}${PHP}}\n`,
    },
    {
      name: 'an alias serves the upload directory under another URL, to a PHP location nested in it',
      code: `server {\n    root /var/www/app/public;\n    location /avatars/ {\n        alias /var/www/app/uploads/;\n${NESTED_PHP}    }\n}\n`,
      errors: [{ messageId: 'runs', line: 5, column: 9, message: /`\/avatars\/`/ }],
      output: `server {\n    root /var/www/app/public;\n    location /avatars/ {\n        alias /var/www/app/uploads/;\n${DENY('avatars').replace(/^ {4}/gm, '        ')}${NESTED_PHP}    }\n}\n`,
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
    {
      // Checked on nginx 1.22.1: `/media/customer/a/index.php` and `/media/wysiwyg/get.php` reach PHP-FPM.
      name: "Magento 2.0's unanchored front-controller regex runs an upload named index.php, before the /media/customer/ deny",
      code: magento(MAGENTO_FRONT),
      errors: [
        {
          messageId: 'runs',
          line: 9,
          column: 5,
          message:
            '`location ~ (index|get|static|report|404|503|health_check)\\.php$` runs scripts uploaded to `/media/`: a request for `/media/index.php` reaches the script handler and no earlier location denies it',
        },
      ],
      output: magento(`${DENY('media')}${MAGENTO_FRONT}`),
    },
    {
      name: 'a deny for the scripts at the top of /media/ only: the front controller regex runs /media/a/index.php',
      code: magento(`    location ~ ^/media/[^/]+\\.php$ {\n        deny all;\n    }\n${MAGENTO_FRONT}`),
      errors: [{ messageId: 'runs', line: 12, column: 5, message: /a request for `\/media\/a\/index\.php`/ }],
      output: magento(
        `    location ~ ^/media/[^/]+\\.php$ {\n        deny all;\n    }\n${DENY('media')}${MAGENTO_FRONT}`,
      ),
    },
    {
      name: 'a deny for the scripts at the top of the upload directory only: a subdirectory is not covered',
      code: `server {\n    root /var/www/app;\n    location /uploads/ {\n    }\n    location ~ ^/uploads/[^/]+\\.php$ {\n        deny all;\n    }\n${PHP}}\n`,
      errors: [{ messageId: 'runs', line: 8, column: 5, message: /a request for `\/uploads\/a\/h\.php`/ }],
      output: `server {\n    root /var/www/app;\n    location /uploads/ {\n    }\n    location ~ ^/uploads/[^/]+\\.php$ {\n        deny all;\n    }\n${DENY('uploads')}${PHP}}\n`,
    },
    {
      name: 'a snippet that an nginx.conf places (through a sites file) reports its own script location',
      path: 'etc/nginx/snippets/magento.conf',
      code: SNIPPET,
      files: PLACED_SNIPPET_FILES,
      errors: [{ messageId: 'runs', line: 7, column: 1, message: /a request for `\/media\/index\.php`/ }],
      output: `${MAGENTO_MEDIA}${DENY('media')}${MAGENTO_FRONT}${MAGENTO_DENY_REST}`.replace(/^ {4}/gm, ''),
    },
    {
      // Checked on nginx 1.22.1: `/uploads/h.php` gets 403, `/uploads/h.php/x` reaches PHP-FPM.
      name: 'a deny ending in $ before a path-info PHP location: /uploads/h.php/x runs the upload',
      code: pathInfoServer(`${END_DENY('uploads')}${PATH_INFO_PHP()}`),
      errors: [
        {
          messageId: 'runs',
          line: 9,
          column: 5,
          message:
            '`location ~ [^/]\\.php(/|$)` runs scripts uploaded to `/uploads/`: a request for `/uploads/h.php/x` reaches the script handler and no earlier location denies it',
        },
      ],
      output: pathInfoServer(`${END_DENY('uploads')}${DENY('uploads')}${PATH_INFO_PHP()}`),
    },
    {
      name: "PrestaShop's nested deny ending in $ inside location /upload, before a path-info PHP location",
      code: `server {\n    root /var/www/prestashop;\n    location /upload {\n        location ~ \\.php$ {\n            deny all;\n        }\n    }\n${PATH_INFO_PHP()}}\n`,
      errors: [{ messageId: 'runs', line: 8, column: 5, message: /a request for `\/upload\/h\.php\/x`/ }],
      output: `server {\n    root /var/www/prestashop;\n    location /upload {\n        location ~ \\.php$ {\n            deny all;\n        }\n    }\n${DENY('upload')}${PATH_INFO_PHP()}}\n`,
    },
    {
      name: "the nginx.com recipe's if (!-f $document_root$fastcgi_script_name) finds the uploaded script",
      code: pathInfoServer(
        `${END_DENY('uploads')}${PATH_INFO_PHP('if (!-f $document_root$fastcgi_script_name) {\n            return 404;\n        }')}`,
      ),
      errors: [{ messageId: 'runs', line: 9, column: 5, message: /a request for `\/uploads\/h\.php\/x`/ }],
    },
    {
      // Blind case webinoly--php-info-path-info (PHP-FPM 8.2 ran an uploaded shell.php/x): PHP's
      // cgi.fix_pathinfo=1 finds the script in SCRIPT_FILENAME's whole request path.
      name: "Webinoly's path-info location, SCRIPT_FILENAME $request_filename: PHP-FPM walks back to the upload",
      code: pathInfoServer(`${END_DENY('uploads')}${WEBINOLY_PHP()}`),
      errors: [{ messageId: 'runs', line: 9, column: 5, message: /a request for `\/uploads\/h\.php\/x`/ }],
      output: pathInfoServer(`${END_DENY('uploads')}${DENY('uploads')}${WEBINOLY_PHP()}`),
    },
    {
      // Blind case directadmin--custom-text-in-custom2 (nginx 1.22.1 passed an uploaded h.php):
      // DirectAdmin's handler sits in an `if (-f $request_filename)`, which every upload meets.
      name: "DirectAdmin's PHP location runs an upload: the handler in an if (-f $request_filename)",
      code: pathInfoServer(
        '    location ~ \\.php$ {\n        try_files $uri =404;\n        include fastcgi_params;\n        if (-f $request_filename) {\n            fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n        }\n    }\n',
      ),
      errors: [{ messageId: 'runs', line: 6, column: 5, message: /`\/uploads\/`/ }],
      output: pathInfoServer(
        `${DENY('uploads')}    location ~ \\.php$ {\n        try_files $uri =404;\n        include fastcgi_params;\n        if (-f $request_filename) {\n            fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n        }\n    }\n`,
      ),
    },
    {
      // Blind case ispmanager-ps17--upload-deny-regex (nginx 1.22.1 ran an uploaded h.php): ISPmanager
      // hands every script to `@php` with `try_files /does_not_exists @php;`.
      name: "ISPmanager's hand-off of every script to @php",
      code: `server {\n    root /var/www/app;\n    location / {\n        location ~ [^/]\\.ph(p\\d*|tml)$ {\n            try_files /does_not_exists @php;\n        }\n    }\n    location @php {\n        fastcgi_pass unix:/var/www/php-fpm/1.sock;\n        try_files $uri =404;\n        include fastcgi_params;\n    }\n}\n`,
      files: { 'var/www/app/uploads/a.jpg': '' },
      errors: [{ messageId: 'runs', line: 4, column: 9, message: /`\/uploads\/`/ }],
      output: `server {\n    root /var/www/app;\n    location / {\n        location ~* ^/uploads/.*\\.(php\\d?|phtml|phar|pl|py|cgi|sh|exe|bat)(?:/|$) {\n            deny all;\n        }\n        location ~ [^/]\\.ph(p\\d*|tml)$ {\n            try_files /does_not_exists @php;\n        }\n    }\n    location @php {\n        fastcgi_pass unix:/var/www/php-fpm/1.sock;\n        try_files $uri =404;\n        include fastcgi_params;\n    }\n}\n`,
    },
    {
      name: 'no deny before a path-info PHP location: the fix also denies the path-info form',
      code: pathInfoServer(PATH_INFO_PHP()),
      errors: [{ messageId: 'runs', line: 6, column: 5, message: /a request for `\/uploads\/h\.php`/ }],
      output: pathInfoServer(`${DENY('uploads')}${PATH_INFO_PHP()}`),
    },
    {
      // Checked on nginx 1.22.1 (drupal10--multisite-files-deny-default-only): `/sites/shop/files/x.php` reaches PHP-FPM.
      name: "a multisite's second files directory, found in the workspace, escapes a deny written for sites/default/files",
      code: drupal(
        `    location ~ ^/sites/.*/files/styles/ {\n        try_files $uri @rewrite;\n    }\n${DEFAULT_SITE_DENY}`,
      ),
      files: MULTISITE_FILES,
      errors: [
        {
          messageId: 'runs',
          line: 9,
          column: 5,
          message: /`\/sites\/\*\/files\/`: a request for `\/sites\/shop\/files\/h\.php`/,
        },
      ],
      output: drupal(
        `    location ~ ^/sites/.*/files/styles/ {\n        try_files $uri @rewrite;\n    }\n${DEFAULT_SITE_DENY}${DENY('sites/[^/]+/files')}`,
      ),
    },
    {
      name: 'the same when the files directories are only found in the workspace',
      code: drupal(DEFAULT_SITE_DENY),
      files: MULTISITE_FILES,
      errors: [
        { messageId: 'runs', line: 6, column: 5, message: /a request for `\/sites\/shop\/files\/h\.php`/ },
      ],
      output: drupal(`${DEFAULT_SITE_DENY}${DENY('sites/[^/]+/files')}`),
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

/** The same, when every fixed probe is denied and the probes come from the PHP location's pattern. */
test('linting time grows linearly when the probes come from the script locations', () => {
  assertLintTimeGrowsLinearly([uploadExecution], (i) =>
    phpServer(
      i,
      '        location /uploads/ {\n        }\n        location ~ ^/uploads/[^/]+\\.php$ {\n            deny all;\n        }\n',
    ),
  );
});

/**
 * One server with thousands of regex script locations that each name a front controller of their
 * own (Magento 2.0's unanchored regex, repeated): their names are probed in every upload
 * directory. The helper grows its "servers"; here they are the locations of one server, which the
 * preamble opens after locations for every default upload directory (the `http` block is then
 * left without its `}`, which the parser reports and recovers from).
 */
test('linting time grows linearly with the script locations of one server', () => {
  const served = DEFAULT_UPLOAD_PATHS.map(
    (path) => `        location /${uploadPath(path)?.sample}/ {\n        }\n`,
  );
  assertLintTimeGrowsLinearly(
    [uploadExecution],
    (i) =>
      `        location ~ (index|get|s${i})\\.php$ {\n            internal;\n            fastcgi_pass 127.0.0.1:9000;\n            fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n        }\n`,
    `    server {\n        root /var/www/app;\n${served.join('')}`,
  );
});
