import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { isDataBlock } from '../../server/src/formats/nginx/directives.ts';
import { walkDirectives } from '../../server/src/formats/nginx/walk.ts';

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
    const tops = context.ast.dump
      ? context.ast.dump.flatMap((part) => part.directives)
      : context.ast.directives;
    walkDirectives(tops, (directive) => {
      if (directive.kind === 'block' && isDataBlock(directive.name)) return false;
      if (directive.name !== 'keepalive_requests' || directive.kind !== 'simple') return undefined;
      const arg = directive.args[0];
      if (!arg || directive.args.length !== 1 || !/^\d{1,9}$/.test(arg.value)) return undefined;
      const value = Number(arg.value);
      if (value >= minimum) return undefined;
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
      return undefined;
    });
  },
});
