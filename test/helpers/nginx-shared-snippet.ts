/**
 * A snippet that nginx.conf places in two servers (through sites-enabled/, read in name order):
 * first an intranet server on plain HTTP without security headers, then the public TLS server
 * with them. The snippet's own configuration is its first placement, where its location drops
 * nothing; in the second it drops the public server's headers. The header rules' tests lint the
 * snippet with these files.
 */
export const SHARED_SNIPPET_PATH = 'etc/nginx/snippets/static.conf';

export const SHARED_SNIPPET = 'location /static/ {\n    add_header Cache-Control public;\n}\n';

export const SHARED_SNIPPET_FILES: Record<string, string> = {
  'etc/nginx/nginx.conf': 'events {}\nhttp {\n    include /etc/nginx/sites-enabled/*;\n}\n',
  'etc/nginx/sites-enabled/a-intranet.conf':
    'server {\n    listen 127.0.0.1:8080;\n    root /var/www/app;\n    include /etc/nginx/snippets/static.conf;\n}\n',
  'etc/nginx/sites-enabled/b-main.conf':
    'server {\n    listen 443 ssl;\n    root /var/www/app;\n    add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;\n    add_header X-Frame-Options SAMEORIGIN always;\n    add_header X-Content-Type-Options nosniff always;\n    add_header Referrer-Policy same-origin always;\n    include /etc/nginx/snippets/static.conf;\n}\n',
  [SHARED_SNIPPET_PATH]: SHARED_SNIPPET,
};

/**
 * The same layout with two TLS servers whose own lines (`add_header …`) are given: the snippet's
 * location drops what each of them declares.
 */
export function sharedSnippetIn(first: string[], second: string[]): Record<string, string> {
  const server = (lines: string[]) =>
    `server {\n    listen 443 ssl;\n    root /var/www/app;\n${lines.map((line) => `    ${line}\n`).join('')}    include /etc/nginx/snippets/static.conf;\n}\n`;
  return {
    ...SHARED_SNIPPET_FILES,
    'etc/nginx/sites-enabled/a-intranet.conf': server(first),
    'etc/nginx/sites-enabled/b-main.conf': server(second),
  };
}
