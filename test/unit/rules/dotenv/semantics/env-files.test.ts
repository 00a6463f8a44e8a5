import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  classifyEnvFile,
  isTemplateEnvFile,
  isUncommittableEnvFileName,
  type EnvFileRole,
} from '../../../../../server/src/formats/dotenv/semantics/env-files.ts';

describe('classifyEnvFile', () => {
  const cases: [string, boolean, EnvFileRole][] = [
    ['/ws/.env', false, 'defaults'],
    ['/ws/.env', true, 'production'],
    ['/ws/.env.local', false, 'deployment'],
    ['/ws/.env.staging', false, 'deployment'],
    ['/ws/docker/db.env', false, 'deployment'],
    ['/ws/.env.prod', true, 'production'],
    ['/ws/.env.prod.local', true, 'production'],
    ['/ws/.env.dev', false, 'development'],
    ['/ws/.env.test', false, 'development'],
    ['/ws/.env.test.local', false, 'development'],
    ['/ws/.env.dev.local', false, 'development'],
    ['/ws/.env.testing', false, 'development'],
    ['/ws/.env.dist', false, 'template'],
    ['/ws/.env.example', false, 'template'],
    ['/ws/.env.sample', false, 'template'],
    ['/ws/.env.template', false, 'template'],
    ['/ws/.env.prod.dist', true, 'template'],
    ['/ws/example.env', false, 'template'],
  ];
  for (const [path, production, role] of cases) {
    test(`${path}${production ? ' (production)' : ''} is ${role}`, () => {
      assert.equal(classifyEnvFile(path, production).role, role);
    });
  }

  test('a production template keeps both flags', () => {
    assert.deepEqual(classifyEnvFile('/ws/.env.prod.dist', true), {
      role: 'template',
      production: true,
      template: true,
    });
  });

  test('template names', () => {
    assert.ok(isTemplateEnvFile('/ws/app/.env.dist'));
    assert.ok(!isTemplateEnvFile('/ws/.env.distant'));
    assert.ok(!isTemplateEnvFile('/ws/.env'));
  });
});

describe('isUncommittableEnvFileName', () => {
  const cases: [string, ReturnType<typeof isUncommittableEnvFileName>][] = [
    ['/ws/.env.local', 'local'],
    ['/ws/.env.prod.local', 'local'],
    ['/ws/.env.dev.local', 'local'],
    ['/ws/app/.env.test.local', 'local'],
    ['/ws/.env.prod', 'production'],
    ['/ws/.env.production', 'production'],
    ['/ws/.env.prod.dist', undefined],
    ['/ws/.env.local.dist', undefined],
    ['/ws/.env', undefined],
    ['/ws/.env.dev', undefined],
    ['/ws/.env.dist', undefined],
    ['/ws/.env.products', undefined],
  ];
  for (const [path, expected] of cases)
    test(`${path} → ${String(expected)}`, () => assert.equal(isUncommittableEnvFileName(path), expected));
});
