import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { unknownDirective } from '../../../../rules/nginx/unknown-directive.ts';
import { closestDirective } from '../../../../server/src/formats/nginx/semantics-directive-names.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

describe('closest directive', () => {
  test('typos find the directive', () => {
    assert.equal(closestDirective('server_token'), 'server_tokens');
    assert.equal(closestDirective('proxy_pas'), 'proxy_pass');
    assert.equal(closestDirective('add_haeder'), 'add_header');
    assert.equal(closestDirective('lisen'), 'listen');
  });
  test('unrelated names find nothing', () => {
    assert.equal(closestDirective('completely_unrelated_name'), undefined);
    assert.equal(closestDirective('zz'), undefined);
  });
});

testRule(unknownDirective, {
  valid: [
    'server {\n    listen 80;\n    server_tokens off;\n}\n',
    { name: 'map entries are data', code: 'map $a $b {\n    foo 1;\n    default 0;\n}\n' },
    { name: 'types entries are data', code: 'types {\n    text/html html;\n}\n' },
    {
      name: 'headers-more is a known third-party module',
      code: 'server {\n    more_set_headers "Server: x";\n}\n',
    },
    {
      name: 'lua blocks',
      code: 'location / {\n    content_by_lua_block {\n        ngx.say("hi")\n    }\n    access_by_lua_file /x.lua;\n}\n',
    },
    {
      name: 'extraDirectives, whose blocks are not looked into',
      options: { extraDirectives: ['my_module_block', 'my_module_flag'] },
      code: 'my_module_flag on;\nmy_module_block {\n    anything goes;\n}\n',
    },
    { name: 'an unfinished statement is a parse error already', code: 'server {\n    serv' },
    { name: 'NGINX Plus directives are in the reference', code: 'location /api {\n    api write=on;\n}\n' },
  ],
  invalid: [
    {
      name: 'the nearest name takes one argument: suggested, but no rename fix',
      code: 'sinclude a.conf b.conf;\n',
      errors: [{ messageId: 'unknown', line: 1, column: 1, message: /did you mean `include`/ }],
      output: null,
    },
    {
      name: 'a block misspelt as a simple directive name: no rename fix',
      code: 'http {\n    se {\n        listen 80;\n    }\n}\n',
      errors: [{ messageId: 'unknown', line: 2, column: 5, message: /did you mean `set`/ }],
      output: null,
    },
    {
      code: 'server {\n    server_token off;\n}\n',
      errors: [
        {
          messageId: 'unknown',
          line: 2,
          column: 5,
          endColumn: 17,
          severity: 'info',
          message: /^`server_token` is not an nginx directive \(did you mean `server_tokens`\?\)/,
        },
      ],
      output: 'server {\n    server_tokens off;\n}\n',
    },
    {
      name: 'no close name, no fix',
      code: 'frobnicate_everything on;\n',
      errors: [
        {
          messageId: 'unknown',
          line: 1,
          column: 1,
          message: /^`frobnicate_everything` is not an nginx directive:/,
        },
      ],
      output: null,
    },
    {
      name: 'third-party modules reported when only stock nginx counts',
      options: { thirdPartyModules: false },
      code: 'server {\n    more_set_headers "Server: x";\n}\n',
      errors: [{ messageId: 'unknown', line: 2, column: 5 }],
    },
    {
      name: 'an unknown block is reported once, not its content',
      code: 'server {\n    my_section {\n        foo 1;\n        bar 2;\n    }\n}\n',
      errors: [{ messageId: 'unknown', line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'a misspelt block: its content is checked as the block it means',
      code: 'server {\n    locaton / {\n        expirs 1d;\n        listen 80;\n    }\n}\n',
      errors: [
        { messageId: 'unknown', line: 2, column: 5, message: /did you mean `location`/ },
        { messageId: 'unknown', line: 3, column: 9, message: /did you mean `expires`/ },
      ],
      output: 'server {\n    location / {\n        expires 1d;\n        listen 80;\n    }\n}\n',
    },
    {
      name: 'the nearest name is not allowed where the directive is (map in a server): no rename fix',
      code: 'http {\n    server {\n        mp $host $backend {\n            default 0;\n        }\n    }\n}\n',
      errors: [{ messageId: 'unknown', line: 3, column: 9, message: /did you mean `map`/ }],
      output: null,
    },
    {
      name: "the block body does not read as the nearest name's entries: no rename fix",
      code: 'http {\n    mp $host $backend {\n        * html htm;\n    }\n}\n',
      errors: [{ messageId: 'unknown', line: 2, column: 5, message: /did you mean `map`/ }],
      output: null,
    },
    {
      name: 'a misspelt map whose entries fit: renamed',
      code: 'http {\n    mp $host $backend {\n        default app;\n    }\n}\n',
      errors: [{ messageId: 'unknown', line: 2, column: 5 }],
      output: 'http {\n    map $host $backend {\n        default app;\n    }\n}\n',
    },
    {
      name: 'a block of another language that no known module provides',
      code: 'server {\n    content_by_perl_block {\n        print 1;\n    }\n}\n',
      errors: [{ messageId: 'unknown', line: 2, column: 5 }],
      output: null,
    },
  ],
});
