import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig } from '../../server/src/formats/nginx/effective.ts';
import {
  SNAKEOIL_CERTIFICATE,
  servedCertificate,
} from '../../server/src/formats/nginx/semantics-certificates.ts';
import { ownNodesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

/**
 * A self-signed certificate is trusted by no browser: visitors get a full-page warning and
 * learn to click through warnings, which is what an attacker in the middle needs. The
 * Chamilo and CiviCRM guides: self-signed certificates scare users; use a CA-issued one
 * (Let's Encrypt is free).
 */
export const selfSignedCertificate = defineRule<NginxFile>({
  meta: {
    id: 'nginx/self-signed-certificate',
    format: 'nginx',
    severity: 'info',
    title: 'Serve a CA-issued certificate, not a self-signed one',
    presets: ['strict', 'chamilo', 'civicrm'],
    messages: {
      snakeoil:
        '`ssl_certificate` is the "snakeoil" certificate the ssl-cert package generates: it is self-signed, so browsers warn every visitor',
      selfSigned:
        '`ssl_certificate` serves a self-signed certificate ({{name}}): no browser trusts it, so every visitor gets a security warning',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const config = effectiveConfig(context.ast, file, context.workspace);
    for (const node of ownNodesNamed(config, 'ssl_certificate', file)) {
      const written = node.args[0]?.value;
      if (written === SNAKEOIL_CERTIFICATE) {
        context.report({ messageId: 'snakeoil', range: node.directive.range });
        continue;
      }
      const certificate = servedCertificate(node, config, context.workspace)?.certificate;
      if (!certificate?.selfSigned) continue;
      context.report({
        messageId: 'selfSigned',
        data: { name: certificate.name },
        range: node.directive.range,
        related: [
          {
            file: certificate.path,
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            message: `self-signed certificate for ${certificate.name}`,
          },
        ],
      });
    }
  },
});
