import { selfSignedCertificate } from '../../../../rules/nginx/self-signed-certificate.ts';
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
/** Subject and issuer both CN=twin.test, but signed by another key (a CA with the same name). */
const TWIN_PEM = `-----BEGIN CERTIFICATE-----
MIIBIzCByQIUH+zPyfef7fvvqnMtsWm2VX4G7DowCgYIKoZIzj0EAwIwFDESMBAG
A1UEAwwJdHdpbi50ZXN0MB4XDTI2MTEyMzIxMzIxOFoXDTI3MTEyMzIxMzIxOFow
FDESMBAGA1UEAwwJdHdpbi50ZXN0MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE
VVAWs/F7yABHlIVBpEhclQc1hkIh7Spzuw5iobk2rxITAGupj4ImtBRXA47vCwO2
c03JgbCdrOminXM31gHsNzAKBggqhkjOPQQDAgNJADBGAiEArh75VZLOKTMk+NgR
yMjBkzKMDxQvRKGzsx+Cmgc1lw0CIQCZdxwhP0vRuadKevei00AUnbkoU3nfA0uY
70bUO2NaHw==
-----END CERTIFICATE-----
`;

const server = (certificate: string) =>
  `server {\n    listen 443 ssl;\n    ssl_certificate ${certificate};\n    ssl_certificate_key /etc/nginx/ssl/app.key;\n}\n`;

testRule(selfSignedCertificate, {
  valid: [
    {
      name: 'a CA-issued certificate',
      code: server('/etc/nginx/ssl/app.pem'),
      files: { 'etc/nginx/ssl/app.pem': LEAF_PEM },
    },
    {
      name: 'same subject and issuer names, signed by another key',
      code: server('/etc/nginx/ssl/twin.pem'),
      files: { 'etc/nginx/ssl/twin.pem': TWIN_PEM },
    },
    {
      name: 'a certificate outside the workspace is not read',
      code: server('/etc/letsencrypt/live/app.test/fullchain.pem'),
    },
    {
      name: 'a variable path',
      code: server('/etc/nginx/ssl/$ssl_server_name.pem'),
      files: { 'etc/nginx/ssl/app.pem': SELF_PEM },
    },
    {
      name: 'not a PEM file',
      code: server('/etc/nginx/ssl/app.pem'),
      files: { 'etc/nginx/ssl/app.pem': 'not a certificate\n' },
    },
    {
      name: 'a broken PEM block',
      code: server('/etc/nginx/ssl/app.pem'),
      files: {
        'etc/nginx/ssl/app.pem':
          '-----BEGIN CERTIFICATE-----\nAAAAAAAAAAAAAAAAAAAAAAAA\n-----END CERTIFICATE-----\n',
      },
    },
  ],
  invalid: [
    {
      name: 'the snakeoil certificate',
      code: server('/etc/ssl/certs/ssl-cert-snakeoil.pem'),
      errors: [{ messageId: 'snakeoil', line: 3, column: 5, severity: 'info' }],
      output: null,
    },
    {
      name: 'a self-signed certificate in the workspace (absolute path mirrored under the root)',
      code: server('/etc/nginx/ssl/app.pem'),
      files: { 'etc/nginx/ssl/app.pem': SELF_PEM },
      errors: [{ messageId: 'selfSigned', line: 3, column: 5, message: /\(app\.test\)/ }],
    },
    {
      name: 'a relative path, from the configuration prefix',
      path: 'etc/nginx/nginx.conf',
      code: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n        ssl_certificate ssl/app.pem;\n    }\n}\n',
      files: { 'etc/nginx/ssl/app.pem': SELF_PEM },
      errors: [{ messageId: 'selfSigned', line: 5, column: 9 }],
    },
    {
      name: 'a repository whose nginx directory is not at etc/nginx',
      path: 'deploy/nginx/nginx.conf',
      code: 'events {}\nhttp {\n    ssl_certificate /etc/nginx/certs/app.pem;\n}\n',
      files: { 'deploy/nginx/certs/app.pem': SELF_PEM + LEAF_PEM },
      errors: [{ messageId: 'selfSigned', line: 3, column: 5 }],
    },
  ],
});
