import fc from 'fast-check';

/** mulberry32: a small seeded PRNG, so generated inputs are the same on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  'APP_ENV',
  'APP_DEBUG',
  'APP_SECRET',
  'DATABASE_URL',
  'DATABASE_HOST',
  'DATABASE_USER',
  'DATABASE_PASSWORD',
  'MAILER_DSN',
  'REDIS_URL',
  'TRUSTED_PROXIES',
  'CORS_ALLOW_ORIGIN',
  'LOCK_DSN',
  'MESSENGER_TRANSPORT_DSN',
  'JWT_PASSPHRASE',
  'SESSION_COOKIE_SECURE',
  'CIVICRM_UF',
  'CHAMILO_URL',
  'http_proxy',
  '_INTERNAL',
  'export',
];

/** Realistic values, each written in the several ways a .env file may hold it. */
const VALUES: ((r: () => number, earlier: string[]) => string)[] = [
  () => 'prod',
  () => '0',
  () => 'true',
  () => '"1"',
  () => "'dev'",
  () => 'ThisTokenIsNotSoSecretChangeIt',
  () => 'mysql://app:!ChangeMe!@127.0.0.1:3306/app?serverVersion=8.0.32&charset=utf8mb4',
  () => '"postgresql://app:p%40ss@db:5432/app?serverVersion=16&charset=utf8"',
  () => 'smtp://user:pass@smtp.example.com:587',
  () => "'^https?://(localhost|127\\.0\\.0\\.1)(:[0-9]+)?$'",
  () => 'doctrine://default?auto_setup=0',
  () => '"Hello World"',
  () => "'Hello World'",
  () => '"line one\\nline two"',
  () => '"first\nsecond"',
  () => "'first\nsecond'",
  () => '""',
  () => '',
  () => ' # empty with comment',
  () => 'value # trailing comment',
  () => 'value#hash',
  () => '"quoted # hash" # comment',
  () => '"say \\"hi\\""',
  () => '"C:\\\\path\\\\to"',
  () => 'C:\\path',
  () => '"\\$NOT_EXPANDED"',
  () => '\\$LITERAL',
  () => "'$LITERAL'",
  () => '"${MISSING_HARDEN_VAR:-fallback value}"',
  () => '${MISSING_HARDEN_VAR:-fallback}',
  () => '${ASSIGNED_HARDEN_VAR:=assigned}',
  () => 'héllo-wörld',
  () => '"🔐 clé"',
  () => '"a"\'b\'c',
  () => 'pre"quoted part"',
  () => '10.0.0.0/8,127.0.0.1',
  (r, earlier) =>
    earlier.length > 0 ? `$${earlier[Math.floor(r() * earlier.length)]}` : '$UNSET_HARDEN_VAR',
  (r, earlier) =>
    earlier.length > 0
      ? `"\${${earlier[Math.floor(r() * earlier.length)]}}/suffix"`
      : '"${UNSET_HARDEN_VAR}"',
  (r, earlier) =>
    earlier.length > 0 ? `https://\${${earlier[Math.floor(r() * earlier.length)]}}:8080` : 'x',
];

/** Lines Symfony rejects, mixed in rarely so error paths and recovery are compared too. */
const BROKEN = [
  'KEY = value',
  'KEY= value',
  'unquoted value with spaces=1',
  'A=hello world',
  "A='unterminated",
  'BARE_KEY',
  'MY-KEY=1',
  '1ABC=2',
  'A="x" y',
];

/** `count` realistic .env files from a fixed seed: comments, blanks, entries, CRLF/BOM sometimes. */
export function generatedEnvFiles(count: number, seed = 20240601): string[] {
  const r = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
  const files: string[] = [];
  for (let f = 0; f < count; f++) {
    const lines: string[] = [];
    const earlier: string[] = [];
    const length = 1 + Math.floor(r() * 12);
    for (let i = 0; i < length; i++) {
      const roll = r();
      if (roll < 0.12)
        lines.push(
          pick(['# comment', '###> symfony/framework-bundle ###', '  # indented comment', '#KEY=commented']),
        );
      else if (roll < 0.2) lines.push(pick(['', '   ']));
      else if (roll < 0.23) lines.push(pick(BROKEN));
      else {
        const key = pick(KEYS);
        const prefix = r() < 0.1 ? pick(['export ', '  ', '\t']) : '';
        lines.push(`${prefix}${key}=${pick(VALUES)(r, earlier)}`);
        if (key !== 'export') earlier.push(key);
      }
    }
    const eol = r() < 0.2 ? '\r\n' : '\n';
    let text = lines.join(eol) + (r() < 0.7 ? eol : '');
    if (r() < 0.03) text = `\ufeff${text}`;
    files.push(text);
  }
  return files;
}

/**
 * Short strings over the characters that matter to the grammar (quotes, `$`, braces, `#`, `\`,
 * blanks, line breaks): they reach the corners hand-written cases miss. `(` is left out so no
 * input is a command substitution.
 */
export function adversarialInputs(count: number, seed = 7): string[] {
  const alphabet = [
    'A',
    'b',
    '_',
    '1',
    '=',
    '"',
    "'",
    '\\',
    '$',
    '{',
    '}',
    ':',
    '-',
    '#',
    ' ',
    '\t',
    '\n',
    '\r',
    '\r\n',
    '\u000b',
    '\u000c',
    '\u0000',
    '\u00a0',
    '\ufeff',
    'é',
    '`',
    ')',
    'export ',
    'B=',
    'A=',
    '\nB=',
    '${A',
    '$A',
    ':-',
    ':=',
    '\\"',
    '\\\\',
  ];
  const chunk = fc.constantFrom(...alphabet);
  const chunks = fc.array(chunk, { minLength: 1, maxLength: 16 }).map((c) => c.join(''));
  // Half start a value, half a line: names, `export` and blank-line skipping get their share.
  return [
    ...fc.sample(
      chunks.map((c) => `A=${c}`),
      { seed, numRuns: Math.ceil(count / 2) },
    ),
    ...fc.sample(chunks, { seed: seed + 1, numRuns: Math.floor(count / 2) }),
  ];
}
