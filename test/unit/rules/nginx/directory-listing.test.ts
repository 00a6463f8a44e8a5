import { directoryListing } from '../../../../rules/nginx/directory-listing.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(directoryListing, {
  valid: [
    'server {\n    autoindex off;\n}\n',
    'server {\n    root /var/www;\n}\n',
    { name: 'a map key named autoindex is data', code: 'map $uri $x {\n    autoindex on;\n}\n' },
    { name: 'a variable value is not the keyword', code: 'location / {\n    autoindex $listing;\n}\n' },
  ],
  invalid: [
    {
      code: 'server {\n    location /uploads/ {\n        autoindex on;\n    }\n}\n',
      errors: [
        {
          messageId: 'on',
          line: 3,
          column: 9,
          message: /`autoindex on` lists the files/,
          severity: 'warning',
        },
      ],
      output: 'server {\n    location /uploads/ {\n        autoindex off;\n    }\n}\n',
    },
    {
      name: 'in http of nginx.conf',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nhttp {\n    autoindex on;\n}\n',
      errors: [{ messageId: 'on', line: 3, column: 5 }],
      output: 'events {}\nhttp {\n    autoindex off;\n}\n',
    },
    {
      name: 'in a snippet without a server',
      path: 'etc/nginx/snippets/files.conf',
      code: 'autoindex  on ;\n',
      errors: [{ messageId: 'on', line: 1, column: 1 }],
      output: 'autoindex  off ;\n',
    },
    {
      name: 'ngx-fancyindex',
      code: 'location /files/ {\n    fancyindex on;\n}\n',
      errors: [{ messageId: 'on', line: 2, column: 5, message: /`fancyindex on`/ }],
      output: 'location /files/ {\n    fancyindex off;\n}\n',
    },
  ],
});
