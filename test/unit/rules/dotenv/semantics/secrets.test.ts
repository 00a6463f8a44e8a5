import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  disclosesSecret,
  expectedRandomBits,
  isIndirectValue,
  isLowEntropy,
  isPlaceholderValue,
  isTemplateMarker,
  looksLikeRealSecret,
  secretKeyKind,
  shannonBitsPerChar,
  urlPassword,
} from '../../../../../server/src/formats/dotenv/semantics/secrets.ts';

/**
 * The i-th of a fixed sample of random-looking bytes (SHA-256 output): the same values on every
 * run, so a heuristic that fails one in thousands of random secrets fails here every time
 * instead of now and then.
 */
function sampleBytes(label: string, i: number, length: number): Buffer {
  const parts: Buffer[] = [];
  for (let block = 0; block * 32 < length; block++)
    parts.push(createHash('sha256').update(`${label}:${i}:${block}`).digest());
  return Buffer.concat(parts).subarray(0, length);
}

describe('secretKeyKind', () => {
  const cases: [string, ReturnType<typeof secretKeyKind>][] = [
    ['APP_SECRET', 'app-secret'],
    ['APP_KEY', 'app-secret'],
    ['app_secret', 'app-secret'],
    ['GITHUB_SECRET', 'secret'],
    ['AWS_S3_STORAGE_ACCESS_SECRET', 'secret'],
    ['RESET_PASSWORD_SECRET', 'secret'],
    ['STRIPE_SECRET_KEY', 'key'],
    ['AWS_SECRET_ACCESS_KEY', 'key'],
    ['GOOGLE_MAPS_API_KEY', 'key'],
    ['ENCRYPTION_KEY', 'key'],
    ['GITHUB_TOKEN', 'token'],
    ['DATABASE_PASSWORD', 'password'],
    ['MYSQL_ROOT_PASSWORD', 'password'],
    ['DB_PASS', 'password'],
    ['SMTP_PWD', 'password'],
    ['JWT_PASSPHRASE', 'password'],
    ['PASSWORD', 'password'],
    // Not secrets
    ['JWT_PUBLIC_KEY', undefined],
    ['RECAPTCHA_SITE_KEY', undefined],
    ['RECAPTCHA_SITEKEY', undefined],
    ['STRIPE_PUBLISHABLE_KEY', undefined],
    ['AWS_S3_STORAGE_ACCESS_KEY', undefined],
    ['MINIO_ACCESS_KEY', undefined],
    ['APP_CACHE_KEY', undefined],
    ['AMQP_ROUTING_KEY', undefined],
    ['GOOGLE_STORAGE_KEY_FILE_PATH', undefined],
    ['JWT_KEY_PATH', undefined],
    ['PASSWORD_MIN_LENGTH', undefined],
    ['MYSQL_ALLOW_EMPTY_PASSWORD', undefined],
    // Polr's generated .env (blind round): password recovery on or off, not a password.
    ['SETTING_PASSWORD_RECOV', undefined],
    ['PASSWORD_RECOVERY_ENABLED', undefined],
    ['MYSQL_RANDOM_ROOT_PASSWORD', undefined],
    ['MYSQL_PASSWORD_FILE', undefined],
    ['PASSWORD_RESET_TTL', undefined],
    ['APP_ENCRYPT_METHOD', undefined],
    ['BYPASS', undefined],
    ['CACHE_BYPASS', undefined],
    ['DATABASE_USER', undefined],
    ['APP_ENV', undefined],
  ];
  for (const [key, expected] of cases) {
    test(`${key} → ${String(expected)}`, () => assert.equal(secretKeyKind(key), expected));
  }
});

