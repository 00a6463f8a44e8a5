import { defineRule } from '../../server/src/engine/rule.ts';
import type { Directive, NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { isMainConfig } from '../../server/src/formats/nginx/includes.ts';
import { defaultParse, parsedFileAt } from '../../server/src/formats/nginx/parse-cache.ts';
import { effectiveConfig } from '../../server/src/formats/nginx/effective.ts';
import { socketGroups, socketLabel } from '../../server/src/formats/nginx/semantics-sockets.ts';

/**
 * QUIC runs over UDP: without `reuseport` every worker reads one shared UDP socket, and the
 * packets of one QUIC connection reach whichever worker reads them first, which does not know
 * the connection. nginx's QUIC documentation pairs `quic` with `reuseport` so that the kernel
 * steers each connection to one worker. `reuseport` may appear only once per address:port;
 * with a single worker process (nginx's default) it does not matter.
 */
export const quicReuseport = defineRule<NginxFile>({
  meta: {
    id: 'nginx/quic-reuseport',
    format: 'nginx',
    severity: 'info',
    title: 'QUIC listen sockets should use `reuseport`',
    presets: ['strict'],
    messages: {
      missing:
        'No `listen {{socket}} quic` has `reuseport`: with several worker processes, packets of one QUIC connection reach workers that do not know it and HTTP/3 connections fail',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const config = effectiveConfig(context.ast, file, context.workspace);
    // One worker (nginx's default when the main configuration says nothing) has nobody to misroute packets to.
    if (singleWorker()) return;
    for (const [key, group] of socketGroups(config)) {
      if (!group[0]?.info.quic || group.some((l) => l.info.reuseport)) continue;
      const first = group[0];
      if (first.node.path !== file) continue;
      const last = first.node.args[first.node.args.length - 1]!;
      context.report({
        messageId: 'missing',
        data: { socket: socketLabel(key).replace(/ \(QUIC\)$/, '') },
        range: first.node.directive.range,
        fix: () => ({
          title: 'Add `reuseport` to this QUIC listen',
          kind: 'safe',
          edits: [
            {
              file,
              edits: [{ range: { start: last.range.end, end: last.range.end }, newText: ' reuseport' }],
            },
          ],
        }),
      });
    }

    function singleWorker(): boolean {
      let main: readonly Directive[] | undefined;
      if (isMainConfig(file, context.ast, context.workspace)) main = context.ast.directives;
      else if (config.placement)
        main = parsedFileAt(config.placement.mainPath, context.workspace, defaultParse)?.directives;
      if (!main) return false;
      const workers = main.filter((d) => d.name === 'worker_processes');
      const value = workers[workers.length - 1]?.args[0]?.value;
      return value === undefined || value === '1';
    }
  },
});
