import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testRule } from '../../../helpers/rule-tester.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';
import { secretNotIgnored } from '../../../../rules/dotenv/secret-not-ignored.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { applyTextEdits } from '../../../../server/src/engine/fixes.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';

const GIT = { '.git/HEAD': 'ref: refs/heads/main\n' };
const SYMFONY_GITIGNORE =
  '###> symfony/framework-bundle ###\n/.env.local\n/.env.local.php\n/.env.*.local\n/var/\n/vendor/\n';
const SECRET = 'APP_SECRET=5d1e154765cf30fe7e32a1d44d096c19a3b9f0e2d4c6b8a0f1e3d5c7b9a1e3d5\n';

testRule(secretNotIgnored, {
  valid: [
    { name: 'not in a git work tree', code: SECRET, path: '.env.local' },
    {
      name: "Symfony's .gitignore",
      code: SECRET,
      path: '.env.local',
      files: { ...GIT, '.gitignore': SYMFONY_GITIGNORE },
    },
    {
      name: '.env.*.local',
      code: SECRET,
      path: '.env.prod.local',
      files: { ...GIT, '.gitignore': SYMFONY_GITIGNORE },
    },
    { name: 'the committed defaults', code: SECRET, path: '.env', files: GIT },
    { name: 'a template', code: SECRET, path: '.env.prod.dist', files: GIT },
    {
      name: 'a .env.prod without secrets is committed defaults',
      code: 'APP_ENV=prod\nAPP_SECRET=\nAPP_DEBUG=0\nDATABASE_URL="mysql://app:!ChangeMe!@db/app"\n',
      path: '.env.prod',
      files: GIT,
    },
    {
      name: 'ignored through a directory',
      code: SECRET,
      path: 'config/.env.local',
      files: { ...GIT, '.gitignore': 'config/\n' },
    },
    {
      name: '.git/info/exclude',
      code: SECRET,
      path: '.env.local',
      files: { ...GIT, '.git/info/exclude': '.env.local\n' },
    },
    {
      name: 'a nested .gitignore',
      code: SECRET,
      path: 'app/.env.local',
      files: { ...GIT, 'app/.gitignore': '.env.local\n' },
    },
    {
      name: 'a .git above the workspace does not count',
      code: SECRET,
      path: '.env.local',
      files: { '/.git/HEAD': 'x' },
    },
  ],
  invalid: [
    {
      code: SECRET,
      path: '.env.local',
      files: { ...GIT, '.gitignore': '/vendor/\n' },
      errors: [{ messageId: 'local', message: /\.env\.local/, line: 1, column: 1, endColumn: 76 }],
    },
    {
      name: 'a local file without secrets is still reported',
      code: 'APP_ENV=dev\n',
      path: '.env.dev.local',
      files: { ...GIT, '.gitignore': '/vendor/\n' },
      errors: [{ messageId: 'local', line: 1, column: 1 }],
    },
    {
      name: 'no .gitignore at all',
      code: SECRET,
      path: '.env.prod.local',
      files: GIT,
      errors: [{ messageId: 'local', line: 1, column: 1 }],
    },
    {
      name: 'a production file that holds a secret',
      code: 'APP_ENV=prod\nMAILER_DSN=smtp://mailer:Kq7vN2pXw9LmR4tZ@smtp.example.org:587\n',
      path: '.env.prod',
      files: { ...GIT, '.gitignore': SYMFONY_GITIGNORE },
      errors: [{ messageId: 'production', line: 1, column: 1 }],
    },
    {
      name: 'an anchored pattern only matches at the top',
      code: SECRET,
      path: 'app/.env.local',
      files: { ...GIT, '.gitignore': '/.env.local\n' },
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'a negation re-includes it',
      code: SECRET,
      path: '.env.local',
      files: { ...GIT, '.gitignore': '.env*\n!.env.local\n' },
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'an empty file',
      code: '',
      path: '.env.local',
      files: GIT,
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ],
});

function lint(files: Record<string, string>, path: string) {
  const workspace = new MemoryWorkspace('/ws', files);
  const config = defaultConfig();
  const linter = new Linter([secretNotIgnored], FORMATS);
  const text = files[path]!;
  const result = linter.lint({ path: `/ws/${path}`, text, format: 'dotenv' }, { config, workspace });
  return { workspace, findings: result.findings.filter((f) => f.ruleId === secretNotIgnored.meta.id) };
}

describe('dotenv/secret-not-ignored fix', () => {
  test('appends the anchored path to the top .gitignore, which then ignores the file', () => {
    const files = { ...GIT, '.gitignore': '/vendor/', 'app/.env.prod.local': SECRET };
    const { findings } = lint(files, 'app/.env.prod.local');
    const fix = findings[0]?.fix;
    assert.ok(fix, 'a fix is offered');
    assert.equal(fix.kind, 'safe');
    assert.equal(fix.edits.length, 1);
    assert.equal(fix.edits[0]!.file, '/ws/.gitignore');
    const gitignore = applyTextEdits(files['.gitignore'], fix.edits[0]!.edits);
    assert.equal(gitignore, '/vendor/\n/app/.env.prod.local\n');
    assert.deepEqual(lint({ ...files, '.gitignore': gitignore }, 'app/.env.prod.local').findings, []);
  });

  test('keeps the .gitignore line endings', () => {
    const files = { ...GIT, '.gitignore': '/vendor/\r\n', '.env.local': SECRET };
    const fix = lint(files, '.env.local').findings[0]?.fix;
    assert.equal(applyTextEdits(files['.gitignore'], fix!.edits[0]!.edits), '/vendor/\r\n/.env.local\r\n');
  });

  test('not offered without a top-level .gitignore (a text edit cannot create one)', () => {
    const { findings } = lint({ ...GIT, '.env.local': SECRET }, '.env.local');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.fix, undefined);
  });

  test('not offered when a deeper .gitignore would re-include the file anyway', () => {
    const files = { ...GIT, '.gitignore': '', 'app/.gitignore': '!.env.local\n', 'app/.env.local': SECRET };
    const { findings } = lint(files, 'app/.env.local');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.fix, undefined);
  });
});
