import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testRule } from '../../../helpers/rule-tester.ts';
import { badReferences, substitutionKey } from '../../../../rules/dotenv/substitution-key.ts';

testRule(substitutionKey, {
  valid: [
    'A=${B}\n',
    'A=$B\n',
    'A=$B/x\n',
    { name: 'single quotes are literal', code: "A='${B'\n" },
    { name: 'an escaped $', code: 'A=\\${B\n' },
    { name: "Symfony's default values", code: 'A=${B:-x}\nC=${D:=y}\n' },
    { name: 'a command substitution', code: 'A=$(whoami)\n' },
    {
      name: "Symfony's default CORS regex",
      code: 'CORS_ALLOW_ORIGIN=^https?://(localhost|127\\.0\\.0\\.1)(:[0-9]+)?$\n',
    },
    { name: 'a lone $', code: 'A="costs 5$"\n' },
    { name: 'dotenv-linter control comment', code: '# dotenv-linter:off SubstitutionKey\nA=${B\n' },
  ],
  invalid: [
    {
      name: 'no closing brace',
      code: 'A=${B\n',
      errors: [{ messageId: 'malformed', message: /\bA\b/, line: 1, column: 3, endColumn: 6 }],
      output: 'A=${B}\n',
    },
    {
      name: 'no opening brace',
      code: 'A=$B}\n',
      errors: [{ line: 1, column: 3, endColumn: 6 }],
      output: 'A=${B}\n',
    },
    {
      name: 'in double quotes',
      code: 'A="${B"\n',
      errors: [{ line: 1, column: 4, endColumn: 7 }],
      output: 'A="${B}"\n',
    },
    {
      name: 'an invalid name: no fix',
      code: 'A=${B-C}\n',
      errors: [{ line: 1, column: 3, endColumn: 9 }],
      output: null,
    },
    {
      name: 'after a good reference',
      code: 'A=${B}${C\n',
      errors: [{ line: 1, column: 7 }],
      output: 'A=${B}${C}\n',
    },
    {
      name: 'one finding per value, every brace repaired',
      code: 'A=$B}/${C\n',
      errors: [{ line: 1, column: 3, endColumn: 6 }],
      output: 'A=${B}/${C}\n',
    },
    {
      name: 'a password with $ in double quotes',
      code: 'DB_PASSWORD="pa$$w0rd}"\n',
      errors: [{ line: 1, column: 17, endColumn: 23 }],
      output: 'DB_PASSWORD="pa$${w0rd}"\n',
    },
  ],
});

describe('badReferences', () => {
  test('finds each malformed reference with its repair', () => {
    assert.deepEqual(badReferences('$A}x${B'), [
      { start: 0, end: 3, repair: { at: 1, brace: '{' } },
      { start: 4, end: 7, repair: { at: 7, brace: '}' } },
    ]);
    assert.deepEqual(badReferences('${A} $B ${C:-d} \\$E} $(f)'), []);
  });
});
