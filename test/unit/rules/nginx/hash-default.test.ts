import { hashDefault } from '../../../../rules/nginx/hash-default.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(hashDefault, {
  valid: [
    'map $host $backend {\n    default 127.0.0.1:8080;\n    api.test 127.0.0.1:8081;\n}\n',
    {
      name: 'a single-entry map',
      code: 'map $request_method $limit_key {\n    POST $binary_remote_addr;\n}\n',
    },
    {
      name: 'a single entry with hostnames',
      code: 'map $host $x {\n    hostnames;\n    *.example.com 1;\n}\n',
    },
    { name: 'geo with default', code: 'geo $trusted {\n    default 0;\n    10.0.0.0/8 1;\n}\n' },
    {
      name: 'geo with ranges and default',
      code: 'geo $x {\n    ranges;\n    default 0;\n    10.0.0.1-10.0.0.9 1;\n}\n',
    },
    {
      name: 'a quoted "default" key is the default',
      code: 'map $uri $x {\n    "default" 0;\n    /a 1;\n    /b 2;\n}\n',
    },
    {
      name: 'default from an included file',
      code: 'map $uri $x {\n    include maps/x.map;\n    /a 1;\n    /b 2;\n}\n',
      files: { 'etc/nginx/maps/x.map': 'default 0;\n' },
    },
  ],
  invalid: [
    {
      code: 'map $host $backend {\n    app.test 127.0.0.1:8080;\n    api.test 127.0.0.1:8081;\n}\n',
      errors: [
        {
          messageId: 'noDefault',
          line: 1,
          column: 1,
          endColumn: 19,
          severity: 'info',
          message: /^`map` sets \$backend without a `default` entry/,
        },
      ],
      output: null,
    },
    {
      name: 'geo always needs its default',
      code: 'geo $remote_addr $trusted {\n    10.0.0.0/8 1;\n}\n',
      errors: [{ messageId: 'noDefault', line: 1, column: 1, message: /`geo` sets \$trusted/ }],
    },
    {
      name: 'a stream map in nginx.conf',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nstream {\n    map $ssl_preread_server_name $upstream {\n        a.test a;\n        b.test b;\n    }\n}\n',
      errors: [{ messageId: 'noDefault', line: 3, column: 5 }],
    },
  ],
});
