import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import { enabledSiteHttp } from '../../server/src/formats/nginx/semantics-header-levels.ts';
import { insertAtBlockStart, layoutOf } from '../../server/src/formats/nginx/semantics-insertion.ts';
import {
  blocksNamed,
  inheritedDirective,
  isInsideHttp,
  lastDirectiveIn,
  serverBlocks,
} from '../../server/src/formats/nginx/server-blocks.ts';
import { ownNodesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

/** Values that put the version in the `Server` header and on error pages (`build` adds the build name). */
const DISCLOSING = new Set(['on', 'build']);

/**
 * `server_tokens` defaults to `on`: every response's `Server` header and every error page name
 * the exact nginx version (Gixy `version_disclosure`). The place to turn it off once is `http`;
 * a sites file read without its nginx.conf can only turn it off in its own servers.
 */
export const serverTokens = defineRule<NginxFile>({
  meta: {
    id: 'nginx/server-tokens',
    format: 'nginx',
    severity: 'info',
    title: 'Do not disclose the nginx version (`server_tokens off`)',
    presets: ['strict'],
    messages: {
      enabled:
        '`server_tokens {{setting}}` puts the nginx version in the Server header and on error pages, telling attackers which vulnerabilities to try',
      missingInHttp:
        'This `http` block does not set `server_tokens off`: its servers send the nginx version (the default is `on`)',
      missingInServer:
        'This server does not set `server_tokens off`: it sends the nginx version in the Server header and on error pages (the default is `on`)',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const text = context.document.text;
    const config = effectiveConfig(context.ast, file, context.workspace);
    const insertOff = (block: EffectiveNode) => () => {
      const edit = insertAtBlockStart(layoutOf(text), block.directive, ['server_tokens off;']);
      if (!edit) return undefined;
      return {
        title: `Add \`server_tokens off;\` to this \`${block.name}\` block`,
        kind: 'safe' as const,
        edits: [{ file, edits: [edit] }],
      };
    };

    for (const node of ownNodesNamed(config, 'server_tokens', file)) {
      const arg = node.args[0];
      if (!arg || !DISCLOSING.has(arg.value.toLowerCase())) continue;
      context.report({
        messageId: 'enabled',
        data: { setting: arg.value },
        range: node.directive.range,
        fix: () => ({
          title: 'Set `server_tokens off`',
          kind: 'safe',
          edits: [{ file, edits: [{ range: arg.range, newText: 'off' }] }],
        }),
      });
    }

    const https = blocksNamed(config, 'http').filter((h) => h.path === file);
    for (const http of https) {
      if (lastDirectiveIn(http, 'server_tokens')) continue;
      const servers = serverBlocks(config).filter((s) => isWithin(s, http));
      // Every server turning it off itself leaves nothing to the http default.
      if (servers.length > 0 && servers.every((s) => lastDirectiveIn(s, 'server_tokens'))) continue;
      context.report({ messageId: 'missingInHttp', range: http.directive.nameRange, fix: insertOff(http) });
    }
    if (https.length > 0) return;

    // A Debian sites-available file whose sites-enabled/ link nginx.conf includes: that
    // nginx.conf's http block is its level, reported (and fixed) there.
    if (enabledSiteHttp(file, context.workspace)) return;
    // A sites file read alone: its servers have no known http level to inherit `off` from.
    for (const server of serverBlocks(config)) {
      if (server.path !== file || isInsideHttp(server)) continue;
      if (inheritedDirective(server, 'server_tokens')) continue;
      context.report({
        messageId: 'missingInServer',
        range: server.directive.nameRange,
        fix: insertOff(server),
      });
    }
  },
});

function isWithin(node: EffectiveNode, ancestor: EffectiveNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
