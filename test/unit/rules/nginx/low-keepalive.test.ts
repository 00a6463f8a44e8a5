import { lowKeepalive } from '../../../../rules/nginx/low-keepalive.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(lowKeepalive, {
  valid: [
    'keepalive_requests 1000;\n',
    'server {\n    keepalive_requests 10000;\n}\n',
    { name: 'a lower minimum option', options: { minimum: 100 }, code: 'keepalive_requests 100;\n' },
    { name: 'not a number', code: 'keepalive_requests $x;\n' },
    { name: 'a map key', code: 'map $a $b {\n    keepalive_requests 1;\n}\n' },
  ],
  invalid: [
    {
      code: 'keepalive_requests 100;\n',
      errors: [
        {
          messageId: 'low',
          line: 1,
          column: 1,
          severity: 'info',
          message: /^`keepalive_requests 100` closes connections after 100 requests/,
        },
      ],
      output: 'keepalive_requests 1000;\n',
    },
    {
      name: 'in an upstream',
      code: 'upstream php {\n    server 127.0.0.1:9000;\n    keepalive 16;\n    keepalive_requests 50;\n}\n',
      errors: [{ messageId: 'low', line: 4, column: 5 }],
      output:
        'upstream php {\n    server 127.0.0.1:9000;\n    keepalive 16;\n    keepalive_requests 1000;\n}\n',
    },
    {
      name: 'the minimum option is what the fix writes',
      options: { minimum: 5000 },
      code: 'http {\n    keepalive_requests 1000;\n}\n',
      path: 'etc/nginx/nginx.conf',
      errors: [{ messageId: 'low', line: 2, column: 5 }],
      output: 'http {\n    keepalive_requests 5000;\n}\n',
    },
  ],
});
