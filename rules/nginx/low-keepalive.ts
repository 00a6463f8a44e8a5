import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

interface Options {
  minimum: number;
}

/**
 * `keepalive_requests` caps the requests served over one connection. Below 1000 (nginx's
 * default since 1.19.10), a page with many assets or an HTTP/2 client is forced to reconnect
 * again and again: extra TLS handshakes, and on some clients dropped requests. Gixy-ng
 * `low_keepalive_requests`.
 */
export const lowKeepalive = defineRule<NginxFile, Options>({
  meta: {
    id: 'nginx/low-keepalive',
    format: 'nginx',
    severity: 'info',
    title: '`keepalive_requests` should be at least 1000',
    presets: ['strict'],
    messages: {
      low: '`keepalive_requests {{requests}}` closes connections after {{requests}} requests: clients reconnect (and renegotiate TLS) far more often than with {{minimum}}, nginx\u2019s default',
    },
    fixable: true,
    defaultOptions: { minimum: 1000 },
    optionSchema: {
      minimum: {
        type: 'integer',
        minimum: 1,
        description: 'The smallest accepted value; the fix writes it.',
      },
    },
  },
  check(context) {
    const file = context.document.path;
    const minimum = Number(context.options.minimum) >= 1 ? Math.floor(Number(context.options.minimum)) : 1000;
    for (const directive of fileDirectivesNamed(context.ast, 'keepalive_requests')) {
      if (directive.kind !== 'simple') continue;
      const arg = directive.args[0];
      if (!arg || directive.args.length !== 1 || !/^\d{1,9}$/.test(arg.value)) continue;
      const value = Number(arg.value);
      if (value >= minimum) continue;
      context.report({
        messageId: 'low',
        data: { requests: value, minimum },
        range: directive.range,
        fix: () => ({
          title: `Set \`keepalive_requests ${minimum}\``,
          kind: 'safe',
          edits: [{ file, edits: [{ range: arg.range, newText: String(minimum) }] }],
        }),
      });
    }
  },
});
