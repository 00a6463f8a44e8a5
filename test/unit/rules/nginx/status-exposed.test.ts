import { statusExposed } from '../../../../rules/nginx/status-exposed.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const FPM_STATUS =
  '    location = /fpm-status {\n        include fastcgi_params;\n        fastcgi_param SCRIPT_NAME /fpm-status;\n        fastcgi_pass unix:/run/php/php8.3-fpm.sock;\n    }\n';
const wrap = (body: string) => `server {\n    listen 80;\n${body}}\n`;

testRule(statusExposed, {
  valid: [
    {
      // nginx 1.22.1: every nested location of an internal one answers clients 404.
      name: 'a status page nested in an internal location: internal is inherited',
      code: 'server {\n    location /mon/ {\n        internal;\n        location /mon/status {\n            stub_status;\n        }\n    }\n}\n',
    },
    {
      name: "PHP-FPM's status page for the monitoring host only",
      code: wrap(FPM_STATUS.replace('include', 'allow 10.20.0.15;\n        deny all;\n        include')),
    },
    {
      name: "PHP-FPM's ping page answers only pong",
      code: wrap(
        '    location = /fpm-ping {\n        fastcgi_param SCRIPT_NAME /fpm-ping;\n        fastcgi_pass unix:/run/php/php8.3-fpm.sock;\n    }\n',
      ),
    },
    {
      name: 'an application script behind /status (a fixed SCRIPT_FILENAME)',
      code: wrap(
        '    location = /status {\n        fastcgi_param SCRIPT_FILENAME $document_root/status.php;\n        fastcgi_pass unix:/run/php/php8.3-fpm.sock;\n    }\n',
      ),
    },
    {
      name: 'a handler outside a server or location (refused by nginx -t, reported by wrong-context)',
      code: 'upstream backend {\n    server 127.0.0.1:8080;\n    stub_status;\n}\n',
    },
    {
      name: 'a handler in an if (refused by nginx -t)',
      code: wrap('    location / {\n        if ($arg_s) {\n            stub_status;\n        }\n    }\n'),
    },
    wrap(
      '    location = /nginx_status {\n        stub_status;\n        allow 127.0.0.1;\n        deny all;\n    }\n',
    ),
    {
      name: 'deny all alone: nobody can read it',
      code: wrap('    location = /status {\n        stub_status;\n        deny all;\n    }\n'),
    },
    {
      name: 'rules inherited from the server',
      code: 'server {\n    listen 80;\n    allow 10.0.0.0/8;\n    deny all;\n    location = /s {\n        stub_status;\n    }\n}\n',
    },
    {
      name: 'basic authentication',
      code: wrap(
        '    location = /s {\n        auth_basic "Status";\n        auth_basic_user_file /etc/nginx/htpasswd;\n        stub_status;\n    }\n',
      ),
    },
    {
      name: 'authentication inherited from the server',
      code: 'server {\n    auth_request /auth;\n    location = /metrics {\n        proxy_pass http://127.0.0.1:9100;\n    }\n}\n',
    },
    {
      name: 'a loopback-only server',
      code: 'server {\n    listen 127.0.0.1:8080;\n    listen [::1]:8080;\n    location = /s {\n        stub_status;\n    }\n}\n',
    },
    {
      name: 'a unix socket server',
      code: 'server {\n    listen unix:/run/nginx-status.sock;\n    stub_status;\n}\n',
    },
    {
      name: 'an internal location',
      code: wrap('    location /s {\n        internal;\n        stub_status;\n    }\n'),
    },
    {
      name: 'an unrelated location',
      code: wrap('    location /metrics-dashboard {\n        root /srv;\n    }\n'),
    },
    {
      name: 'a regex location is not the metrics location',
      code: wrap('    location ~ ^/metrics/(.*)$ {\n        deny all;\n    }\n'),
    },
    {
      name: 'a snippet read alone: its includers judge it',
      path: 'etc/nginx/snippets/status.conf',
      code: 'stub_status;\n',
    },
    { name: 'a map entry named status', code: 'map $uri $x {\n    status 1;\n}\n' },
    {
      name: 'rules of the includer protect an included status snippet (the snippet is checked in its own lint)',
      code: wrap(
        '    location = /s {\n        include snippets/status.conf;\n        allow 127.0.0.1;\n        deny all;\n    }\n',
      ),
      files: { 'etc/nginx/snippets/status.conf': 'stub_status;\n' },
    },
  ],
  invalid: [
    {
      // Acceptance case moodle--fpm-status-allow-only: pool size, queue and, with ?full, every
      // request in progress with its query string.
      name: "PHP-FPM's status page for everybody",
      code: wrap(FPM_STATUS),
      errors: [
        {
          messageId: 'exposed',
          line: 3,
          column: 5,
          message: /^PHP-FPM's status page `\/fpm-status` is reachable/,
        },
      ],
      output: wrap(FPM_STATUS.replace('include', 'allow 127.0.0.1;\n        deny all;\n        include')),
    },
    {
      name: "PHP-FPM's status and ping pages in one regex location",
      code: wrap(
        '    location ~ ^/(status|ping)$ {\n        fastcgi_pass 127.0.0.1:9000;\n        include fastcgi_params;\n    }\n',
      ),
      errors: [{ messageId: 'exposed', line: 3, column: 5, message: /`\/status`/ }],
      // Restricting the location would also lock out the load balancer's ping.
      output: null,
    },
    {
      code: wrap('    location = /nginx_status {\n        stub_status;\n    }\n'),
      errors: [
        {
          messageId: 'exposed',
          line: 4,
          column: 9,
          message: /^`stub_status` is reachable/,
          severity: 'warning',
        },
      ],
      output: wrap(
        '    location = /nginx_status {\n        allow 127.0.0.1;\n        deny all;\n        stub_status;\n    }\n',
      ),
    },
    {
      name: 'allow without deny: deny all is added after it',
      code: wrap('    location = /s {\n        stub_status;\n        allow 10.0.0.5;\n    }\n'),
      errors: [{ messageId: 'exposed', line: 4, column: 9 }],
      output: wrap(
        '    location = /s {\n        stub_status;\n        allow 10.0.0.5;\n        deny all;\n    }\n',
      ),
    },
    {
      name: 'allow all before deny all',
      code: wrap('    location = /s {\n        stub_status;\n        allow all;\n        deny all;\n    }\n'),
      errors: [{ messageId: 'allowAll', line: 4, column: 9, message: /`allow all` lets every client in/ }],
      output: null,
    },
    {
      name: 'satisfy any with allow all defeats authentication',
      code: wrap(
        '    location = /s {\n        satisfy any;\n        allow all;\n        auth_basic "x";\n        stub_status;\n    }\n',
      ),
      errors: [{ messageId: 'allowAll', line: 7, column: 9 }],
      output: null,
    },
    {
      name: 'authentication switched off in the location',
      code: 'server {\n    auth_basic "x";\n    location = /s {\n        auth_basic off;\n        stub_status;\n    }\n}\n',
      errors: [{ messageId: 'exposed', line: 5, column: 9 }],
      output:
        'server {\n    auth_basic "x";\n    location = /s {\n        auth_basic off;\n        allow 127.0.0.1;\n        deny all;\n        stub_status;\n    }\n}\n',
    },
    {
      name: 'the NGINX Plus api',
      code: wrap('    location /api {\n        api write=on;\n    }\n'),
      errors: [{ messageId: 'exposed', line: 4, column: 9, message: /^The NGINX Plus `api`/ }],
      output: wrap(
        '    location /api {\n        allow 127.0.0.1;\n        deny all;\n        api write=on;\n    }\n',
      ),
    },
    {
      name: 'a proxied metrics location',
      code: wrap('    location = /metrics {\n        proxy_pass http://127.0.0.1:9113;\n    }\n'),
      errors: [
        {
          messageId: 'exposed',
          line: 3,
          column: 5,
          endColumn: 24,
          message: /^The metrics location `\/metrics`/,
        },
      ],
      output: wrap(
        '    location = /metrics {\n        allow 127.0.0.1;\n        deny all;\n        proxy_pass http://127.0.0.1:9113;\n    }\n',
      ),
    },
    {
      name: 'stub_status at server level of a public server',
      code: 'server {\n    listen 127.0.0.1:80;\n    listen 8080;\n    stub_status;\n}\n',
      errors: [{ messageId: 'exposed', line: 4, column: 5 }],
      output:
        'server {\n    listen 127.0.0.1:80;\n    listen 8080;\n    allow 127.0.0.1;\n    deny all;\n    stub_status;\n}\n',
    },
    {
      name: 'an included status snippet in an open location: reported on the include',
      code: wrap('    location = /s {\n        include snippets/status.conf;\n    }\n'),
      files: { 'etc/nginx/snippets/status.conf': 'stub_status;\n' },
      errors: [{ messageId: 'exposed', line: 4, column: 9 }],
      output: wrap(
        '    location = /s {\n        allow 127.0.0.1;\n        deny all;\n        include snippets/status.conf;\n    }\n',
      ),
    },
  ],
});
