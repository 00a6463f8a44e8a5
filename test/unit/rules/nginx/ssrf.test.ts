import { ssrf } from '../../../../rules/nginx/ssrf.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

/** The default server of port 80, which closes the connection of requests for unknown names. */
const DEFAULT = 'server {\n    listen 80 default_server;\n    return 444;\n}\n';
/** Another server of port 80, after the one under test: the first in reading order is the default. */
const NAMED_ELSEWHERE = 'server {\n    listen 80;\n    server_name other.example.com;\n}\n';

testRule(ssrf, {
  valid: [
    {
      // nginx 1.22.1: with another server the default of the socket, `GET http://evil.internal/`
      // went to it (444), and the named server's $host was app.test for `Host: APP.TEST.`,
      // `Host: app.test:8080` and `GET http://app.test/` with `Host: evil.internal`.
      name: '$host of a server that answers only its exact names: the default server takes the others',
      code: `${DEFAULT}server {\n    listen 80;\n    server_name app.example.com www.example.com;\n    location / {\n        proxy_pass http://$host$request_uri;\n    }\n}\n`,
    },
    {
      // Review of the open suspicions (nginx 1.22.1: connected to backend.local).
      name: 'a set of the host after the set that copies it does not reach the proxy',
      code: 'location /e/ {\n    set $h backend.local;\n    set $url http://$h;\n    set $h $http_x_target;\n    proxy_pass $url;\n}\n',
    },
    'location / {\n    proxy_pass http://127.0.0.1:8080;\n}\n',
    {
      name: 'the path comes from the request, the host does not',
      code: 'location / {\n    proxy_pass http://backend$request_uri;\n}\n',
    },
    {
      // Laravel Octane's documented `@octane` (blind case laravel-filament--octane-as-documented):
      // after a literal host and port, the client's query string can only lengthen the port.
      name: 'a variable of the client right after a literal host and port',
      code: 'location @octane {\n    set $suffix "";\n    if ($uri = /index.php) {\n        set $suffix ?$query_string;\n    }\n    proxy_pass http://127.0.0.1:8000$suffix;\n}\n',
    },
    {
      name: 'a capture in the path only',
      code: 'location ~ ^/api/(.*)$ {\n    proxy_pass http://api.internal/$1;\n}\n',
    },
    {
      name: 'an internal location',
      code: 'location /fetch/ {\n    internal;\n    proxy_pass $arg_url;\n}\n',
    },
    {
      name: 'a set variable holding a fixed host',
      code: 'location / {\n    set $backend "http://app.internal:8080";\n    proxy_pass $backend$request_uri;\n}\n',
    },
    {
      name: 'a map choosing among fixed upstreams',
      code: 'map $http_x_version $pool {\n    default app_v1;\n    v2 app_v2;\n}\nserver {\n    location / {\n        proxy_pass http://$pool;\n    }\n}\n',
    },
    {
      name: 'a capture that cannot hold a dot',
      code: 'location ~ ^/node/([0-9]+)/ {\n    proxy_pass http://node$1.internal;\n}\n',
    },
    {
      name: "nginx variables are not the client's",
      code: 'location / {\n    proxy_pass http://$server_addr:8080;\n}\n',
    },
    {
      name: 'a plain set after the conditional one decides the value',
      code: 'location / {\n    if ($http_x_upstream) {\n        set $target $http_x_upstream;\n    }\n    set $target app;\n    proxy_pass http://$target;\n}\n',
    },
    {
      // Acceptance case api-gateway--tenant-map-suffix: the whole header was taken for the host.
      name: 'a map capture that cannot hold a dot, under a fixed domain',
      code: 'map $http_x_tenant $tenant_backend {\n    default app;\n    "~^(?<tenant>[a-z0-9-]+)$" $tenant.tenants.internal;\n}\nserver {\n    location / {\n        proxy_pass http://$tenant_backend;\n    }\n}\n',
    },
    {
      name: 'an undefined variable is not judged',
      code: 'location / {\n    proxy_pass http://$backend_from_lua;\n}\n',
    },
  ],
  invalid: [
    {
      name: '$host of the default server of its socket: any name reaches it',
      code: `server {\n    listen 80;\n    server_name app.example.com;\n    location / {\n        proxy_pass http://$host$request_uri;\n    }\n}\n${NAMED_ELSEWHERE}`,
      errors: [{ messageId: 'controlledHost', line: 5, column: 20 }],
    },
    {
      name: '$host of a server with a wildcard name: any subdomain, internal ones included',
      code: `${DEFAULT}server {\n    listen 80;\n    server_name *.example.com;\n    location / {\n        proxy_pass http://$host$request_uri;\n    }\n}\n`,
      errors: [{ messageId: 'controlledHost', line: 9, column: 20 }],
    },
    {
      name: '$host of a server that is the default of one of its sockets',
      code: `${DEFAULT}server {\n    listen 80;\n    listen 8080;\n    server_name app.example.com;\n    location / {\n        proxy_pass http://$host$request_uri;\n    }\n}\n`,
      errors: [{ messageId: 'controlledHost', line: 10, column: 20 }],
    },
    {
      name: "$http_host is the client's header, whatever the server names",
      code: `${DEFAULT}server {\n    listen 80;\n    server_name app.example.com;\n    location / {\n        proxy_pass http://$http_host$request_uri;\n    }\n}\n`,
      errors: [{ messageId: 'controlledHost', line: 9, column: 20 }],
    },
    {
      // Review of the open suspicions (nginx 1.22.1: proxied to the host in X-Target).
      name: 'the header copied into the URL before the host is set again',
      code: 'location /f/ {\n    set $h $http_x_target;\n    set $url http://$h;\n    set $h backend.local;\n    proxy_pass $url;\n}\n',
      errors: [{ messageId: 'controlledHost', line: 5, column: 16 }],
    },
    {
      name: 'the DESIGN example: proxy_pass http://$host$request_uri',
      code: 'server {\n    location / {\n        proxy_pass http://$host$request_uri;\n    }\n}\n',
      errors: [
        {
          messageId: 'controlledHost',
          line: 3,
          column: 20,
          message:
            '`proxy_pass` connects to a host the client chooses: `$host` can hold any host name ($host comes from the request line or the Host header, both chosen by the client), so nginx can be made to reach internal services (SSRF)',
        },
      ],
    },
    {
      name: 'an open proxy through a query argument',
      code: 'location /proxy {\n    resolver 1.1.1.1;\n    proxy_pass $arg_url;\n}\n',
      errors: [{ messageId: 'controlledHost', line: 3, column: 16 }],
    },
    {
      name: 'a header chooses the backend',
      code: 'location / {\n    proxy_pass https://$http_x_backend;\n}\n',
      errors: [{ messageId: 'controlledHost', line: 2, column: 16 }],
    },
    {
      name: 'captures copied through set',
      code: 'location ~ ^/fetch/(?<target>[^/]+)/(.*)$ {\n    set $upstream $target;\n    proxy_pass http://$upstream/$2;\n}\n',
      errors: [{ messageId: 'controlledHost', line: 3, column: 16, message: /`\$target`/ }],
    },
    {
      // Acceptance case api-gateway--upstream-from-header: the `if` branch's set was ignored.
      name: 'a fixed default replaced by a header inside an if (canary routing)',
      code: 'location / {\n    set $target app;\n    if ($http_x_upstream) {\n        set $target $http_x_upstream;\n    }\n    proxy_pass http://$target;\n}\n',
      errors: [
        { messageId: 'controlledHost', line: 6, column: 16, message: /`\$target`.*\$http_x_upstream/ },
      ],
    },
    {
      name: 'a header set only inside an if keeps the server-level value possible',
      code: 'server {\n    set $target app;\n    location / {\n        if ($arg_debug) {\n            set $target $arg_backend;\n        }\n        proxy_pass http://$target;\n    }\n}\n',
      errors: [{ messageId: 'controlledHost', line: 7, column: 20 }],
    },
    {
      name: 'a server_name regex capture (the Host header)',
      code: 'server {\n    server_name ~^(?<tenant>.+)\\.example\\.com$;\n    location / {\n        proxy_pass http://$tenant.backend.internal;\n    }\n}\n',
      errors: [{ messageId: 'controlledHost', line: 4, column: 20 }],
    },
    {
      name: 'a map whose value is a client header',
      code: 'map $http_x_target $target {\n    default $http_x_target;\n}\nserver {\n    location / {\n        proxy_pass http://$target;\n    }\n}\n',
      errors: [{ messageId: 'controlledHost', line: 6, column: 20 }],
    },
    {
      name: 'a map capture that can hold a host name',
      code: 'map $http_x_tenant $tenant_backend {\n    default app;\n    "~^(?<target>[a-z0-9.-]+)$" $target.svc;\n}\nserver {\n    location / {\n        proxy_pass http://$tenant_backend;\n    }\n}\n',
      errors: [{ messageId: 'controlledHost', line: 7, column: 20 }],
    },
    {
      name: 'grpc_pass',
      code: 'location / {\n    grpc_pass grpc://$http_x_grpc_host;\n}\n',
      errors: [{ messageId: 'controlledHost', line: 2, column: 15 }],
    },
  ],
});
