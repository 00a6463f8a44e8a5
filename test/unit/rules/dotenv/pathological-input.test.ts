/**
 * No dotenv rule backtracks or loops quadratically: long keys made of many segments, long values
 * of the characters the rules scan for, and large files. Each input is linted at two sizes; the
 * larger (four times as big) must not take more than ten times as long, which a linear rule never
 * does and a quadratic one (sixteen times) always does, whatever the load of the machine.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOTENV_RULES } from '../../../../rules/dotenv/index.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';

const INPUTS: Record<string, (n: number) => string> = {
  'a long password key': (n) => `DB_${'A_'.repeat(n)}PASSWORD_X=1\n`,
  'a long database key': (n) => `${'DB_'.repeat(n)}USERX=root\n`,
  'a long key with password qualifiers': (n) => `PASSWORD_${'MIN_'.repeat(n)}X=1\n`,
  'unclosed braces': (n) => `A=${'${'.repeat(n)}\n`,
  'many references': (n) => `A=${'$a}'.repeat(n)}\n`,
  'percent signs': (n) => `APP_SECRET=${'%a'.repeat(n)}\n`,
  'a long secret': (n) => `APP_SECRET=${'ab'.repeat(n)}\n`,
  'a long URL': (n) => `DATABASE_URL=mysql://${'a:'.repeat(n)}@h/db\n`,
  'a long http URL': (n) => `APP_URL=http://${'a.'.repeat(n)}\n`,
  'many equal signs': (n) => `A${' ='.repeat(n)}\n`,
  'a long placeholder-like value': (n) => `API_KEY=${'x-'.repeat(n)}here\n`,
  'many template markers': (n) => `API_KEY=${'{{'.repeat(n)}\n`,
  'reversed keys (unordered)': (n) =>
    Array.from({ length: n / 4 }, (_, i) => `KEY_${String(n - i).padStart(6, '0')}=v`).join('\n') + '\n',
  'blank lines': (n) => '\n'.repeat(n),
};

function lintTime(text: string): number {
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
      onRuleError: (id, _file, error) => assert.fail(`${id}: ${String(error)}`),
    },
  );
  assert.ok(result.findings.every((f) => f.ruleId !== 'harden/rule-failed'));
  return performance.now() - started;
}

const SMALL = 5_000;
const LARGE = 4 * SMALL;

for (const [name, input] of Object.entries(INPUTS)) {
  test(`${name}: linting time grows linearly`, () => {
    lintTime(input(SMALL / 4)); // warm up the JIT
    const small = Math.min(lintTime(input(SMALL)), lintTime(input(SMALL)));
    const large = Math.min(lintTime(input(LARGE)), lintTime(input(LARGE)));
    assert.ok(large < 10 * small + 100, `${name}: ${small.toFixed(1)} ms, then ${large.toFixed(1)} ms at 4×`);
  });
}
