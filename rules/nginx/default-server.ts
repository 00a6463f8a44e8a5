import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig } from '../../server/src/formats/nginx/effective.ts';
import { serverNames } from '../../server/src/formats/nginx/server-blocks.ts';
import { socketGroups, socketLabel } from '../../server/src/formats/nginx/semantics-sockets.ts';

/**
 * When several servers listen on one socket and none is `default_server`, nginx sends requests
 * for unknown host names (scanners, IP-address requests, a forgotten DNS name) to whichever
 * server it read first: adding a sites file, or renaming one, silently changes which
 * application answers them. Gixy-ng `default_server_flag`.
 */
export const defaultServer = defineRule<NginxFile>({
  meta: {
    id: 'nginx/default-server',
    format: 'nginx',
    severity: 'info',
    title: 'Servers sharing a listen socket should name their default server',
    presets: ['strict'],
    messages: {
      implicit:
        '{{count}} servers listen on {{socket}} and none is marked `default_server`: requests for other host names go to the first one read ({{first}}), which depends on file order',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const config = effectiveConfig(context.ast, file, context.workspace);
    for (const [key, group] of socketGroups(config)) {
      const servers = new Set(group.map((l) => l.server));
      if (servers.size < 2 || group.some((l) => l.info.defaultServer)) continue;
      const first = group[0]!;
      // Reported once, by the file holding the server nginx picks today.
      if (first.node.path !== file) continue;
      const name = serverNames(first.server)[0]?.value;
      const last = first.node.args[first.node.args.length - 1]!;
      context.report({
        messageId: 'implicit',
        data: {
          count: servers.size,
          socket: socketLabel(key),
          first: name ? `server_name ${name}` : 'a server without server_name',
        },
        range: first.node.directive.range,
        related: group.slice(1).map((l) => ({
          file: l.node.path,
          range: l.node.directive.range,
          message: 'also listens on this socket',
        })),
        fix: () => ({
          title: 'Mark this server `default_server` (what nginx already does implicitly)',
          kind: 'safe',
          edits: [
            {
              file,
              edits: [{ range: { start: last.range.end, end: last.range.end }, newText: ' default_server' }],
            },
          ],
        }),
      });
    }
  },
});
