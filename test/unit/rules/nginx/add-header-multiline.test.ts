import { addHeaderMultiline } from '../../../../rules/nginx/add-header-multiline.ts';
import { testRule, type InvalidCase, type RuleTestCase } from '../../../helpers/rule-tester.ts';
import { fixesPassNginx } from '../../../servers/nginx-harness.ts';

const cases: { valid: (RuleTestCase | string)[]; invalid: InvalidCase[] } = {
  valid: [
    'add_header X-Frame-Options SAMEORIGIN always;\n',
    "more_set_headers -s 404 -s '500 503' 'X-Foo: bar';\n",
    {
      name: 'a multi-line type list',
      code: "more_set_headers -t 'text/html\n    text/plain' 'X-Foo: bar';\n",
    },
    { name: 'other directives may span lines', code: 'log_format main "$remote_addr\n  $request";\n' },
  ],
  invalid: [
    {
      name: 'a folded CSP',
      code: 'server {\n    add_header Content-Security-Policy "\n        default-src \'self\';\n        img-src data:" always;\n}\n',
      errors: [
        { messageId: 'multiline', line: 2, column: 40, endLine: 4, message: /`Content-Security-Policy`/ },
      ],
      output:
        'server {\n    add_header Content-Security-Policy "default-src \'self\'; img-src data:" always;\n}\n',
    },
    {
      name: 'an escaped line feed',
      code: 'add_header X-Test "a\\nb";\n',
      errors: [{ messageId: 'multiline', line: 1, column: 19 }],
      output: 'add_header X-Test "a b";\n',
    },
    {
      name: 'more_set_headers with several folded headers',
      code: "more_set_headers -t 'text/html' 'X-Foo: some\n    multiline' 'X-Bar: one line' 'X-Baz: two\n lines';\n",
      errors: [
        { messageId: 'multiline', line: 1, column: 33, message: /`X-Foo`/ },
        { messageId: 'multiline', line: 2, column: 34, message: /`X-Baz`/ },
      ],
      output:
        'more_set_headers -t \'text/html\' "X-Foo: some multiline" \'X-Bar: one line\' "X-Baz: two lines";\n',
    },
    {
      name: 'more_set_headers -r',
      code: "more_set_headers -r 'Foo:\n    multiline';\n",
      errors: [{ messageId: 'multiline', line: 1, column: 21 }],
      output: 'more_set_headers -r "Foo: multiline";\n',
    },
  ],
};

testRule(addHeaderMultiline, cases);
fixesPassNginx(addHeaderMultiline.meta.id, cases.invalid);
