import { defineRule } from '../../server/src/engine/rule.ts';
import { blockHeadText } from '../../server/src/formats/nginx/conditions.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import {
  headerInsertion,
  mergeRequiredFileEdits,
  mergeFileEdits,
  restoreDropped,
} from '../../server/src/formats/nginx/semantics-header-insertion.ts';
import {
  declaringLevels,
  headerLevelsOf,
  headersAt,
  implicitTopLevel,
  lostHeaders,
  sentHeader,
} from '../../server/src/formats/nginx/semantics-header-levels.ts';
import { moreSetHeadersAt } from '../../server/src/formats/nginx/semantics-headers-more.ts';
import { luaMaySetHeader } from '../../server/src/formats/nginx/semantics-lua-headers.ts';
import { headersMayComeFromUnreadFile } from '../../server/src/formats/nginx/semantics-unread-includes.ts';
import { hstsDirective, hstsPolicy, hstsValue } from '../../server/src/formats/nginx/semantics-hsts.ts';
import {
  contextualAnchor,
  relatedFor,
  placedInSeveralServers,
  placementKey,
  serversOfEveryPlacement,
} from '../../server/src/formats/nginx/semantics-report-scope.ts';
import { servesTls } from '../../server/src/formats/nginx/listen.ts';
import {
  closesWithoutResponse,
  refusesTlsHandshakes,
  headRange,
  listensOnLoopbackOnly,
} from '../../server/src/formats/nginx/semantics-tls-server.ts';

const HSTS = 'strict-transport-security';

/**
 * A TLS server without `Strict-Transport-Security`: the browser keeps trying plain HTTP first,
 * so the first request of every visit can be downgraded (RFC 6797; the Chamilo and CiviCRM
 * guides ask for `max-age=31536000; includeSubDomains`). The header is looked up as nginx
 * sends it: inherited from `http`, dropped by any level that declares its own `add_header`.
 */
export const hstsMissing = defineRule<NginxFile>({
  meta: {
    id: 'nginx/hsts-missing',
    format: 'nginx',
    severity: 'warning',
    title: 'HTTPS servers must send `Strict-Transport-Security`',
    presets: ['recommended', 'strict'],
    messages: {
      server:
        'This HTTPS server sends no `Strict-Transport-Security` header: browsers keep trying plain HTTP first, so a network attacker can downgrade the connection',
      level:
        "`{{block}}` declares its own `add_header`, so the server's `Strict-Transport-Security` header is not sent for its responses (add_header is not inherited by a level that declares one)",
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const doc = context.document.path;
    const config = effectiveConfig(context.ast, doc, context.workspace);
    const readText = (p: string) => (p === doc ? context.document.text : context.workspace.readText(p));
    const line = hstsDirective(hstsValue(hstsPolicy(context.config)));
    // A snippet's block placed in several servers is reported once, by its first placement that lacks HSTS.
    const reported = new Set<string>();
    const placed = serversOfEveryPlacement(config, doc, declaringLevels(config), context.workspace);
    for (const { node: server, config: serverConfig } of placed) {
      if (!servesTls(server) || listensOnLoopbackOnly(server) || closesWithoutResponse(server)) continue;
      // HSTS only counts over HTTPS; a server that refuses every handshake sends none.
      if (refusesTlsHandshakes(server)) continue;
      const top = implicitTopLevel(serverConfig, context.workspace);
      const [serverLevel, ...inner] = headerLevelsOf(serverConfig, server);
      const lacking = (level: EffectiveNode) =>
        !sentHeader([...headersAt(level, top).entries, ...moreSetHeadersAt(level, top)], HSTS) &&
        !headersMayComeFromUnreadFile(level) &&
        !luaMaySetHeader(level, HSTS);
      const innerLacking = inner.filter(lacking);
      if (lacking(serverLevel!)) {
        // The file of the server block reports the server as a whole.
        if (server.path !== doc) continue;
        // A snippet's block placed in several servers gets its own finding, without a fix.
        const targets = [
          serverLevel!,
          ...innerLacking.filter((level) => !placedInSeveralServers(level, context.workspace)),
        ];
        context.report({
          messageId: 'server',
          range: headRange(server.directive),
          fix: () => {
            const edits = mergeRequiredFileEdits(
              targets.map((level) => headerInsertion({ level, lines: [line], top, readText })),
            );
            if (!edits || edits.length === 0) return undefined;
            return { title: 'Add `add_header Strict-Transport-Security … always;`', kind: 'safe', edits };
          },
        });
        continue;
      }
      for (const level of innerLacking) {
        const anchor = contextualAnchor(level, doc, context.workspace);
        const key = placementKey(level);
        if (!anchor || reported.has(key)) continue;
        reported.add(key);
        context.report({
          messageId: 'level',
          data: { block: blockHeadText(level.directive) },
          range: headRange(anchor),
          related: relatedFor(level, doc, `${level.name} declared here`),
          fix: () => {
            // The server's header is dropped here: give the level back what it drops (the same
            // edit nginx/header-inheritance proposes), else the standard line.
            if (placedInSeveralServers(level, context.workspace)) return undefined;
            const restored = lostHeaders(level, top).some((e) => e.name.toLowerCase() === HSTS);
            const edit = restored
              ? restoreDropped(level, top, readText)
              : headerInsertion({ level, lines: [line], top, readText });
            const edits = mergeFileEdits([edit]);
            if (edits.length === 0) return undefined;
            return {
              title: `Send Strict-Transport-Security from this ${level.name} too`,
              kind: 'safe',
              edits,
            };
          },
        });
      }
    }
  },
});
