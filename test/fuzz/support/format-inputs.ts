import fc from 'fast-check';
import type { FormatId } from '../../../server/src/engine/types.ts';
import { dotenvText, mutatedDotenvText, validDotenvText } from './dotenv-arbitrary.ts';
import { LONG_PIECES, SPECIAL_PIECES, mutated } from './mutations.ts';
import { deeplyNested, mutatedNginxText, nginxText } from './nginx-arbitrary.ts';

/** What the fuzz tier feeds one format: grammar-built texts, their mutations, and fixed worst cases. */
export interface FormatInputs {
  /** Texts built from the format's grammar (syntax errors included, on purpose). */
  grammar: fc.Arbitrary<string>;
  /** Grammar texts with random deletions, insertions and duplications. */
  mutated: fc.Arbitrary<string>;
  /** Texts the format's reference implementation accepts, when there is a generator for them. */
  valid?: fc.Arbitrary<string>;
  /** Large or pathological texts, checked one by one (name → text). */
  adversarial: () => [string, string][];
  /** False when the table has no generator for the format and falls back to generic text. */
  formatAware: boolean;
}

/** Big enough to expose superlinear work (a quadratic scan of 256 K characters takes minutes). */
const SIZE = 256 * 1024;

/** Worst cases every lexer must survive: huge lines, runs of its special characters, odd code units. */
function commonAdversarial(): [string, string][] {
  return [
    ['empty', ''],
    ['only a BOM', '\uFEFF'],
    ['BOM + CRLF lines', `\uFEFF${'# c\r\n'.repeat(1000)}`],
    ['lone surrogates', '\uD800\uDC00\uDFFF\uD800'.repeat(5000)],
    ['NUL bytes', '\u0000'.repeat(10_000)],
    ['256 KB line of letters', 'a'.repeat(SIZE)],
    ['256 KB of "a b "', 'a b '.repeat(SIZE / 4)],
    ['unterminated double quote over 256 KB', `"${'x'.repeat(SIZE)}`],
    ['unterminated single quote over 128 K lines', `'${'x\n'.repeat(SIZE / 2)}`],
    ['100,000 backslashes', '\\'.repeat(100_000)],
    ['100,000 "${"', '${'.repeat(100_000)],
    ['100,000 "$("', '$('.repeat(100_000)],
    ['200,000 quotes', '"\''.repeat(100_000)],
    ['100,000 lines of "#"', '#\n'.repeat(100_000)],
    ['100,000 CR', '\r'.repeat(100_000)],
    ['Unicode line separators', 'A=1\u2028B=2\u0085C=3\u000BD=4\u000C'.repeat(10_000)],
    ...LONG_PIECES.map((piece, i): [string, string] => [`long piece #${i + 1} ×20`, piece.repeat(20)]),
  ];
}

const genericText = fc.string({
  unit: fc.constantFrom(...SPECIAL_PIECES, 'a', 'B', '1', ' '),
  maxLength: 200,
});

export const FORMAT_INPUTS: Partial<Record<FormatId, FormatInputs>> = {
  dotenv: {
    grammar: dotenvText,
    mutated: mutatedDotenvText,
    valid: validDotenvText,
    formatAware: true,
    adversarial: () => [
      ...commonAdversarial(),
      ['10,000 keys', Array.from({ length: 10_000 }, (_, i) => `KEY_${i}=value_${i}`).join('\n')],
      [
        'a chain of 5,000 references',
        Array.from({ length: 5_000 }, (_, i) => `K${i}=\${K${i - 1}}x`).join('\n'),
      ],
      ['one multi-line value of 100,000 lines', `A="${'line\n'.repeat(100_000)}"`],
      ['100,000 nested defaults', `A=${'${B:-'.repeat(20_000)}x${'}'.repeat(20_000)}`],
      ['50,000 nested commands', `A=${'$('.repeat(50_000)}${')'.repeat(50_000)}`],
      ['unterminated quote at the end', 'A=1\nB="never closed'],
      ['escaped quotes all the way', `A="${'\\"'.repeat(200_000)}`],
    ],
  },
  nginx: {
    grammar: nginxText,
    mutated: mutatedNginxText,
    formatAware: true,
    adversarial: () => [
      ...commonAdversarial(),
      ['10,000 nested locations, closed', deeplyNested(10_000, true)],
      ['10,000 nested locations, never closed', deeplyNested(10_000, false)],
      ['10,000 nested ifs', deeplyNested(10_000, true, 'if ($host ~ a)')],
      ['100,000 "{"', '{'.repeat(100_000)],
      ['100,000 "}"', '}'.repeat(100_000)],
      ['100,000 ";"', ';'.repeat(100_000)],
      ['a directive with 100,000 arguments', `add_header ${'x '.repeat(100_000)};`],
      ['a regex location of 50,000 "("', `location ~ ${'('.repeat(50_000)} { }`],
      ['a regex location with nested quantifiers', `location ~ ^/${'(a+)+'.repeat(2_000)}$ { }`],
      ['a lua block never closed', `content_by_lua_block { ${'local t = {'.repeat(20_000)}`],
      ['20,000 servers', 'server { listen 80; }\n'.repeat(20_000)],
      [
        '1 MB config',
        'server {\n    listen 80;\n    location / { root /var/www; }\n}\n'.repeat(Math.ceil((4 * SIZE) / 60)),
      ],
    ],
  },
};

/** The inputs for a format; generic text and the common worst cases for a format the table does not know yet. */
export function inputsFor(format: FormatId): FormatInputs {
  return (
    FORMAT_INPUTS[format] ?? {
      grammar: genericText,
      mutated: mutated(genericText),
      adversarial: commonAdversarial,
      formatAware: false,
    }
  );
}
