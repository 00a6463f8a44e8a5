import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CompletionRequest,
  HoverRequest,
  type CompletionItem,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { ensureServerBuilt, LspClient, tempWorkspace } from './harness.ts';

const CONF = `http {
    server {
        listen 443 ssl;
        add_header X-Frame-Options SAMEORIGIN always;

    }
}
`;

describe('nginx hover and completion', () => {
  let client: LspClient;
  let uri: string;
  before(async () => {
    ensureServerBuilt();
    client = await LspClient.start(tempWorkspace({ 'nginx/nginx.conf': CONF }));
    uri = await client.open('nginx/nginx.conf', CONF, 'nginx');
  });
  after(() => client.kill());

  test('hovering a directive shows its official reference', async () => {
    assert.ok(client.initializeResult.capabilities.hoverProvider);
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 3, character: 10 },
    })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /add_header/);
    assert.match(value, /always/, 'the syntax is shown');
    assert.match(value, /location/, 'the contexts are shown');
    assert.deepEqual(hover.range, { start: { line: 3, character: 8 }, end: { line: 3, character: 18 } });
  });

  test('no hover on an argument or a blank line', async () => {
    const onArg = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 2, character: 16 },
    });
    assert.equal(onArg, null);
  });

  test('completion offers the directives allowed in the enclosing block', async () => {
    const items = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line: 4, character: 8 },
    })) as CompletionItem[];
    const labels = new Set(items.map((i) => i.label));
    assert.ok(labels.has('location'), 'location is allowed in server');
    assert.ok(labels.has('ssl_certificate'));
    assert.ok(!labels.has('worker_processes'), 'a main-context directive is not offered in server');
    assert.ok(!labels.has('upstream'), 'an http-only block is not offered in server');
  });
});
