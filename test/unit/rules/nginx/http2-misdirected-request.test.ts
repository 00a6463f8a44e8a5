import { http2MisdirectedRequest } from '../../../../rules/nginx/http2-misdirected-request.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const head = '    listen 443 ssl default_server;\n    http2 on;\n    ssl_reject_handshake on;\n';

testRule(http2MisdirectedRequest, {
  valid: [
    `server {\n${head}    location / {\n        return 421;\n    }\n}\n`,
    { name: 'a server-level return 421', code: `server {\n${head}    return 421;\n}\n` },
    {
      name: 'location = / (as gixy-ng accepts)',
      code: `server {\n${head}    location = / {\n        return 421;\n    }\n}\n`,
    },
    {
      name: 'not the default server',
      code: 'server {\n    listen 443 ssl;\n    http2 on;\n    ssl_reject_handshake on;\n}\n',
    },
    {
      name: 'no ssl_reject_handshake',
      code: 'server {\n    listen 443 ssl default_server;\n    http2 on;\n}\n',
    },
    {
      name: 'no HTTP/2',
      code: 'server {\n    listen 443 ssl default_server;\n    ssl_reject_handshake on;\n}\n',
    },
    {
      name: 'http2 on in http, off in the server',
      path: 'etc/nginx/nginx.conf',
      code: `events {}\nhttp {\n    http2 on;\n    server {\n        listen 443 ssl default_server;\n        http2 off;\n        ssl_reject_handshake on;\n    }\n}\n`,
    },
    {
      name: 'plain HTTP',
      code: 'server {\n    listen 80 default_server;\n    http2 on;\n    ssl_reject_handshake on;\n}\n',
    },
  ],
  invalid: [
    {
      code: `server {\n${head}}\n`,
      errors: [{ messageId: 'missing421', line: 4, column: 5, severity: 'info' }],
      output: `server {\n${head}    location / {\n        return 421;\n    }\n}\n`,
    },
    {
      name: 'HTTP/2 from the listen parameter',
      code: 'server {\n    listen 443 ssl http2 default_server;\n    ssl_reject_handshake on;\n    location / {\n        return 444;\n    }\n}\n',
      errors: [{ messageId: 'missing421', line: 3, column: 5 }],
      output: null,
    },
    {
      name: 'http2 and ssl_reject_handshake inherited from http',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nhttp {\n    http2 on;\n    ssl_reject_handshake on;\n    server {\n        listen 443 ssl default_server;\n    }\n}\n',
      errors: [{ messageId: 'missing421', line: 5, column: 5 }],
      output:
        'events {}\nhttp {\n    http2 on;\n    ssl_reject_handshake on;\n    server {\n        listen 443 ssl default_server;\n        location / {\n            return 421;\n        }\n    }\n}\n',
    },
  ],
});
