import { ifIsEvil } from '../../../../rules/nginx/if-is-evil.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(ifIsEvil, {
  valid: [
    'location /a {\n    set $t 1;\n    if ($t) {\n        return 403;\n    }\n}\n',
    'location /a {\n    if ($args ~ post=140) {\n        rewrite ^ http://example.com/ last;\n    }\n}\n',
    'location /a {\n    if ($args ~ post=140) {\n        rewrite ^ http://example.com/ permanent;\n    }\n}\n',
    {
      name: 'if in server',
      code: 'server {\n    if ($host = old.example.com) {\n        set $x 1;\n    }\n}\n',
    },
    {
      name: 'preflight ends with return',
      code: 'location / {\n    if ($request_method = OPTIONS) {\n        add_header X-A 1;\n        return 204;\n    }\n}\n',
    },
  ],
  invalid: [
    {
      code: 'location /only-one-if {\n    set $true 1;\n    if ($true) {\n        add_header X-First 1;\n    }\n    if ($true) {\n        add_header X-Second 2;\n    }\n    return 204;\n}\n',
      errors: [
        { messageId: 'unsafe', line: 3, column: 5, endColumn: 7, message: /^`add_header` inside `if`/ },
        { messageId: 'unsafe', line: 6, column: 5 },
      ],
      output: null,
    },
    {
      name: 'rewrite with break',
      code: 'location /test-break {\n    if ($args ~ post=140) {\n        rewrite ^ http://example.com/ break;\n    }\n}\n',
      errors: [{ messageId: 'unsafe', line: 2, column: 5, message: /^`rewrite … break`/ }],
    },
  ],
});
