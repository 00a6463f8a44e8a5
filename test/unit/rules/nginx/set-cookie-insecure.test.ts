import { setCookieInsecure } from '../../../../rules/nginx/set-cookie-insecure.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(setCookieInsecure, {
  valid: [
    'add_header Set-Cookie "lang=en; Path=/; Secure; HttpOnly; SameSite=Lax";\n',
    {
      name: 'attributes in any case and order',
      code: 'add_header set-cookie "a=1; samesite=strict; httponly; secure";\n',
    },
    { name: 'a cookie computed elsewhere', code: 'add_header Set-Cookie $upstream_cookie_line;\n' },
    {
      name: 'proxy_cookie_flags with all three',
      code: 'location / {\n    proxy_cookie_flags ~ secure httponly samesite=strict;\n    proxy_pass http://app;\n}\n',
    },
    { name: 'proxy_cookie_flags off', code: 'proxy_cookie_flags off;\n' },
    {
      name: 'PHP_VALUE with protections on',
      code: 'fastcgi_param PHP_VALUE "session.cookie_secure=1\\nsession.cookie_httponly=On\\nsession.cookie_samesite=Lax";\n',
    },
    { name: 'PHP_VALUE about something else', code: 'fastcgi_param PHP_VALUE "upload_max_filesize=64M";\n' },
    { name: 'another header', code: 'add_header X-Cookie-Policy "none";\n' },
  ],
  invalid: [
    {
      name: 'a Set-Cookie without any flag',
      code: 'add_header Set-Cookie "lang=en; Path=/";\n',
      errors: [
        {
          messageId: 'setCookie',
          line: 1,
          column: 23,
          message:
            '`add_header Set-Cookie` sends a cookie without Secure, HttpOnly, SameSite: it can leak over plain HTTP, to scripts or to cross-site requests',
        },
      ],
      output: 'add_header Set-Cookie "lang=en; Path=/; Secure; HttpOnly; SameSite=Lax";\n',
    },
    {
      name: 'SameSite=None is no protection',
      code: 'add_header Set-Cookie "sid=$request_id; Secure; HttpOnly; SameSite=None" always;\n',
      errors: [{ messageId: 'setCookie', line: 1, column: 23, message: /without SameSite:/ }],
      output: 'add_header Set-Cookie "sid=$request_id; Secure; HttpOnly; SameSite=Lax" always;\n',
    },
    {
      name: 'proxy_cookie_flags that turns Secure off',
      code: 'location / {\n    proxy_cookie_flags PHPSESSID nosecure httponly samesite=lax;\n    proxy_pass http://app;\n}\n',
      errors: [
        {
          messageId: 'proxyFlags',
          line: 2,
          column: 5,
          message: /turns off nosecure and does not add Secure/,
        },
      ],
      output:
        'location / {\n    proxy_cookie_flags PHPSESSID httponly samesite=lax secure;\n    proxy_pass http://app;\n}\n',
    },
    {
      name: 'proxy_cookie_flags with only secure',
      code: 'proxy_cookie_flags ~ secure;\n',
      errors: [{ messageId: 'proxyFlags', line: 1, column: 1, message: /does not add HttpOnly, SameSite/ }],
      output: 'proxy_cookie_flags ~ secure httponly samesite=lax;\n',
    },
    {
      name: 'proxy_cookie_flags with a quoted flag: kept as written',
      code: 'proxy_cookie_flags ~ "secure" samesite=none;\n',
      errors: [{ messageId: 'proxyFlags', line: 1, column: 1 }],
      output: 'proxy_cookie_flags ~ "secure" httponly samesite=lax;\n',
    },
    {
      // A fuzz find: the flags were written back unquoted, and the `;` inside the string ended
      // the directive, so the finding stayed after its fix.
      name: 'proxy_cookie_flags with a quote left open: no fix',
      code: 'location / {\n    proxy_cookie_flags ~ secure "ttposamesite=strict;\n    proxy_pass http://app;\n}\n',
      errors: [{ messageId: 'proxyFlags', line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'PHP session cookie settings turned off',
      code: 'location ~ \\.php$ {\n    fastcgi_param PHP_VALUE "session.cookie_secure=0\\nsession.cookie_httponly=Off";\n}\n',
      errors: [{ messageId: 'phpValue', line: 2, column: 29, message: /Secure, HttpOnly protection/ }],
      output:
        'location ~ \\.php$ {\n    fastcgi_param PHP_VALUE "session.cookie_secure=1\\nsession.cookie_httponly=1";\n}\n',
    },
    {
      name: 'PHP_ADMIN_VALUE with an empty SameSite',
      code: 'fastcgi_param PHP_ADMIN_VALUE "session.cookie_samesite=";\n',
      errors: [{ messageId: 'phpValue', line: 1, column: 31 }],
      output: 'fastcgi_param PHP_ADMIN_VALUE session.cookie_samesite=Lax;\n',
    },
  ],
});
