import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import { ownNodesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

/**
 * Each connection a worker holds is a file descriptor, two when it proxies (client and
 * upstream), plus the files it serves and its logs. `worker_connections` beyond the process's
 * descriptor limit fails under load with "Too many open files" (accept stops, 500s), exactly
 * when the server is busiest. `worker_rlimit_nofile` raises the limit per worker. Gixy-ng
 * `worker_rlimit_nofile_vs_connections`: at least twice `worker_connections`.
 */
export const workerLimits = defineRule<NginxFile>({
  meta: {
    id: 'nginx/worker-limits',
    format: 'nginx',
    severity: 'info',
    title: '`worker_rlimit_nofile` should be at least twice `worker_connections`',
    presets: ['strict'],
    messages: {
      missing:
        '`worker_connections {{connections}}` without `worker_rlimit_nofile`: workers inherit the system\u2019s descriptor limit (often 1024) and fail with "Too many open files" under load; set it to at least {{needed}}',
      tooLow:
        '`worker_rlimit_nofile {{limit}}` is less than twice `worker_connections {{connections}}`: a proxying worker needs two descriptors per connection; set it to at least {{needed}}',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const config = effectiveConfig(context.ast, file, context.workspace);
    for (const node of ownNodesNamed(config, 'worker_connections', file)) {
      const count = integerArg(node);
      if (count === undefined) continue;
      const main = mainLevel(node);
      if (!main) continue;
      const limits = main.filter((n) => n.name === 'worker_rlimit_nofile');
      const limitNode = limits[limits.length - 1];
      const needed = count * 2;
      if (!limitNode) {
        context.report({
          messageId: 'missing',
          data: { connections: count, needed },
          range: node.directive.range,
        });
        continue;
      }
      const limit = integerArg(limitNode);
      if (limit === undefined || limit >= needed) continue;
      context.report({
        messageId: 'tooLow',
        data: { limit, connections: count, needed },
        range: node.directive.range,
        related:
          limitNode.path === file
            ? []
            : [
                {
                  file: limitNode.path,
                  range: limitNode.directive.range,
                  message: 'worker_rlimit_nofile is set here',
                },
              ],
      });
    }

    /** The main-context directives around a worker_connections, when this tree holds them. */
    function mainLevel(node: EffectiveNode): readonly EffectiveNode[] | undefined {
      const events = node.parent;
      if (!events) return config.placement ? undefined : config.nodes;
      if (events.name !== 'events' || events.parent) return undefined;
      return events.path === file && !config.placement ? config.nodes : undefined;
    }
  },
});

function integerArg(node: EffectiveNode): number | undefined {
  const value = node.args[0]?.value;
  return value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}
