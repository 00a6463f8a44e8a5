import { returnBypassesAllowDeny } from '../../../../rules/nginx/return-bypasses-allow-deny.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(returnBypassesAllowDeny, {
  valid: [
    {
      // Review (nginx 1.22.1: clients get 404): internal is inherited and refuses before any rewrite.
      name: 'a return in a location nested in an internal one',
      code: 'server {\n    location /x/ {\n        internal;\n        location /x/y {\n            allow 10.0.0.0/8;\n            deny all;\n            return 200 "hello";\n        }\n    }\n}\n',
    },
    {
      name: 'rewrite … break stays in the location, where its rules apply',
      code: 'server {\n    location = /api/tasks/cron {\n        allow 192.0.2.25;\n        deny all;\n        rewrite ^ /api/http.php/tasks/cron break;\n    }\n    location ~ ^/api/http\\.php(/|$) {\n        fastcgi_pass unix:/run/php.sock;\n    }\n}\n',
    },
    {
      name: 'the rewritten URI lands in a location that keeps an address list of its own',
      code: 'server {\n    location = /api/tasks/cron {\n        allow 192.0.2.25;\n        deny all;\n        rewrite ^ /api/http.php/tasks/cron last;\n    }\n    location ~ ^/api/http\\.php(/|$) {\n        allow 192.0.2.0/24;\n        deny all;\n        fastcgi_pass unix:/run/php.sock;\n    }\n}\n',
    },
    {
      // Acceptance case ilias: the rewrite routes client files, deny all refuses the rest.
      name: 'a bare deny all beside an internal rewrite refuses what the rewrite does not route',
      code: 'server {\n    location = /api/tasks/cron {\n        deny all;\n        rewrite ^ /api/http.php/tasks/cron last;\n    }\n    location ~ ^/api/http\\.php(/|$) {\n        fastcgi_pass unix:/run/php.sock;\n    }\n}\n',
    },
    'location /abc {\n    allow 127.0.0.2;\n    deny all;\n    try_files "" @smth;\n}\n',
    'location /abc {\n    return 200 "hello";\n}\n',
    {
      // Acceptance case moodle--http-cron-endpoint, after nginx/http-without-redirect's fix: the
      // redirect hands out nothing, and the HTTPS server's own rules decide there.
      name: 'a redirect of the same request to HTTPS',
      code: 'location = /admin/cron.php {\n    return 301 https://$host$request_uri;\n    allow 10.20.0.15;\n    deny all;\n    fastcgi_pass unix:/run/php.sock;\n}\n',
    },
    {
      name: 'the rewrite form of the HTTPS upgrade',
      code: 'location /admin/ {\n    allow 10.0.0.0/8;\n    deny all;\n    rewrite ^ https://admin.example.com$request_uri? permanent;\n}\n',
    },
    {
      name: 'an error status refuses anyway',
      code: 'location /abc {\n    allow 10.0.0.0/8;\n    deny all;\n    return 403;\n}\n',
    },
    {
      name: 'a nested location with its own open rules',
      code: 'server {\n    deny all;\n    location /ping {\n        allow all;\n        return 200;\n    }\n}\n',
    },
    {
      name: 'only allows: nothing is denied',
      code: 'location /abc {\n    allow 10.0.0.0/8;\n    return 200;\n}\n',
    },
    {
      name: 'rewrite inside the location without redirect',
      code: 'location /abc {\n    allow 10.0.0.0/8;\n    deny all;\n    rewrite ^/abc/(.*)$ /x/$1 break;\n}\n',
    },
  ],
  invalid: [
    {
      // Symfony's recipe: the front-controller location is internal, and a rewrite enters it.
      name: 'rewrite … last into an internal front-controller location',
      code: 'server {\n    location = /cron {\n        allow 192.0.2.25;\n        deny all;\n        rewrite ^ /index.php/cron last;\n    }\n    location ~ ^/index\\.php(/|$) {\n        internal;\n        fastcgi_pass unix:/run/php.sock;\n    }\n}\n',
      errors: [{ messageId: 'rewrite', line: 5, column: 9 }],
    },
    {
      // Acceptance case osticket--cron-allow-rewrite, checked on nginx 1.22.1.
      name: 'rewrite … last hands the request to a location without the address list',
      code: 'server {\n    location = /api/tasks/cron {\n        allow 192.0.2.25;\n        deny all;\n        rewrite ^ /api/http.php/tasks/cron last;\n    }\n    location ~ ^/api/http\\.php(/|$) {\n        fastcgi_pass unix:/run/php.sock;\n    }\n}\n',
      errors: [
        {
          messageId: 'rewrite',
          line: 5,
          column: 9,
          message:
            /sends the request to `location ~ \^\/api\/http\\\.php\(\/\|\$\)`, which does not apply them: clients this list refuses get through/,
        },
      ],
    },
    {
      name: 'a redirect to another page of the HTTPS site is an answer the access rules should filter',
      code: 'location /admin/ {\n    allow 10.0.0.0/8;\n    deny all;\n    return 302 https://$host/admin/login;\n}\n',
      errors: [{ messageId: 'bypass', line: 4, column: 5 }],
    },
    {
      code: 'location /abc {\n    allow 127.0.0.2;\n    deny all;\n    return 200 "hello";\n}\n',
      errors: [
        {
          messageId: 'bypass',
          line: 4,
          column: 5,
          message: /`return` runs before the access rules of this `location` \(`deny all`\)/,
        },
      ],
      output: null,
    },
    {
      name: 'in an if of the location',
      code: 'location /abc {\n    allow 127.0.0.2;\n    deny all;\n    set $a a;\n    if ($a = $a) {\n        return 200 "hi";\n    }\n}\n',
      errors: [{ messageId: 'bypass', line: 6, column: 9 }],
    },
    {
      name: 'a nested location inherits the server rules',
      code: 'server {\n    allow 10.0.0.0/8;\n    deny all;\n    location /status {\n        return 200 "ok";\n    }\n}\n',
      errors: [{ messageId: 'bypass', line: 5, column: 9, message: /this `server`/ }],
    },
    {
      name: 'a redirecting rewrite',
      code: 'location /old {\n    deny all;\n    rewrite ^ https://example.com/new permanent;\n}\n',
      errors: [{ messageId: 'bypass', line: 3, column: 5 }],
    },
  ],
});
