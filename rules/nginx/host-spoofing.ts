import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';
import { variableTaint } from '../../server/src/formats/nginx/variables.ts';

/** `$http_host`, `$http_x_forwarded_host`… or a query argument: a Host value nginx never checked against its server names. */
function spoofableHost(value: string): string | undefined {
  const m = /^\$\{?(\w+)\}?$/.exec(value.trim());
  if (!m) return undefined;
  const name = m[1]!;
  if (name.startsWith('arg_')) return `$${name}`;
  return variableTaint(name)?.clientHost && name !== 'host' ? `$${name}` : undefined;
}

/**
 * `proxy_set_header Host $http_host;` passes the client's Host header as it came, where `$host`
 * is the name nginx matched (lower-cased, without port, the server name when the header is
 * missing). The application then builds password-reset links and redirects from a value the
 * client chose (host header poisoning). Gixy `host_spoofing`.
 */
export const hostSpoofing = defineRule<NginxFile>({
  meta: {
    id: 'nginx/host-spoofing',
    format: 'nginx',
    severity: 'warning',
    title: 'Pass `$host`, not the raw Host header, to the upstream',
    presets: ['recommended', 'strict'],
    messages: {
      rawHost:
        '`proxy_set_header Host {{variable}}` passes a Host value the client chose unchecked: the application may build links and redirects from it (use `$host`)',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    for (const directive of fileDirectivesNamed(context.ast, 'proxy_set_header')) {
      const [name, value] = directive.args;
      if (!name || !value || name.value.toLowerCase() !== 'host') continue;
      const variable = spoofableHost(value.value);
      if (!variable) continue;
      context.report({
        messageId: 'rawHost',
        data: { variable },
        range: value.range,
        fix: () => ({
          title: 'Use `$host`',
          kind: 'safe',
          edits: [{ file, edits: [{ range: value.range, newText: '$host' }] }],
        }),
      });
    }
  },
});
