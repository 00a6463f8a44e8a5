import { invalidRegex } from '../../../../rules/nginx/invalid-regex.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(invalidRegex, {
  valid: [
    'location ~ \\.php$ {\n}\n',
    'location ~* \\.(jpg|png|gif)$ {\n    expires 30d;\n}\n',
    'rewrite "^/([^/]+)/([^/]+)$" /$2/$1 break;\n',
    'rewrite ^/old$ /new permanent;\n',
    { name: 'literal braces', code: 'location ~ "^/a{,3}$" {\n}\n' },
    {
      name: 'named captures',
      code: 'location ~ "^/(?<lang>[a-z]{2})/(.*)$" {\n    try_files /$lang/$2 =404;\n}\n',
    },
    { name: 'captures of the if', code: 'if ($uri ~ "^/(.*)$") {\n    set $x $1;\n}\n' },
    {
      name: 'a rewrite in the location replaces the captures',
      code: 'location ~ ^/a {\n    rewrite ^/a/(.*)$ /b/$1 break;\n    proxy_pass http://up/$1;\n}\n',
    },
    {
      name: 'a map variable may run its own regex',
      code: 'location ~ ^/a {\n    proxy_pass http://$backend/$1;\n}\n',
    },
    {
      name: 'map values use the key captures',
      code: 'map $uri $target {\n    ~^/a/(.*)$ /b/$1;\n    default "";\n}\n',
    },
    { name: 'gzip_disable keyword', code: 'gzip_disable msie6;\n' },
    { name: 'escapes are resolved first', code: 'location ~ "\\\\.php$" {\n}\n' },
    { name: 'fastcgi_split_path_info', code: 'fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n' },
  ],
  invalid: [
    {
      name: 'unclosed group',
      code: 'location ~ ^/static/(.*\\.(css|js)$ {\n}\n',
      errors: [{ messageId: 'syntax', line: 1, column: 34, message: /missing closing parenthesis/ }],
    },
    {
      name: 'nothing to repeat',
      code: 'location ~* "*.php$" {\n}\n',
      errors: [
        {
          messageId: 'syntax',
          line: 1,
          column: 14,
          endColumn: 15,
          message: /quantifier does not follow a repeatable item/,
        },
      ],
    },
    {
      name: 'unknown escape in an if',
      code: 'if ($http_user_agent ~ "\\iphone") {\n    return 403;\n}\n',
      errors: [{ messageId: 'syntax', line: 1, column: 26, message: /unrecognized character follows \\/ }],
    },
    {
      name: 'variable-length lookbehind in a map key',
      code: 'map $uri $x {\n    "~(?<=a+)b" 1;\n}\n',
      errors: [
        { messageId: 'syntax', line: 2, column: 7, message: /lookbehind assertion is not fixed length/ },
      ],
    },
    {
      name: 'range out of order in server_name',
      code: 'server {\n    server_name ~^[z-a]+\\.example\\.com$;\n}\n',
      errors: [
        { messageId: 'syntax', line: 2, column: 22, message: /range out of order in character class/ },
      ],
    },
    {
      name: 'rewrite without groups',
      code: 'rewrite "(?i)/" $1 break;\n',
      errors: [
        {
          messageId: 'missingGroup',
          line: 1,
          column: 17,
          endColumn: 19,
          message: /regex of this `rewrite` has none/,
        },
      ],
    },
    {
      name: 'rewrite with one group referring to $2',
      code: 'rewrite "^/(.*)$" /$1/$2 break;\n',
      errors: [{ messageId: 'missingGroup', line: 1, column: 23, message: /has 1/ }],
    },
    {
      name: 'set in an if without groups',
      code: 'server {\n    location / {\n        if ($uri ~ "^/path") {\n            set $x $1;\n        }\n    }\n}\n',
      errors: [{ messageId: 'missingGroup', line: 4, column: 20 }],
    },
    {
      name: 'a regex location without the group',
      code: 'location ~ \\.php$ {\n    fastcgi_param SCRIPT_FILENAME $document_root$1;\n}\n',
      errors: [{ messageId: 'missingGroup', line: 2, column: 49 }],
    },
    {
      name: 'a map value',
      code: 'map $uri $target {\n    ~^/a/.*$ /b/$1;\n}\n',
      errors: [{ messageId: 'missingGroup', line: 2, column: 17 }],
    },
  ],
});
