import { loginRateLimit } from '../../../../rules/nginx/login-rate-limit.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const ZONE = 'limit_req_zone $binary_remote_addr zone=login:10m rate=5r/m;';
const LIMIT = 'limit_req zone=login burst=5 nodelay;';

testRule(loginRateLimit, {
  valid: [
    {
      name: 'a limited login',
      code: `${ZONE}\nserver {\n    location = /login {\n        ${LIMIT}\n        try_files $uri /index.php$is_args$args;\n    }\n}\n`,
    },
    {
      name: 'limit_req inherited from the server',
      code: `${ZONE}\nserver {\n    ${LIMIT}\n    location /user/login {\n        try_files $uri /index.php?$query_string;\n    }\n}\n`,
    },
    {
      name: 'not a login location',
      code: 'server {\n    location /blog/ {\n        root /srv;\n    }\n    location /loginhistory {\n        root /srv;\n    }\n}\n',
    },
    {
      name: 'a login location that redirects',
      code: 'server {\n    location = /login.html {\n        return 301 /login;\n    }\n}\n',
    },
  ],
  invalid: [
    {
      name: 'a sites file: the zone goes before the server (read inside http)',
      code: 'server {\n    listen 443 ssl;\n    location ~ ^/(login|login_check)$ {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n',
      errors: [{ messageId: 'noLimit', line: 3, column: 5, severity: 'info' }],
      output: `${ZONE}\nserver {\n    listen 443 ssl;\n    location ~ ^/(login|login_check)$ {\n        ${LIMIT}\n        try_files $uri /index.php$is_args$args;\n    }\n}\n`,
    },
    {
      name: 'nginx.conf: the zone goes into http',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nhttp {\n    server {\n        location = /wp-login.php {\n            include fastcgi.conf;\n            fastcgi_pass php;\n        }\n    }\n}\n',
      errors: [{ messageId: 'noLimit', line: 4, column: 9 }],
      output: `events {}\nhttp {\n    ${ZONE}\n    server {\n        location = /wp-login.php {\n            ${LIMIT}\n            include fastcgi.conf;\n            fastcgi_pass php;\n        }\n    }\n}\n`,
    },
    {
      name: 'an existing zone is reused',
      code: `${ZONE}\nserver {\n    location /user/login {\n        try_files $uri /index.php?$query_string;\n    }\n}\n`,
      errors: [{ messageId: 'noLimit', line: 3, column: 5 }],
      output: `${ZONE}\nserver {\n    location /user/login {\n        ${LIMIT}\n        try_files $uri /index.php?$query_string;\n    }\n}\n`,
    },
  ],
});
