/**
 * The dotenv rules on real files: Chamilo's `.env`, `.env.dist` and an older `.env.dist` (from
 * ../shared/corpus, read in place), and the example workspace's Chamilo deployment. The exact
 * list of warnings and errors is pinned: a finding that appears or disappears here is either a
 * fix or a regression, never noise.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DOTENV_RULES } from '../../../../rules/dotenv/index.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { REPO_ROOT } from '../../../helpers/rule-docs.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';

const CORPUS = path.join(REPO_ROOT, '..', 'shared', 'corpus', 'chamilo-lms');
const EXAMPLES = path.join(REPO_ROOT, 'examples', 'chamilo');

/** `line rule-id` for every error and warning of the recommended preset. */
function audit(dir: string, file: string): string[] {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const workspace = new MemoryWorkspace('/ws', { [file]: text });
  const linter = new Linter(DOTENV_RULES, FORMATS);
  const result = linter.lint(
    { path: `/ws/${file}`, text, format: 'dotenv' },
    { config: defaultConfig(), workspace },
  );
  return result.findings
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.range.start.line + 1} ${f.ruleId}`);
}

const quoted = (lines: number[]) => lines.map((line) => `${line} dotenv/quote-character`);

describe('Chamilo corpus', { skip: !fs.existsSync(CORPUS) && 'no ../shared/corpus' }, () => {
  test('.env (committed, installer markers): only the quotes dotenv-linter also reports', () => {
    // `APP_SECRET='{{APP_SECRET}}'` and `APP_ENV='dev'` are the installer's template: no security finding.
    assert.deepEqual(audit(CORPUS, '.env'), quoted([6, 7, 8, 9, 10, 14, 15, 16, 22, 25, 27, 29, 31]));
  });

  test('.env.dist (template): placeholders and key-file paths stay silent', () => {
    // JWT_PASSPHRASE=your_secret_passphrase is a placeholder, JWT_SECRET_KEY a path.
    assert.deepEqual(
      audit(CORPUS, '.env.dist'),
      quoted([11, 12, 13, 14, 15, 19, 20, 21, 27, 30, 32, 34, 36, 63, 64, 65, 66, 67, 68, 69, 70, 71]),
    );
  });

  test('_versions/00bc6d79/.env.dist ships a fixed APP_SECRET', () => {
    assert.deepEqual(audit(CORPUS, '_versions/00bc6d79/.env.dist'), [
      ...quoted([9, 10, 11, 12, 13, 17, 18, 19, 20, 21]),
      '27 dotenv/weak-secret',
      ...quoted([39, 41]),
    ]);
  });
});

describe('examples/chamilo', () => {
  test('.env (committed defaults): the database user is root; the empty APP_SECRET and password are set in .env.local', () => {
    assert.deepEqual(audit(EXAMPLES, '.env'), ['12 dotenv/database-root-user']);
  });

  test('.env.dist (template): a real-looking APP_SECRET', () => {
    assert.deepEqual(audit(EXAMPLES, '.env.dist'), ['3 dotenv/weak-secret']);
  });

  test('.env.prod.local: debug, placeholder secret, empty database password, insecure cookies', () => {
    assert.deepEqual(audit(EXAMPLES, '.env.prod.local'), [
      '3 dotenv/debug-in-production',
      '4 dotenv/weak-secret',
      '8 dotenv/database-empty-password',
      '9 dotenv/database-empty-password',
      '11 dotenv/cookie-insecure',
      '12 dotenv/cookie-insecure',
    ]);
  });
});
