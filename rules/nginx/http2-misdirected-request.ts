import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import { serverListens } from '../../server/src/formats/nginx/listen.ts';
import { locationsOf } from '../../server/src/formats/nginx/locations.ts';
import { insertAtBlockEnd, layoutOf } from '../../server/src/formats/nginx/semantics-insertion.ts';
import { inheritedDirective, serverBlocks } from '../../server/src/formats/nginx/server-blocks.ts';

/**
 * A TLS catch-all server (`default_server` + `ssl_reject_handshake on`) refuses handshakes for
 * unknown names, but HTTP/2 lets a browser reuse a connection opened for one name for another
 * name the certificate also covers: such a request can still reach this server and be answered
 * by it. RFC 9110 §15.5.20's answer is `421 Misdirected Request`, which makes the client open
 * a proper connection. Gixy-ng `http2_misdirected_request`.
 */
export const http2MisdirectedRequest = defineRule<NginxFile>({
  meta: {
    id: 'nginx/http2-misdirected-request',
    format: 'nginx',
    severity: 'info',
    title: 'An HTTP/2 TLS catch-all server should answer 421 Misdirected Request',
    presets: ['strict'],
    messages: {
      missing421:
        'This default TLS server rejects unknown handshakes but serves HTTP/2 without `location / { return 421; }`: requests sent over a reused HTTP/2 connection reach it and get its content instead of 421 Misdirected Request',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const text = context.document.text;
    const config = effectiveConfig(context.ast, file, context.workspace);
    for (const server of serverBlocks(config)) {
      if (server.path !== file) continue;
      const reject = inheritedDirective(server, 'ssl_reject_handshake');
      if (!reject || reject.node.args[0]?.value !== 'on') continue;
      const listens = serverListens(server);
      if (!listens.some((l) => l.defaultServer) || !listens.some((l) => l.ssl || l.quic)) continue;
      if (!servesHttp2(server)) continue;
      if (answers421(server)) continue;
      const hasRootLocation = locationsOf(server).some(
        (l) => (l.modifier === '' || l.modifier === '^~' || l.modifier === '=') && l.pattern === '/',
      );
      context.report({
        messageId: 'missing421',
        range:
          reject.node.path === file && !reject.inherited
            ? reject.node.directive.range
            : server.directive.nameRange,
        fix: () => {
          if (hasRootLocation) return undefined;
          const edit = insertAtBlockEnd(layoutOf(text), server.directive, [
            { head: 'location /', body: ['return 421;'] },
          ]);
          if (!edit) return undefined;
          return {
            title: 'Answer every request with 421 Misdirected Request',
            kind: 'safe',
            edits: [{ file, edits: [edit] }],
          };
        },
      });
    }
  },
});

function servesHttp2(server: EffectiveNode): boolean {
  const own = server.childrenNamed('http2');
  const explicit = own[own.length - 1]?.args[0]?.value;
  if (explicit === 'off') return false;
  if (serverListens(server).some((l) => l.http2)) return true;
  return inheritedDirective(server, 'http2')?.node.args[0]?.value === 'on';
}

/** A server-level `return 421` or a `location /` (any form gixy-ng accepts) that returns 421. */
function answers421(server: EffectiveNode): boolean {
  if (server.childrenNamed('return').some((r) => r.args[0]?.value === '421')) return true;
  return locationsOf(server).some(
    (l) =>
      l.pattern === '/' &&
      l.modifier !== '~' &&
      l.modifier !== '~*' &&
      l.node.childrenNamed('return').some((r) => r.args[0]?.value === '421'),
  );
}
