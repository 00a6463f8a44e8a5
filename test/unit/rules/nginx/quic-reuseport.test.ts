import { quicReuseport } from '../../../../rules/nginx/quic-reuseport.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const MAIN = 'etc/nginx/nginx.conf';

testRule(quicReuseport, {
  valid: [
    'server {\n    listen 443 quic reuseport;\n    listen 443 ssl;\n}\n',
    {
      name: 'reuseport on another server of the socket',
      code: 'server {\n    listen 443 quic;\n}\nserver {\n    listen 443 quic reuseport;\n}\n',
    },
    { name: 'no QUIC', code: 'server {\n    listen 443 ssl;\n}\n' },
    {
      name: 'TCP reuseport does not count, but a single worker does not need it',
      path: MAIN,
      code: 'worker_processes 1;\nevents {}\nhttp {\n    server {\n        listen 443 quic;\n    }\n}\n',
    },
    {
      name: 'no worker_processes: one worker by default',
      path: MAIN,
      code: 'events {}\nhttp {\n    server {\n        listen 443 quic;\n    }\n}\n',
    },
    {
      name: 'a sites file of an nginx.conf with one worker',
      path: 'etc/nginx/sites-enabled/app.conf',
      code: 'server {\n    listen 443 quic;\n}\n',
      files: { [MAIN]: 'events {}\nhttp {\n    include sites-enabled/*.conf;\n}\n' },
    },
  ],
  invalid: [
    {
      code: 'server {\n    listen 443 quic;\n    listen 443 ssl reuseport;\n}\n',
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 5,
          severity: 'info',
          message: /^No `listen 443 quic`|^No `listen \*:443 quic`/,
        },
      ],
      output: 'server {\n    listen 443 quic reuseport;\n    listen 443 ssl reuseport;\n}\n',
    },
    {
      name: 'several workers in nginx.conf, IPv6 too',
      path: MAIN,
      code: 'worker_processes auto;\nevents {}\nhttp {\n    server {\n        listen 443 quic;\n        listen [::]:443 quic;\n    }\n}\n',
      errors: [
        { messageId: 'missing', line: 5, column: 9 },
        { messageId: 'missing', line: 6, column: 9, message: /\[::\]:443/ },
      ],
      output:
        'worker_processes auto;\nevents {}\nhttp {\n    server {\n        listen 443 quic reuseport;\n        listen [::]:443 quic reuseport;\n    }\n}\n',
    },
  ],
});
