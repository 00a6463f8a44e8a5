/**
 * "Never prints a secret's value", over the whole LSP surface: diagnostics (message, related
 * information, data), log messages, status notifications, code-action titles and every report
 * the server exports. The edits of a fix are the one place a value may travel, because they go
 * into the user's own document.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ensureServerBuilt, LspClient, tempWorkspace } from './harness.ts';

const SECRETS = ['Zx81QpL2', 'Kq7vN2pXw9LmR4tZ', 'Mb5Tr8Wq3Ye6Ui9O', 'hunter2hunter2'];
const ENV = [
  'APP_ENV=prod',
  'APP_DEBUG=1',
  `APP_SECRET=${SECRETS[0]}`,
  `DATABASE_URL="mysql://root:${SECRETS[1]}@203.0.113.9:3306/app"`,
  `MAILER_DSN=smtp://mailer:${SECRETS[2]}@smtp.example.org:587   `,
  `DB_PASSWORD='${SECRETS[3]}'`,
  `db_password=${SECRETS[3]}`,
  '',
].join('\n');

function assertNoSecret(what: string, value: unknown): void {
  const text = JSON.stringify(value);
  for (const secret of SECRETS) assert.ok(!text.includes(secret), `${what} contains a secret value`);
}

describe('no secret value leaves the server', () => {
  let client: LspClient;
  before(async () => {
    ensureServerBuilt();
    client = await LspClient.start(tempWorkspace({ '.env.prod.local': ENV }), {
      settings: { preset: 'strict' },
    });
  });
  after(() => client.kill());

  test('diagnostics, code-action titles, logs, status and exported reports', async () => {
    const uri = await client.open('.env.prod.local', ENV, 'dotenv');
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.ok(diagnostics.length >= 5, `expected findings, got ${diagnostics.length}`);
    assertNoSecret('diagnostics', diagnostics);
    for (const diagnostic of diagnostics) {
      const actions = (await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? [];
      assertNoSecret(
        `code action titles for ${String(diagnostic.code)}`,
        actions.map((a) => a.title),
      );
    }
    await client.connection.sendRequest('harden/auditWorkspace', {});
    for (const format of ['sarif', 'json', 'markdown', 'html']) {
      const report = await client.connection.sendRequest<{ content: string }>('harden/exportReport', {
        format,
      });
      assert.match(report.content, /weak-secret/, `${format} report has the findings`);
      assertNoSecret(`${format} report`, report.content);
    }
    assertNoSecret('published diagnostics', client.diagnostics);
    assertNoSecret('log messages', client.logs);
    assertNoSecret('other notifications (status, progress)', client.notifications);
    assertNoSecret('progress', client.progress);
    assertNoSecret('stderr', client.stderr);
  });
});
