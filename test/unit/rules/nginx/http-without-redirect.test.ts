import { httpWithoutRedirect } from '../../../../rules/nginx/http-without-redirect.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const REDIRECT = 'return 301 https://$host$request_uri;';
/** Certbot's port-80 server, its `return 404` replaced by the site. */
const CERTBOT_IF = `server {\n    if ($host = example.com) {\n        ${REDIRECT}\n    }\n    listen 80;\n    server_name example.com;\n    root /srv;\n}\n`;
const CATCH_ALL = 'server {\n    listen 80 default_server;\n    return 444;\n}\n';
const PHP = 'location ~ \\.php$ {\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }';
/** A port-80 server whose top-level redirect comes after `steps` (nginx 1.22.1 runs the server's rewrite directives in order). */
const redirectAfter = (steps: string, locations = PHP) =>
  `server {\n    listen 80;\n    server_name example.com;\n    root /srv;\n    ${steps}\n    ${REDIRECT}\n    ${locations}\n}\n`;
const API_LAST = 'rewrite ^/api/?(.*)$ /dispatcher.php?url=$1 last;';

testRule(httpWithoutRedirect, {
  valid: [
    {
      // Blind cases yunohost-chamilo*: YunoHost's port-80 server answers its diagnosis tokens and its
      // own 502 page itself and redirects the rest; neither is a page of the site.
      name: 'a port-80 server that answers well-known tokens and its error page, and redirects the rest',
      code: 'server {\n    listen 80;\n    location ^~ /.well-known/ynh-diagnosis/ {\n        alias /var/www/.well-known/ynh-diagnosis/;\n    }\n    location = /.well-known/pki-validation/ABC123.txt {\n        root /var/www/pki;\n    }\n    location / {\n        return 301 https://$host$request_uri;\n    }\n    error_page 502 /502.html;\n    location = /502.html {\n        root /usr/share/yunohost/html/;\n    }\n}\n',
    },
    {
      // Review (nginx 1.22.1: 403 from 127.0.0.2 for /index.html, /basic_status and /x).
      name: 'a server whose own rules admit the machine itself only',
      code: 'server {\n    listen 8080;\n    root /var/www/html;\n    allow 127.0.0.1;\n    allow ::1;\n    deny all;\n    location = /basic_status {\n        stub_status;\n    }\n}\n',
    },
    {
      // Acceptance case contao--nginx-status-http-server (nginx 1.22.1: 403 from other machines).
      name: 'a status page for the machine itself: loopback addresses, then deny all',
      code: `server {\n    listen 80;\n    location = /nginx-status {\n        stub_status;\n        allow 127.0.0.1;\n        allow ::1;\n        deny all;\n    }\n    location / {\n        ${REDIRECT}\n    }\n}\n`,
    },
    {
      name: 'the canonical redirect server',
      code: `server {\n    listen 80;\n    server_name example.com;\n    ${REDIRECT}\n}\n`,
    },
    { name: 'an HTTPS server', code: 'server {\n    listen 443 ssl;\n    root /srv;\n}\n' },
    {
      name: 'ACME challenge kept on HTTP, everything else redirected',
      code: `server {\n    listen 80;\n    location /.well-known/acme-challenge/ {\n        root /var/www/certbot;\n    }\n    location / {\n        ${REDIRECT}\n    }\n}\n`,
    },
    {
      name: 'a server that refuses unknown hosts',
      code: 'server {\n    listen 80 default_server;\n    return 444;\n}\n',
    },
    {
      name: 'both ports, redirect when the scheme is http',
      code: `server {\n    listen 80;\n    listen 443 ssl;\n    if ($scheme = http) {\n        ${REDIRECT}\n    }\n    root /srv;\n}\n`,
    },
    {
      name: "certbot's host test, for the server's only name, with another default server",
      code: `${CATCH_ALL}${CERTBOT_IF}`,
    },
    {
      // Blind case virtualmin-dolibarr (nginx 1.22.1 redirected every path but the ACME challenge).
      name: "Virtualmin's generated redirect, which leaves the ACME challenge out",
      code: 'server {\n    listen 80;\n    listen 443 ssl;\n    server_name erp.example.com;\n    if ($scheme = http) {\n        rewrite ^/(?!.well-known)(.*) "https://erp.example.com/$1" break;\n    }\n    root /srv;\n}\n',
    },
    {
      name: 'behind a TLS-terminating proxy: redirect on X-Forwarded-Proto',
      code: `server {\n    listen 8080;\n    if ($http_x_forwarded_proto != "https") {\n        ${REDIRECT}\n    }\n    root /srv;\n}\n`,
    },
    {
      name: 'loopback only',
      code: 'server {\n    listen 127.0.0.1:8080;\n    location / {\n        stub_status;\n    }\n}\n',
    },
    {
      name: 'a snippet without server',
      path: 'etc/nginx/snippets/root.conf',
      code: 'root /srv;\nindex index.php;\n',
    },
    {
      name: 'a rewrite to https',
      code: 'server {\n    listen 80;\n    rewrite ^ https://example.com$request_uri? permanent;\n}\n',
    },
    { name: 'the old ssl on', code: 'server {\n    listen 443;\n    ssl on;\n    root /srv;\n}\n' },
    {
      // Acceptance case ispmanager-ps17: the administrator's file starts with the scheme test, before its rewrites.
      name: "the scheme test's redirect before the rewrites … last, the server's return after them",
      code: redirectAfter(`if ($scheme = http) {\n        ${REDIRECT}\n    }\n    ${API_LAST}`),
    },
    {
      name: 'a rewrite … break before the redirect, to files only the machine itself may read',
      code: `server {\n    listen 80;\n    root /srv;\n    allow 127.0.0.1;\n    deny all;\n    rewrite ^/files/(.*)$ /static/$1 break;\n    ${REDIRECT}\n}\n`,
    },
    {
      // nginx 1.22.1: without a flag the rewrite goes on to the next directive, and the return answers.
      name: 'a rewrite without flag before the server-level redirect',
      code: redirectAfter('rewrite ^/api/?(.*)$ /dispatcher.php?url=$1;'),
    },
    {
      name: 'a rewrite before the server-level redirect that redirects the client itself',
      code: redirectAfter('rewrite ^/api/?(.*)$ /dispatcher.php?url=$1 permanent;'),
    },
    {
      name: 'a rewrite … last before the redirect to a https:// URL',
      code: redirectAfter('rewrite ^/api/?(.*)$ https://example.com/dispatcher.php?url=$1 last;'),
    },
    {
      // nginx 1.22.1: 301 for /after/x; the return ends the server's rewrite phase first.
      name: 'a rewrite … last after the server-level redirect',
      code: `server {\n    listen 80;\n    root /srv;\n    ${REDIRECT}\n    ${API_LAST}\n    ${PHP}\n}\n`,
    },
    {
      // nginx 1.22.1: the rewritten request got the location's 301.
      name: 'a rewrite … last before the redirect, to a location that redirects too',
      code: redirectAfter(
        'rewrite ^/(\\d+)/.+\\.jpg$ /img/p/$1.jpg last;',
        `location /img/ {\n        ${REDIRECT}\n    }`,
      ),
    },
    {
      name: 'a rewrite … last before the redirect, to a location that denies',
      code: redirectAfter(API_LAST, 'location = /dispatcher.php {\n        deny all;\n    }'),
    },
    {
      name: "a rewrite … last after the scheme test's redirect",
      code: `server {\n    listen 80;\n    listen 443 ssl;\n    root /srv;\n    if ($scheme = http) {\n        ${REDIRECT}\n    }\n    ${API_LAST}\n    ${PHP}\n}\n`,
    },
    {
      name: 'a rewrite … last before the redirect, to a path built from another variable',
      code: redirectAfter('rewrite ^/api/ $api_entry last;'),
    },
  ],
  invalid: [
    {
      name: 'a static page in an exact location that no error_page names',
      code: 'server {\n    listen 80;\n    location / {\n        return 301 https://$host$request_uri;\n    }\n    location = /promo.html {\n        root /srv/pages;\n    }\n}\n',
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output:
        'server {\n    listen 80;\n    return 301 https://$host$request_uri;\n    location / {\n        return 301 https://$host$request_uri;\n    }\n    location = /promo.html {\n        root /srv/pages;\n    }\n}\n',
    },
    {
      name: 'a well-known location that hands its requests to an application',
      code: 'server {\n    listen 80;\n    location / {\n        return 301 https://$host$request_uri;\n    }\n    location ^~ /.well-known/webfinger {\n        proxy_pass http://127.0.0.1:3000;\n    }\n}\n',
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output:
        'server {\n    listen 80;\n    return 301 https://$host$request_uri;\n    location / {\n        return 301 https://$host$request_uri;\n    }\n    location ^~ /.well-known/webfinger {\n        proxy_pass http://127.0.0.1:3000;\n    }\n}\n',
    },
    {
      // The server's return already answers the ACME challenge: the fix keeps a top-level redirect.
      name: 'a rewrite … last before the redirect of a server with an ACME location',
      code: redirectAfter(
        API_LAST,
        `location ^~ /.well-known/acme-challenge/ {\n        root /var/www/certbot;\n    }\n    ${PHP}`,
      ),
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output: `server {\n    listen 80;\n    server_name example.com;\n    ${REDIRECT}\n    root /srv;\n    ${API_LAST}\n    ${REDIRECT}\n    location ^~ /.well-known/acme-challenge/ {\n        root /var/www/certbot;\n    }\n    ${PHP}\n}\n`,
    },
    {
      // Virtualmin's redirect leaves the challenge to its location: the fix redirects location by
      // location.
      name: 'a rewrite … last before a redirect that spares the ACME challenge',
      code: `server {\n    listen 80;\n    root /srv;\n    ${API_LAST}\n    if ($scheme = http) {\n        rewrite ^/(?!.well-known)(.*) "https://example.com/$1" break;\n    }\n    location ^~ /.well-known/acme-challenge/ {\n        root /var/www/certbot;\n    }\n    ${PHP}\n}\n`,
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output: `server {\n    listen 80;\n    root /srv;\n    ${API_LAST}\n    if ($scheme = http) {\n        rewrite ^/(?!.well-known)(.*) "https://example.com/$1" break;\n    }\n    location ^~ /.well-known/acme-challenge/ {\n        root /var/www/certbot;\n    }\n    location ~ \\.php$ {\n        ${REDIRECT}\n        fastcgi_pass unix:/run/php/php-fpm.sock;\n    }\n}\n`,
    },
    {
      // Blind case ispmanager-ps17--rewrites-before-panel-redirect (nginx 1.22.1: /api/products
      // passed to PHP over plain HTTP, every other request redirected).
      name: 'a rewrite … last before the server-level redirect sends its requests to a location',
      code: redirectAfter(API_LAST),
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output: `server {\n    listen 80;\n    server_name example.com;\n    ${REDIRECT}\n    root /srv;\n    ${API_LAST}\n    ${REDIRECT}\n    ${PHP}\n}\n`,
    },
    {
      // nginx 1.22.1: 200 with the file for /brk/x.
      name: 'a rewrite … break before the redirect, to a file the server level serves',
      code: `server {\n    listen 80;\n    root /srv;\n    rewrite ^/files/(.*)$ /static/$1 break;\n    ${REDIRECT}\n}\n`,
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output: `server {\n    listen 80;\n    ${REDIRECT}\n    root /srv;\n    rewrite ^/files/(.*)$ /static/$1 break;\n    ${REDIRECT}\n}\n`,
    },
    {
      // nginx 1.22.1: /chain/x went on to the next rewrite, whose last took it to the file.
      name: 'a rewrite without flag, then one with last, before the redirect',
      code: redirectAfter('rewrite ^/v1/(.*)$ /api/$1;\n    rewrite ^/api/(.*)$ /index.php last;'),
      errors: [{ messageId: 'content', line: 1, column: 1 }],
    },
    {
      // nginx 1.22.1: 200 from the rewritten path when the file did not exist.
      name: 'a rewrite … last in an if before the redirect',
      code: redirectAfter(
        'if (!-e $request_filename) {\n        rewrite ^/app/(.*)$ /index.php last;\n    }',
      ),
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output: `server {\n    listen 80;\n    server_name example.com;\n    ${REDIRECT}\n    root /srv;\n    if (!-e $request_filename) {\n        rewrite ^/app/(.*)$ /index.php last;\n    }\n    ${REDIRECT}\n    ${PHP}\n}\n`,
    },
    {
      name: "a rewrite … last before the scheme test's redirect, in a server that also answers HTTPS",
      code: `server {\n    listen 80;\n    listen 443 ssl;\n    root /srv;\n    ${API_LAST}\n    if ($scheme = http) {\n        ${REDIRECT}\n    }\n    ${PHP}\n}\n`,
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output: `server {\n    listen 80;\n    listen 443 ssl;\n    if ($scheme = http) {\n        ${REDIRECT}\n    }\n    root /srv;\n    ${API_LAST}\n    if ($scheme = http) {\n        ${REDIRECT}\n    }\n    ${PHP}\n}\n`,
    },
    {
      // As ISPmanager writes it: the administrator's files are included before the panel's return.
      name: 'an included rewrite … last before the redirect: the fix goes before the include',
      code: `server {\n    server_name example.com;\n    include /etc/nginx/snippets/app.conf;\n    ${REDIRECT}\n    root /srv;\n    listen 80;\n    location / {\n        ${PHP}\n    }\n}\n`,
      files: {
        'etc/nginx/snippets/app.conf': `${API_LAST}\nlocation = /robots.txt {\n    access_log off;\n}\n`,
      },
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output: `server {\n    server_name example.com;\n    ${REDIRECT}\n    include /etc/nginx/snippets/app.conf;\n    ${REDIRECT}\n    root /srv;\n    listen 80;\n    location / {\n        ${PHP}\n    }\n}\n`,
    },
    {
      // Review (nginx 1.22.1: 200 for a client at 127.0.0.2): return runs before the access phase.
      name: 'a loopback allow list does not stop a return in the same location',
      code: `server {\n    listen 80;\n    location = /health {\n        allow 127.0.0.1;\n        deny all;\n        return 200 "status";\n    }\n    location / {\n        ${REDIRECT}\n    }\n}\n`,
      errors: [{ messageId: 'content', line: 1, column: 1 }],
    },
    {
      // Acceptance case reverse-proxy--monitoring-server-acl: the local network reads it in clear.
      name: 'a status page for loopback and the local network',
      code: `server {\n    listen 80;\n    location = /nginx-status {\n        stub_status;\n        allow 127.0.0.1;\n        allow 10.0.0.0/8;\n        deny all;\n    }\n    location / {\n        ${REDIRECT}\n    }\n}\n`,
      errors: [{ messageId: 'content', line: 1, column: 1 }],
    },
    {
      name: 'a loopback allow list under satisfy any lets a password in from anywhere',
      code: `server {\n    listen 80;\n    location = /nginx-status {\n        stub_status;\n        satisfy any;\n        allow 127.0.0.1;\n        deny all;\n        auth_basic status;\n        auth_basic_user_file /etc/nginx/htpasswd;\n    }\n    location / {\n        ${REDIRECT}\n    }\n}\n`,
      errors: [{ messageId: 'content', line: 1, column: 1 }],
    },
    {
      // Seen with acceptance case wordpress-multisite-cache: a rewrite of one path to HTTPS does
      // not send the site there.
      name: 'a rewrite that sends only the login page to HTTPS',
      code: 'server {\n    listen 80;\n    server_name example.com;\n    rewrite ^(/[^/]+)?/wp-login\\.php$ https://example.com$1/wp-login.php permanent;\n    root /var/www/wordpress;\n}\n',
      errors: [{ messageId: 'content', line: 1, column: 1 }],
    },
    {
      name: 'a plain server with content',
      code: 'server {\n    listen 80;\n    server_name example.com;\n    root /var/www/app/public;\n}\n',
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output: `server {\n    listen 80;\n    server_name example.com;\n    ${REDIRECT}\n    root /var/www/app/public;\n}\n`,
    },
    {
      // Blind case chamilo2-certbot--port80-serves-other-hosts (nginx 1.22.1: the application ran
      // over plain HTTP for Host: 203.0.113.40): the default server answers every other name.
      name: "certbot's host test in the port's default server: other names get the content",
      code: CERTBOT_IF,
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output: `server {\n    if ($host = example.com) {\n        ${REDIRECT}\n    }\n    listen 80;\n    server_name example.com;\n    ${REDIRECT}\n    root /srv;\n}\n`,
    },
    {
      name: "certbot's host test for one of the server's two names",
      code: `${CATCH_ALL}${CERTBOT_IF.replace('server_name example.com;', 'server_name example.com www.example.com;')}`,
      errors: [{ messageId: 'content', line: 5, column: 1 }],
      output: `${CATCH_ALL}server {\n    if ($host = example.com) {\n        ${REDIRECT}\n    }\n    listen 80;\n    server_name example.com www.example.com;\n    ${REDIRECT}\n    root /srv;\n}\n`,
    },
    {
      name: 'a redirect whose lookahead leaves a folder of the site on plain HTTP',
      code: 'server {\n    listen 80;\n    server_name example.com;\n    rewrite ^/(?!downloads/)(.*) https://example.com/$1 permanent;\n    root /srv;\n}\n',
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output: `server {\n    listen 80;\n    server_name example.com;\n    ${REDIRECT}\n    rewrite ^/(?!downloads/)(.*) https://example.com/$1 permanent;\n    root /srv;\n}\n`,
    },
    {
      name: 'no listen at all is port 80',
      code: 'server {\n    server_name example.com;\n    location / {\n        proxy_pass http://app;\n    }\n}\n',
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output: `server {\n    server_name example.com;\n    ${REDIRECT}\n    location / {\n        proxy_pass http://app;\n    }\n}\n`,
    },
    {
      name: 'both ports without a scheme test: only HTTP is redirected',
      code: 'server {\n    listen 80;\n    listen 443 ssl;\n    root /srv;\n}\n',
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output: `server {\n    listen 80;\n    listen 443 ssl;\n    if ($scheme = http) {\n        ${REDIRECT}\n    }\n    root /srv;\n}\n`,
    },
    {
      name: 'with an ACME location, the redirect goes into the content locations',
      code: 'server {\n    listen 80;\n    location /.well-known/acme-challenge/ {\n        root /var/www/certbot;\n    }\n    location / {\n        root /srv;\n    }\n}\n',
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output: `server {\n    listen 80;\n    location /.well-known/acme-challenge/ {\n        root /var/www/certbot;\n    }\n    location / {\n        ${REDIRECT}\n        root /srv;\n    }\n}\n`,
    },
    {
      name: 'with an ACME location and no catch-all location',
      code: 'server {\n    listen 80;\n    root /srv;\n    location ^~ /.well-known/acme-challenge/ {\n        default_type text/plain;\n    }\n}\n',
      errors: [{ messageId: 'content', line: 1, column: 1 }],
      output: `server {\n    listen 80;\n    root /srv;\n    location ^~ /.well-known/acme-challenge/ {\n        default_type text/plain;\n    }\n    location / {\n        ${REDIRECT}\n    }\n}\n`,
    },
    {
      name: 'a redirect to http is not to HTTPS, but it serves no content; the content server is reported',
      code: 'server {\n    listen 80;\n    server_name www.example.com;\n    return 301 $scheme://example.com$request_uri;\n}\nserver {\n    listen 80;\n    server_name example.com;\n    root /srv;\n}\n',
      errors: [{ messageId: 'content', line: 6, column: 1 }],
    },
  ],
});
