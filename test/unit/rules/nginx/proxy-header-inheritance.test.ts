import { proxyHeaderInheritance } from '../../../../rules/nginx/proxy-header-inheritance.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const FORWARDED =
  '    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    proxy_set_header X-Forwarded-Proto $scheme;\n';

testRule(proxyHeaderInheritance, {
  valid: [
    {
      name: 'locations that declare nothing inherit',
      code: `server {\n${FORWARDED}    location / {\n        proxy_pass http://app;\n    }\n}\n`,
    },
    {
      name: 'the location repeats everything',
      code: `server {\n${FORWARDED}    location /ws/ {\n        proxy_set_header Upgrade $http_upgrade;\n        proxy_set_header Connection upgrade;\n${FORWARDED.replace(/^/gm, '    ').replace(/ {4}$/, '')}        proxy_pass http://app;\n    }\n}\n`,
    },
    {
      name: 'the location re-includes the proxy snippet',
      code: 'server {\n    include snippets/proxy.conf;\n    location /ws/ {\n        include snippets/proxy.conf;\n        proxy_set_header Upgrade $http_upgrade;\n        proxy_pass http://app;\n    }\n}\n',
      files: { 'etc/nginx/snippets/proxy.conf': FORWARDED.replace(/^ {4}/gm, '') },
    },
    {
      name: 'a location that does not proxy',
      code: `server {\n${FORWARDED}    location /static/ {\n        proxy_set_header X-Unused 1;\n        root /srv;\n    }\n}\n`,
    },
    {
      name: 'an outer header cleared with an empty value is not lost',
      code: 'server {\n    proxy_set_header Accept-Encoding "";\n    location / {\n        proxy_set_header X-A 1;\n        proxy_pass http://app;\n    }\n}\n',
    },
  ],
  invalid: [
    {
      name: 'a websocket location drops the forwarding headers',
      code: `server {\n${FORWARDED}    location /ws/ {\n        proxy_set_header Upgrade $http_upgrade;\n        proxy_set_header Connection upgrade;\n        proxy_pass http://app;\n    }\n}\n`,
      errors: [
        {
          messageId: 'dropped',
          line: 5,
          column: 5,
          message:
            '`location /ws/` declares its own `proxy_set_header`, so nginx no longer sends the outer `Host`, `X-Forwarded-For`, `X-Forwarded-Proto` upstream (proxy_set_header is only inherited by levels that declare none)',
        },
      ],
      output: `server {\n${FORWARDED}    location /ws/ {\n        proxy_set_header Upgrade $http_upgrade;\n        proxy_set_header Connection upgrade;\n${FORWARDED.replace(/^/gm, '    ').replace(/ {4}$/, '')}        proxy_pass http://app;\n    }\n}\n`,
    },
    {
      name: 'http level to a server (nginx.conf)',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nhttp {\n    proxy_set_header X-Real-IP $remote_addr;\n    server {\n        proxy_set_header X-Debug 1;\n        location / {\n            proxy_pass http://app;\n        }\n    }\n}\n',
      errors: [{ messageId: 'dropped', line: 4, column: 5, message: /`X-Real-IP`/ }],
      output:
        'events {}\nhttp {\n    proxy_set_header X-Real-IP $remote_addr;\n    server {\n        proxy_set_header X-Debug 1;\n        proxy_set_header X-Real-IP $remote_addr;\n        location / {\n            proxy_pass http://app;\n        }\n    }\n}\n',
    },
    {
      name: 'the top of an unplaced snippet',
      code: 'proxy_set_header X-Forwarded-Proto $scheme;\nlocation /api/ {\n    proxy_set_header Authorization "";\n    proxy_pass http://api;\n}\n',
      errors: [{ messageId: 'dropped', line: 2, column: 1 }],
      output:
        'proxy_set_header X-Forwarded-Proto $scheme;\nlocation /api/ {\n    proxy_set_header Authorization "";\n    proxy_set_header X-Forwarded-Proto $scheme;\n    proxy_pass http://api;\n}\n',
    },
  ],
});
