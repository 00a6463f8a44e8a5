import { hostSpoofing } from '../../../../rules/nginx/host-spoofing.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(hostSpoofing, {
  valid: [
    'location / {\n    proxy_set_header Host $host;\n    proxy_pass http://app;\n}\n',
    { name: 'a fixed host', code: 'proxy_set_header Host app.internal;\n' },
    { name: 'the upstream host (nginx default)', code: 'proxy_set_header Host $proxy_host;\n' },
    {
      name: 'another header may carry the raw value',
      code: 'proxy_set_header X-Forwarded-Host $http_host;\n',
    },
    { name: 'composed with a fixed suffix', code: 'proxy_set_header Host $host:8443;\n' },
  ],
  invalid: [
    {
      code: 'location / {\n    proxy_set_header Host $http_host;\n    proxy_pass http://app;\n}\n',
      errors: [
        {
          messageId: 'rawHost',
          line: 2,
          column: 27,
          message:
            '`proxy_set_header Host $http_host` passes a Host value the client chose unchecked: the application may build links and redirects from it (use `$host`)',
        },
      ],
      output: 'location / {\n    proxy_set_header Host $host;\n    proxy_pass http://app;\n}\n',
    },
    {
      name: 'header name in another case, quoted value',
      code: 'proxy_set_header HoSt "$http_host";\n',
      errors: [{ messageId: 'rawHost', line: 1, column: 23 }],
      output: 'proxy_set_header HoSt $host;\n',
    },
    {
      name: 'a query argument',
      code: 'proxy_set_header host $arg_host;\n',
      errors: [{ messageId: 'rawHost', line: 1, column: 23 }],
      output: 'proxy_set_header host $host;\n',
    },
    {
      name: 'X-Forwarded-Host from the client',
      code: 'proxy_set_header Host $http_x_forwarded_host;\n',
      errors: [{ messageId: 'rawHost', line: 1, column: 23, message: /\$http_x_forwarded_host/ }],
      output: 'proxy_set_header Host $host;\n',
    },
  ],
});
