import { missingResolver } from '../../../../rules/nginx/missing-resolver.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const MAIN = 'etc/nginx/nginx.conf';
const http = (body: string) => `events {}\nhttp {\n${body}}\n`;

testRule(missingResolver, {
  valid: [
    {
      name: 'a static host is resolved at startup',
      code: 'location / {\n    proxy_pass http://api.example.com;\n}\n',
    },
    {
      name: 'a resolver in the server',
      code: 'server {\n    resolver 127.0.0.1;\n    location / {\n        proxy_pass http://api.example.com$request_uri;\n    }\n}\n',
    },
    {
      name: 'a resolver in http of nginx.conf',
      path: MAIN,
      code: http(
        '    resolver 127.0.0.1;\n    server {\n        set $b api.example.com;\n        location / {\n            proxy_pass http://$b;\n        }\n    }\n',
      ),
    },
    {
      name: 'an upstream name',
      path: MAIN,
      code: http(
        '    upstream app {\n        server 10.0.0.1:8080;\n    }\n    server {\n        location / {\n            proxy_pass http://app$request_uri;\n        }\n    }\n',
      ),
    },
    {
      name: 'a variable set to an address',
      code: 'location / {\n    set $backend 10.0.0.5:8080;\n    proxy_pass http://$backend;\n}\n',
    },
    {
      name: 'a built-in variable host is not judged',
      code: 'location / {\n    proxy_pass http://$host$request_uri;\n}\n',
    },
    {
      name: 'a unix socket',
      code: 'location ~ \\.php$ {\n    fastcgi_pass unix:/run/php/php-fpm.sock$fastcgi_script_name;\n}\n',
    },
    {
      name: 'the implicit upstream of a static proxy_pass',
      path: MAIN,
      code: http(
        '    server {\n        location /a {\n            proxy_pass http://backend.internal:8080;\n        }\n        location /b {\n            proxy_pass http://backend.internal:8080$request_uri;\n        }\n    }\n',
      ),
    },
    {
      name: 'a sites file read alone: a name without a dot may be an upstream of another file',
      code: 'server {\n    location / {\n        proxy_pass http://app$request_uri;\n    }\n}\n',
    },
    {
      name: 'map values that are upstreams',
      path: MAIN,
      code: http(
        '    upstream a {\n        server 10.0.0.1;\n    }\n    upstream b {\n        server 10.0.0.2;\n    }\n    map $cookie_v $pool {\n        default a;\n        beta b;\n    }\n    server {\n        location / {\n            proxy_pass http://$pool;\n        }\n    }\n',
      ),
    },
  ],
  invalid: [
    {
      code: 'server {\n    location /api/ {\n        proxy_pass https://api.example.com$request_uri;\n    }\n}\n',
      errors: [
        {
          messageId: 'missing',
          line: 3,
          column: 9,
          severity: 'info',
          message: /^`proxy_pass` holds a variable, so nginx resolves `api\.example\.com` for each request/,
        },
      ],
      output: null,
    },
    {
      name: 'a variable set to a host name',
      code: 'location / {\n    set $backend "app.example.com:8080";\n    proxy_pass http://$backend;\n}\n',
      errors: [{ messageId: 'missing', line: 3, column: 5, message: /`app\.example\.com`/ }],
    },
    {
      name: 'fastcgi_pass with a map value',
      path: MAIN,
      code: http(
        '    map $host $php {\n        default php.internal.example.com:9000;\n    }\n    server {\n        location ~ \\.php$ {\n            fastcgi_pass $php;\n        }\n    }\n',
      ),
      errors: [{ messageId: 'missing', line: 8, column: 13, message: /^`fastcgi_pass` holds a variable/ }],
    },
    {
      name: 'a complete configuration: a single-label name that is no upstream',
      path: MAIN,
      code: http(
        '    server {\n        location / {\n            proxy_pass http://backend$request_uri;\n        }\n    }\n',
      ),
      errors: [{ messageId: 'missing', line: 5, column: 13 }],
    },
  ],
});
