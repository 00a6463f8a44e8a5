import { isDigit, trimEndOf } from '../../../engine/text-runs.ts';

/**
 * Which keys hold secrets, which values are placeholders, and which values are too weak.
 * Shared by dotenv/weak-secret and dotenv/secret-not-ignored. Nothing here ever returns or
 * formats a value: callers only learn a verdict.
 */

export type SecretKeyKind =
  /** The framework's signing/encryption secret (`APP_SECRET`, Laravel's `APP_KEY`): empty breaks CSRF, signed URLs, remember-me. */
  'app-secret' | 'password' | 'secret' | 'token' | 'key';

/** Keys that end like secrets but name something public or not secret at all. */
const NOT_SECRET_KEY =
  /(?:PUBLIC_KEY|PUBKEY|_SITE_?KEY|_PUBLISHABLE_KEY|_CACHE_KEY|_PRIMARY_KEY|_FOREIGN_KEY|_PARTITION_KEY|_SORT_KEY|_ROUTING_KEY|_LOCK_KEY|_QUEUE_KEY|_PREFIX_KEY|_IDEMPOTENCY_KEY|_KEY_PREFIX)$/;
/** An access key *id* (AWS, MinIO, S3 clones) is an identifier; its secret is `*_SECRET_ACCESS_KEY`/`*_SECRET_KEY`. */
const ACCESS_KEY_ID = /(?:^|_)ACCESS_KEY$/;
/**
 * Words that make a password key a setting about passwords: `MYSQL_ALLOW_EMPTY_PASSWORD`,
 * `PASSWORD_MIN_LENGTH`, Polr's `SETTING_PASSWORD_RECOV=false` (password recovery on or off).
 */
const PASSWORD_SETTING_WORDS = new Set(
  'ALLOW ALLOWED RANDOM GENERATE ENABLE ENABLED DISABLE DISABLED SKIP REQUIRE REQUIRED USE RESET FORGOT FORGOTTEN CHANGE EXPIRE EXPIRES MIN MAX SETTING SETTINGS RECOV RECOVER RECOVERY'.split(
    ' ',
  ),
);
/** Words after the password word that name something else: `*_PASSWORD_FILE`, `PASSWORD_RESET_TTL`. */
const PASSWORD_QUALIFIERS = new Set(
  'LENGTH TTL LIFETIME ALGO ALGORITHM HASHER HASH COST ROUNDS POLICY STRENGTH COMPLEXITY EXPIRY EXPIRATION FILE PATH DIR URL ROUTE REGEX PATTERN MODE ENCODER TIMEOUT ATTEMPTS HINT FIELD PARAM NAME'.split(
    ' ',
  ),
);

const isPasswordWord = (segment: string) =>
  /PASSWORD|PASSWD|PASSPHRASE/.test(segment) || segment === 'PASS' || segment === 'PWD';

/** Segment by segment (never a backtracking regex: a key can be very long). */
function isPasswordSetting(upper: string): boolean {
  const segments = upper.split('_');
  if (segments.some((s) => PASSWORD_SETTING_WORDS.has(s))) return true;
  let last = -1;
  segments.forEach((s, i) => {
    if (isPasswordWord(s)) last = i;
  });
  return last !== -1 && segments.slice(last + 1).some((s) => PASSWORD_QUALIFIERS.has(s));
}

const APP_SECRET_KEYS = new Set(['APP_SECRET', 'APP_KEY', 'KERNEL_SECRET', 'SECRET_KEY', 'SECRET']);

/** DESIGN: `APP_SECRET`, `*_SECRET`, `*_KEY`, `*_TOKEN`, `*PASSWORD*`, `*_PASS` (plus passphrases and `*_PWD`). */
export function secretKeyKind(key: string): SecretKeyKind | undefined {
  const upper = key.toUpperCase();
  if (APP_SECRET_KEYS.has(upper)) return 'app-secret';
  if (/_SECRET$/.test(upper)) return 'secret';
  if (/PASSWORD|PASSWD|PASSPHRASE|_PASS$|^PASS$|_PWD$|^PWD$/.test(upper)) {
    return isPasswordSetting(upper) ? undefined : 'password';
  }
  if (/_TOKEN$|^TOKEN$/.test(upper)) return 'token';
  if (/_KEY$/.test(upper)) {
    if (NOT_SECRET_KEY.test(upper)) return undefined;
    if (ACCESS_KEY_ID.test(upper) && !upper.includes('SECRET')) return undefined;
    return 'key';
  }
  return undefined;
}

