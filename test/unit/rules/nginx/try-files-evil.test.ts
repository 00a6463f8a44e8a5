import { tryFilesEvil } from '../../../../rules/nginx/try-files-evil.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(tryFilesEvil, {
  valid: [
    'open_file_cache max=1000 inactive=20s;\nlocation / {\n    try_files $uri $uri/ /index.php$is_args$args;\n}\n',
    {
      name: 'cache in the http block of the nginx.conf that includes the file',
      code: 'server {\n    location / {\n        try_files $uri /index.php$is_args$args;\n    }\n}\n',
      path: 'etc/nginx/sites-enabled/app.conf',
      files: {
        'etc/nginx/nginx.conf':
          'events {}\nhttp {\n    open_file_cache max=5000;\n    include sites-enabled/*.conf;\n}\n',
      },
    },
  ],
  invalid: [
    {
      code: 'location / {\n    try_files $uri $uri/ /index.php$is_args$args;\n}\n',
      errors: [{ messageId: 'noCache', line: 2, column: 5, endColumn: 14 }],
      output: null,
    },
    {
      name: 'cache turned off',
      code: 'open_file_cache off;\nlocation / {\n    location /test/ {\n        try_files $uri $uri/ =404;\n    }\n}\n',
      errors: [{ messageId: 'noCache', line: 4, column: 9 }],
    },
    {
      name: 'try_files with alias',
      code: 'open_file_cache max=1000;\nlocation /static/ {\n    alias /srv/static/;\n    try_files $uri =404;\n}\n',
      errors: [{ messageId: 'alias', line: 4, column: 5 }],
    },
  ],
});
