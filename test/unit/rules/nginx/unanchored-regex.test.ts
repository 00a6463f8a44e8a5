import { unanchoredRegex } from '../../../../rules/nginx/unanchored-regex.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(unanchoredRegex, {
  valid: [
    'location ~ \\.php$ {\n}\n',
    'location ~ ^/index\\.php(/|$) {\n}\n',
    'location ~* \\.(jpg|png)$ {\n}\n',
    'location ~ /\\.ht {\n    deny all;\n}\n',
    'location ~ ^/api/ {\n}\n',
    { name: 'not a location', code: 'if ($uri ~ \\.php) {\n    return 403;\n}\n' },
    { name: 'prefix location', code: 'location /x.php {\n}\n' },
    { name: 'both alternatives anchored', code: 'location ~ "\\.php$|\\.phtml$" {\n}\n' },
  ],
  invalid: [
    {
      code: 'location ~ \\.php {\n    fastcgi_pass unix:/run/php.sock;\n}\n',
      errors: [
        { messageId: 'unanchored', line: 1, column: 12, endColumn: 17, message: /`\/file\.php\.jpg`/ },
      ],
      output: null,
    },
    {
      name: 'extension group, case-insensitive, modifier glued',
      code: 'location ~*\\.(JPG|png) {\n}\n',
      errors: [{ messageId: 'unanchored', line: 1, column: 10, message: /\.jpg\.jpg/ }],
    },
    {
      name: 'one alternative unanchored',
      code: 'location ~ "^/a$|\\.phtml" {\n}\n',
      errors: [{ messageId: 'unanchored', line: 1, column: 12 }],
    },
  ],
});
