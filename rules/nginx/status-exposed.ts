import { defineRule } from '../../server/src/engine/rule.ts';
import type { Fix } from '../../server/src/engine/types.ts';
import type { Directive, NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import { serverListens } from '../../server/src/formats/nginx/listen.ts';
import { effectiveFastcgiParams, findEntry } from '../../server/src/formats/nginx/headers.ts';
import { locationInfo, type LocationInfo } from '../../server/src/formats/nginx/locations.ts';
import {
  isInternalLocation,
  patternMatches,
} from '../../server/src/formats/nginx/semantics-php-locations.ts';
import { sampleMatchesOfSource } from '../../server/src/formats/nginx/semantics-regex-samples.ts';
import {
  effectiveAccessRules,
  isDenyAll,
  satisfyAt,
  UNIVERSAL_ADDRESSES,
} from '../../server/src/formats/nginx/semantics-acl.ts';
import { authenticationAt } from '../../server/src/formats/nginx/semantics-restrictions.ts';
import {
  insertAfter,
  insertAtBlockStart,
  insertBefore,
  layoutOf,
} from '../../server/src/formats/nginx/semantics-insertion.ts';
import { contextualAnchor, relatedFor } from '../../server/src/formats/nginx/semantics-report-scope.ts';
import { enclosingBlock } from '../../server/src/formats/nginx/server-blocks.ts';
import { effectiveNodesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

/** Handlers that publish nginx's own state, and how a message names them. */
const STATUS_HANDLERS: Record<string, string> = {
  stub_status: '`stub_status`',
  // NGINX Plus: read-only by default, `api write=on` can change upstreams and key-value zones.
  api: 'The NGINX Plus `api`',
  status: 'The NGINX Plus `status`',
  // nginx-module-vts (third-party).
  vhost_traffic_status_display: '`vhost_traffic_status_display`',
};

/**
 * PHP-FPM's pool status page (`pm.status_path`): FPM answers it itself when the script name it is
 * sent equals that path. The paths the PHP-FPM documentation and the distributions use; `ping`
 * (`pm.ping.path`) only answers "pong" and is left out.
 */
/** PHP-FPM's ping paths (`pm.ping.path`), which a status location's regex may share. */
const PING_PATHS = ['/ping', '/fpm-ping', '/php-fpm-ping'];

const FPM_STATUS_PATH = /^\/(?:php[-_]?)?(?:fpm[-_]?)?status$/i;

/** Prometheus-style metrics endpoints served or proxied by a location of their own. */
const METRICS_URIS = new Set(['/metrics', '/metrics/']);

const HANDLER_LEVELS = new Set(['server', 'location']);

/**
 * Status pages and metrics endpoints reveal traffic, upstream addresses and (for the Plus API)
 * can change the configuration. Gixy-ng `status_page_exposed`, extended to the Plus API and
 * metrics locations: a handler is protected by a `deny all` after the trusted addresses, by
 * authentication, by `internal`, or by a server that only listens on the loopback or a socket.
 */
export const statusExposed = defineRule<NginxFile>({
  meta: {
    id: 'nginx/status-exposed',
    format: 'nginx',
    severity: 'warning',
    title: 'Status pages and metrics must be restricted to trusted addresses',
    presets: ['recommended', 'strict'],
    messages: {
      exposed:
        '{{what}} is reachable from any address: no `deny all` after the trusted addresses and no authentication protect it, so anyone can read the server\u2019s traffic and internals',
      allowAll:
        '{{what}} is reachable from any address: `{{rule}}` lets every client in before `deny all` is reached',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const text = context.document.text;
    const config = effectiveConfig(context.ast, file, context.workspace);
    const candidates = [...Object.keys(STATUS_HANDLERS), 'location'].flatMap((name) =>
      effectiveNodesNamed(config, name),
    );
    for (const node of candidates) {
      let what: string | undefined;
      let level: EffectiveNode | undefined;
      let sharedWithPing = false;
      if (
        Object.prototype.hasOwnProperty.call(STATUS_HANDLERS, node.name) &&
        node.directive.kind === 'simple'
      ) {
        // Content handlers only act in a server or location (elsewhere nginx -t refuses them and
        // nginx/wrong-context reports it): allow/deny written around them there would not help.
        if (node.parent && HANDLER_LEVELS.has(node.parent.name)) {
          what = STATUS_HANDLERS[node.name];
          level = node.parent;
        }
      } else if (node.name === 'location' && node.directive.kind === 'block') {
        const info = locationInfo(node);
        if (
          info &&
          (info.modifier === '' || info.modifier === '=' || info.modifier === '^~') &&
          METRICS_URIS.has(info.pattern)
        ) {
          what = `The metrics location \`${info.pattern}\``;
          level = node;
        } else if (info) {
          const status = fpmStatusPath(node, info);
          if (status) {
            what = `PHP-FPM's status page \`${status}\``;
            level = node;
            // `location ~ ^/(status|ping)$`: restricting it would also lock out the load
            // balancer's ping, which only answers "pong"; the page says to split the location.
            sharedWithPing = info.isRegex && PING_PATHS.some((path) => patternMatches(info, path));
          }
        }
      }
      // A snippet read alone has no location around its handler: its includers report it.
      if (!what || !level) continue;
      // A handler in a snippet that no nginx.conf places is judged where this file includes it.
      const anchor = contextualAnchor(node, file, context.workspace);
      if (!anchor) continue;
      const verdict = protection(level);
      if (verdict.protected) continue;
      const range =
        anchor !== node.directive
          ? anchor.range
          : node.name === 'location'
            ? { start: node.directive.nameRange.start, end: node.args[node.args.length - 1]!.range.end }
            : node.directive.range;
      context.report({
        messageId: verdict.allowAll ? 'allowAll' : 'exposed',
        data: verdict.allowAll ? { what, rule: verdict.allowAll } : { what },
        range,
        related: relatedFor(node, file, `${node.name} is here`),
        fix: sharedWithPing ? undefined : () => restrict(node === level ? undefined : anchor, level),
      });
    }

    /**
     * `allow 127.0.0.1; deny all;` where the handler's rules go (before `before`, the handler or
     * the `include` that brings it, else at the top of the level), or `deny all;` after rules that lack it.
     */
    function restrict(before: Directive | undefined, level: EffectiveNode): Fix | undefined {
      if (level.path !== file) return undefined;
      if (before && before.parent !== level.directive) return undefined;
      const layout = layoutOf(text);
      const own = level.children.filter((c) => c.name === 'allow' || c.name === 'deny');
      let edit;
      if (own.length === 0) {
        const items = ['allow 127.0.0.1;', 'deny all;'];
        edit = before
          ? insertBefore(layout, before, items)
          : insertAtBlockStart(layout, level.directive, items);
      } else {
        if (own.some((r) => r.name === 'allow' && UNIVERSAL_ADDRESSES.has(r.args[0]?.value ?? '')))
          return undefined;
        const last = own[own.length - 1]!;
        if (last.path !== file || last.directive.parent !== level.directive) return undefined;
        edit = insertAfter(layout, last.directive, ['deny all;']);
      }
      if (!edit) return undefined;
      return {
        title: own.length === 0 ? 'Allow only 127.0.0.1 (`allow 127.0.0.1; deny all;`)' : 'Add `deny all;`',
        kind: 'safe',
        edits: [{ file, edits: [edit] }],
      };
    }
  },
});

interface Verdict {
  protected: boolean;
  /** The `allow` rule that lets every address in, when that is the reason. */
  allowAll?: string;
}

function protection(level: EffectiveNode): Verdict {
  const location = enclosingBlock(level, 'location');
  // `internal` is inherited by nested locations (ngx_http_core_merge_loc_conf).
  if (location && isInternalLocation(location)) return { protected: true };
  const server = enclosingBlock(level, 'server');
  if (server && listensPrivately(server)) return { protected: true };
  const access = effectiveAccessRules(level);
  // ngx_http_access_module stops at the first rule that matches: the first universal rule decides for strangers.
  const firstUniversal = access?.rules.find((r) => UNIVERSAL_ADDRESSES.has(r.args[0]?.value ?? ''));
  const denied = firstUniversal !== undefined && isDenyAll(firstUniversal);
  const allowAll = firstUniversal && !denied ? `allow ${firstUniversal.args[0]!.value}` : undefined;
  const authenticated = authenticationAt(level) !== undefined;
  if (satisfyAt(level) === 'any') {
    // Either check lets a client in: an `allow` for everyone defeats the authentication.
    if (allowAll) return { protected: false, allowAll };
    return { protected: denied || authenticated };
  }
  if (denied || authenticated) return { protected: true };
  return allowAll ? { protected: false, allowAll } : { protected: false };
}

/**
 * The FPM status path a location sends to PHP-FPM, if any: a location with its own `fastcgi_pass`
 * whose script name (a fixed `SCRIPT_NAME`, else the request path: its exact or prefix URI, or
 * the sample matches of its regex) is a status path. A fixed `SCRIPT_FILENAME` naming a `.php`
 * file makes it a script of the application instead.
 */
function fpmStatusPath(location: EffectiveNode, info: LocationInfo): string | undefined {
  if (location.childrenNamed('fastcgi_pass').length === 0 || info.modifier === '@') return undefined;
  const params = effectiveFastcgiParams(location).entries;
  const filename = findEntry(params, 'SCRIPT_FILENAME')?.value ?? '';
  if (/\.php\d?$/i.test(filename)) return undefined;
  const scriptName = findEntry(params, 'SCRIPT_NAME')?.value;
  const candidates =
    scriptName !== undefined && !scriptName.includes('$')
      ? [scriptName]
      : info.isRegex
        ? sampleMatchesOfSource(info.pattern, info.modifier === '~*')
        : [info.pattern];
  return candidates.find((path) => FPM_STATUS_PATH.test(path));
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1)$/;

/** Every `listen` is a unix socket or a loopback address: only local clients can connect. */
function listensPrivately(server: EffectiveNode): boolean {
  const listens = serverListens(server);
  return listens.length > 0 && listens.every((l) => l.kind === 'unix' || LOOPBACK.test(l.host));
}
