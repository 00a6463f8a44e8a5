import { filesystemRoot } from '../../../../rules/nginx/filesystem-root.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(filesystemRoot, {
  valid: [
    'root /var/www/app/public;\n',
    'root /usr/share/nginx/html;\n',
    'root /home/alice/public_html;\n',
    'root /srv/app/web;\n',
    'location /s/ {\n    alias /var/www/static/;\n}\n',
    { name: 'variables are not judged', code: 'root $document_root;\n' },
    { name: 'relative to the prefix', code: 'root html;\n' },
    { name: 'a directory named like a system one', code: 'root /var/www/etc;\n' },
    // Blind case easyengine: nginx-proxy's default server.
    { name: "nginx's own default root under the prefix /etc/nginx", code: 'root /etc/nginx/html;\n' },
    {
      // Acceptance case webmail-pma--pma-root-usr-share: every URI of the location begins with
      // /phpmyadmin/, so only /usr/share/phpmyadmin/ is served.
      name: 'root in a prefix location serves the root plus the prefix',
      code: 'location ^~ /phpmyadmin/ {\n    root /usr/share;\n    location ~ \\.php$ {\n        fastcgi_pass unix:/run/php.sock;\n    }\n}\n',
    },
    {
      name: 'root in a regex location nested in a prefix location',
      code: 'location /doc/ {\n    location ~ \\.html$ {\n        root /usr/share;\n    }\n}\n',
    },
    {
      // Blind case egroupware--alias-prefix-without-slash: `^~ /egroupware` alone would take
      // /egroupware../, but the nested regex takes /egroupware/… only.
      name: 'root in a regex anchored on a literal folder, nested in a prefix without a slash',
      code: 'location ^~ /egroupware {\n    location ~ ^/egroupware/[^/]+\\.php(?:/|$) {\n        root /usr/share;\n    }\n}\n',
    },
    {
      name: 'root in a regex location anchored on a literal folder',
      code: 'location ~ ^/phpmyadmin/.+\\.php$ {\n    root /usr/share;\n}\n',
    },
    { name: 'root in an exact location', code: 'location = /robots.txt {\n    root /usr/share/misc;\n}\n' },
    {
      // A map's entries are a key and a value, not directives: this key is the word "root".
      name: 'a map entry whose key is root',
      code: 'map $request_method $target {\n    root /;\n    default /srv;\n}\n',
    },
    {
      // Blind case elabftw: its image's error pages, reached by error_page only.
      name: 'an internal location whose alias is a folder below /etc',
      code: 'error_page 404 /error-pages/404.html;\nlocation /error-pages/ {\n    alias /etc/nginx/error-pages/;\n    internal;\n}\n',
    },
  ],
  invalid: [
    {
      name: 'the nginx configuration folder beside its html pages',
      code: 'root /etc/nginx;\n',
      errors: [{ messageId: 'system', line: 1, column: 6 }],
    },
    {
      // An X-Accel-Redirect of the application could still name any file of /etc.
      name: 'an internal location whose alias is a whole system directory',
      code: 'location /protected/ {\n    internal;\n    alias /etc/;\n}\n',
      errors: [{ messageId: 'system', line: 3, column: 11 }],
    },
    {
      name: 'root plus the prefix is still a sensitive tree',
      code: 'location /ssl/ {\n    root /etc;\n}\n',
      errors: [{ messageId: 'system', line: 2, column: 10 }],
    },
    {
      name: 'a rewrite in the location can send any URI to the root',
      code: 'location /phpmyadmin/ {\n    root /usr/share;\n    rewrite ^/phpmyadmin/(.*)$ /$1 break;\n}\n',
      errors: [{ messageId: 'system', line: 2, column: 10 }],
    },
    {
      // Review finding: /etc/passwd begins with the prefix /e.
      name: 'a prefix that is not a whole path segment takes the names that begin with it',
      code: 'location /e {\n    root /;\n}\n',
      errors: [{ messageId: 'root', line: 2, column: 10 }],
    },
    {
      name: 'a rewrite in an if of the location',
      code: 'location /pma/ {\n    if ($arg_raw) {\n        rewrite ^/pma/(.*)$ /$1 break;\n    }\n    root /;\n}\n',
      errors: [{ messageId: 'root', line: 5, column: 10 }],
    },
    {
      name: 'root in a regex location serves any URI',
      code: 'location ~ \\.txt$ {\n    root /usr/share;\n}\n',
      errors: [{ messageId: 'system', line: 2, column: 10 }],
    },
    {
      // nginx serves /etc/ssl/ there, still below /etc.
      name: 'root in a regex location whose literal start is a system folder',
      code: 'location ~ ^/ssl/.*\\.pem$ {\n    root /etc;\n}\n',
      errors: [{ messageId: 'system', line: 2, column: 10 }],
    },
    {
      name: 'root in a case-insensitive regex location: its letters are no literal start',
      code: 'location ~* ^/phpmyadmin/ {\n    root /usr/share;\n}\n',
      errors: [{ messageId: 'system', line: 2, column: 10 }],
    },
    {
      name: 'root in the prefix location / serves the whole root',
      code: 'location / {\n    root /etc;\n}\n',
      errors: [{ messageId: 'system', line: 2, column: 10 }],
    },
    {
      code: 'server {\n    root /;\n}\n',
      errors: [{ messageId: 'root', line: 2, column: 10, endColumn: 11 }],
      output: null,
    },
    { name: 'repeated slashes', code: 'root //;\n', errors: [{ messageId: 'root', line: 1, column: 6 }] },
    {
      name: 'alias of /etc',
      code: 'location /c/ {\n    alias /etc/;\n}\n',
      errors: [{ messageId: 'system', line: 2, column: 11 }],
    },
    { name: 'below /etc', code: 'root /etc/nginx;\n', errors: [{ messageId: 'system', line: 1, column: 6 }] },
    { name: 'all homes', code: 'root /home/;\n', errors: [{ messageId: 'system', line: 1, column: 6 }] },
    {
      name: 'logs',
      code: 'location /logs/ {\n    alias /var/log/nginx/;\n}\n',
      errors: [{ messageId: 'system', line: 2, column: 11 }],
    },
    {
      name: 'PHP sessions',
      code: 'root /var/lib/php/sessions;\n',
      errors: [{ messageId: 'system', line: 1, column: 6 }],
    },
    { name: 'quoted', code: 'root "/root";\n', errors: [{ messageId: 'system', line: 1, column: 6 }] },
  ],
});
