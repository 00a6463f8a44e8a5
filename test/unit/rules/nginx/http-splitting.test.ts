import { httpSplitting } from '../../../../rules/nginx/http-splitting.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(httpSplitting, {
  valid: [
    {
      // Review (nginx 1.22.1: the upstream only ever got `X-Page: home`).
      name: "a server's proxy_set_header is not read in a location that does not proxy",
      code: 'server {\n    set $page "home";\n    proxy_set_header X-Page $page;\n    location /api/ {\n        proxy_pass http://127.0.0.1:8080;\n    }\n    location /static/ {\n        set $page $uri;\n        expires 30d;\n    }\n}\n',
    },
    {
      name: "a location that declares its own add_header does not send the server's",
      code: 'server {\n    add_header X-Page $page always;\n    location /docs/ {\n        set $page $uri;\n        add_header X-Frame-Options DENY always;\n    }\n}\n',
    },
    {
      name: "a server's add_header whose variable the inheriting location sets to a fixed value",
      code: 'server {\n    add_header X-Page $page always;\n    location /docs/ {\n        set $page docs;\n    }\n}\n',
    },
    {
      // As 07f8eda found for carriesUri (nginx 1.22.1): the rewrite directives of the location
      // around the chosen one do not run for its requests.
      name: "an outer location's set does not reach a nested location's return",
      code: 'location /x/ {\n    set $x $uri;\n    location /x/y/ {\n        return 301 https://a.example/$x;\n    }\n}\n',
    },
    {
      // Review of the open suspicions (nginx 1.22.1: Location https://a.example/, $x still empty).
      name: 'a set after the return does not reach it: the rewrite directives run in order',
      code: 'location /a/ {\n    return 301 https://a.example/$x;\n    set $x $uri;\n}\n',
    },
    {
      name: 'a set chain reads the value before the later set (nginx 1.22.1: Location …/safe)',
      code: 'location /d/ {\n    set $a safe;\n    set $b $a;\n    set $a $uri;\n    return 301 https://a.example/$b;\n}\n',
    },
    {
      name: 'a rewrite redirect before the set of its variable',
      code: 'location /h/ {\n    rewrite ^ https://a.example/$z redirect;\n    set $z $uri;\n}\n',
    },
    {
      name: 'the canonical HTTPS redirect',
      code: 'server {\n    listen 80;\n    return 301 https://$host$request_uri;\n}\n',
    },
    { name: 'a body, not a header', code: 'location /echo {\n    return 200 "you asked for $uri";\n}\n' },
    {
      name: 'a capture that cannot hold a line feed',
      code: 'location ~ ^/user/([0-9]+)$ {\n    add_header X-User $1;\n}\n',
    },
    {
      name: 'a rewrite escapes its own captures',
      code: 'rewrite ^/old/(.*)$ https://example.com/new/$1 permanent;\n',
    },
    { name: 'an internal rewrite writes no header', code: 'rewrite ^/(.*)$ /index.php?q=$uri last;\n' },
    {
      name: '(.*) cannot match a line feed, and a lone CR does not split an upstream request',
      code: 'location ~ ^/p/(.*)$ {\n    proxy_pass http://backend/$1;\n}\n',
    },
    { name: 'request headers never hold CR/LF', code: 'proxy_set_header X-Forwarded-Host $http_host;\n' },
    { name: 'an undefined variable', code: 'add_header X-Trace $trace_from_lua;\n' },
    {
      // Acceptance case reverse-proxy--old-urls-request-uri-capture.
      name: 'a capture of the raw $request_uri tested by an if',
      code: 'server {\n    if ($request_uri ~ ^/old/([^/?]+)) {\n        return 301 /new/$1;\n    }\n}\n',
    },
    {
      name: 'a capture of the Host header by server_name',
      code: 'server {\n    server_name ~^(?<site>[^.]+)\\.example\\.com$;\n    return 301 https://example.com/$site$request_uri;\n}\n',
    },
    {
      // Acceptance case webmail-pma--pma-exact-redirect-uri: nginx chose the location because the
      // normalised URI was exactly /phpmyadmin (checked on nginx 1.22: /phpmyadmin%0d%0a… gets 404).
      name: '$uri in an exact location can only be its path',
      code: 'location = /phpmyadmin {\n    return 301 https://$host$uri/;\n}\n',
    },
  ],
  invalid: [
    {
      // Review (nginx 1.22.1: /u/bob%0d%0aSet-Cookie:... produced a Set-Cookie header).
      name: "a server's add_header reads a named capture of the location that answers",
      code: 'server {\n    add_header X-User $user always;\n    location ~ ^/u/(?<user>[^/]+)$ {\n        try_files $uri =404;\n    }\n}\n',
      errors: [{ messageId: 'newline', line: 2, column: 23, message: /`\$user` in `add_header`/ }],
    },
    {
      // nginx 1.22.1: the server's header, inherited by the location, carried the injected line.
      name: "a server's add_header reads the variable the inheriting location sets from $uri",
      code: 'server {\n    add_header X-Page $page always;\n    location /docs/ {\n        set $page $uri;\n        try_files $uri =404;\n    }\n}\n',
      errors: [{ messageId: 'newline', line: 2, column: 23, message: /`\$uri` in `add_header`/ }],
    },
    {
      name: "a server's proxy_set_header reads the variable a nested location sets from a capture",
      code: 'server {\n    proxy_set_header X-Doc $doc;\n    location /d/ {\n        location ~ ^/d/([^/]+)$ {\n            set $doc $1;\n            proxy_pass http://127.0.0.1:8080;\n        }\n    }\n}\n',
      errors: [{ messageId: 'newline', line: 2, column: 28 }],
    },
    {
      // Review of the open suspicions (nginx 1.22.1: the header was injected).
      name: 'the set before an if reaches its return, whatever a later set does',
      code: 'location /b/ {\n    set $x $uri;\n    if ($arg_go) {\n        return 301 https://a.example/$x;\n    }\n    set $x safe;\n}\n',
      errors: [{ messageId: 'newline', line: 4, column: 20 }],
    },
    {
      name: 'a set chain reads the value the earlier set left (nginx 1.22.1: injected)',
      code: 'location /c/ {\n    set $a $uri;\n    set $b $a;\n    set $a safe;\n    return 301 https://a.example/$b;\n}\n',
      errors: [{ messageId: 'newline', line: 5, column: 16 }],
    },
    {
      name: 'add_header reads the variable after every set of the location has run',
      code: 'location /g/ {\n    add_header X-Path $y always;\n    set $y $uri;\n}\n',
      errors: [{ messageId: 'newline', line: 2, column: 23 }],
    },
    {
      name: 'an exact location that rewrites the URI first',
      code: 'location = /docs {\n    rewrite ^ /docs/$arg_page;\n    return 301 https://$host$uri;\n}\n',
      errors: [{ messageId: 'newline', line: 3, column: 16 }],
    },
    {
      name: '$uri in a prefix location holds what follows the prefix',
      code: 'location /phpmyadmin {\n    return 301 https://$host$uri/;\n}\n',
      errors: [{ messageId: 'newline', line: 2, column: 16 }],
    },
    {
      name: 'a capture of the decoded $uri tested by an if',
      code: 'server {\n    if ($uri ~ ^/old/([^/]+)) {\n        return 301 /new/$1;\n    }\n}\n',
      errors: [{ messageId: 'newline', line: 3, column: 20 }],
    },
    {
      name: 'the redirect to HTTPS with $uri: fixed with $request_uri',
      code: 'server {\n    listen 80;\n    return 301 https://$host$uri;\n}\n',
      errors: [
        {
          messageId: 'newline',
          line: 3,
          column: 16,
          message:
            '`$uri` in `return` can contain a line break (\\n): $uri is the percent-decoded request path: %0d%0a becomes CR LF, so a request can inject headers (HTTP response splitting)',
        },
      ],
      output: 'server {\n    listen 80;\n    return 301 https://$host$request_uri;\n}\n',
    },
    {
      name: '$uri$is_args$args becomes $request_uri',
      code: 'return 302 https://example.com$uri$is_args$args;\n',
      errors: [{ messageId: 'newline', line: 1, column: 12 }],
      output: 'return 302 https://example.com$request_uri;\n',
    },
    {
      name: 'add_header with the decoded path',
      code: 'location / {\n    add_header X-Path $document_uri;\n}\n',
      errors: [{ messageId: 'newline', line: 2, column: 23 }],
      output: null,
    },
    {
      name: 'a location capture that can hold a line feed, through set',
      code: 'location ~ ^/files/([^/]+)/ {\n    set $name $1;\n    proxy_set_header X-File $name;\n    proxy_pass http://storage;\n}\n',
      errors: [{ messageId: 'newline', line: 3, column: 29, message: /`\$1`/ }],
    },
    {
      name: 'a redirect rewrite that copies $uri',
      code: 'rewrite ^ https://example.com$uri permanent;\n',
      errors: [{ messageId: 'newline', line: 1, column: 11 }],
    },
    {
      name: 'a CR in a response header ((.*) matches \\r)',
      code: 'location ~ ^/go/(.*)$ {\n    return 302 https://example.com/$1;\n}\n',
      errors: [{ messageId: 'newline', line: 2, column: 16, message: /\(\\r\)/ }],
    },
  ],
});
