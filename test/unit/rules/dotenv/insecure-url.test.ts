import { testRule } from '../../../helpers/rule-tester.ts';
import { insecureUrl } from '../../../../rules/dotenv/insecure-url.ts';

testRule(insecureUrl, {
  valid: [
    { code: 'APP_URL=https://campus.example.org\n', path: '.env.prod.local' },
    { name: 'not a production file', code: 'APP_URL=http://campus.example.org\n' },
    {
      name: 'local and internal hosts',
      code: [
        'APP_URL=http://localhost:8000',
        'ELASTICSEARCH_URL=http://elasticsearch:9200',
        'API_URL=http://10.0.4.20/api',
        'METRICS_URL=http://metrics.internal/x',
        'PROXY_URL=http://[::1]:3128',
        '',
      ].join('\n'),
      path: '.env.prod',
    },
    { name: 'DSNs are not links', code: 'MAILER_DSN=smtp://mail.example.org:25\n', path: '.env.prod' },
    { name: 'a reference', code: 'APP_URL=http://${APP_HOST}/\n', path: '.env.prod' },
  ],
  invalid: [
    {
      code: 'APP_URL=http://campus.example.org\n',
      path: '.env.prod.local',
      errors: [
        { messageId: 'http', severity: 'info', message: /APP_URL/, line: 1, column: 9, endColumn: 34 },
      ],
      output: 'APP_URL=https://campus.example.org\n',
    },
    {
      code: 'OAUTH_REDIRECT_URI="http://203.0.113.9/callback"\n',
      path: '.env.production',
      errors: [{ line: 1, column: 21, endColumn: 39 }],
      output: 'OAUTH_REDIRECT_URI="https://203.0.113.9/callback"\n',
    },
    {
      name: 'user info is skipped to find the host',
      code: 'WEBHOOK_URL=HTTP://user@hooks.example.org/x\n',
      path: '.env.prod',
      errors: [{ line: 1, column: 13 }],
      output: 'WEBHOOK_URL=https://user@hooks.example.org/x\n',
    },
  ],
});
