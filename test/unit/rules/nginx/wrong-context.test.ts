import { wrongContext } from '../../../../rules/nginx/wrong-context.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const MAIN = 'etc/nginx/nginx.conf';

testRule(wrongContext, {
  valid: [
    'server {\n    listen 80;\n    location / {\n        root /srv;\n        if ($x) {\n            return 404;\n        }\n    }\n}\n',
    { name: 'upstream servers', code: 'upstream php {\n    server 127.0.0.1:9000;\n    keepalive 8;\n}\n' },
    {
      name: 'a complete main configuration',
      path: MAIN,
      code: 'user www-data;\nevents {\n    worker_connections 1024;\n}\nhttp {\n    server_tokens off;\n    server {\n        listen 80;\n    }\n}\nstream {\n    server {\n        listen 12345;\n        proxy_pass 127.0.0.1:22;\n    }\n}\n',
    },
    {
      name: 'a sites file read alone: its top level is unknown',
      code: 'listen 80;\nserver_name example.com;\n',
    },
    {
      name: 'a snippet nothing includes is not judged',
      path: 'etc/nginx/snippets/x.conf',
      code: 'listen 80;\n',
    },
    { name: 'map entries are data', code: 'map $a $b {\n    listen 1;\n    default 0;\n}\n' },
    {
      name: 'inside a third-party block',
      code: 'server {\n    ldap_server corp {\n        url ldap://10.0.0.1/dc=x;\n    }\n}\n',
    },
    {
      name: 'unknown directives are left to nginx/unknown-directive',
      code: 'server {\n    location / {\n        foo_bar on;\n    }\n}\n',
    },
    {
      name: 'a snippet included in a location, judged there',
      path: 'etc/nginx/snippets/php.conf',
      code: 'fastcgi_pass unix:/run/php.sock;\nfastcgi_index index.php;\n',
      files: {
        'etc/nginx/sites-available/app.conf':
          'server {\n    location ~ \\.php$ {\n        include snippets/php.conf;\n    }\n}\n',
      },
    },
    {
      name: 'include is allowed anywhere',
      code: 'server {\n    location / {\n        if ($a) {\n            include x.conf;\n        }\n    }\n}\n',
    },
  ],
  invalid: [
    {
      code: 'server {\n    location / {\n        listen 80;\n    }\n}\n',
      errors: [
        {
          messageId: 'notAllowed',
          line: 3,
          column: 9,
          endColumn: 15,
          severity: 'info',
          message:
            '`listen` is not allowed in `location`: nginx refuses to start ("directive is not allowed here"); it belongs in `server`',
        },
      ],
      output: null,
    },
    {
      name: 'add_header in a server-level if',
      code: 'server {\n    if ($host = a) {\n        add_header X-A 1;\n    }\n}\n',
      errors: [{ messageId: 'notAllowed', line: 3, column: 9, message: /not allowed in `if`/ }],
    },
    {
      name: 'location inside if, if inside if',
      code: 'server {\n    location / {\n        if ($a) {\n            location /x {}\n            if ($b) {}\n        }\n    }\n}\n',
      errors: [
        {
          messageId: 'notAllowed',
          line: 4,
          column: 13,
          message: /`location` is not allowed in `if in location`/,
        },
        { messageId: 'notAllowed', line: 5, column: 13, message: /`if` is not allowed in `if in location`/ },
      ],
    },
    {
      name: 'main-only and http directives in the wrong place of nginx.conf',
      path: MAIN,
      code: 'server_tokens off;\nevents {}\nhttp {\n    user www-data;\n    server {\n        server {}\n    }\n}\n',
      errors: [
        { messageId: 'notAllowed', line: 1, column: 1, message: /not allowed in `main`/ },
        { messageId: 'notAllowed', line: 4, column: 5, message: /`user` is not allowed in `http`/ },
        { messageId: 'notAllowed', line: 6, column: 9, message: /`server` is not allowed in `server`/ },
      ],
    },
    {
      name: 'an http-only directive in a stream server',
      path: MAIN,
      code: 'events {}\nstream {\n    server {\n        listen 12345;\n        add_header X-A 1;\n    }\n}\n',
      errors: [
        { messageId: 'notAllowed', line: 5, column: 9, message: /`add_header` is not allowed in `server`/ },
      ],
    },
    {
      name: 'a sites file placed by nginx.conf: its top level is http',
      path: 'etc/nginx/conf.d/app.conf',
      code: 'pcre_jit on;\nserver {\n    listen 80;\n}\n',
      files: { [MAIN]: 'events {}\nhttp {\n    include conf.d/*.conf;\n}\n' },
      errors: [
        {
          messageId: 'notAllowed',
          line: 1,
          column: 1,
          message: /`pcre_jit` is not allowed in `http`/,
        },
      ],
    },
    {
      name: 'a snippet included in a location by a sites file',
      path: 'etc/nginx/snippets/php.conf',
      code: 'server_name example.com;\nfastcgi_index index.php;\n',
      files: {
        'etc/nginx/sites-available/app.conf':
          'server {\n    location ~ \\.php$ {\n        include snippets/php.conf;\n    }\n}\n',
      },
      errors: [
        {
          messageId: 'notAllowed',
          line: 1,
          column: 1,
          message:
            /^`server_name` is not allowed in `location` \(where etc\/nginx\/sites-available\/app\.conf includes this file, line 3\)/,
        },
      ],
    },
  ],
});
