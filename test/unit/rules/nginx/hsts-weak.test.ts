import { hstsWeak } from '../../../../rules/nginx/hsts-weak.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const GOOD = 'add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;';

testRule(hstsWeak, {
  valid: [
    {
      // Blind cases dokku--*: Dokku includes an app's nginx.conf.d/*.conf into both its servers.
      name: 'a snippet that the plain-HTTP redirect server and the HTTPS server both include',
      path: 'home/dokku/app/nginx.conf.d/hsts.conf',
      code: `${GOOD}\n`,
      files: {
        'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include /home/dokku/*/nginx.conf;\n}\n',
        'home/dokku/app/nginx.conf':
          'server {\n    listen 80;\n    include /home/dokku/app/nginx.conf.d/*.conf;\n    location / {\n        return 301 https://$host$request_uri;\n    }\n}\nserver {\n    listen 443 ssl;\n    include /home/dokku/app/nginx.conf.d/*.conf;\n    root /srv;\n}\n',
      },
    },
    `server {\n    listen 443 ssl;\n    ${GOOD}\n}\n`,
    {
      name: 'two years, preload, quoted max-age, other case',
      code: 'server {\n    listen 443 ssl;\n    add_header strict-transport-security \'max-age="63072000"; includeSubdomains; preload\' always;\n}\n',
    },
    {
      // Acceptance case reverse-proxy--behind-load-balancer.
      name: 'a plain-HTTP backend of a TLS load balancer (redirects on X-Forwarded-Proto)',
      code: `server {\n    listen 8080;\n    if ($http_x_forwarded_proto != "https") {\n        return 301 https://$host$request_uri;\n    }\n    ${GOOD}\n    location / {\n        proxy_pass http://app;\n    }\n}\n`,
    },
    {
      name: 'a snippet with a good value',
      path: 'etc/nginx/snippets/hsts.conf',
      code: `${GOOD}\n`,
    },
    {
      name: 'the value is computed by a map',
      code: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security $hsts_value always;\n}\n',
    },
    {
      name: 'an empty value is not sent at all (nothing to weaken)',
      code: 'server {\n    listen 443 ssl;\n    location /legacy/ {\n        add_header Strict-Transport-Security "";\n    }\n}\n',
    },
    {
      name: 'http-level HSTS inherited by the port 80 redirect server is not "sent by a plain server"',
      path: 'etc/nginx/nginx.conf',
      code: `events {}\nhttp {\n    ${GOOD}\n    server {\n        listen 80;\n        return 301 https://$host$request_uri;\n    }\n    server {\n        listen 443 ssl;\n    }\n}\n`,
    },
    {
      name: 'a server that listens on both ports',
      code: `server {\n    listen 80;\n    listen 443 ssl;\n    ${GOOD}\n}\n`,
    },
    {
      name: "Mozilla's generated value: includeSubDomains is not required by the recommended preset",
      code: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000" always;\n}\n',
    },
    {
      name: 'includeSubDomains not required by option',
      code: 'add_header Strict-Transport-Security "max-age=31536000" always;\n',
      options: { requireIncludeSubDomains: false },
    },
  ],
  invalid: [
    {
      name: 'H5BP value: 16070400 seconds is half a year',
      code: 'add_header Strict-Transport-Security "max-age=16070400; includeSubDomains" always;\n',
      path: 'etc/nginx/h5bp/security/strict-transport-security.conf',
      errors: [
        {
          messageId: 'shortMaxAge',
          line: 1,
          column: 38,
          message:
            '`Strict-Transport-Security` max-age=16070400 is shorter than 31536000 seconds: browsers forget the HTTPS-only policy too soon',
        },
      ],
      output: `${GOOD}\n`,
    },
    {
      // Acceptance case civicrm-wordpress--hsts-last-without-always: any add_header before the
      // HSTS line stopped the whole check.
      name: 'HSTS after other add_header lines',
      code: 'server {\n    listen 443 ssl;\n    add_header X-Frame-Options SAMEORIGIN always;\n    add_header Strict-Transport-Security "max-age=31536000; includeSubDomains";\n}\n',
      errors: [{ messageId: 'notAlways', line: 4, column: 5 }],
      output: `server {\n    listen 443 ssl;\n    add_header X-Frame-Options SAMEORIGIN always;\n    ${GOOD}\n}\n`,
    },
    {
      name: 'no always',
      code: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=31536000; includeSubDomains";\n}\n',
      errors: [{ messageId: 'notAlways', line: 3, column: 5 }],
      output: `server {\n    listen 443 ssl;\n    ${GOOD}\n}\n`,
    },
    {
      name: 'no includeSubDomains (strict presets); preload is kept',
      options: { requireIncludeSubDomains: true },
      code: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000; preload" always;\n}\n',
      errors: [{ messageId: 'noIncludeSubDomains', line: 3, column: 42 }],
      output:
        'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000; includeSubDomains; preload" always;\n}\n',
    },
    {
      name: 'every problem at once, unquoted value',
      options: { requireIncludeSubDomains: true },
      code: 'add_header Strict-Transport-Security max-age=300;\n',
      errors: [
        { messageId: 'notAlways', line: 1, column: 1 },
        { messageId: 'shortMaxAge', line: 1, column: 38 },
        { messageId: 'noIncludeSubDomains', line: 1, column: 38 },
      ],
      output: `${GOOD}\n`,
    },
    {
      name: 'no always: the rewrite keeps a value without includeSubDomains as it is',
      code: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000";\n}\n',
      errors: [{ messageId: 'notAlways', line: 3, column: 5 }],
      output:
        'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000" always;\n}\n',
    },
    {
      name: 'no max-age at all',
      code: 'add_header Strict-Transport-Security "includeSubDomains" always;\n',
      errors: [{ messageId: 'noMaxAge', line: 1, column: 38 }],
      output: `${GOOD}\n`,
    },
    {
      name: 'a configured minimum',
      code: `${GOOD}\n`,
      options: { minMaxAge: 63072000 },
      errors: [
        {
          messageId: 'shortMaxAge',
          line: 1,
          column: 38,
          message: /max-age=31536000 is shorter than 63072000/,
        },
      ],
      output: 'add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;\n',
    },
    {
      name: 'sent by a plain-HTTP server',
      code: `server {\n    listen 80;\n    ${GOOD}\n    root /srv;\n}\n`,
      errors: [{ messageId: 'plainHttp', line: 3, column: 5 }],
      output: null,
    },
    {
      name: 'a plain-HTTP server that redirects on $scheme is not behind a proxy',
      code: `server {\n    listen 80;\n    if ($scheme = http) {\n        return 301 https://$host$request_uri;\n    }\n    ${GOOD}\n}\n`,
      errors: [{ messageId: 'plainHttp', line: 6, column: 5 }],
      output: null,
    },
    {
      name: 'a snippet without own placement, included in a plain-HTTP server: reported on the include',
      code: 'server {\n    listen 80;\n    include snippets/hsts.conf;\n}\n',
      files: { 'etc/nginx/snippets/hsts.conf': `${GOOD}\n` },
      errors: [{ messageId: 'plainHttp', line: 3, column: 5 }],
    },
  ],
});
