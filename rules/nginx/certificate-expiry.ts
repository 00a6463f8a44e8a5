import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig } from '../../server/src/formats/nginx/effective.ts';
import { servedCertificate } from '../../server/src/formats/nginx/semantics-certificates.ts';
import { ownNodesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

interface Options {
  warnDays: number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * An expired (or not yet valid) certificate makes every browser refuse the site; one that
 * expires soon will, unless renewal works. The guides: certificates expire and must be renewed.
 * Only certificates kept in the workspace can be read.
 */
export const certificateExpiry = defineRule<NginxFile, Options>({
  meta: {
    id: 'nginx/certificate-expiry',
    format: 'nginx',
    severity: 'error',
    title: 'Served certificates must be valid and not about to expire',
    presets: ['recommended', 'strict'],
    messages: {
      expired:
        'The certificate of `ssl_certificate` ({{name}}) expired on {{date}}: browsers refuse the connection',
      notYetValid:
        'The certificate of `ssl_certificate` ({{name}}) is not valid before {{date}}: browsers refuse the connection',
      expiresSoon:
        'The certificate of `ssl_certificate` ({{name}}) expires on {{date}}, in {{days}} day(s): renew it before browsers refuse the connection',
    },
    fixable: false,
    defaultOptions: { warnDays: 30 },
    optionSchema: {
      warnDays: {
        type: 'integer',
        minimum: 0,
        description: 'Warn when a certificate expires within this many days.',
      },
    },
  },
  check(context) {
    const file = context.document.path;
    const warnDays = Number(context.options.warnDays) >= 0 ? Number(context.options.warnDays) : 30;
    const config = effectiveConfig(context.ast, file, context.workspace);
    const now = Date.now();
    for (const node of ownNodesNamed(config, 'ssl_certificate', file)) {
      const certificate = servedCertificate(node, config, context.workspace)?.certificate;
      if (!certificate) continue;
      const related = [
        {
          file: certificate.path,
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          message: `certificate for ${certificate.name}`,
        },
      ];
      const name = certificate.name;
      const to = certificate.validTo.getTime();
      if (to <= now) {
        context.report({
          messageId: 'expired',
          data: { name, date: isoDate(to) },
          range: node.directive.range,
          related,
        });
      } else if (certificate.validFrom.getTime() > now) {
        context.report({
          messageId: 'notYetValid',
          data: { name, date: isoDate(certificate.validFrom.getTime()) },
          range: node.directive.range,
          related,
        });
      } else if (to - now < warnDays * DAY) {
        context.report({
          messageId: 'expiresSoon',
          data: { name, date: isoDate(to), days: Math.ceil((to - now) / DAY) },
          range: node.directive.range,
          severity: 'warning',
          related,
        });
      }
    }
  },
});

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
