import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { composeMounts, mountedPaths } from '../../../../server/src/formats/nginx/compose-mounts.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';

const mounts = (files: Record<string, string>) =>
  composeMounts(new MemoryWorkspace('/ws', files)).map((m) => `${m.target} <- ${m.source}`);

describe('composeMounts: the bind mounts of the Compose files', () => {
  const cases: { name: string; files: Record<string, string>; expected: string[] }[] = [
    {
      name: 'short and long syntax, most specific target first; named volumes and variables left out',
      files: {
        'compose.yaml': [
          'services:',
          '  nginx:',
          '    volumes:',
          '      - ./app/public:/var/www/html/public:ro',
          '      - certbot-www:/var/www/certbot',
          '      - ${APP_DIR:-./app}:/srv/app',
          '  php:',
          '    volumes:',
          '      - type: bind',
          '        source: ./app',
          '        target: /var/www/html',
          '      - type: volume',
          '        source: data',
          '        target: /data',
          '',
        ].join('\n'),
      },
      expected: ['/var/www/html/public <- /ws/app/public', '/var/www/html <- /ws/app'],
    },
    {
      name: 'a Compose file one folder down resolves its sources from its own folder',
      files: { 'docker/docker-compose.yml': 'services:\n  web:\n    volumes:\n      - ../:/var/www/html\n' },
      expected: ['/var/www/html <- /ws'],
    },
    {
      // Blind cases npm-proxy--inner-*: a workspace that mirrors a server's files.
      name: 'a Compose file two folders down (a project in /srv/<name>/)',
      files: {
        'srv/freshrss/compose.yaml':
          'services:\n  web:\n    volumes:\n      - ./FreshRSS:/var/www/FreshRSS:ro\n',
      },
      expected: ['/var/www/FreshRSS <- /ws/srv/freshrss/FreshRSS'],
    },
    {
      name: 'a Compose file three folders down is not read',
      files: { 'srv/a/b/compose.yaml': 'services:\n  web:\n    volumes:\n      - ./x:/var/www/x\n' },
      expected: [],
    },
    {
      // Blind cases easyengine--*: the site's app/ folder through named volumes.
      name: "EasyEngine's one site: its app/ folder is the containers' /var/www",
      files: { 'opt/easyengine/sites/example.org/app/htdocs/index.php': '<?php\n' },
      expected: ['/var/www <- /ws/opt/easyengine/sites/example.org/app'],
    },
    {
      name: 'EasyEngine with two sites: /var/www could be either',
      files: {
        'opt/easyengine/sites/a.org/app/htdocs/index.php': '<?php\n',
        'opt/easyengine/sites/b.org/app/htdocs/index.php': '<?php\n',
      },
      expected: [],
    },
    {
      name: 'override and environment files are read too',
      files: { 'docker-compose.override.yml': 'services:\n  web:\n    volumes:\n      - ./src:/app\n' },
      expected: ['/app <- /ws/src'],
    },
    {
      name: 'a source outside the workspace is left out',
      files: {
        'compose.yml':
          'services:\n  web:\n    volumes:\n      - ../../etc:/etc/nginx\n      - /srv/data:/data\n',
      },
      expected: [],
    },
    {
      name: 'an invalid file gives nothing',
      files: { 'compose.yaml': 'services:\n  web:\n    volumes: [./a:/b\n' },
      expected: [],
    },
    {
      name: 'a YAML file of another name is not a Compose file',
      files: { 'config/services.yaml': 'services:\n  web:\n    volumes:\n      - ./a:/b\n' },
      expected: [],
    },
  ];
  for (const c of cases) test(c.name, () => assert.deepEqual(mounts(c.files), c.expected));

  test('mountedPaths maps a container path through the most specific mount', () => {
    const workspace = new MemoryWorkspace('/ws', {
      'compose.yaml':
        'services:\n  a:\n    volumes:\n      - ./app:/var/www/html\n      - ./public-build:/var/www/html/public\n',
    });
    assert.deepEqual(mountedPaths('/var/www/html/public/uploads', workspace), [
      '/ws/public-build/uploads',
      '/ws/app/public/uploads',
    ]);
    assert.deepEqual(mountedPaths('/var/www/other', workspace), []);
  });
});
