import { defineRule } from '../../server/src/engine/rule.ts';
import { blockHeadText } from '../../server/src/formats/nginx/conditions.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import {
  effectiveConfig,
  walkEffective,
  type EffectiveNode,
} from '../../server/src/formats/nginx/effective.ts';
import { isInheritanceLevel, type InheritedEntry } from '../../server/src/formats/nginx/headers.ts';
import { lastAnchor } from '../../server/src/formats/nginx/semantics-header-insertion.ts';
import {
  arrayAt,
  declaresOwn,
  declaringLevels,
  implicitTopLevel,
  PROXY_SET_HEADER,
  type TopLevel,
} from '../../server/src/formats/nginx/semantics-header-levels.ts';
import {
  insertAfter,
  insertAtBlockStart,
  layoutOf,
} from '../../server/src/formats/nginx/semantics-insertion.ts';
import { contextualAnchor, relatedFor } from '../../server/src/formats/nginx/semantics-report-scope.ts';
import { copiedSources, headRange } from '../../server/src/formats/nginx/semantics-tls-server.ts';

/** Whether requests of the level (or of a location inside it that inherits its headers) are proxied. */
function proxies(level: EffectiveNode): boolean {
  let found = false;
  walkEffective(level.children, (node) => {
    if (found) return false;
    if (node.name === 'proxy_pass') found = true;
    if (node.directive.kind !== 'block') return false;
    // A nested level with its own proxy_set_header does not inherit this one's.
    return !(isInheritanceLevel(node) && declaresOwn(node, PROXY_SET_HEADER));
  });
  return found;
}

/** The outer `proxy_set_header`s the level no longer sends (first per name, non-empty, not re-declared). */
function lostProxyHeaders(level: EffectiveNode, top: TopLevel | undefined): InheritedEntry[] {
  const headers = arrayAt(level, PROXY_SET_HEADER, top);
  const present = new Set(headers.entries.map((e) => e.name.toLowerCase()));
  const lost = new Map<string, InheritedEntry>();
  for (const entry of headers.dropped) {
    const key = entry.name.toLowerCase();
    if (entry.value === '' || present.has(key) || lost.has(key)) continue;
    lost.set(key, entry);
  }
  return [...lost.values()];
}

/**
 * The `add_header` trap, for the headers nginx sends upstream: a location that declares one
 * `proxy_set_header` (say `Upgrade` for websockets) inherits none of the server's, so the
 * application stops receiving `X-Forwarded-Proto`, `X-Forwarded-For`, `X-Real-IP` or `Host` and
 * takes every request for a plain-HTTP one from the proxy's own address (insecure cookies,
 * redirects to http://, rate limits and audit logs keyed on the wrong client).
 */
export const proxyHeaderInheritance = defineRule<NginxFile>({
  meta: {
    id: 'nginx/proxy-header-inheritance',
    format: 'nginx',
    severity: 'warning',
    title: 'A block that declares `proxy_set_header` must repeat the ones it would inherit',
    presets: ['recommended', 'strict'],
    messages: {
      dropped:
        '`{{block}}` declares its own `proxy_set_header`, so nginx no longer sends the outer {{headers}} upstream (proxy_set_header is only inherited by levels that declare none)',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const doc = context.document.path;
    const config = effectiveConfig(context.ast, doc, context.workspace);
    const top = implicitTopLevel(config, context.workspace);
    const visit = (level: EffectiveNode): unknown => {
      if (level.directive.kind !== 'block') return false;
      if (!isInheritanceLevel(level) || level.name === 'http' || !declaresOwn(level, PROXY_SET_HEADER))
        return undefined;
      const lost = lostProxyHeaders(level, top);
      if (lost.length === 0 || !proxies(level)) return undefined;
      const anchor = contextualAnchor(level, doc, context.workspace);
      if (!anchor) return undefined;
      context.report({
        messageId: 'dropped',
        data: {
          block: blockHeadText(level.directive),
          headers: lost.map((e) => `\`${e.name}\``).join(', '),
        },
        range: headRange(level.path === doc ? level.directive : anchor),
        related: [
          ...relatedFor(level, doc, `${level.name} declared here`),
          ...lost.map((e) => ({
            file: e.node.path,
            range: e.node.directive.range,
            message: `${e.name} is set here, at an outer level`,
          })),
        ],
        fix: () => {
          const file = level.path;
          const text = file === doc ? context.document.text : context.workspace.readText(file);
          if (text === undefined) return undefined;
          const layout = layoutOf(text);
          const lines = copiedSources(lost.map((e) => e.node.directive));
          if (!lines) return undefined;
          const after = lastAnchor(level, file, (n) => n.name === 'proxy_set_header');
          const edit = after
            ? insertAfter(layout, after, lines)
            : insertAtBlockStart(layout, level.directive, lines);
          if (!edit) return undefined;
          return {
            title: `Repeat ${lost.map((e) => e.name).join(', ')} in this ${level.name}`,
            kind: 'safe',
            edits: [{ file, edits: [edit] }],
          };
        },
      });
      return undefined;
    };
    for (const level of declaringLevels(config, PROXY_SET_HEADER)) visit(level);
  },
});
