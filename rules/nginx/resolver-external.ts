import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';
import { isLocalNameServer } from '../../server/src/formats/nginx/semantics-resolvers.ts';

/**
 * nginx's resolver is a plain UDP stub: no DNSSEC, a 16-bit query id, no source-port
 * randomisation guarantees. Answers from a DNS server across the internet can be spoofed, and
 * a spoofed answer sends proxied requests (or OCSP queries) to the attacker's address (Gixy
 * `resolver_external`, after the nginx resolver vulnerabilities such as CVE-2021-23017).
 */
export const resolverExternal = defineRule<NginxFile>({
  meta: {
    id: 'nginx/resolver-external',
    format: 'nginx',
    severity: 'warning',
    title: '`resolver` must use a local or private DNS server',
    presets: ['recommended', 'strict'],
    messages: {
      external:
        '`resolver` queries {{servers}} across the internet: nginx\u2019s resolver does not validate answers, so a spoofed DNS reply can send proxied requests to an attacker',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    for (const directive of fileDirectivesNamed(context.ast, 'resolver')) {
      if (directive.kind !== 'simple') continue;
      const external = directive.args
        .map((a) => a.value)
        .filter((v) => !v.includes('=') && !isLocalNameServer(v));
      if (external.length > 0) {
        context.report({
          messageId: 'external',
          data: { servers: external.join(', ') },
          range: directive.range,
        });
      }
    }
  },
});