/**
 * Values that stand for something else: a Symfony parameter or `%env()%` expression, a command
 * substitution, or a path to a key file (lexik's
 * `JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem`). Their strength is not the value's.
 * References to other variables (`${OTHER}`) come from the parser (`entry.references`).
 */
export function isIndirectValue(value: string): boolean {
  const v = value.trim();
  if (v.includes('$(')) return true;
  if (/%[A-Za-z_][\w.]*(?:\([^)]*\))?%/.test(v)) return true;
  if (/^(?:\/|\.\.?\/|~\/|file:\/\/|[A-Za-z]:\\)/.test(v)) return !looksLikeBase64(v);
  if (/\/[^/]+\.(?:pem|key|crt|cer|p12|pfx|json|txt|jks|der)$/i.test(v)) return true;
  return false;
}

/**
 * A base64 value (`openssl rand -base64 32`) that happens to begin with `/`, one in 64: padded to
 * a multiple of four, upper and lower case and digits, few slashes for its length (a random
 * 44-character value has one on average) and no lower-case directory name first (`/run/…`,
 * `/srv/…`, `/etc/…` begin the paths people write).
 */
function looksLikeBase64(value: string): boolean {
  if (value.length < 16 || value.length % 4 !== 0) return false;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/[0-9]/.test(value)) return false;
  if (/^\/[a-z][a-z0-9]*\//.test(value)) return false;
  let slashes = 0;
  for (const c of value) if (c === '/') slashes++;
  return slashes * 8 <= value.length;
}

/**
 * No value at all: empty, or Laravel's `null`/`empty` keywords (its `env()` helper turns
 * `REDIS_PASSWORD=null` into null, "no password", not into the word).
 */
export function isUnsetValue(value: string): boolean {
  return ['', 'null', '(null)', 'empty', '(empty)'].includes(value.trim().toLowerCase());
}

/** Install-time substitution markers: `{{APP_SECRET}}`, `<your-key>`, `__SECRET__`, `[secret]`. */
const TEMPLATE_MARKER = /^(?:\{\{.*\}\}|<[^<>]*>|__[A-Za-z0-9_]+__|\[[^\]]*\])$/s;

/** Exact placeholder words, compared after lower-casing and dropping everything but letters and digits. */
const PLACEHOLDER_WORDS = new Set([
  'changeme',
  'changeit',
  'changethis',
  'thistokenisnotsosecretchangeit',
  'secret',
  'secrets',
  'mysecret',
  'supersecret',
  'topsecret',
  'notsecret',
  'notasecret',
  'nosecret',
  'password',
  'passwd',
  'pass',
  'pwd',
  'mypassword',
  'password1',
  'password123',
  'passw0rd',
  'p4ssw0rd',
  'p4ssword',
  'admin',
  'administrator',
  'root',
  'toor',
  'test',
  'testing',
  'dev',
  'development',
  'local',
  'default',
  'demo',
  'example',
  'sample',
  'dummy',
  'fake',
  'foo',
  'bar',
  'baz',
  'foobar',
  'qwerty',
  'letmein',
  'welcome',
  'abc123',
  '123456',
  '12345678',
  '123456789',
  'todo',
  'tbd',
  'fixme',
  'none',
  'nil',
  'undefined',
  'placeholder',
  'replaceme',
  'insecure',
  'key',
  'apikey',
  'secretkey',
  'token',
  'apitoken',
  'accesstoken',
  'value',
  'xxx',
]);

