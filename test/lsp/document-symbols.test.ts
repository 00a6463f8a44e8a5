import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbolRequest, SymbolKind, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { ensureServerBuilt, LspClient, tempWorkspace } from './harness.ts';

const SITE = `http {
    server {
        listen 443 ssl;
        server_name campus.example.org;
        location / {
            try_files $uri /index.php$is_args$args;
        }
        location ~ \\.php$ {
            fastcgi_pass unix:/run/php/php-fpm.sock;
        }
    }
    upstream backend {
        server 10.0.0.1:9000;
    }
}
`;

describe('document symbols (outline, breadcrumbs)', () => {
  let client: LspClient;
  before(async () => {
    ensureServerBuilt();
    client = await LspClient.start(tempWorkspace({ 'nginx/nginx.conf': SITE }));
  });
  after(() => client.kill());

  test('the server advertises the outline and returns the block tree of an nginx file', async () => {
    assert.ok(client.initializeResult?.capabilities.documentSymbolProvider);
    const uri = await client.open('nginx/nginx.conf', SITE, 'nginx');
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    })) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    const http = symbols[0]!;
    assert.equal(http.name, 'http');
    assert.equal(http.kind, SymbolKind.Namespace);
    const [server, upstream] = http.children ?? [];
    assert.equal(server?.name, 'server');
    assert.equal(server?.detail, 'campus.example.org · 443 ssl');
    assert.deepEqual(
      server?.children?.map((c) => [c.name, c.kind]),
      [
        ['location /', SymbolKind.Method],
        ['location ~ \\.php$', SymbolKind.Method],
      ],
    );
    assert.deepEqual(server?.range, { start: { line: 1, character: 4 }, end: { line: 10, character: 5 } });
    assert.equal(upstream?.name, 'upstream backend');
  });

  test('formats without blocks have an empty outline', async () => {
    const uri = await client.open('.env', 'APP_ENV=prod\n', 'dotenv');
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    });
    assert.deepEqual(symbols, []);
  });
});
