/**
 * No dotenv rule backtracks or loops quadratically: long keys made of many segments, long values
 * of the characters the rules scan for, and large files all finish quickly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOTENV_RULES } from '../../../../rules/dotenv/index.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';

const N = 20_000;
const INPUTS: Record<string, string> = {
  'a long password key': `DB_${'A_'.repeat(N)}PASSWORD_X=1\n`,
  'a long database key': `${'DB_'.repeat(N)}USERX=root\n`,
  'a long key with password qualifiers': `PASSWORD_${'MIN_'.repeat(N)}X=1\n`,
  'unclosed braces': `A=${'${'.repeat(N)}\n`,
  'many references': `A=${'$a}'.repeat(N)}\n`,
  'percent signs': `APP_SECRET=${'%a'.repeat(N)}\n`,
  'a long secret': `APP_SECRET=${'ab'.repeat(N)}\n`,
  'a long URL': `DATABASE_URL=mysql://${'a:'.repeat(N)}@h/db\n`,
  'a long http URL': `APP_URL=http://${'a.'.repeat(N)}\n`,
  'many equal signs': `A${' ='.repeat(N)}\n`,
  'a long placeholder-like value': `API_KEY=${'x-'.repeat(N)}here\n`,
  'many template markers': `API_KEY=${'{{'.repeat(N)}\n`,
  'reversed keys (unordered)':
    Array.from({ length: 2000 }, (_, i) => `KEY_${String(9999 - i).padStart(5, '0')}=v`).join('\n') + '\n',
  'blank lines': '\n'.repeat(N),
};

for (const [name, text] of Object.entries(INPUTS)) {
  test(`${name}: every dotenv rule finishes within three seconds`, () => {
    const config = defaultConfig();
    config.presets = ['strict'];
    config.rules['dotenv/unordered-key'] = { severity: 'warning' };
    const linter = new Linter(DOTENV_RULES, FORMATS);
    const started = performance.now();
    const result = linter.lint(
      { path: '/ws/.env.prod.local', text, format: 'dotenv' },
      {
        config,
        workspace: new MemoryWorkspace('/ws', {}),
        onRuleError: (id, _f, e) => assert.fail(`${id}: ${String(e)}`),
      },
    );
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 3000, `${name}: ${elapsed.toFixed(0)} ms`);
    assert.ok(result.findings.every((f) => f.ruleId !== 'harden/rule-failed'));
  });
}