describe('placeholders', () => {
  const placeholders = [
    'ThisTokenIsNotSoSecretChangeIt',
    '!ChangeMe!',
    'changeme',
    'CHANGE_ME',
    'change-this',
    'secret',
    'password',
    'Password123',
    'root',
    'your_secret_passphrase',
    'your-api-key-here',
    'insert_token_here',
    'xxxxxxxx',
    '********',
    '{{APP_SECRET}}',
    '<your-secret>',
    '__APP_SECRET__',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    's3cr3t',
    'P@ssw0rd',
    'p4ssw0rd1',
  ];
  for (const value of placeholders)
    test(`"${value}" is a placeholder`, () => assert.ok(isPlaceholderValue(value)));
  const real = [
    '141af65f23c7935a37b504c422f113b0',
    'Kq7vN2pXw9LmR4tZ',
    'Tr0ub4dor&3',
    'correct horse battery staple',
    'base64:BrIWPjhlSuRTwDLem8sDcY4opBDTvJFqbyKpCyAW+Rs=',
    '',
  ];
  for (const value of real)
    test(`"${value}" is not a placeholder`, () => assert.ok(!isPlaceholderValue(value)));

  test('only installer markers are template markers', () => {
    assert.ok(isTemplateMarker('{{APP_SECRET}}'));
    assert.ok(isTemplateMarker(' <your-key> '));
    assert.ok(!isTemplateMarker('changeme'));
    assert.ok(!isTemplateMarker('{not-a-marker'));
  });
});

describe('entropy', () => {
  const weak = [
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    'abababababababababababab',
    'ab12ab12ab12ab12',
    '12345678901234567890123456789012',
    '1234567890',
    'abcdefghijklmnopqrstuvwxyz012345',
    'qwertyuiop',
    'zyxwvutsrq',
    'hunter2',
    'chamilo',
    'aabbccddaabbccdd',
    '83920174',
  ];
  for (const value of weak) test(`"${value}" is low entropy`, () => assert.ok(isLowEntropy(value)));

  const strong = [
    '141af65f23c7935a37b504c422f113b0',
    '8f3a91c27be04d6e95a1f0c3d7b2e648',
    'Kq7vN2pXw9LmR4tZ',
    'Tr0ub4dor&3',
    'correct horse battery staple',
    'BrIWPjhlSuRTwDLem8sDcY4opBDTvJFqbyKpCyAW+Rs=',
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    'kX9#mQ2p',
  ];
  for (const value of strong) test(`"${value}" is not low entropy`, () => assert.ok(!isLowEntropy(value)));

  test('random secrets of 16+ characters are never low entropy', () => {
    for (let i = 0; i < 2000; i++) {
      for (const value of [
        sampleBytes('hex8', i, 8).toString('hex'),
        sampleBytes('hex16', i, 16).toString('hex'),
        sampleBytes('base64', i, 24).toString('base64'),
      ]) {
        assert.ok(!isLowEntropy(value), value);
      }
    }
  });

  test('Shannon entropy: one symbol is 0 bits, 16 equally frequent symbols 4 bits', () => {
    assert.equal(shannonBitsPerChar('aaaa'), 0);
    assert.equal(shannonBitsPerChar('0123456789abcdef'), 4);
    assert.equal(shannonBitsPerChar(''), 0);
  });
});

describe('real-looking secrets (what a template must not ship)', () => {
  test('generated values look real', () => {
    assert.ok(looksLikeRealSecret('141af65f23c7935a37b504c422f113b0'));
    assert.ok(looksLikeRealSecret('8f3a91c27be04d6e95a1f0c3d7b2e648'));
    assert.ok(looksLikeRealSecret('sk_live_4eC39HqLyjWDarjtT1zdp7dc'));
    for (let i = 0; i < 2000; i++) {
      for (const value of [
        sampleBytes('hex16', i, 16).toString('hex'),
        sampleBytes('hex32', i, 32).toString('hex'),
        sampleBytes('HEX16', i, 16).toString('hex').toUpperCase(),
      ]) {
        assert.ok(looksLikeRealSecret(value), value);
      }
    }
  });
  test('random hex whose digits happen to repeat still looks real', () => {
    // Under 3 bits per character, which a flat 3-bit threshold rejected: about one 32-digit value
    // in 7,700 and one 16-digit value in seven.
    for (const value of [
      '89746b728891f49849289968985887c9',
      '2b1e8f2b8a2e1e8c',
      'd3e22abac2992a23',
      'A1B9A1C99B3A1D9E',
    ]) {
      assert.ok(shannonBitsPerChar(value) < 3, value);
      assert.ok(looksLikeRealSecret(value), value);
    }
  });
  test('structured fillers with letters and digits do not', () => {
    for (const value of [
      'aaaa1111bbbb2222cccc',
      'aaaaaaaaaaaaaaa1',
      'abcd1234abcd5678',
      'xxxx1111xxxx2222',
    ]) {
      assert.ok(!looksLikeRealSecret(value), value);
    }
  });
  test('expected entropy of random values matches the exact distribution', () => {
    // Two draws from two symbols: equal half the time (0 bits), different otherwise (1 bit).
    assert.equal(expectedRandomBits(2, 2), 0.5);
    assert.equal(expectedRandomBits(0, 16), 0);
    assert.equal(expectedRandomBits(8, 1), 0);
    // Measured means over 200,000 random values: 16 hex digits 3.209, 32 hex digits 3.612.
    assert.ok(Math.abs(expectedRandomBits(16, 16) - 3.209) < 0.005);
    assert.ok(Math.abs(expectedRandomBits(32, 16) - 3.612) < 0.005);
    // Converges towards log2 of the alphabet, and long values reuse the converged figure.
    assert.ok(expectedRandomBits(256, 16) > 3.95 && expectedRandomBits(256, 16) < 4);
    assert.equal(expectedRandomBits(100_000, 16), expectedRandomBits(256, 16));
  });
  test('placeholders, words, paths and short values do not', () => {
    for (const value of [
      'your_secret_passphrase',
      'ThisTokenIsNotSoSecretChangeIt',
      '{{APP_SECRET}}',
      'correcthorsebatterystaple',
      '%kernel.project_dir%/config/jwt/private.pem',
      'a1b2c3d4',
      '12345678901234567890',
      '',
    ]) {
      assert.ok(!looksLikeRealSecret(value), value);
    }
  });
});

