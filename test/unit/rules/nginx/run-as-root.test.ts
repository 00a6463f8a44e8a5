import { runAsRoot } from '../../../../rules/nginx/run-as-root.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const MAIN = 'etc/nginx/nginx.conf';

testRule(runAsRoot, {
  valid: [
    { path: MAIN, code: 'user www-data;\nevents {}\n' },
    { path: MAIN, code: 'user nginx nginx;\nevents {}\n' },
    { name: 'no user directive', path: MAIN, code: 'events {}\n' },
    { name: 'a user named like root is not root', path: MAIN, code: 'user rootless;\nevents {}\n' },
  ],
  invalid: [
    {
      path: MAIN,
      code: 'user root;\nworker_processes auto;\nevents {}\n',
      errors: [
        {
          messageId: 'root',
          line: 1,
          column: 1,
          endColumn: 11,
          severity: 'error',
          message: /`user root` runs/,
        },
      ],
      output: 'user www-data;\nworker_processes auto;\nevents {}\n',
    },
    {
      name: 'with a group: the group is replaced too',
      path: MAIN,
      code: 'user root root;\nevents {}\n',
      errors: [{ messageId: 'root', line: 1, column: 1, message: /`user root root`/ }],
      output: 'user www-data;\nevents {}\n',
    },
    {
      name: 'the user option',
      path: MAIN,
      options: { user: 'nginx nginx' },
      code: 'user root;\nevents {}\n',
      errors: [{ messageId: 'root', line: 1, column: 1 }],
      output: 'user nginx nginx;\nevents {}\n',
    },
    {
      name: 'an option naming root gives no fix',
      path: MAIN,
      options: { user: 'root' },
      code: 'user root;\nevents {}\n',
      errors: [{ messageId: 'root', line: 1, column: 1 }],
      output: null,
    },
  ],
});
