import { workerLimits } from '../../../../rules/nginx/worker-limits.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const MAIN = 'etc/nginx/nginx.conf';

testRule(workerLimits, {
  valid: [
    { path: MAIN, code: 'worker_rlimit_nofile 2048;\nevents {\n    worker_connections 1024;\n}\n' },
    { path: MAIN, code: 'events {\n    worker_connections 1024;\n}\nworker_rlimit_nofile 65535;\n' },
    { name: 'no worker_connections', path: MAIN, code: 'events {}\nhttp {}\n' },
    {
      name: 'a variable-free but non-numeric value',
      path: MAIN,
      code: 'events {\n    worker_connections x;\n}\n',
    },
    {
      name: 'an events snippet placed inside nginx.conf: the main level is not in this tree',
      path: 'etc/nginx/conf.d/events.inc',
      code: 'worker_connections 1024;\n',
      files: { [MAIN]: 'worker_rlimit_nofile 4096;\nevents {\n    include conf.d/events.inc;\n}\n' },
    },
  ],
  invalid: [
    {
      path: MAIN,
      code: 'user www-data;\nevents {\n    worker_connections 4096;\n}\n',
      errors: [
        {
          messageId: 'missing',
          line: 3,
          column: 5,
          severity: 'info',
          message: /^`worker_connections 4096` without `worker_rlimit_nofile`.*at least 8192$/,
        },
      ],
      output: null,
    },
    {
      path: MAIN,
      name: 'too low',
      code: 'worker_rlimit_nofile 1024;\nevents {\n    worker_connections 1024;\n}\n',
      errors: [
        {
          messageId: 'tooLow',
          line: 3,
          column: 5,
          message: /`worker_rlimit_nofile 1024` is less than twice/,
        },
      ],
    },
    {
      name: 'a fragment with worker_connections at its top',
      path: 'etc/nginx/conf.d/tuning.conf',
      code: 'worker_connections 1024;\nworker_rlimit_nofile 1500;\n',
      errors: [{ messageId: 'tooLow', line: 1, column: 1 }],
    },
  ],
});
