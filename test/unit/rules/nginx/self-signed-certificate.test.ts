import { selfSignedCertificate } from '../../../../rules/nginx/self-signed-certificate.ts';
import { testRule } from '../../../helpers/rule-tester.ts';
import { LEAF_PEM, SELF_PEM } from '../../../helpers/test-certificates.ts';

/** Generated with openssl for this test (certificates only, no keys). Subject and issuer both CN=twin.test, but signed by another key (a CA with the same name). */
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
