import { testRule } from '../../../helpers/rule-tester.ts';
import { weakSecret } from '../../../../rules/dotenv/weak-secret.ts';

const RANDOM_HEX = /[0-9a-f]{64}/.source;
const STRONG = '5d1e154765cf30fe7e32a1d44d096c19a3b9f0e2d4c6b8a0f1e3d5c7b9a1e3d5';

const SYMFONY_DEFAULT_ENV = `# In all environments, the following files are loaded if they exist,
# the latter taking precedence over the former:
#
#  * .env                contains default values for the environment variables needed by the app
#  * .env.local          uncommitted file with local overrides
#  * .env.$APP_ENV       committed environment-specific defaults
#  * .env.$APP_ENV.local uncommitted environment-specific overrides

###> symfony/framework-bundle ###
APP_ENV=dev
APP_SECRET=
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8"
###< doctrine/doctrine-bundle ###

###> symfony/messenger ###
MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
###< symfony/messenger ###

###> symfony/mailer ###
MAILER_DSN=null://null
###< symfony/mailer ###
`;

testRule(weakSecret, {
  valid: [
    {
      name: "Sulu's committed default, which the install's .env.local replaces (Symfony loads it after .env)",
      code: "APP_ENV=prod\nAPP_SECRET='$ecretf0rt3st'\n",
      files: { 'symfony.lock': '{}\n', '.env.local': 'APP_SECRET=9f3c2e1b7a6d4c8e0f1a2b3c4d5e6f70\n' },
    },
    {
      name: 'a placeholder that .env.prod.local replaces in production',
      code: 'APP_ENV=prod\nAPP_SECRET=changeme\n',
      files: {
        'config/bundles.php': '<?php\n',
        '.env.prod.local': 'APP_SECRET=9f3c2e1b7a6d4c8e0f1a2b3c4d5e6f70\n',
      },
    },
    {
      name: 'a generated value that happens to start like a placeholder word',
      code: 'APP_SECRET=SetQp7rX9mK2vL8nW4zT6yB1cD5fG3hJ\n',
      path: '.env.prod',
    },
    {
      name: "Firefly III's template placeholder is no shipped secret",
      code: 'APP_KEY=SomeRandomStringOf32CharsExactly\n',
      path: '.env.example',
    },
    { name: "Symfony's default .env", code: SYMFONY_DEFAULT_ENV },
    {
      name: "Chamilo's committed .env with installer markers",
      code: "APP_SECRET='{{APP_SECRET}}'\nDATABASE_PASSWORD='{{DATABASE_PASSWORD}}'\n",
    },
    { name: 'a strong secret', code: `APP_SECRET=${STRONG}\n`, path: '.env.prod.local' },
    {
      name: 'an empty third-party key or password means the feature is off',
      code: 'MAILER_PASSWORD=\nGOOGLE_MAPS_API_KEY=\nFB_SECRET=\nGITHUB_TOKEN=\n',
      path: '.env.prod.local',
    },
    {
      name: 'key files, not keys',
      code: 'JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem\nJWT_PUBLIC_KEY=%kernel.project_dir%/config/jwt/public.pem\n',
      path: '.env.prod.local',
    },
    { name: 'a reference', code: 'APP_SECRET=${VAULT_SECRET}\n', path: '.env.prod.local' },
    { name: 'an %env()% expression', code: 'APP_SECRET=%env(file:SECRET_FILE)%\n', path: '.env.prod.local' },
    {
      name: "Symfony's .env.test",
      code: "KERNEL_CLASS='App\\Kernel'\nAPP_SECRET='$ecretf0rt3st'\n",
      path: '.env.test',
    },
    {
      name: 'a template with placeholders',
      code: 'APP_SECRET=\nJWT_PASSPHRASE=your_secret_passphrase\nMAILER_PASSWORD=changeme\n',
      path: '.env.dist',
    },
    {
      name: "Laravel's .env.example",
      code: 'APP_KEY=\nDB_USERNAME=root\nDB_PASSWORD=secret\n',
      path: '.env.example',
    },
    {
      name: 'public and identifier keys',
      code: 'RECAPTCHA_SITE_KEY=abc\nAWS_S3_STORAGE_ACCESS_KEY=AKIA1234\nAPP_CACHE_KEY=app\n',
      path: '.env.prod.local',
    },
    {
      name: 'settings about passwords',
      code: 'MYSQL_ALLOW_EMPTY_PASSWORD=yes\nPASSWORD_MIN_LENGTH=8\nMYSQL_PASSWORD_FILE=/run/secrets/db\n',
      path: '.env.prod.local',
    },
    { name: 'a reasonable human password', code: 'DB_PASSWORD=Tr0ub4dor&3\n', path: '.env.local' },
    {
      name: 'only the last definition counts',
      code: `APP_SECRET=changeme\nAPP_SECRET=${STRONG}\n`,
      path: '.env.prod',
    },
    { name: 'an empty APP_SECRET in the committed defaults', code: 'APP_SECRET=\n' },
    {
      name: "Laravel's null keyword means no value",
      code: 'REDIS_PASSWORD=null\nMAIL_PASSWORD=null\nPUSHER_APP_SECRET=(empty)\n',
      path: '.env.local',
    },
  ],
  invalid: [
    {
      name: 'Laravel reads .env alone: its .env.local replaces nothing',
      code: 'APP_SECRET=changeme\n',
      files: { artisan: '<?php\n', '.env.local': 'APP_SECRET=9f3c2e1b7a6d4c8e0f1a2b3c4d5e6f70\n' },
      errors: [{ messageId: 'placeholder', line: 1, column: 12 }],
      output: new RegExp(`^APP_SECRET=${RANDOM_HEX}\\n$`),
    },
    {
      name: 'a .env.local that sets other keys leaves the default in effect',
      code: 'APP_SECRET=changeme\n',
      files: { 'symfony.lock': '{}\n', '.env.local': 'DATABASE_URL=sqlite:///var/app.db\n' },
      errors: [{ messageId: 'placeholder', line: 1, column: 12 }],
      output: new RegExp(`^APP_SECRET=${RANDOM_HEX}\\n$`),
    },
    {
      name: 'the test environment does not load .env.local',
      code: 'APP_ENV=test\nAPP_SECRET=changeme\n',
      files: { 'symfony.lock': '{}\n', '.env.local': 'APP_SECRET=9f3c2e1b7a6d4c8e0f1a2b3c4d5e6f70\n' },
      errors: [{ messageId: 'placeholder', line: 2, column: 12 }],
      output: new RegExp(`^APP_ENV=test\\nAPP_SECRET=${RANDOM_HEX}\\n$`),
    },
    {
      code: 'APP_SECRET=ThisTokenIsNotSoSecretChangeIt\n',
      path: '.env.prod.local',
      errors: [{ messageId: 'placeholder', message: /APP_SECRET/, line: 1, column: 12, endColumn: 42 }],
      output: new RegExp(`^APP_SECRET=${RANDOM_HEX}\\n$`),
    },
    {
      name: "the brief's example: a placeholder in the committed .env is used wherever nothing overrides it",
      code: 'APP_SECRET=changeme\n',
      errors: [{ messageId: 'placeholder', line: 1, column: 12 }],
      output: new RegExp(`^APP_SECRET=${RANDOM_HEX}\\n$`),
    },
    {
      name: 'an empty APP_SECRET where the server reads it',
      code: 'APP_SECRET=\n',
      path: '.env.local',
      errors: [{ messageId: 'empty', line: 1, column: 1, endColumn: 11 }],
      output: new RegExp(`^APP_SECRET=${RANDOM_HEX}\\n$`),
    },
    {
      code: 'APP_SECRET=a1b2c3d4e5f6\n',
      path: '.env.local',
      errors: [{ messageId: 'short', line: 1, column: 12 }],
      output: new RegExp(`^APP_SECRET=${RANDOM_HEX}\\n$`),
    },
    {
      code: 'APP_SECRET=abc\n',
      errors: [{ messageId: 'short', line: 1, column: 12 }],
      output: new RegExp(`^APP_SECRET=${RANDOM_HEX}\\n$`),
    },
    {
      code: 'DATABASE_PASSWORD=aaaaaaaaaaaaaaaa\n',
      path: '.env.local',
      errors: [{ messageId: 'lowEntropy', message: /DATABASE_PASSWORD/, line: 1, column: 19 }],
      output: new RegExp(`^DATABASE_PASSWORD=${RANDOM_HEX}\\n$`),
    },
    {
      name: 'a mostly repeated value',
      code: 'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n',
      path: '.env.prod',
      errors: [{ messageId: 'lowEntropy', line: 1, column: 19 }],
      output: new RegExp(`^STRIPE_SECRET_KEY=${RANDOM_HEX}\\n$`),
    },
    {
      // Firefly III's .env.example (and Laravel 5's `SomeRandomString`) in a production file.
      name: 'a CamelCase placeholder phrase in a real environment file',
      code: 'APP_KEY=SomeRandomStringOf32CharsExactly\n',
      path: '.env.local',
      errors: [{ messageId: 'placeholder', line: 1, column: 9 }],
      output: new RegExp(`^APP_KEY=${RANDOM_HEX}\\n$`),
    },
    {
      name: 'a real-looking secret shipped in a template (Chamilo 2 .env.dist at 00bc6d79)',
      code: 'APP_ENV=dev\nAPP_DEBUG=1\nAPP_SECRET=141af65f23c7935a37b504c422f113b0\n',
      path: '.env.dist',
      errors: [{ messageId: 'shipped', line: 3, column: 12, endColumn: 44 }],
      output: 'APP_ENV=dev\nAPP_DEBUG=1\nAPP_SECRET=\n',
    },
    {
      name: 'an installer marker left in a production file',
      code: "APP_SECRET='{{APP_SECRET}}'\n",
      path: '.env.prod',
      errors: [{ messageId: 'placeholder', line: 1, column: 12 }],
      output: new RegExp(`^APP_SECRET='${RANDOM_HEX}'\\n$`),
    },
    {
      code: 'JWT_PASSPHRASE=your_secret_passphrase\n',
      path: '.env.prod.local',
      errors: [{ messageId: 'placeholder', message: /JWT_PASSPHRASE/, line: 1, column: 16 }],
      output: new RegExp(`^JWT_PASSPHRASE=${RANDOM_HEX}\\n$`),
    },
    {
      name: 'a Laravel .env is real configuration',
      code: 'APP_KEY=\nDB_PASSWORD=secret\n',
      path: 'docker/app.env',
      errors: [
        { messageId: 'empty', line: 1, column: 1 },
        { messageId: 'placeholder', line: 2, column: 13 },
      ],
      output: new RegExp(`^APP_KEY=${RANDOM_HEX}\\nDB_PASSWORD=${RANDOM_HEX}\\n$`),
    },
  ],
});
