import { satisfyAnyDeny } from '../../../../rules/nginx/satisfy-any-deny.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

/** phpMyAdmin for the office or with a password, and a nested location meant to refuse everybody. */
function pma(nested: string, outer = '        satisfy any;\n        auth_basic "phpMyAdmin";\n'): string {
  return `server {\n    location ^~ /phpmyadmin/ {\n${outer}        allow 203.0.113.0/24;\n        deny all;\n        location ~ ^/phpmyadmin/(setup|libraries)/ {\n${nested}        }\n    }\n}\n`;
}

testRule(satisfyAnyDeny, {
  valid: [
    {
      name: 'the nested location says satisfy all',
      code: pma('            satisfy all;\n            deny all;\n'),
    },
    {
      name: 'a satisfy any written beside the deny is the author’s choice',
      code: pma('            satisfy any;\n            deny all;\n'),
    },
    {
      name: 'no authentication in effect: deny all refuses everybody',
      code: pma('            deny all;\n', '        satisfy any;\n'),
    },
    {
      name: 'authentication switched off in the nested location',
      code: pma('            auth_basic off;\n            deny all;\n'),
    },
    {
      name: 'an address list: "these addresses or the password" is what satisfy any is for',
      code: pma('            allow 198.51.100.7;\n            deny all;\n'),
    },
    {
      name: 'satisfy all (the default) outside',
      code: pma('            deny all;\n', '        auth_basic "phpMyAdmin";\n'),
    },
    {
      name: 'return 404 answers in the rewrite phase, before the access check',
      code: pma('            deny all;\n            return 404;\n'),
    },
    {
      name: 'an internal location refuses clients before the access check',
      code: pma('            deny all;\n            internal;\n'),
    },
  ],
  invalid: [
    {
      // Acceptance case opencart--admin-satisfy-any: the snippet is read at server level first.
      name: 'a snippet included at server level and again under satisfy any is judged in both placements',
      path: 'etc/nginx/snippets/private.conf',
      code: 'location ~ ^/admin/config\\.php$ {\n    deny all;\n}\n',
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include /etc/nginx/sites-enabled/*;\n}\n',
        'etc/nginx/sites-enabled/shop.conf':
          'server {\n    include snippets/private.conf;\n    location ^~ /admin/ {\n        satisfy any;\n        allow 203.0.113.0/24;\n        deny all;\n        auth_basic "Admin";\n        include snippets/private.conf;\n    }\n}\n',
      },
      errors: [{ messageId: 'weakened', line: 2, column: 5, message: /from `location \^~ \/admin\/`/ }],
    },
    {
      // Acceptance case dbtools (found by its writer, checked on nginx 1.22.1): with the password,
      // /phpmyadmin/setup/index.php came back as PHP source.
      name: 'a nested deny all under an inherited satisfy any',
      code: pma('            deny all;\n'),
      errors: [
        {
          messageId: 'weakened',
          line: 8,
          column: 13,
          message:
            /`deny all` in `location ~ \^\/phpmyadmin\/\(setup\|libraries\)\/` only refuses clients without a password: it inherits `satisfy any` from `location \^~ \/phpmyadmin\/`, so anyone who passes `auth_basic phpMyAdmin` gets in/,
        },
      ],
      output: pma('            satisfy all;\n            deny all;\n'),
    },
    {
      name: 'satisfy any and auth_request at the server level',
      code: 'server {\n    satisfy any;\n    auth_request /auth;\n    location /backups/ {\n        deny all;\n    }\n}\n',
      errors: [
        {
          messageId: 'weakened',
          line: 5,
          column: 9,
          message: /from `server`, so anyone who passes `auth_request \/auth`/,
        },
      ],
      output:
        'server {\n    satisfy any;\n    auth_request /auth;\n    location /backups/ {\n        satisfy all;\n        deny all;\n    }\n}\n',
    },
  ],
});
