import { defineRule } from '../../server/src/engine/rule.ts';
import { blockHeadText } from '../../server/src/formats/nginx/conditions.ts';
import type { TextEdit } from '../../server/src/engine/types.ts';
import type { Directive, NginxFile } from '../../server/src/formats/nginx/ast.ts';
import {
  effectiveConfig,
  type EffectiveConfig,
  type EffectiveNode,
} from '../../server/src/formats/nginx/effective.ts';
import { effectiveArray } from '../../server/src/formats/nginx/headers.ts';
import { locationInfo } from '../../server/src/formats/nginx/locations.ts';
import {
  insertAtBlockStart,
  insertBefore,
  layoutOf,
} from '../../server/src/formats/nginx/semantics-insertion.ts';
import { refusesRequests } from '../../server/src/formats/nginx/semantics-php-locations.ts';
import { headRange } from '../../server/src/formats/nginx/semantics-tls-server.ts';
import { nodesNamed } from '../../server/src/formats/nginx/semantics-tree-index.ts';

/** Login endpoints of the applications the guides cover (Symfony/Chamilo 2, Drupal/CiviCRM, WordPress) and the usual names. */
const LOGIN =
  /(^|[/^\\(|])(login(_check)?|signin|sign-in|logon|wp-login\\?\.php|user\/login|civicrm\/login)(\b|$)/i;

const ZONE_NAME = 'login';
const ZONE = `limit_req_zone $binary_remote_addr zone=${ZONE_NAME}:10m rate=5r/m;`;
const LIMIT = `limit_req zone=${ZONE_NAME} burst=5 nodelay;`;

/** Whether a `limit_req_zone` named `login` is visible from the node (its tree or the nginx.conf above it). */
function hasLoginZone(node: EffectiveNode, config: EffectiveConfig): boolean {
  const named = (n: EffectiveNode) =>
    n.name === 'limit_req_zone' && n.args.some((a) => a.value.startsWith(`zone=${ZONE_NAME}:`));
  for (let p = node.parent; p; p = p.parent) if (p.childrenNamed('limit_req_zone').some(named)) return true;
  return nodesNamed(config, 'limit_req_zone').some(named);
}

/** Where the zone can be declared in the document: the `http` block holding the location, or before its top-level server (a sites file is read inside `http`). */
function zonePlace(
  location: EffectiveNode,
  doc: string,
): { http?: Directive; beforeServer?: Directive } | undefined {
  let server: EffectiveNode | undefined;
  for (let p = location.parent; p; p = p.parent) {
    if (p.name === 'server' && !server) server = p;
    if (p.name === 'http' && p.path === doc) return { http: p.directive };
  }
  if (server && server.path === doc && server.directive.parent === undefined)
    return { beforeServer: server.directive };
  return undefined;
}

/**
 * A login endpoint without `limit_req`: passwords can be guessed as fast as the network allows.
 * The guides ask for about five attempts before blocking (Symfony `login_throttling`, fail2ban);
 * nginx can enforce it per client address before the application even runs.
 */
export const loginRateLimit = defineRule<NginxFile>({
  meta: {
    id: 'nginx/login-rate-limit',
    format: 'nginx',
    severity: 'info',
    title: 'Login locations should be rate-limited',
    presets: ['strict'],
    messages: {
      noLimit:
        '`{{location}}` is a login endpoint without `limit_req`: passwords can be tried as fast as the network allows',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const doc = context.document.path;
    const config = effectiveConfig(context.ast, doc, context.workspace);
    const visit = (node: EffectiveNode): unknown => {
      if (node.directive.kind !== 'block') return false;
      if (node.name !== 'location' || node.path !== doc) return undefined;
      const info = locationInfo(node);
      if (!info || info.modifier === '@' || !LOGIN.test(info.pattern)) return undefined;
      if (refusesRequests(node) || node.childrenNamed('return').length > 0) return undefined;
      if (effectiveArray(node, 'limit_req').entries.length > 0) return undefined;
      const location = node;
      context.report({
        messageId: 'noLimit',
        data: { location: blockHeadText(location.directive) },
        range: headRange(location.directive),
        fix: () => {
          const layout = layoutOf(context.document.text);
          const edits: TextEdit[] = [];
          if (!hasLoginZone(location, config)) {
            const place = zonePlace(location, doc);
            if (!place) return undefined;
            const edit = place.http
              ? insertAtBlockStart(layout, place.http, [ZONE])
              : insertBefore(layout, place.beforeServer!, [ZONE]);
            if (!edit) return undefined;
            edits.push(edit);
          }
          const limit = insertAtBlockStart(layout, location.directive, [LIMIT]);
          if (!limit) return undefined;
          edits.push(limit);
          return {
            title: 'Limit login attempts with limit_req',
            kind: 'safe',
            edits: [{ file: doc, edits }],
          };
        },
      });
      return undefined;
    };
    for (const name of ['location']) for (const node of nodesNamed(config, name)) visit(node);
  },
});
