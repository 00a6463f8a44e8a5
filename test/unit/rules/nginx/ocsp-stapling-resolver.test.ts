import { ocspStaplingResolver } from '../../../../rules/nginx/ocsp-stapling-resolver.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const MAIN = 'etc/nginx/nginx.conf';

testRule(ocspStaplingResolver, {
  valid: [
    'server {\n    listen 443 ssl;\n    ssl_stapling on;\n    resolver 127.0.0.1;\n}\n',
    { name: 'stapling off', code: 'server {\n    listen 443 ssl;\n    ssl_stapling off;\n}\n' },
    { name: 'not a TLS server', code: 'server {\n    listen 80;\n    ssl_stapling on;\n}\n' },
    {
      name: 'resolver inherited from http',
      path: MAIN,
      code: 'events {}\nhttp {\n    resolver 127.0.0.53;\n    server {\n        listen 443 ssl;\n        ssl_stapling on;\n    }\n}\n',
    },
    {
      name: 'a stapling file',
      code: 'server {\n    listen 443 ssl;\n    ssl_stapling on;\n    ssl_stapling_file /etc/nginx/ocsp.der;\n}\n',
    },
    {
      name: 'a responder given by address',
      code: 'server {\n    listen 443 ssl;\n    ssl_stapling on;\n    ssl_stapling_responder http://10.0.0.9/ocsp;\n}\n',
    },
    {
      name: 'the server turns off what http turns on',
      path: MAIN,
      code: 'events {}\nhttp {\n    ssl_stapling on;\n    server {\n        listen 443 ssl;\n        ssl_stapling off;\n    }\n}\n',
    },
  ],
  invalid: [
    {
      code: 'server {\n    listen 443 ssl;\n    ssl_stapling on;\n    ssl_stapling_verify on;\n}\n',
      errors: [{ messageId: 'noResolver', line: 3, column: 5, severity: 'info' }],
      output: null,
    },
    {
      name: 'stapling from http: reported on each TLS server',
      path: MAIN,
      code: 'events {}\nhttp {\n    ssl_stapling on;\n    server {\n        listen 443 ssl;\n    }\n    server {\n        listen 80;\n    }\n}\n',
      errors: [{ messageId: 'noResolver', line: 4, column: 5 }],
    },
    {
      name: 'a responder given by name',
      code: 'server {\n    listen 443 quic;\n    ssl_stapling on;\n    ssl_stapling_responder http://ocsp.example.com/;\n}\n',
      errors: [{ messageId: 'noResolver', line: 3, column: 5 }],
    },
  ],
});
