import { filesystemRoot } from '../../../../rules/nginx/filesystem-root.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(filesystemRoot, {
  valid: [
    'root /var/www/app/public;\n',
    'root /usr/share/nginx/html;\n',
    'root /home/alice/public_html;\n',
    'root /srv/app/web;\n',
    'location /s/ {\n    alias /var/www/static/;\n}\n',
    { name: 'variables are not judged', code: 'root $document_root;\n' },
    { name: 'relative to the prefix', code: 'root html;\n' },
    { name: 'a directory named like a system one', code: 'root /var/www/etc;\n' },
  ],
  invalid: [
    {
      code: 'server {\n    root /;\n}\n',
      errors: [{ messageId: 'root', line: 2, column: 10, endColumn: 11 }],
      output: null,
    },
    { name: 'repeated slashes', code: 'root //;\n', errors: [{ messageId: 'root', line: 1, column: 6 }] },
    {
      name: 'alias of /etc',
      code: 'location /c/ {\n    alias /etc/;\n}\n',
      errors: [{ messageId: 'system', line: 2, column: 11 }],
    },
    { name: 'below /etc', code: 'root /etc/nginx;\n', errors: [{ messageId: 'system', line: 1, column: 6 }] },
    { name: 'all homes', code: 'root /home/;\n', errors: [{ messageId: 'system', line: 1, column: 6 }] },
    {
      name: 'logs',
      code: 'location /logs/ {\n    alias /var/log/nginx/;\n}\n',
      errors: [{ messageId: 'system', line: 2, column: 11 }],
    },
    {
      name: 'PHP sessions',
      code: 'root /var/lib/php/sessions;\n',
      errors: [{ messageId: 'system', line: 1, column: 6 }],
    },
    { name: 'quoted', code: 'root "/root";\n', errors: [{ messageId: 'system', line: 1, column: 6 }] },
  ],
});
