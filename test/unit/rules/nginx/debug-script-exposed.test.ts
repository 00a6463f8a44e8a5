import { test } from 'node:test';
import assert from 'node:assert/strict';
import { debugScriptExposed } from '../../../../rules/nginx/debug-script-exposed.ts';
import {
  debugScriptsBelow,
  isPhpinfoSource,
} from '../../../../server/src/formats/nginx/semantics-debug-scripts.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const PHP =
  '    location ~ \\.php$ {\n        try_files $uri =404;\n        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n        include fastcgi_params;\n        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    }\n';
const server = (locations: string, root = '/var/www/app') => `server {\n    root ${root};\n${locations}}\n`;
const PHPINFO = '<?php\nphpinfo();\n';
/** PHPUnit 5.6.2's script: the request body is evaluated. */
const EVAL_INPUT = "<?php\neval('?>' . file_get_contents('php://input'));\n";
/** PHPUnit's fixed script: stdin, which a web request leaves empty. */
const EVAL_STDIN = "<?php\neval('?>' . \\file_get_contents('php://stdin'));\n";
const PHPUNIT = 'vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php';
const FRONT_ONLY =
  '    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n    location = /index.php {\n        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n        include fastcgi_params;\n    }\n    location ~ \\.php$ {\n        return 404;\n    }\n';

test('a phpinfo page is told by its code, comments and tags aside', () => {
  assert.equal(isPhpinfoSource('<?php phpinfo(); ?>'), true);
  assert.equal(isPhpinfoSource('<?php\n// debug\n/* remove me */\nphpinfo(INFO_ALL);\n'), true);
  assert.equal(
    isPhpinfoSource('<?php\n# info\n@phpinfo();\nphpinfo(INFO_MODULES | INFO_ENVIRONMENT);'),
    true,
  );
  assert.equal(isPhpinfoSource("<?php\nrequire 'login.php';\nphpinfo();\n"), false);
  assert.equal(isPhpinfoSource('<?php\nif ($_GET["k"] === "x") phpinfo();\n'), false);
  assert.equal(isPhpinfoSource('<?php\necho "phpinfo();";\n'), false);
  assert.equal(isPhpinfoSource('<?php\n'), false);
});

test('the scripts are read where the workspace reports no file modes (--no-file-modes)', () => {
  class WithoutModes extends MemoryWorkspace {
    override stat(): undefined {
      return undefined;
    }
  }
  const workspace = new WithoutModes('/ws', {
    'var/www/app/info.php': PHPINFO,
    [`var/www/app/${PHPUNIT}`]: EVAL_INPUT,
    'var/www/app/test.php': `<?php\n${'// padding\n'.repeat(300)}phpinfo();\n`,
  });
  assert.deepEqual(
    debugScriptsBelow('/var/www/app', workspace).map((s) => `${s.kind} ${s.uri}`),
    ['phpinfo /info.php', `evalStdin /${PHPUNIT}`],
  );
});

const ALIAS_APP = (inner: string) =>
  `server {\n    location /chamilo/ {\n        alias /var/www/chamilo/;\n${inner}    }\n}\n`;
const NESTED_PHP =
  '        location ~ [^/]\\.php(/|$) {\n            try_files $fastcgi_script_name =404;\n            fastcgi_pass unix:/run/php/php8.2-fpm-chamilo.sock;\n            include fastcgi_params;\n            fastcgi_param SCRIPT_FILENAME $request_filename;\n        }\n';

