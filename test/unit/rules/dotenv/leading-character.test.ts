import { testRule } from '../../../helpers/rule-tester.ts';
import { leadingCharacter } from '../../../../rules/dotenv/leading-character.ts';

testRule(leadingCharacter, {
  valid: [
    'FOO=bar\n',
    '_FOO=bar\n',
    'export FOO=bar\n',
    '# comment\n',
    '  # an indented comment\n',
    'ÄPFEL=1\n',
    { name: 'a continuation line of a multi-line value', code: 'A="x\n y"\n' },
    { name: 'a byte-order mark is not a character of the line', code: '\uFEFFFOO=bar\n' },
    { name: 'dotenv-linter control comment', code: '# dotenv-linter:off LeadingCharacter\n.FOO=bar\n' },
  ],
  invalid: [
    {
      code: ' FOO=bar\n',
      errors: [{ messageId: 'whitespace', line: 1, column: 1, endColumn: 2 }],
      output: 'FOO=bar\n',
    },
    {
      code: '.FOO=bar\n',
      errors: [{ messageId: 'character', line: 1, column: 1, endColumn: 2 }],
      output: 'FOO=bar\n',
    },
    { code: '*FOO=bar\n', errors: [{ messageId: 'character', line: 1, column: 1 }], output: 'FOO=bar\n' },
    { code: '1FOO=bar\n', errors: [{ messageId: 'character', line: 1, column: 1 }], output: 'FOO=bar\n' },
    {
      name: 'a run of invalid characters is one finding',
      code: '-1&*FOO=x\n',
      errors: [{ line: 1, column: 1, endColumn: 5 }],
      output: 'FOO=x\n',
    },
    {
      name: 'nothing left of the key: no fix',
      code: '123=bar\n',
      errors: [{ line: 1, column: 1, endColumn: 4 }],
      output: null,
    },
    {
      name: 'no key at all: no fix',
      code: '=bar\n',
      errors: [{ line: 1, column: 1, endColumn: 2 }],
      output: null,
    },
    {
      name: 'indented export',
      code: '  export FOO=1\n',
      errors: [{ messageId: 'whitespace', line: 1, column: 1, endColumn: 3 }],
      output: 'export FOO=1\n',
    },
  ],
});
