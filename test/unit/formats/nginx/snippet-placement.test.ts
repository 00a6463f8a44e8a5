/**
 * A block written in a snippet must be judged as if it were written where it is included. The
 * snippet being linted is read from its own text and placed under the includer's block, whose own
 * children read the same file from the workspace: one location, two nodes (effective.ts
 * `samePlace`). Each case is audited three ways — the block written in the server, in a snippet
 * the server includes, and in a snippet included through another snippet — and the three must give
 * the same findings (rule and message; the file and line follow the block). The cases are the
 * defects a review proved on nginx 1.22.1 (fixtures of /tmp/r12), each once a difference.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_RULES } from '../../../../rules/index.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';

const NGINX_CONF =
  'user www-data;\nevents {}\nhttp {\n    server_tokens off;\n    include /etc/nginx/sites-enabled/*;\n}\n';
const INCLUDE_MARK = '@BLOCK@';

interface PlacementCase {
  name: string;
  /** The site's server, with `@BLOCK@` (on a line of its own, indented) where the block goes. */
  site: string;
  /** The block, unindented. */
  block: string;
  /** Other files of the workspace (the application tree). */
  tree?: Record<string, string>;
  /** A rule the three placements must all report: the case cannot pass by reporting nothing. */
  expected: string;
}

const CASES: PlacementCase[] = [
  {
    name: 'an alias location serving logs (private-paths-exposed, and its fix)',
    site: 'server {\n    listen 80;\n    server_name a.example.com;\n    root /var/www/site;\n    location ~ /\\. { deny all; }\n    @BLOCK@\n}\n',
    block: 'location ^~ /webmail/ {\n    alias /var/www/roundcube/;\n}\n',
    tree: {
      'var/www/roundcube/index.php': '<?php\n',
      'var/www/roundcube/composer.json': '{}\n',
      'var/www/roundcube/logs/errors.log': 'x\n',
      'var/www/site/index.html': 'hi\n',
    },
    expected: 'nginx/private-paths-exposed',
  },
  {
    name: 'a server-level add_header read by a location that sets its variable from $uri (http-splitting)',
    site: 'server {\n    listen 80;\n    server_name a.example.com;\n    root /var/www/app;\n    @BLOCK@\n    location / {\n        set $page $uri;\n        try_files $uri =404;\n    }\n}\n',
    block: 'add_header X-Page $page;\n',
    expected: 'nginx/http-splitting',
  },
  {
    name: 'a server-level if that reads a variable a later set changes (http-splitting, set order)',
    site: 'server {\n    listen 80;\n    server_name www.example.com old.example.com;\n    root /var/www/app;\n    set $canonical $uri;\n    @BLOCK@\n    set $canonical "/";\n    location / {\n        try_files $uri =404;\n    }\n}\n',
    block: 'if ($host = old.example.com) {\n    return 301 https://www.example.com$canonical;\n}\n',
    expected: 'nginx/http-splitting',
  },
  {
    name: 'an if whose add_header never answers: a later rewrite last leaves it (header rules silent)',
    site: 'server {\n    listen 443 ssl;\n    server_name a.example.com;\n    ssl_certificate /etc/ssl/a.pem;\n    ssl_certificate_key /etc/ssl/a.key;\n    root /var/www/app;\n    add_header Strict-Transport-Security "max-age=63072000" always;\n    add_header X-Frame-Options SAMEORIGIN always;\n    add_header X-Content-Type-Options nosniff always;\n    add_header Referrer-Policy strict-origin-when-cross-origin always;\n    add_header Content-Security-Policy "default-src \'self\'" always;\n    location /api/ {\n        @BLOCK@\n        rewrite ^ /index.php last;\n    }\n    location = /index.php {\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root/index.php;\n        fastcgi_pass 127.0.0.1:9000;\n    }\n    location ~ /\\. { deny all; }\n    location ~* \\.(log|sql|bak)$ { deny all; }\n}\n',
    block:
      'if ($http_origin = "https://app.example.com") {\n    add_header Access-Control-Allow-Origin $http_origin;\n}\n',
    tree: { 'var/www/app/index.php': '<?php\n' },
    expected: '',
  },
];

type Placement = 'inline' | 'snippet' | 'nested';

function workspaceFor(c: PlacementCase, placement: Placement): MemoryWorkspace {
  const line = c.site.split('\n').find((l) => l.includes(INCLUDE_MARK))!;
  const indent = line.slice(0, line.indexOf(INCLUDE_MARK));
  const files: Record<string, string> = { 'etc/nginx/nginx.conf': NGINX_CONF, ...c.tree };
  if (placement === 'inline') {
    const body = c.block
      .trimEnd()
      .split('\n')
      .map((l) => indent + l)
      .join('\n');
    files['etc/nginx/sites-enabled/site.conf'] = c.site.replace(line, body);
  } else {
    const target = placement === 'snippet' ? 'app.conf' : 'outer.conf';
    files['etc/nginx/sites-enabled/site.conf'] = c.site.replace(
      line,
      `${indent}include /etc/nginx/global/${target};`,
    );
    files['etc/nginx/global/app.conf'] = c.block;
    if (placement === 'nested')
      files['etc/nginx/global/outer.conf'] = 'include /etc/nginx/global/app.conf;\n';
  }
  return new MemoryWorkspace('/ws', files);
}

/** Every finding of the workspace's nginx files as `rule | message | fix?`, in a sorted list. */
function findingsOf(workspace: MemoryWorkspace): string[] {
  const linter = new Linter(ALL_RULES, FORMATS);
  const out: string[] = [];
  for (const [path, text] of workspace.files) {
    if (!path.startsWith('/ws/etc/nginx/')) continue;
    const result = linter.lint({ path, text, format: 'nginx' }, { config: defaultConfig(), workspace });
    for (const f of result.findings)
      if (f.ruleId !== 'nginx/include-resolution')
        out.push(`${f.ruleId} | ${f.message} | ${f.fix ? 'fix' : 'no fix'}`);
  }
  return out.sort();
}

describe('a block judged the same inline, in a snippet, and in a nested snippet', () => {
  for (const c of CASES)
    test(c.name, () => {
      const inline = findingsOf(workspaceFor(c, 'inline'));
      if (c.expected)
        assert.ok(
          inline.some((f) => f.startsWith(`${c.expected} |`)),
          inline.join('\n'),
        );
      else assert.ok(!inline.some((f) => /header|hsts/.test(f)), inline.join('\n'));
      assert.deepEqual(findingsOf(workspaceFor(c, 'snippet')), inline, 'in a snippet');
      assert.deepEqual(findingsOf(workspaceFor(c, 'nested')), inline, 'in a nested snippet');
    });
});
