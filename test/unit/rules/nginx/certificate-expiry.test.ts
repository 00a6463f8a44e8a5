import { after, before, describe, mock } from 'node:test';
import { X509Certificate } from 'node:crypto';
import { certificateExpiry } from '../../../../rules/nginx/certificate-expiry.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

/** Generated with openssl for these tests (certificates only, no keys). */
/** Self-signed, CN=app.test, valid 2026-11-23 → 2036-11-20. */
const SELF_PEM = `-----BEGIN CERTIFICATE-----
MIIBfDCCASGgAwIBAgIUcQnzuCPVAASFET2y+KAR3N/FpmgwCgYIKoZIzj0EAwIw
EzERMA8GA1UEAwwIYXBwLnRlc3QwHhcNMjYxMTIzMjEzMTI0WhcNMzYxMTIwMjEz
MTI0WjATMREwDwYDVQQDDAhhcHAudGVzdDBZMBMGByqGSM49AgEGCCqGSM49AwEH
A0IABGotrPLRnpiHTNzFQ9eu5xb+sAN9QMXYn+L+vRLOLvNhllZRtPyJBlGZM3rS
GQqvkFqHMGOTXltmIbYd+PniqJajUzBRMB0GA1UdDgQWBBSITbSW+2U/WVY/Z2ZN
pF6yRvNqGTAfBgNVHSMEGDAWgBSITbSW+2U/WVY/Z2ZNpF6yRvNqGTAPBgNVHRMB
Af8EBTADAQH/MAoGCCqGSM49BAMCA0kAMEYCIQCDgKdOnyaQ+hO5kGeLv4UsYV6G
rpYhOXNMV7bJGQAjcQIhALhgO0xwRQhT9F/SmOtHMceCRBQEOWCV3kTVH0CY53Nf
-----END CERTIFICATE-----
`;
/** CN=www.app.test issued by CN=Harden Test CA, valid 2026-11-23 → 2027-11-23. */
const LEAF_PEM = `-----BEGIN CERTIFICATE-----
MIIBKjCB0QIUIdGhLUztcJ9ydbgN+/5wjpAyircwCgYIKoZIzj0EAwIwGTEXMBUG
A1UEAwwOSGFyZGVuIFRlc3QgQ0EwHhcNMjYxMTIzMjEzMTI0WhcNMjcxMTIzMjEz
MTI0WjAXMRUwEwYDVQQDDAx3d3cuYXBwLnRlc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAATkjqhJXToLrLzTUlmVt3at82a+AN2/oZIAwPxGPbetroAxnWEcC8DE
y0IS6KtSR+7ivh5YxJ9b2iCEMFLucV/RMAoGCCqGSM49BAMCA0gAMEUCIQCOF5u0
tz5LhpqaBDjtwxWfqyZll90VlG82LwVhEltqTQIgfUlGI7Jlyk7RD/mAlD7Nkis5
HA5NKsHoQm2J091o198=
-----END CERTIFICATE-----
`;

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
