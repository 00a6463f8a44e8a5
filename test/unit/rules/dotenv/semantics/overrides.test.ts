import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryWorkspace } from '../../../../helpers/memory-workspace.ts';
import { overriddenKeys } from '../../../../../server/src/formats/dotenv/semantics/overrides.ts';

const SYMFONY = { 'app/symfony.lock': '{}\n' };

describe('overriddenKeys: the keys a file Symfony loads later sets again', () => {
  const cases: { name: string; files: Record<string, string>; path: string; keys: string[] }[] = [
    {
      name: '.env.local replaces what it sets in .env',
      files: { ...SYMFONY, 'app/.env': 'APP_SECRET=x\nLOCK_DSN=flock\n', 'app/.env.local': 'APP_SECRET=y\n' },
      path: 'app/.env',
      keys: ['APP_SECRET'],
    },
    {
      name: 'the APP_ENV layers follow .env.local',
      files: {
        ...SYMFONY,
        'app/.env': 'APP_ENV=dev\nA=1\nB=1\nC=1\n',
        'app/.env.local': 'APP_ENV=prod\nA=2\n',
        'app/.env.prod': 'B=3\n',
        'app/.env.prod.local': 'C=4\n',
        'app/.env.dev': 'D=5\n',
      },
      path: 'app/.env',
      keys: ['APP_ENV', 'A', 'B', 'C'],
    },
    {
      name: 'a layer is overridden only by the layers after it',
      files: {
        ...SYMFONY,
        'app/.env': 'APP_ENV=prod\n',
        'app/.env.local': 'A=1\nB=1\n',
        'app/.env.prod': 'B=2\n',
      },
      path: 'app/.env.local',
      keys: ['B'],
    },
    {
      name: 'the last layer wins',
      files: { ...SYMFONY, 'app/.env': 'A=1\n', 'app/.env.local': 'A=2\n' },
      path: 'app/.env.local',
      keys: [],
    },
    {
      name: 'the test environment skips .env.local',
      files: { ...SYMFONY, 'app/.env': 'APP_ENV=test\nA=1\n', 'app/.env.local': 'A=2\n' },
      path: 'app/.env',
      keys: [],
    },
    {
      name: 'the local environment stops after .env.local',
      files: {
        ...SYMFONY,
        'app/.env': 'A=1\nB=1\n',
        'app/.env.local': 'APP_ENV=local\nA=2\n',
        'app/.env.local.local': 'B=2\n',
      },
      path: 'app/.env',
      keys: ['APP_ENV', 'A'],
    },
    {
      name: 'a file outside the load order (.env.staging with APP_ENV=prod) is not layered',
      files: {
        ...SYMFONY,
        'app/.env': 'APP_ENV=prod\n',
        'app/.env.staging': 'A=1\n',
        'app/.env.local': 'A=2\n',
      },
      path: 'app/.env.staging',
      keys: [],
    },
    {
      name: 'Laravel reads .env alone: .env.local changes nothing',
      files: { 'app/artisan': '<?php\n', 'app/.env': 'APP_KEY=x\n', 'app/.env.local': 'APP_KEY=y\n' },
      path: 'app/.env',
      keys: [],
    },
    {
      name: "a Symfony app known by its kernel's bundles",
      files: { 'app/config/bundles.php': '<?php\n', 'app/.env': 'A=1\n', 'app/.env.local': 'A=2\n' },
      path: 'app/.env',
      keys: ['A'],
    },
    {
      name: "a Symfony app known by Flex's recipe markers",
      files: { 'app/.env': '###> symfony/framework-bundle ###\nA=1\n', 'app/.env.local': 'A=2\n' },
      path: 'app/.env',
      keys: ['A'],
    },
    {
      // A review against symfony/dotenv 5.4's loadEnv (5,400 generated folders) proved the cases below.
      name: 'an empty APP_ENV is set: no .env.<env> file loads',
      files: { ...SYMFONY, 'app/.env': 'APP_ENV=\nA=1\n', 'app/.env.dev': 'A=2\n' },
      path: 'app/.env',
      keys: [],
    },
    {
      name: "a server's real APP_ENV=prod wins over the recipe's dev: .env.dev replacing a key says nothing",
      files: {
        ...SYMFONY,
        'app/.env': 'APP_ENV=dev\nA=1\nB=1\n',
        'app/.env.dev': 'A=2\n',
        'app/.env.local': 'B=2\n',
      },
      path: 'app/.env',
      keys: ['B'],
    },
    {
      name: 'a file only production loads is judged by what production loads after it',
      files: {
        ...SYMFONY,
        'app/.env': 'APP_ENV=dev\n',
        'app/.env.prod': 'A=1\nB=1\n',
        'app/.env.prod.local': 'A=2\n',
      },
      path: 'app/.env.prod',
      keys: ['A'],
    },
    {
      name: 'an APP_ENV that refers to a variable: which layers load is unknown',
      files: { ...SYMFONY, 'app/.env': 'APP_ENV=${X:-test}\nA=1\n', 'app/.env.local': 'A=2\n' },
      path: 'app/.env',
      keys: [],
    },
    {
      name: 'a later value that refers to the key keeps the earlier one',
      files: { ...SYMFONY, 'app/.env': 'A=1\nB=1\n', 'app/.env.local': 'A=${A}\nB=2\n' },
      path: 'app/.env',
      keys: ['B'],
    },
    {
      name: 'next to a .env.local.php (composer dump-env), Symfony reads none of the files',
      files: {
        ...SYMFONY,
        'app/.env': 'A=1\n',
        'app/.env.local': 'A=2\n',
        'app/.env.local.php': '<?php return [];\n',
      },
      path: 'app/.env',
      keys: [],
    },
    {
      name: "Flex's recipe markers in .env.dist",
      files: { 'app/.env.dist': '###> symfony/framework-bundle ###\nA=1\n', 'app/.env.local': 'A=2\n' },
      path: 'app/.env.dist',
      keys: ['A'],
    },
    {
      name: 'another folder is another application',
      files: { ...SYMFONY, 'app/.env': 'A=1\n', '.env.local': 'A=2\n', 'app/sub/.env.local': 'A=3\n' },
      path: 'app/.env',
      keys: [],
    },
  ];
  for (const c of cases)
    test(c.name, () => {
      const workspace = new MemoryWorkspace('/ws', c.files);
      assert.deepEqual([...overriddenKeys(`/ws/${c.path}`, workspace)].sort(), [...c.keys].sort());
    });
});