testRule(debugScriptExposed, {
  valid: [
    {
      name: 'an app published with alias whose PHP location answers 404 to every other script',
      code: ALIAS_APP('        location ~ \\.php$ {\n            return 404;\n        }\n'),
      files: { 'var/www/chamilo/info.php': PHPINFO },
    },
    {
      name: 'a phpinfo page that only a front controller location could reach',
      code: server(FRONT_ONLY),
      files: { 'var/www/app/info.php': PHPINFO, 'var/www/app/index.php': '<?php\n' },
    },
    {
      name: 'a script named info.php that does more than phpinfo()',
      code: server(PHP),
      files: { 'var/www/app/info.php': "<?php\nrequire __DIR__ . '/auth.php';\nphpinfo();\n" },
    },
    {
      name: 'a phpinfo page refused by an exact location',
      code: server(`    location = /info.php {\n        deny all;\n    }\n${PHP}`),
      files: { 'var/www/app/info.php': PHPINFO },
    },
    {
      name: 'a phpinfo page restricted to some addresses',
      code: server(
        `    location = /info.php {\n        allow 10.0.0.0/8;\n        deny all;\n        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n        include fastcgi_params;\n    }\n${PHP}`,
      ),
      files: { 'var/www/app/info.php': PHPINFO },
    },
    {
      name: 'a phpinfo page behind a password',
      code: server(`    auth_basic "staging";\n    auth_basic_user_file /etc/nginx/htpasswd;\n${PHP}`),
      files: { 'var/www/app/info.php': PHPINFO },
    },
    {
      name: 'a phpinfo page outside the root (the project folder above public/)',
      code: server(PHP, '/var/www/app/public'),
      files: { 'var/www/app/info.php': PHPINFO, 'var/www/app/public/index.php': '<?php\n' },
    },
    {
      name: "PHPUnit's fixed eval-stdin.php, which reads stdin",
      code: server(PHP),
      files: { [`var/www/app/${PHPUNIT}`]: EVAL_STDIN, 'var/www/app/index.php': '<?php\n' },
    },
    {
      name: 'a vulnerable eval-stdin.php under a vendor/ that a ^~ location refuses',
      code: server(`    location ^~ /vendor/ {\n        deny all;\n    }\n${PHP}`),
      files: { [`var/www/app/${PHPUNIT}`]: EVAL_INPUT },
    },
    {
      name: 'a phpinfo page that nginx sends as a file (no PHP location): php-source-exposed, not this rule',
      code: server('    location / {\n        try_files $uri =404;\n    }\n'),
      files: { 'var/www/app/info.php': PHPINFO },
    },
    {
      name: 'a phpinfo page in a library test folder',
      code: server(PHP),
      files: { 'var/www/app/lib/tests/info.php': PHPINFO },
    },
    {
      name: 'a server-level rewrite that sends every request to the front controller',
      code: server(`    rewrite ^(.*)$ /index.php$1 last;\n${PHP}`),
      files: { 'var/www/app/info.php': PHPINFO, 'var/www/app/index.php': '<?php\n' },
    },
  ],
  invalid: [
    {
      // Blind case yunohost-chamilo--phpinfo-left-behind: nginx 1.22.1 ran /chamilo/info.php.
      name: 'a phpinfo page in a folder a prefix location publishes with alias',
      code: ALIAS_APP(NESTED_PHP),
      files: { 'var/www/chamilo/info.php': PHPINFO, 'var/www/chamilo/index.php': '<?php\n' },
      errors: [{ messageId: 'phpinfo', line: 1, column: 1, message: /\/chamilo\/info\.php/ }],
    },
    {
      name: 'a phpinfo page in the root that a generic PHP location runs',
      code: server(PHP),
      files: { 'var/www/app/info.php': PHPINFO, 'var/www/app/index.php': '<?php\n' },
      errors: [
        {
          messageId: 'phpinfo',
          line: 1,
          column: 1,
          severity: 'warning',
          message:
            'This server runs `/info.php`, a phpinfo() page: `location ~ \\.php$` passes it to PHP, and anyone can read the PHP configuration and the environment it prints (database URL, APP_SECRET, the keys passed to PHP)',
        },
      ],
      output: null,
    },
    {
      name: 'a phpinfo page two folders down, under a comment',
      code: server(PHP),
      files: { 'var/www/app/admin/tools/phpinfo.php': '<?php /* temporary */ phpinfo(); ?>\n' },
      errors: [{ messageId: 'phpinfo', line: 1, column: 1, message: /`\/admin\/tools\/phpinfo\.php`/ }],
      output: null,
    },
    {
      name: "a vulnerable eval-stdin.php in the application's vendor/, the root being the project folder",
      code: server(PHP),
      files: { [`var/www/app/${PHPUNIT}`]: EVAL_INPUT, 'var/www/app/composer.json': '{}\n' },
      errors: [
        {
          messageId: 'evalStdin',
          line: 1,
          column: 1,
          severity: 'error',
          message: /runs `\/vendor\/phpunit\/phpunit\/src\/Util\/PHP\/eval-stdin\.php`.*CVE-2017-9841/,
        },
      ],
      output: null,
    },
    {
      name: "a plugin's bundled vendor/, four folders down",
      code: server(PHP, '/var/www/wordpress'),
      files: {
        [`var/www/wordpress/wp-content/plugins/forms/${PHPUNIT}`]: EVAL_INPUT,
        'var/www/wordpress/wp-config.php': '<?php\n',
      },
      errors: [
        {
          messageId: 'evalStdin',
          line: 1,
          column: 1,
          message:
            /`\/wp-content\/plugins\/forms\/vendor\/phpunit\/phpunit\/src\/Util\/PHP\/eval-stdin\.php`/,
        },
      ],
      output: null,
    },
    {
      name: 'a PHP location with path info that runs the page too',
      code: server(
        '    location ~ [^/]\\.php(/|$) {\n        fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\n        try_files $fastcgi_script_name =404;\n        fastcgi_pass 127.0.0.1:9000;\n        include fastcgi.conf;\n    }\n',
      ),
      files: { 'var/www/app/test.php': '<?php phpinfo();' },
      errors: [
        {
          messageId: 'phpinfo',
          line: 1,
          column: 1,
          message: /`\/test\.php`.*`location ~ \[\^\/\]\\\.php\(\/\|\$\)`/,
        },
      ],
      output: null,
    },
  ],
});
