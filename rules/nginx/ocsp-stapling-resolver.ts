import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig } from '../../server/src/formats/nginx/effective.ts';
import { servesTls } from '../../server/src/formats/nginx/listen.ts';
import { hostOf, isIpAddress, passTarget } from '../../server/src/formats/nginx/semantics-resolvers.ts';
import { inheritedDirective, serverBlocks } from '../../server/src/formats/nginx/server-blocks.ts';

/**
 * OCSP stapling makes nginx fetch the certificate's revocation status from the CA's responder
 * (a host name in the certificate) and send it in the handshake. nginx resolves that name with
 * the `resolver` directive; without one it logs "no resolver defined to resolve …" and never
 * staples. Gixy-ng `ssl_stapling_without_resolver`.
 */
export const ocspStaplingResolver = defineRule<NginxFile>({
  meta: {
    id: 'nginx/ocsp-stapling-resolver',
    format: 'nginx',
    severity: 'info',
    title: '`ssl_stapling on` needs a `resolver`',
    presets: ['strict'],
    messages: {
      noResolver:
        '`ssl_stapling on` without a `resolver` in scope: nginx cannot resolve the OCSP responder, so stapling silently never happens',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const config = effectiveConfig(context.ast, file, context.workspace);
    for (const server of serverBlocks(config)) {
      if (server.path !== file || !servesTls(server)) continue;
      const stapling = inheritedDirective(server, 'ssl_stapling');
      if (!stapling || stapling.node.args[0]?.value !== 'on') continue;
      // A stapled response read from a file, or a responder given as an address, needs no DNS.
      if (inheritedDirective(server, 'ssl_stapling_file')) continue;
      const responder = inheritedDirective(server, 'ssl_stapling_responder')?.node.args[0]?.value;
      const responderHost = responder ? passTarget(responder)?.host : undefined;
      if (responderHost && isIpAddress(hostOf(responderHost))) continue;
      if (inheritedDirective(server, 'resolver')) continue;
      const own = stapling.node.path === file && !stapling.inherited;
      context.report({
        messageId: 'noResolver',
        range: own ? stapling.node.directive.range : server.directive.nameRange,
        related: own
          ? []
          : [
              {
                file: stapling.node.path,
                range: stapling.node.directive.range,
                message: 'ssl_stapling is turned on here',
              },
            ],
      });
    }
  },
});
