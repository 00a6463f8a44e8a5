import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import {
  effectiveConfig,
  walkEffective,
  type EffectiveNode,
} from '../../server/src/formats/nginx/effective.ts';
import { effectiveAccessRules, servingBlock } from '../../server/src/formats/nginx/semantics-acl.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';
import { rewriteFlag, rewriteRedirectsClient } from '../../server/src/formats/nginx/semantics-tls-server.ts';
import { blockHeadText } from '../../server/src/formats/nginx/conditions.ts';
import { matchLocation } from '../../server/src/formats/nginx/locations.ts';
import { keepsRestriction } from '../../server/src/formats/nginx/semantics-restrictions.ts';
import { isInternalLocation } from '../../server/src/formats/nginx/semantics-php-locations.ts';
import { isWithin, serverOf } from '../../server/src/formats/nginx/semantics-tree-index.ts';

/**
 * For `rewrite … last` in a location with its own access rules (osTicket's `location =
 * /api/tasks/cron { allow 192.0.2.25; deny all; rewrite ^ /api/http.php/tasks/cron last; }`):
 * the rewrite runs in the rewrite phase and nginx searches a location again for the new URI, so
 * the access phase runs in that location, with its rules, not these (checked on nginx 1.22.1).
 * The location the rewritten URI lands in, when it keeps neither these rules nor others as
 * strict. Only a fixed replacement is followed; `break` stays in the location.
 */
function rewrittenAway(node: EffectiveNode, level: EffectiveNode): EffectiveNode | undefined {
  if (node.name !== 'rewrite' || level.name !== 'location') return undefined;
  const flag = rewriteFlag(node);
  if (flag !== undefined && flag !== 'last') return undefined;
  const replacement = node.args[1]?.value ?? '';
  const path = replacement.split('?')[0]!;
  if (!path.startsWith('/') || path.includes('$')) return undefined;
  const server = serverOf(level);
  const target = server && matchLocation(server, path).location?.node;
  // A rewrite is an internal redirect: it enters an `internal` location too.
  if (!target || isWithin(target, level) || keepsRestriction(target, level, true)) return undefined;
  return target;
}

/**
 * Whether a `return`/`rewrite` answers the request itself in the rewrite phase: a `return`
 * with a status below 400 (content or a redirect), a `rewrite … redirect|permanent`, or a
 * rewrite to an absolute URL. Error statuses refuse anyway and are not a bypass.
 */
function answersEarly(node: EffectiveNode): boolean {
  if (node.name === 'return') {
    const [first, second] = node.args;
    if (first === undefined) return false;
    if (/^\d{3}$/.test(first.value)) return Number(first.value) < 400 && !upgradesToHttps(second?.value);
    return !upgradesToHttps(first.value);
  }
  if (node.name === 'rewrite') {
    return !upgradesToHttps(node.args[1]?.value) && rewriteRedirectsClient(node);
  }
  return false;
}

/**
 * A redirect of the same request to HTTPS (`https://$host$request_uri`): it hands out nothing the
 * client did not send, and the HTTPS server's own access rules decide there. This is what
 * nginx/http-without-redirect's fix writes into a plain-HTTP location.
 */
function upgradesToHttps(target: string | undefined): boolean {
  return (
    target !== undefined &&
    /^https:\/\/[^/]*(?:\$request_uri\??|\$uri\$is_args\$args|\$uri\?\$args)$/.test(target)
  );
}

/**
 * `location /admin { allow 10.0.0.0/8; deny all; return 200 "…"; }`: `return` runs in the
 * rewrite phase, before the access phase where `allow`/`deny` are checked, so everyone gets
 * the answer. The same holds for a `return` in an `if` of the block, in a nested location that
 * inherits the rules, and at server level. Gixy-ng `return_bypasses_allow_deny`.
 */
export const returnBypassesAllowDeny = defineRule<NginxFile>({
  meta: {
    id: 'nginx/return-bypasses-allow-deny',
    format: 'nginx',
    severity: 'warning',
    title: '`return` must not answer requests that `allow`/`deny` should filter',
    presets: ['recommended', 'strict'],
    messages: {
      bypass:
        '`{{directive}}` runs before the access rules of this `{{block}}` (`{{rule}}`): every client gets this answer, whatever its address',
      rewrite:
        '`rewrite … last` runs before the access rules of this `{{block}}` (`{{rule}}`) and sends the request to `{{target}}`, which does not apply them: clients this list refuses get through',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    if (
      fileDirectivesNamed(context.ast, 'return').length === 0 &&
      fileDirectivesNamed(context.ast, 'rewrite').length === 0
    )
      return;
    const config = effectiveConfig(context.ast, file, context.workspace);
    walkEffective(config, (node) => {
      if (node.path !== file || (node.name !== 'return' && node.name !== 'rewrite')) return;
      const block = servingBlock(node);
      // An `internal` location (or one nested in it) answers clients 404 before any rewrite.
      if (!block || (block.name === 'location' && isInternalLocation(block))) return;
      const access = effectiveAccessRules(block);
      const deny = access?.rules.find((r) => r.name === 'deny');
      if (!access || !deny) return;
      const early = answersEarly(node);
      // The rules of a level around the location apply wherever the rewritten URI lands in it; and
      // a bare `deny all` beside a rewrite (ILIAS's `location ^~ /data/`) refuses what the rewrite
      // does not route: only an address list (`allow …; deny all;`) is bypassed.
      const listed = access.level === block && access.rules.some((r) => r.name === 'allow');
      const target = early || !listed ? undefined : rewrittenAway(node, block);
      if (!early && !target) return;
      context.report({
        messageId: target ? 'rewrite' : 'bypass',
        data: {
          directive: node.name,
          block: access.level.name,
          rule: [deny.name, ...deny.args.map((a) => a.raw)].join(' '),
          target: target ? blockHeadText(target.directive) : '',
        },
        range: node.directive.range,
        related: [
          { file: deny.path, range: deny.directive.range, message: 'the access rule that is skipped' },
        ],
      });
    });
  },
});
