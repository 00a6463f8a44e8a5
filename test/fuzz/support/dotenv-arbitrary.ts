import fc from 'fast-check';
import { envelopeArbitrary, mutated, wrapLines } from './mutations.ts';

/**
 * `.env` files built from the grammar Symfony Dotenv reads (see server/src/formats/dotenv/README.md)
 * with the keys and values the dotenv rules look at, then bent: odd spacing around `=`, stray
 * quotes, escapes, references, commands, comments, CRLF/CR, BOMs.
 */

const KEYS = [
  'APP_ENV',
  'APP_DEBUG',
  'APP_SECRET',
  'APP_URL',
  'DATABASE_URL',
  'DATABASE_HOST',
  'DATABASE_USER',
  'DATABASE_PASSWORD',
  'DB_PASSWORD',
  'MAILER_DSN',
  'REDIS_URL',
  'SESSION_COOKIE_SECURE',
  'COOKIE_HTTPONLY',
  'COOKIE_SAMESITE',
  'JWT_PASSPHRASE',
  'TRUSTED_PROXIES',
  'API_KEY',
  'export',
  'lower_key',
  'Mixed_Key',
  '_LEADING',
  '__DOUBLE',
  '1DIGIT',
  'MY-KEY',
  'my.key',
  'KEY WITH SPACE',
  'Ключ',
  '',
];

const WORDS = [
  'prod',
  'dev',
  'test',
  '0',
  '1',
  'true',
  'false',
  'on',
  'off',
  'none',
  'None',
  'lax',
  'strict',
  'ThisTokenIsNotSoSecretChangeIt',
  'changeme',
  '!ChangeMe!',
  'secret',
  '8f14e45fceea167a5a36dedd4bea2543',
  'mysql://root:@127.0.0.1:3306/app',
  'mysql://app:!ChangeMe!@203.0.113.7:3306/app?serverVersion=8.0',
  'postgresql://postgres:@0.0.0.0:5432/db',
  'pgsql://user:p%40ss@[::1]:5432/db',
  'sqlite:///%kernel.project_dir%/var/data.db',
  'http://example.com/path',
  'http://localhost:8000',
  'https://example.org/#frag',
  'smtp://user:pass@smtp.example.com:587',
  'redis://:password@10.0.0.1:6379',
  '10.0.0.0/8,127.0.0.1',
  'héllo',
  '🔐',
];

const unquotedChunk = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9_./:@%+-]{0,12}$/) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '$APP_ENV',
      '${APP_SECRET}',
      '${UNSET:-default}',
      '${NEW:=assigned}',
      '${A',
      '${}',
      '$A}',
      '\\$LITERAL',
      '$(whoami)',
      '$(echo $(id))',
      '$(unclosed',
      '\\"',
      "\\'",
      '\\\\',
      ' ',
      '\t',
      ' # comment',
      '#hash',
    ),
  },
);

const doubleQuoted = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(
        '\\"',
        '\\\\',
        '\\n',
        '\\r',
        '\\t',
        '\\$X',
        '${APP_ENV}',
        '$(date)',
        ' ',
        '#',
        "'",
        '\n',
      ),
    ),
    { maxLength: 5 },
  )
  .chain((parts) => fc.constantFrom(`"${parts.join('')}"`, `"${parts.join('')}`, `"${parts.join('')}\\"`));

const singleQuoted = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom('"', '\\', '$X', '\n', ' ', '#')), {
    maxLength: 4,
  })
  .chain((parts) => fc.constantFrom(`'${parts.join('')}'`, `'${parts.join('')}`));

const value = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: unquotedChunk },
      { weight: 2, arbitrary: doubleQuoted },
      { weight: 2, arbitrary: singleQuoted },
    ),
    { maxLength: 3 },
  )
  .map((parts) => parts.join(''));

const entryLine = fc
  .record({
    indent: fc.constantFrom('', '', '', ' ', '\t', '  '),
    exported: fc.constantFrom('', '', '', 'export ', 'export  ', 'export\t'),
    key: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...KEYS) },
      { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/) },
    ),
    before: fc.constantFrom('', '', '', '', ' ', '\t'),
    delimiter: fc.constantFrom('=', '=', '=', '=', '=', ':', ' ', '=='),
    after: fc.constantFrom('', '', '', '', ' ', '  '),
    value,
    trailing: fc.constantFrom('', '', '', ' ', '\t', ' # inline comment', '#tight', '   '),
  })
  .map((e) => `${e.indent}${e.exported}${e.key}${e.before}${e.delimiter}${e.after}${e.value}${e.trailing}`);

const otherLine = fc.constantFrom(
  '',
  '',
  '   ',
  '# comment',
  '#',
  '# harden-disable-next-line dotenv/weak-secret -- fixture',
  '# harden-disable-file dotenv/lowercase-key',
  '# harden-disable-next-line',
  '###> symfony/framework-bundle ###',
  'KEY',
  'export KEY',
  '=value',
  'just some words',
  '"',
  "'",
);

export const dotenvLines: fc.Arbitrary<string[]> = fc.array(
  fc.oneof({ weight: 5, arbitrary: entryLine }, { weight: 2, arbitrary: otherLine }),
  { maxLength: 25 },
);

/** A grammar-built `.env` file in a random envelope (BOM, line endings, final newline). */
export const dotenvText: fc.Arbitrary<string> = fc
  .tuple(dotenvLines, envelopeArbitrary)
  .map(([lines, envelope]) => wrapLines(lines, envelope));

/** The same, then mutated at random places. */
export const mutatedDotenvText: fc.Arbitrary<string> = mutated(dotenvText);

const validKey = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KEYS.filter((k) => /^_?[A-Za-z][A-Za-z0-9_]*$/.test(k))) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][A-Z0-9_]{0,8}$/) },
);

/** Values Symfony Dotenv accepts: no blank outside quotes, quotes closed, references well formed. */
const validValue = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          '$APP_ENV',
          '${APP_SECRET}',
          '${UNSET:-default}',
          '${NEW:=x}',
          '\\$LIT',
          '\\"',
          '\\\\',
        ),
      },
      {
        weight: 2,
        arbitrary: fc
          .array(
            fc.oneof(
              fc.constantFrom(...WORDS),
              fc.constantFrom(' ', '#', "'", '\\"', '\\n', '\n', '${APP_ENV}'),
            ),
            { maxLength: 4 },
          )
          .map((parts) => `"${parts.join('')}"`),
      },
      {
        weight: 2,
        arbitrary: fc
          .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(' ', '#', '"', '$X', '\n', '\\')), {
            maxLength: 4,
          })
          .map((parts) => `'${parts.join('')}'`),
      },
    ),
    { maxLength: 2 },
  )
  .map((parts) => parts.join(''));

const validLine = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        indent: fc.constantFrom('', '', '', '  '),
        exported: fc.constantFrom('', '', 'export '),
        key: validKey,
        value: validValue,
        comment: fc.constantFrom('', '', '', ' # inline comment', '\t# why'),
      })
      .map((e) => `${e.indent}${e.exported}${e.key}=${e.value}${e.comment}`),
  },
  { weight: 2, arbitrary: fc.constantFrom('', '', '# comment', '###> symfony/framework-bundle ###', '   ') },
);

/** `.env` files Symfony Dotenv reads without error: where the whole fix contract must hold. */
export const validDotenvText: fc.Arbitrary<string> = fc
  .tuple(fc.array(validLine, { maxLength: 20 }), envelopeArbitrary)
  .map(([lines, envelope]) => wrapLines(lines, { ...envelope, bom: false }));