/** Placeholder phrasing anywhere in the value: `your_api_key`, `change-me-please`, `EXAMPLEKEY`, `xxxxx`. */
const PLACEHOLDER_PATTERN =
  /^(?:your|my|some|insert|enter|put|add|set)[-_ .]|change[-_ .]?(?:me|it|this)|example|placeholder|replace[-_ .]?(?:me|this|with)|not[-_ .]?so[-_ .]?secret|random[-_ .]?string|[-_ .]here$|^(?:x+|\*+|\.+|-+|0+|#+)$/i;

/** An install-time substitution marker (`{{APP_SECRET}}`): the installer fills it in, like an empty value. */
export function isTemplateMarker(value: string): boolean {
  return TEMPLATE_MARKER.test(value.trim());
}

/**
 * The same phrasing written in CamelCase: Laravel's and Firefly III's templates ship
 * `APP_KEY=SomeRandomStringOf32CharsExactly`, long and varied enough to pass for random. Only a
 * value made wholly of capitalised words (and short numbers): a generated `SetQp7rX9mK2…` is not.
 */
const CAMEL_PLACEHOLDER = /^(?:Your|My|Some|Insert|Enter|Put|Add|Set|Change)(?:[A-Z][a-z]+|[0-9]{1,3})+$/;

export function isPlaceholderValue(value: string): boolean {
  const v = value.trim();
  if (v === '') return false;
  if (TEMPLATE_MARKER.test(v)) return true;
  if (PLACEHOLDER_PATTERN.test(v) || CAMEL_PLACEHOLDER.test(v)) return true;
  const normalized = v.toLowerCase().replace(/[^a-z0-9@$]/g, '');
  const plain = normalized.replace(/[^a-z0-9]/g, '');
  if (plain === '') return false;
  const candidates = [
    plain,
    withoutTrailingDigits(plain),
    unLeet(normalized),
    unLeet(withoutTrailingDigits(normalized)),
  ];
  return candidates.some((word) => PLACEHOLDER_WORDS.has(word));
}

/** `changeme123` → `changeme`. */
function withoutTrailingDigits(text: string): string {
  return trimEndOf(text, isDigit);
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

/** `s3cr3t` → `secret`, `P@ssw0rd` → `password`: the usual disguises of a placeholder word. */
function unLeet(word: string): string {
  return word.replace(/[013457@$]/g, (c) => LEET[c] ?? c);
}

/** Shannon entropy of the value's characters, in bits per character. */
export function shannonBitsPerChar(value: string): number {
  const chars = [...value];
  if (chars.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / chars.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Size of the alphabet the value draws from: lower, upper, digits, other printable ASCII, anything else. */
export function alphabetSize(value: string): number {
  let size = 0;
  if (/[a-z]/.test(value)) size += 26;
  if (/[A-Z]/.test(value)) size += 26;
  if (/[0-9]/.test(value)) size += 10;
  if (/[!-/:-@[-`{-~ ]/.test(value)) size += 33;
  if (/[^\x20-\x7e]/.test(value)) size += 100;
  return Math.max(size, 1);
}

const KEYBOARD_ROWS = ['`1234567890-=', 'qwertyuiop[]\\', "asdfghjkl;'", 'zxcvbnm,./'];

function isSequentialStep(a: string, b: string): boolean {
  const delta = (b.codePointAt(0) ?? 0) - (a.codePointAt(0) ?? 0);
  if (delta === 1 || delta === -1) return true;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return KEYBOARD_ROWS.some((row) => {
    const i = row.indexOf(la);
    return i !== -1 && (row[i + 1] === lb || (i > 0 && row[i - 1] === lb));
  });
}

/** Share of neighbouring characters that follow each other in the alphabet, in digits or on a keyboard row. */
function sequentialShare(chars: string[]): number {
  if (chars.length < 2) return 0;
  let steps = 0;
  for (let i = 1; i < chars.length; i++) if (isSequentialStep(chars[i - 1]!, chars[i]!)) steps++;
  return steps / (chars.length - 1);
}

function isPeriodic(chars: string[]): boolean {
  for (let period = 1; period <= chars.length / 2; period++) {
    if (chars.length % period !== 0) continue;
    let repeats = true;
    for (let i = period; i < chars.length && repeats; i++)
      if (chars[i] !== chars[i - period]) repeats = false;
    if (repeats) return true;
  }
  return false;
}

/** Below this many bits (length × log2 of the alphabet) a value falls to an offline guess quickly. */
export const MIN_SECRET_BITS = 40;

/**
 * Low entropy: a couple of distinct characters (`aaaaaaaa…`), a repeated unit (`ab12ab12…`), a
 * run (`1234567890…`, `abcdef…`, `qwerty…`), too few bits for its alphabet (eight lower-case
 * letters, a dozen digits), or very few distinct characters for its length. Random secrets of
 * 16 characters or more (hex, base64, generated passwords) are never low entropy.
 */
export function isLowEntropy(value: string): boolean {
  const chars = [...value];
  const n = chars.length;
  if (n === 0) return false;
  if (new Set(chars).size <= 2) return true;
  if (isPeriodic(chars)) return true;
  if (n >= 4 && sequentialShare(chars) >= 0.75) return true;
  if (n * Math.log2(alphabetSize(value)) < MIN_SECRET_BITS) return true;
  if (n >= 8 && shannonBitsPerChar(value) < 2) return true;
  return false;
}

/**
 * The alphabet a random value like this one is drawn from: 16 for hex (`openssl rand -hex`,
 * `bin2hex(random_bytes())`), otherwise the character classes it uses (`alphabetSize`).
 */
export function randomAlphabetSize(value: string): number {
  return /^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value) ? 16 : alphabetSize(value);
}

/** Past this length the expected entropy has converged; longer values reuse it (and the sum stays cheap). */
const EXPECTED_BITS_MAX_LENGTH = 256;
const expectedBitsMemo = new Map<number, number>();

/**
 * Expected Shannon entropy, in bits per character, of `length` characters drawn uniformly from
 * `alphabet` symbols. A short random value measures well below log2 of its alphabet (32 random
 * hex digits average 3.61 bits, not 4), so a flat threshold misjudges short hex. By linearity,
 * E[H] = alphabet × E[-(C/n)·log2(C/n)] where C, the count of one symbol, is Binomial(n, 1/alphabet).
 */
export function expectedRandomBits(length: number, alphabet: number): number {
  const n = Math.min(Math.max(Math.floor(length), 0), EXPECTED_BITS_MAX_LENGTH);
  if (n === 0 || alphabet <= 1) return 0;
  const memoKey = n * 1024 + Math.min(alphabet, 1023);
  const known = expectedBitsMemo.get(memoKey);
  if (known !== undefined) return known;
  const p = 1 / alphabet;
  // Binomial probabilities by recurrence from P(C = 0) = (1 - p)^n.
  let probability = Math.pow(1 - p, n);
  let perSymbol = 0;
  for (let c = 1; c <= n; c++) {
    probability *= ((n - c + 1) / c) * (p / (1 - p));
    const share = c / n;
    perSymbol -= probability * share * Math.log2(share);
  }
  const bits = alphabet * perSymbol;
  expectedBitsMemo.set(memoKey, bits);
  return bits;
}

/**
 * Share of a random value's expected entropy a value must reach to look random. Measured on
 * 200,000 values each: the lowest random 16-digit hex reached 0.64 of its expectation, 32-digit
 * hex 0.79, base64 0.82; one in 10,000 16-digit hex values falls under 0.71. Structured fillers
 * stay below it: `aaaa1111bbbb2222cccc` has 0.69.
 */
const RANDOM_ENTROPY_SHARE = 0.7;

/**
 * A value that looks like a real generated secret (hex, base64, a random password) rather than a
 * placeholder: what a template must not ship. At least 16 characters, letters and digits, not a
 * placeholder and not low entropy, and characters spread as evenly as a random value of its
 * length and alphabet usually has them.
 */
export function looksLikeRealSecret(value: string): boolean {
  const v = value.trim();
  const length = [...v].length;
  if (length < 16) return false;
  if (!/[A-Za-z]/.test(v) || !/[0-9]/.test(v)) return false;
  if (isPlaceholderValue(v) || isIndirectValue(v) || isLowEntropy(v)) return false;
  return shannonBitsPerChar(v) >= RANDOM_ENTROPY_SHARE * expectedRandomBits(length, randomAlphabetSize(v));
}

/** The password of a `scheme://user:password@host` URL (a DSN for SMTP, Redis, AMQP, a database…), or undefined. */
export function urlPassword(value: string): string | undefined {
  const match = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^:@/\s]*:([^@\s]*)@/.exec(value.trim());
  return match ? match[1] : undefined;
}

/**
 * True when a value gives a secret away: a non-empty value of a secret key, or a password inside
 * a URL, that is neither a placeholder nor a reference to another variable or a file.
 */
export function disclosesSecret(key: string, value: string, hasReferences: boolean): boolean {
  if (hasReferences) return false;
  const candidate = secretKeyKind(key) ? value : urlPassword(value);
  if (candidate === undefined || isUnsetValue(candidate)) return false;
  return !isPlaceholderValue(candidate) && !isIndirectValue(candidate);
}
