import { proxyPassNormalized } from '../../../../rules/nginx/proxy-pass-normalized.ts';
import { testRule, type InvalidCase, type RuleTestCase } from '../../../helpers/rule-tester.ts';
import { fixesPassNginx } from '../../../servers/nginx-harness.ts';

const cases: { valid: (RuleTestCase | string)[]; invalid: InvalidCase[] } = {
  valid: [
    'location / {\n    proxy_pass http://downstream;\n}\n',
    'location = /foo {\n    proxy_pass https://example.com/bar/foo;\n}\n',
    'location / {\n    proxy_pass http://unix:/run/sockets/app.sock;\n}\n',
    'location @auth {\n    proxy_pass $auth_url;\n}\n',
    {
      name: 'raw URI kept with a capture',
      code: 'location /b {\n    rewrite ^ $request_uri;\n    proxy_pass http://127.0.0.1:8000/$1;\n}\n',
    },
    {
      name: 'raw URI kept with $uri in an if',
      code: 'location / {\n    rewrite ^ $request_uri;\n    if ($arg_x) {\n        proxy_pass http://127.0.0.1:8000/$uri;\n    }\n}\n',
    },
    {
      name: 'capture in the host part',
      code: 'location /b {\n    rewrite ^ $request_uri;\n    proxy_pass http://127.0.0.1:8000$1;\n}\n',
    },
    {
      name: 'stream proxy_pass',
      code: 'stream {\n    server {\n        listen 1;\n        proxy_pass example;\n    }\n}\n',
    },
  ],
  invalid: [
    {
      code: 'location / {\n    proxy_pass http://server/;\n}\n',
      errors: [{ messageId: 'path', severity: 'info', line: 2, column: 16, endColumn: 30 }],
      output: 'location / {\n    proxy_pass http://server;\n}\n',
    },
    {
      name: 'the URI part repeats the prefix',
      code: 'location /api/ {\n    proxy_pass http://backend/api/;\n}\n',
      errors: [{ messageId: 'path', severity: 'info', line: 2, column: 16 }],
      output: 'location /api/ {\n    proxy_pass http://backend;\n}\n',
    },
    {
      name: 'a different prefix: no fix',
      code: 'location /api/ {\n    proxy_pass http://backend/v2/;\n}\n',
      errors: [{ messageId: 'path', severity: 'info', line: 2, column: 16 }],
      output: null,
    },
    {
      name: 'unix socket with a URI part',
      code: 'location / {\n    proxy_pass http://unix:/run/app.sock:/test/;\n}\n',
      errors: [{ messageId: 'path', severity: 'info', line: 2, column: 16 }],
      output: null,
    },
    {
      name: 'variable with a slash',
      code: 'location @auth {\n    proxy_pass $auth_url/;\n}\n',
      errors: [{ messageId: 'path', severity: 'info', line: 2, column: 16 }],
    },
    {
      name: 'raw URI re-encoded',
      code: 'location /b {\n    rewrite ^ $request_uri;\n    proxy_pass http://127.0.0.1:8000/;\n}\n',
      errors: [{ messageId: 'rawUri', severity: 'warning', line: 3, column: 16 }],
      output: null,
    },
    {
      name: 'raw URI re-encoded, no URI part, in limit_except',
      code: 'location /api {\n    limit_except GET {\n        rewrite ^ $request_uri;\n        proxy_pass http://127.0.0.1:8000;\n    }\n}\n',
      errors: [{ messageId: 'rawUri', severity: 'warning', line: 4, column: 20 }],
    },
  ],
};

testRule(proxyPassNormalized, cases);
fixesPassNginx(proxyPassNormalized.meta.id, cases.invalid);
