import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import { ownNodesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

/** Parameters of the block itself, not entries (ngx_http_map_module, ngx_http_geo_module). */
const MAP_KEYWORDS = new Set(['hostnames', 'volatile', 'include']);
const GEO_KEYWORDS = new Set(['ranges', 'delete', 'proxy', 'proxy_recursive', 'include']);

/**
 * A `map` or `geo` without `default` gives an empty value to everything no entry matches. When
 * the variable drives a security decision (`if ($blocked)`, `limit_req_zone $limit_key`,
 * `proxy_pass http://$backend`), a request nobody thought of silently gets the permissive empty
 * value. Gixy-ng `hash_without_default`: a `map` with a single entry is the usual idiom for
 * "this key, else empty" and is not reported.
 */
export const hashDefault = defineRule<NginxFile>({
  meta: {
    id: 'nginx/hash-default',
    format: 'nginx',
    severity: 'info',
    title: '`map` and `geo` blocks should set a `default` value',
    presets: ['strict'],
    messages: {
      noDefault:
        '`{{block}}` sets {{variable}} without a `default` entry: every value no entry matches gets an empty {{variable}}, which may bypass the check it feeds',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const config = effectiveConfig(context.ast, file, context.workspace);
    const blocks = [...ownNodesNamed(config, 'map', file), ...ownNodesNamed(config, 'geo', file)];
    for (const node of blocks) {
      if (node.directive.kind !== 'block' || !lacksDefault(node)) continue;
      const last = node.args[node.args.length - 1];
      context.report({
        messageId: 'noDefault',
        data: { block: node.name, variable: last?.value ?? '' },
        range: {
          start: node.directive.nameRange.start,
          end: last?.range.end ?? node.directive.nameRange.end,
        },
      });
    }
  },
});

function lacksDefault(block: EffectiveNode): boolean {
  const keywords = block.name === 'map' ? MAP_KEYWORDS : GEO_KEYWORDS;
  let entries = 0;
  for (const entry of block.children) {
    if (entry.name === 'default' && entry.args.length > 0) return false;
    if (!keywords.has(entry.name)) entries++;
  }
  // A map needs two entries or more to be reported; a geo always needs its default.
  return block.name === 'geo' || entries > 1;
}
