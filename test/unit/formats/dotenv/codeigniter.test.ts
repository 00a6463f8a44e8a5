import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_RULES } from '../../../../rules/index.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { isCodeIgniterEnv } from '../../../../server/src/formats/dotenv/codeigniter.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';

/** CodeIgniter 4's `env` template, filled in as a deployment does (blind case codeigniter4, 2026-12-05). */
const CI4_ENV = [
  'CI_ENVIRONMENT = production',
  '',
  "app.baseURL = 'https://app.example.com/'",
  '',
  'database.default.hostname = localhost',
  "database.default.password = 'Xq7!pR2vK9mZ'",
  '',
].join('\n');

function lint(text: string) {
  const path = '/ws/.env';
  return new Linter(ALL_RULES, FORMATS).lint(
    { path, text, format: 'dotenv' },
    { config: defaultConfig(), workspace: new MemoryWorkspace('/ws', { '.env': text }) },
  );
}

describe("CodeIgniter 4's .env", () => {
  test('is told from a dotenv file by its keys', () => {
    assert.equal(isCodeIgniterEnv(CI4_ENV), true);
    assert.equal(isCodeIgniterEnv('CI_ENVIRONMENT=development\n'), true);
    assert.equal(isCodeIgniterEnv('# app\napp.baseURL = x\ndatabase.default.username = ci\n'), true);
    // One dotted key is not enough: a dotenv file may hold one by mistake (dotenv/incorrect-delimiter's case).
    assert.equal(isCodeIgniterEnv('APP_ENV=prod\napp.name=x\n'), false);
    assert.equal(isCodeIgniterEnv('APP_ENV=prod\nAPP_SECRET=abc\nDATABASE_URL=mysql://u:p@db/app\n'), false);
    assert.equal(isCodeIgniterEnv("# CI_ENVIRONMENT = production is CodeIgniter's\nAPP_ENV=prod\n"), false);
  });

  test('is skipped with a reason instead of a finding per line', () => {
    const result = lint(CI4_ENV);
    assert.deepEqual(
      result.findings.map((f) => [f.ruleId, f.severity]),
      [['harden/file-skipped', 'info']],
    );
    assert.match(result.findings[0]!.message, /CodeIgniter 4's \.env/);
    assert.match(result.skipped ?? '', /CodeIgniter 4/);
  });

  test('a Symfony .env is still read and checked', () => {
    const result = lint('APP_ENV=prod\nAPP_DEBUG=1\n');
    assert.equal(result.skipped, undefined);
  });
});
