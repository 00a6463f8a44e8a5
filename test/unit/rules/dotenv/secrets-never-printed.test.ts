/**
 * No message, fix title or related-location text of any dotenv rule ever contains a secret
 * value, and every fix whose edits carry a secret (re-quoted values, sorted lines, generated
 * secrets) is marked `sensitive` so reports leave its edits out.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DOTENV_RULES } from '../../../../rules/dotenv/index.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import type { Finding } from '../../../../server/src/engine/types.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';

const SECRETS = [
  'Kq7vN2pXw9LmR4tZ',
  'ThisTokenIsNotSoSecretChangeIt',
  '141af65f23c7935a37b504c422f113b0',
  'hunter2x',
  'zzzzzzzzzzzzzzzzzzzz',
  'your_secret_passphrase',
  'Tr0ub4dor&3',
  'qwe rty uio',
];

/** Every way a value can reach a rule: each secret in every position the rules look at. */
function fileWith(secret: string): string {
  return [
    `APP_SECRET=${secret}`,
    `app_secret='${secret}'`,
    `DATABASE_PASSWORD="${secret}"`,
    `DB_PASSWORD = ${secret}`,
    `DATABASE_URL="mysql://root:${secret}@203.0.113.9:3306/app"`,
    `MAILER_DSN=smtp://user:${secret}@smtp.example.org:587`,
    `JWT_PASSPHRASE=${secret} tail`,
    `API_TOKEN=${secret}\${BROKEN`,
    `STRIPE_SECRET_KEY=${secret}   `,
    ` LEADING_KEY=${secret}`,
    `BAD-KEY=${secret}`,
    `APP_SECRET=${secret}`,
    `B_KEY=${secret}`,
    `A_KEY=${secret}`,
    '',
    '',
    `SESSION_COOKIE_SECURE=false`,
    `APP_URL=http://${secret.replace(/[^A-Za-z0-9]/g, '')}.example.org`,
    `APP_DEBUG=1`,
  ].join('\n');
}

const PATHS = ['.env', '.env.local', '.env.prod.local', '.env.dist', '.env.prod', 'docker/app.env'];

function lintAll(path: string, text: string): Finding[] {
  const workspace = new MemoryWorkspace('/ws', {
    '.git/HEAD': 'x',
    '.gitignore': '/vendor/\n',
    [path]: text,
  });
  const config = defaultConfig();
  config.presets = ['strict'];
  config.rules['dotenv/unordered-key'] = { severity: 'warning' };
  const linter = new Linter(DOTENV_RULES, FORMATS);
  return linter.lint({ path: `/ws/${path}`, text, format: 'dotenv' }, { config, workspace }).findings;
}

describe('secrets are never printed', () => {
  for (const path of PATHS) {
    test(`${path}: no secret in messages, fix titles or related text; fixes that carry one are sensitive`, () => {
      const rulesSeen = new Set<string>();
      for (const secret of SECRETS) {
        const findings = lintAll(path, fileWith(secret));
        assert.ok(findings.length >= 10, `expected findings to check, got ${findings.length}`);
        for (const finding of findings) {
          rulesSeen.add(finding.ruleId);
          const where = `${finding.ruleId} at ${finding.range.start.line + 1}`;
          assert.ok(!finding.message.includes(secret), `${where}: the message contains the secret`);
          for (const related of finding.related ?? [])
            assert.ok(!related.message.includes(secret), `${where}: related`);
          const fix = finding.fix;
          if (!fix) continue;
          assert.ok(!fix.title.includes(secret), `${where}: the fix title contains the secret`);
          const newTexts = fix.edits.flatMap((e) => e.edits.map((edit) => edit.newText));
          if (newTexts.some((t) => t.includes(secret)))
            assert.equal(fix.sensitive, true, `${where}: fix re-emits the secret`);
          if (finding.ruleId === 'dotenv/weak-secret' && newTexts.some((t) => t !== '')) {
            assert.equal(fix.sensitive, true, `${where}: a generated secret must be sensitive`);
            assert.equal(fix.kind, 'secret');
          }
        }
      }
      // The test is only meaningful if the value-reading rules ran on these files.
      for (const id of [
        'dotenv/quote-character',
        'dotenv/space-character',
        'dotenv/duplicated-key',
        'dotenv/unordered-key',
      ]) {
        assert.ok(rulesSeen.has(id), `${id} produced no finding on ${path}`);
      }
    });
  }
});
