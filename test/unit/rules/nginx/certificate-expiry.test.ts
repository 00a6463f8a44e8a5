import { after, before, describe, mock } from 'node:test';
import { X509Certificate } from 'node:crypto';
import { certificateExpiry } from '../../../../rules/nginx/certificate-expiry.ts';
import { testRule } from '../../../helpers/rule-tester.ts';
import { LEAF_PEM, SELF_PEM } from '../../../helpers/test-certificates.ts';

const DAY = 24 * 60 * 60 * 1000;
const leafEnd = new Date(new X509Certificate(LEAF_PEM).validTo).getTime();
const leafStart = new Date(new X509Certificate(LEAF_PEM).validFrom).getTime();

const code = 'server {\n    listen 443 ssl;\n    ssl_certificate /etc/nginx/ssl/app.pem;\n}\n';
const files = { 'etc/nginx/ssl/app.pem': LEAF_PEM };

/** Runs the cases with the clock set to `now`. */
function at(now: number, label: string, cases: Parameters<typeof testRule>[1]): void {
  describe(label, () => {
    before(() => mock.timers.enable({ apis: ['Date'], now }));
    after(() => mock.timers.reset());
    testRule(certificateExpiry, cases);
  });
}

at(leafEnd - 100 * DAY, '100 days before expiry', {
  valid: [
    { code, files },
    { name: 'the option warns earlier, not yet', options: { warnDays: 90 }, code, files },
    { name: 'a certificate outside the workspace', code },
  ],
  invalid: [
    {
      name: 'warnDays 120',
      options: { warnDays: 120 },
      code,
      files,
      errors: [
        { messageId: 'expiresSoon', line: 3, column: 5, severity: 'warning', message: /in 100 day\(s\)/ },
      ],
      output: null,
    },
  ],
});

at(leafEnd - 10 * DAY, '10 days before expiry', {
  valid: [{ name: 'warnDays 0 turns the warning off', options: { warnDays: 0 }, code, files }],
  invalid: [
    {
      code,
      files,
      errors: [
        {
          messageId: 'expiresSoon',
          line: 3,
          column: 5,
          severity: 'warning',
          message:
            /^The certificate of `ssl_certificate` \(www\.app\.test\) expires on \d{4}-\d\d-\d\d, in 10 day\(s\)/,
        },
      ],
    },
  ],
});

at(leafEnd + DAY, 'after expiry', {
  valid: [{ name: 'a long-lived certificate', code, files: { 'etc/nginx/ssl/app.pem': SELF_PEM } }],
  invalid: [
    {
      code,
      files,
      errors: [
        { messageId: 'expired', line: 3, column: 5, severity: 'error', message: /expired on 2027-11-23/ },
      ],
    },
    {
      name: 'the first certificate of a full chain is the one served',
      code,
      files: { 'etc/nginx/ssl/app.pem': LEAF_PEM + SELF_PEM },
      errors: [{ messageId: 'expired', line: 3, column: 5 }],
    },
  ],
});

at(leafStart - DAY, 'before the certificate is valid', {
  valid: [],
  invalid: [{ code, files, errors: [{ messageId: 'notYetValid', line: 3, column: 5, severity: 'error' }] }],
});
