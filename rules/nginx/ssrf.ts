import { defineRule } from '../../server/src/engine/rule.ts';
import type { RelatedLocation } from '../../server/src/engine/types.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import {
  effectiveConfig,
  type EffectiveConfig,
  type EffectiveNode,
} from '../../server/src/formats/nginx/effective.ts';
import { serverNames } from '../../server/src/formats/nginx/server-blocks.ts';
import { answersOtherNamesNever } from '../../server/src/formats/nginx/semantics-sockets.ts';
import { isInternalLocation } from '../../server/src/formats/nginx/semantics-php-locations.ts';
import { headRange } from '../../server/src/formats/nginx/semantics-tls-server.ts';
import { scriptParts, type ScriptPart } from '../../server/src/formats/nginx/semantics-taint-flow.ts';
import { nodesNamed, serverOf } from '../../server/src/formats/nginx/semantics-tree-index.ts';

/** Directives that open a connection to the URL they are given. */
const PASS_DIRECTIVES = new Set(['proxy_pass', 'grpc_pass']);

/** Whether the directive's location (or an enclosing one) is `internal`: only nginx itself can send requests there. */
function isInternal(node: EffectiveNode): boolean {
  return node.parent !== undefined && isInternalLocation(node.parent);
}

/**
 * The first variable of the URL's scheme or host that the client controls and that can spell a
 * host name (contains a `.`). The host ends at the first `/`, `?` or `#` of the literal text, or
 * at a variable that always holds a `/` (`$request_uri`): what follows is the path.
 */
function controlledHostVariable(parts: readonly ScriptPart[]): ScriptPart | undefined {
  const hasScheme = parts.some((p) => p.kind === 'literal' && p.text.includes('://'));
  let inScheme = hasScheme;
  for (const part of parts) {
    if (part.kind === 'literal') {
      let text = part.text;
      if (inScheme) {
        const at = text.indexOf('://');
        if (at === -1) continue;
        inScheme = false;
        text = text.slice(at + 3);
      }
      if (/[/?#]/.test(text)) return undefined;
      // A literal host with its port (`http://127.0.0.1:8000$suffix`, Laravel Octane's documented
      // `@octane`, whose `$suffix` is `?$query_string`): what follows can only lengthen the port,
      // which nginx then refuses, not name another host.
      if (/^[^@]+:\d+$/.test(text)) return undefined;
      continue;
    }
    const flow = part.flow;
    if (!flow) continue;
    if (flow.slash) {
      if (inScheme) continue;
      return undefined;
    }
    if (flow.clientControlled && flow.dot) return part;
  }
  return undefined;
}

/**
 * Whether `$host` can only be one of the server's own names: each name is exact (no `*`, no
 * leading `.`, no regex) and another server is the default of each of its sockets. nginx chooses
 * the server by the request's host, and `$host` is that host: a name the server does not list
 * goes to the default server instead. `proxy_pass http://$host…` then reaches the site's own
 * names, not a host the client chooses.
 */
function hostIsOwnName(node: EffectiveNode, config: EffectiveConfig): boolean {
  const server = serverOf(node);
  if (!server) return false;
  const names = serverNames(server);
  return (
    names.length > 0 &&
    names.every((name) => name.quote === null && /^[a-z0-9_][a-z0-9_.-]*$/i.test(name.value)) &&
    answersOtherNamesNever(server, config)
  );
}

/**
 * `proxy_pass` to a URL whose scheme or host comes from the request (`$host`, `$http_*`,
 * `$arg_*`, a regex capture of the URI): the server can be made to connect anywhere, including
 * the cloud metadata service and internal admin interfaces (SSRF). Gixy `ssrf`.
 */
export const ssrf = defineRule<NginxFile>({
  meta: {
    id: 'nginx/ssrf',
    format: 'nginx',
    severity: 'error',
    title: '`proxy_pass` must not send requests to a host the client chooses',
    presets: ['recommended', 'strict'],
    messages: {
      controlledHost:
        '`{{directive}}` connects to a host the client chooses: `{{variable}}` can hold any host name ({{reason}}), so nginx can be made to reach internal services (SSRF)',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    const doc = context.document.path;
    const config = effectiveConfig(context.ast, doc, context.workspace);
    const visit = (node: EffectiveNode): void => {
      if (!PASS_DIRECTIVES.has(node.name) || node.path !== doc) return;
      const target = node.args[0];
      if (!target || !target.value.includes('$') || isInternal(node)) return;
      const part = controlledHostVariable(scriptParts(target.value, node, { tree: config.nodes }));
      if (!part || part.kind !== 'variable' || !part.flow) return;
      if (part.ref.name === 'host' && !part.flow.provider && hostIsOwnName(node, config)) return;
      const related: RelatedLocation[] = [];
      const provider = part.flow.provider;
      if (provider && provider !== node)
        related.push({
          file: provider.path,
          range: headRange(provider.directive),
          message: `$${part.ref.name} comes from here`,
        });
      context.report({
        messageId: 'controlledHost',
        data: {
          directive: node.name,
          variable: `$${part.ref.name}`,
          reason: part.flow.reason.replace(/\.$/, ''),
        },
        range: target.range,
        related,
      });
    };
    for (const name of ['proxy_pass', 'grpc_pass']) for (const node of nodesNamed(config, name)) visit(node);
  },
});