describe('indirect values', () => {
  test('parameters, paths and commands point elsewhere', () => {
    for (const value of [
      '%env(APP_SECRET)%',
      '%kernel.project_dir%/config/jwt/private.pem',
      '/run/secrets/db_password',
      './config/key.pem',
      'file:///etc/key',
      '$(cat /run/secrets/app)',
      'config/jwt/private.pem',
    ]) {
      assert.ok(isIndirectValue(value), value);
    }
    for (const value of ['changeme', 'Kq7vN2pXw9LmR4tZ', 'a%b']) assert.ok(!isIndirectValue(value), value);
  });
  test('a base64 secret that begins with a slash is a value, not a path', () => {
    for (const value of [
      '/Rk3xQ9vLm2TzW8pN4bYc7Hd1Ja6Ue5Gs0Fi+Ko3Mr8=',
      '/9Xb2Lq7Wm4Tz8Kp3Nv6Rc1Hd5Js0Ga+Yf2Ue7Qi4Bw=',
    ]) {
      assert.ok(!isIndirectValue(value), value);
      assert.ok(looksLikeRealSecret(value), value);
      assert.ok(disclosesSecret('APP_SECRET', value, false), value);
    }
    // Paths with upper case and digits stay paths, whatever their length.
    for (const value of ['/srv/app/config/Jwt1', '/run/secrets/AppKey2024x', '/etc/ssl/private/Key2.pem'])
      assert.ok(isIndirectValue(value), value);
  });
});

describe('secrets disclosed by a file', () => {
  test('a secret key with a real value, or a URL with a password', () => {
    assert.ok(disclosesSecret('APP_SECRET', 'Kq7vN2pXw9LmR4tZ', false));
    assert.ok(disclosesSecret('MAILER_DSN', 'smtp://mailer:Kq7vN2pXw9LmR4tZ@smtp.example.org:587', false));
    assert.ok(!disclosesSecret('APP_SECRET', '', false));
    assert.ok(!disclosesSecret('APP_SECRET', 'changeme', false));
    assert.ok(!disclosesSecret('APP_SECRET', '${SECRET}', true));
    assert.ok(!disclosesSecret('APP_ENV', 'prod', false));
    assert.ok(!disclosesSecret('MAILER_DSN', 'smtp://localhost:25', false));
    assert.ok(!disclosesSecret('DATABASE_URL', 'mysql://app:!ChangeMe!@127.0.0.1/app', false));
  });
  test('urlPassword reads the user info only', () => {
    assert.equal(urlPassword('redis://:s3cr3tpass@redis:6379'), 's3cr3tpass');
    assert.equal(urlPassword('smtp://user:@host'), '');
    assert.equal(urlPassword('smtp://user@host'), undefined);
    assert.equal(urlPassword('https://example.org/a:b@c'), undefined);
  });
});
