import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig } from '../../server/src/formats/nginx/effective.ts';
import {
  candidateHosts,
  isIpAddress,
  nameKnowledge,
  PASS_DIRECTIVES,
  passTarget,
} from '../../server/src/formats/nginx/semantics-resolvers.ts';
import { inheritedDirective } from '../../server/src/formats/nginx/server-blocks.ts';
import { ownNodesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

/**
 * A `*_pass` with a variable is evaluated per request, and a host name in it (not an
 * `upstream`, not an address) is resolved then, with the `resolver` directive's servers.
 * Without a `resolver` in scope nginx answers 502 and logs "no resolver defined to resolve …".
 * Gixy-ng `missing_resolver` (its variable case): only hosts whose values the configuration
 * gives (`set`, `map`, or a literal host next to a variable path) are judged.
 */
export const missingResolver = defineRule<NginxFile>({
  meta: {
    id: 'nginx/missing-resolver',
    format: 'nginx',
    severity: 'info',
    title: 'A `*_pass` resolved per request needs a `resolver`',
    presets: ['strict'],
    messages: {
      missing:
        '`{{directive}}` holds a variable, so nginx resolves `{{host}}` for each request, and no `resolver` is in scope: those requests fail with 502 ("no resolver defined")',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const config = effectiveConfig(context.ast, file, context.workspace);
    const passes = [...PASS_DIRECTIVES].flatMap((name) => ownNodesNamed(config, name, file));
    for (const node of passes) {
      const target = passTarget(node.args[0]?.value ?? '');
      if (!target || !target.dynamic || !node.parent) continue;
      if (inheritedDirective(node.parent, 'resolver')) continue;
      const knowledge = nameKnowledge(config);
      const hosts = candidateHosts(target.host, knowledge);
      if (!hosts) continue;
      const unresolvable = hosts.find((host) => {
        const lower = host.toLowerCase();
        if (lower === '' || isIpAddress(lower) || knowledge.upstreams.has(lower)) return false;
        // Read without its nginx.conf, a name without a dot may be an upstream declared elsewhere.
        return knowledge.complete || lower.includes('.');
      });
      if (unresolvable === undefined) continue;
      context.report({
        messageId: 'missing',
        data: { directive: node.name, host: unresolvable },
        range: node.directive.range,
      });
    }
  },
});
