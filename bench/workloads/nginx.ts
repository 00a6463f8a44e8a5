/**
 * Generated nginx configurations of realistic shape: an `http` block with shared settings and
 * N PHP application servers (TLS servers and HTTP redirects, IPv4 and IPv6), 13 lines per server
 * block on average. 200 servers make 2,609 lines, 2,000 make 26,009: the sizes the issue gives
 * for its Gixy figures ("about 2,600 and 26,000 lines").
 */
export function generateNginxConfig(servers: number, random: () => number = Math.random): string {
  const out: string[] = [
    'user www-data;',
    'worker_processes auto;',
    'events { worker_connections 1024; }',
    'http {',
    '    server_tokens off;',
    '    include mime.types;',
    '    default_type application/octet-stream;',
    '    ssl_protocols TLSv1.2 TLSv1.3;',
  ];
  for (let i = 0; i < servers; i++) {
    const name = `app${i}.example.org`;
    if (i % 2 === 0) {
      out.push(
        '    server {',
        '        listen 80;',
        '        listen [::]:80;',
        `        server_name ${name};`,
        '        return 301 https://$host$request_uri;',
        '    }',
      );
    } else {
      out.push(
        '    server {',
        '        listen 443 ssl;',
        '        listen [::]:443 ssl;',
        `        server_name ${name};`,
        `        root /var/www/app${i}/public;`,
        '        index index.php;',
        '        client_max_body_size 20m;',
        `        access_log /var/log/nginx/app${i}.access.log;`,
        `        error_log /var/log/nginx/app${i}.error.log;`,
        `        ssl_certificate /etc/ssl/${name}.pem;`,
        `        ssl_certificate_key /etc/ssl/${name}.key;`,
        '        add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;',
        `        location / { try_files $uri /index.php$is_args$args; }`,
        '        location ~ \\.php$ {',
        '            try_files $uri =404;',
        `            fastcgi_pass unix:/run/php/php8.${Math.floor(random() * 4)}-fpm.sock;`,
        '            include fastcgi_params;',
        '        }',
        random() < 0.1 ? '        autoindex on;' : '        autoindex off;',
        '    }',
      );
    }
  }
  out.push('}');
  return out.join('\n') + '\n';
}

/** A config of about `lines` lines (for the 10,000-line target). */
export function generateNginxLines(lines: number, random: () => number = Math.random): string {
  // 13 lines per server on average (redirect servers are short, TLS servers long).
  return generateNginxConfig(Math.max(1, Math.round(lines / 13)), random);
}

/**
 * The same shape with every server hardened (security headers, private-path denies, no
 * autoindex): what a well-kept 10,000-line configuration costs, where findings are rare.
 */
export function generateHardenedNginxLines(lines: number): string {
  const servers = Math.max(1, Math.round(lines / 16));
  const out: string[] = [
    'user www-data;',
    'worker_processes auto;',
    'events { worker_connections 1024; }',
    'http {',
    '    server_tokens off;',
    '    include mime.types;',
    '    default_type application/octet-stream;',
    '    ssl_protocols TLSv1.2 TLSv1.3;',
  ];
  for (let i = 0; i < servers; i++) {
    const name = `app${i}.example.org`;
    out.push(
      '    server {',
      '        listen 443 ssl;',
      `        server_name ${name};`,
      `        root /var/www/app${i}/public;`,
      `        ssl_certificate /etc/ssl/${name}.pem;`,
      `        ssl_certificate_key /etc/ssl/${name}.key;`,
      '        add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;',
      '        add_header X-Content-Type-Options nosniff always;',
      '        add_header X-Frame-Options SAMEORIGIN always;',
      '        add_header Referrer-Policy strict-origin-when-cross-origin always;',
      '        add_header Content-Security-Policy "default-src \'self\'" always;',
      '        location ~ /\\.(?!well-known) { deny all; }',
      '        location ~* \\.(log|sql|bak)$ { deny all; }',
      '        location / { try_files $uri /index.php$is_args$args; }',
      '        location ~ \\.php$ { try_files $uri =404; fastcgi_pass unix:/run/php/php8.2-fpm.sock; include fastcgi_params; }',
      '    }',
    );
  }
  out.push('}');
  return out.join('\n') + '\n';
}
