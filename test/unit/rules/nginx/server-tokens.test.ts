import { serverTokens } from '../../../../rules/nginx/server-tokens.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const MAIN = 'etc/nginx/nginx.conf';

testRule(serverTokens, {
  valid: [
    {
      path: MAIN,
      code: 'events {}\nhttp {\n    server_tokens off;\n    server {\n        listen 80;\n    }\n}\n',
    },
    'server {\n    listen 80;\n    server_tokens off;\n}\n',
    {
      // Acceptance case static-site--severity-raised: the servers were reported in the sites file
      // as well as the http block of nginx.conf.
      name: "a sites-available file whose sites-enabled/ link nginx.conf includes: nginx.conf's http reports",
      path: 'etc/nginx/sites-available/app.conf',
      code: 'server {\n    listen 80;\n    return 301 https://$host$request_uri;\n}\n',
      files: { 'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include /etc/nginx/sites-enabled/*;\n}\n' },
    },
    {
      name: 'every server turns it off itself',
      path: MAIN,
      code: 'events {}\nhttp {\n    server {\n        server_tokens off;\n    }\n}\n',
    },
    {
      name: 'a snippet without a server is only checked for an explicit value',
      path: 'etc/nginx/snippets/headers.conf',
      code: 'add_header X-Frame-Options SAMEORIGIN always;\n',
    },
    {
      name: 'a sites file placed in an nginx.conf that turns it off',
      code: 'server {\n    listen 80;\n}\n',
      files: { [MAIN]: 'events {}\nhttp {\n    server_tokens off;\n    include sites-enabled/*.conf;\n}\n' },
      path: 'etc/nginx/sites-enabled/app.conf',
    },
    {
      name: 'a sites file placed in an nginx.conf without it: nginx.conf reports, not the sites file',
      code: 'server {\n    listen 80;\n}\n',
      files: { [MAIN]: 'events {}\nhttp {\n    include sites-enabled/*.conf;\n}\n' },
      path: 'etc/nginx/sites-enabled/app.conf',
    },
    {
      name: 'the server inherits off from an included snippet',
      code: 'server {\n    include snippets/hardening.conf;\n}\n',
      files: { 'etc/nginx/snippets/hardening.conf': 'server_tokens off;\n' },
    },
    { name: 'a custom string (NGINX Plus) is not the version', code: 'server {\n    server_tokens "";\n}\n' },
    {
      name: 'a stream-only main config',
      path: MAIN,
      code: 'events {}\nstream {\n    server {\n        listen 12345;\n    }\n}\n',
    },
  ],
  invalid: [
    {
      path: MAIN,
      code: 'events {}\nhttp {\n    server_tokens on;\n}\n',
      errors: [{ messageId: 'enabled', line: 3, column: 5, message: /`server_tokens on`/ }],
      output: 'events {}\nhttp {\n    server_tokens off;\n}\n',
    },
    {
      name: 'build in a location',
      code: 'server {\n    server_tokens off;\n    location /x {\n        server_tokens build;\n    }\n}\n',
      errors: [{ messageId: 'enabled', line: 4, column: 9 }],
      output: 'server {\n    server_tokens off;\n    location /x {\n        server_tokens off;\n    }\n}\n',
    },
    {
      name: 'http without it: added at the top of http',
      path: MAIN,
      code: 'user www-data;\nevents {}\nhttp {\n    sendfile on;\n    server {\n        listen 80;\n    }\n}\n',
      errors: [{ messageId: 'missingInHttp', line: 3, column: 1, endColumn: 5, severity: 'info' }],
      output:
        'user www-data;\nevents {}\nhttp {\n    server_tokens off;\n    sendfile on;\n    server {\n        listen 80;\n    }\n}\n',
    },
    {
      name: 'http whose servers come from includes outside the workspace',
      path: MAIN,
      code: 'events {}\nhttp {\n  include /etc/nginx/sites-enabled/*;\n}\n',
      errors: [{ messageId: 'missingInHttp', line: 2, column: 1 }],
      output: 'events {}\nhttp {\n  server_tokens off;\n  include /etc/nginx/sites-enabled/*;\n}\n',
    },
    {
      name: 'a sites file read alone: in each server',
      code: 'server {\n    listen 80;\n}\nserver {\n    listen 443 ssl;\n    server_tokens off;\n}\nserver {\n    listen 8080;\n}\n',
      errors: [
        { messageId: 'missingInServer', line: 1, column: 1 },
        { messageId: 'missingInServer', line: 8, column: 1 },
      ],
      output:
        'server {\n    server_tokens off;\n    listen 80;\n}\nserver {\n    listen 443 ssl;\n    server_tokens off;\n}\nserver {\n    server_tokens off;\n    listen 8080;\n}\n',
    },
    {
      name: 'a one-line server',
      code: 'server { listen 80; }\n',
      errors: [{ messageId: 'missingInServer', line: 1, column: 1 }],
      output: 'server { server_tokens off; listen 80; }\n',
    },
    {
      // nginx reads U+00A0 as a character of a token, not as a blank: the rest of the line is not empty.
      name: 'a no-break space after the brace is a token: the new directive goes right after the brace',
      code: 'server { \u00a0\n    listen 80;\n}\n',
      errors: [{ messageId: 'missingInServer', line: 1, column: 1 }],
      output: 'server { server_tokens off; \u00a0\n    listen 80;\n}\n',
    },
  ],
});
