import { defaultServer } from '../../../../rules/nginx/default-server.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(defaultServer, {
  valid: [
    'server {\n    listen 80 default_server;\n    server_name a.test;\n}\nserver {\n    listen 80;\n    server_name b.test;\n}\n',
    {
      name: 'the old spelling default',
      code: 'server {\n    listen 80;\n}\nserver {\n    listen 80 default;\n}\n',
    },
    { name: 'one server', code: 'server {\n    listen 80;\n}\n' },
    { name: 'different ports', code: 'server {\n    listen 80;\n}\nserver {\n    listen 8080;\n}\n' },
    {
      name: 'IPv4 and IPv6 are different sockets',
      code: 'server {\n    listen 80;\n}\nserver {\n    listen [::]:80;\n}\n',
    },
    {
      name: 'different addresses',
      code: 'server {\n    listen 127.0.0.1:80;\n}\nserver {\n    listen 10.0.0.1:80;\n}\n',
    },
    {
      name: 'unix sockets are not compared',
      code: 'server {\n    listen unix:/run/a.sock;\n}\nserver {\n    listen unix:/run/a.sock;\n}\n',
    },
    {
      name: 'upstream servers are not http servers',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nhttp {\n    upstream b {\n        server 127.0.0.1:8081;\n        server 127.0.0.1:8082;\n    }\n    server {\n        listen 8080;\n    }\n}\n',
    },
    {
      name: 'the default is declared in another sites file of the same nginx.conf',
      path: 'etc/nginx/sites-enabled/b.conf',
      code: 'server {\n    listen 80;\n    server_name b.test;\n}\n',
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include sites-enabled/*.conf;\n}\n',
        'etc/nginx/sites-enabled/a.conf':
          'server {\n    listen 80 default_server;\n    server_name a.test;\n}\n',
      },
    },
    {
      name: 'the first server is in another file: that file reports it',
      path: 'etc/nginx/sites-enabled/b.conf',
      code: 'server {\n    listen 80;\n    server_name b.test;\n}\n',
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include sites-enabled/*.conf;\n}\n',
        'etc/nginx/sites-enabled/a.conf': 'server {\n    listen 80;\n    server_name a.test;\n}\n',
      },
    },
  ],
  invalid: [
    {
      code: 'server {\n    listen 80;\n    server_name a.test;\n}\nserver {\n    listen 80;\n    server_name b.test;\n}\n',
      errors: [
        {
          messageId: 'implicit',
          line: 2,
          column: 5,
          severity: 'info',
          message:
            '2 servers listen on *:80 and none is marked `default_server`: requests for other host names go to the first one read (server_name a.test), which depends on file order',
        },
      ],
      output:
        'server {\n    listen 80 default_server;\n    server_name a.test;\n}\nserver {\n    listen 80;\n    server_name b.test;\n}\n',
    },
    {
      name: '*:80 and 0.0.0.0:80 are one socket; TLS sockets too',
      code: 'server {\n    listen 0.0.0.0:80;\n    listen 443 ssl;\n}\nserver {\n    listen *:80;\n    listen 443 ssl http2;\n}\n',
      errors: [
        { messageId: 'implicit', line: 2, column: 5, message: /on \*:80/ },
        { messageId: 'implicit', line: 3, column: 5, message: /on \*:443/ },
      ],
      output:
        'server {\n    listen 0.0.0.0:80 default_server;\n    listen 443 ssl default_server;\n}\nserver {\n    listen *:80;\n    listen 443 ssl http2;\n}\n',
    },
    {
      name: 'across sites files of one nginx.conf, reported by the first',
      path: 'etc/nginx/sites-enabled/a.conf',
      code: 'server {\n    listen 80;\n    server_name a.test;\n}\n',
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include sites-enabled/*.conf;\n}\n',
        'etc/nginx/sites-enabled/b.conf': 'server {\n    listen 80;\n    server_name b.test;\n}\n',
      },
      errors: [{ messageId: 'implicit', line: 2, column: 5 }],
      output: 'server {\n    listen 80 default_server;\n    server_name a.test;\n}\n',
    },
  ],
});
