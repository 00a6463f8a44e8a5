import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { blockHeadText } from '../../server/src/formats/nginx/conditions.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import {
  accessRulesIn,
  isDenyAll,
  satisfyDirectiveAt,
} from '../../server/src/formats/nginx/semantics-acl.ts';
import { authenticationAt } from '../../server/src/formats/nginx/semantics-restrictions.ts';
import { insertBefore, layoutOf } from '../../server/src/formats/nginx/semantics-insertion.ts';
import { effectiveNodesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';
import { hasOwnPlacement, placementsOf } from '../../server/src/formats/nginx/semantics-report-scope.ts';
import {
  isInternalLocation,
  refusalBeforeAccess,
} from '../../server/src/formats/nginx/semantics-php-locations.ts';

/**
 * `satisfy any` lets a request in when either the access rules or authentication allow it, and
 * nested locations inherit it. A `deny all` written in such a location to refuse everybody
 * (phpMyAdmin's `setup/` and `libraries/`, a backup folder) then refuses only clients without
 * the password: anyone who logs in gets the files, served as they are (PHP source included).
 * https://nginx.org/en/docs/http/ngx_http_core_module.html#satisfy
 */
export const satisfyAnyDeny = defineRule<NginxFile>({
  meta: {
    id: 'nginx/satisfy-any-deny',
    format: 'nginx',
    severity: 'warning',
    title: '`deny all` must not be weakened by an inherited `satisfy any`',
    presets: ['recommended', 'strict'],
    messages: {
      weakened:
        '`deny all` in `{{block}}` only refuses clients without a password: it inherits `satisfy any` from `{{outer}}`, so anyone who passes `{{auth}}` gets in',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const doc = context.document.path;
    const config = effectiveConfig(context.ast, doc, context.workspace);
    // Without a `satisfy any` in the tree, and no other file that places this one under its
    // own blocks, no deny can be weakened: most configurations have no `satisfy` at all.
    const anySatisfy = effectiveNodesNamed(config, 'satisfy').some((s) => s.args[0]?.value === 'any');
    if (!anySatisfy && !hasOwnPlacement(doc, context.workspace)) return;
    for (const location of effectiveNodesNamed(config, 'location')) {
      if (location.path !== doc || location.directive.kind !== 'block') continue;
      const rules = accessRulesIn(location);
      const deny = rules[0];
      if (!deny || !isDenyAll(deny) || deny.path !== doc) continue;
      // `internal` (checked when the location is chosen) and `return 404` (rewrite phase) refuse
      // before the access phase: `satisfy any` never comes into play.
      if (refusalBeforeAccess(location) || isInternalLocation(location)) continue;
      // A snippet included twice (at server level, then in an admin block with `satisfy any`)
      // is judged in each of its placements.
      let weakened: { satisfy: EffectiveNode; auth: EffectiveNode } | undefined;
      for (const placed of placementsOf(location, context.workspace)) {
        const satisfy = inheritedSatisfy(placed);
        const auth = authenticationAt(placed);
        if (satisfy?.args[0]?.value === 'any' && auth) {
          weakened = { satisfy, auth };
          break;
        }
      }
      if (!weakened) continue;
      const { satisfy, auth } = weakened;
      context.report({
        messageId: 'weakened',
        data: {
          block: blockHeadText(location.directive),
          outer: blockHeadText(satisfy.parent!.directive),
          auth: blockHeadText(auth.directive),
        },
        range: deny.directive.range,
        related: [
          { file: satisfy.path, range: satisfy.directive.range, message: 'the inherited `satisfy any`' },
          {
            file: auth.path,
            range: auth.directive.range,
            message: 'the authentication that lets clients in',
          },
        ],
        fix: () => ({
          title: 'Add `satisfy all;`: the location then refuses everybody',
          kind: 'safe',
          edits: [
            {
              file: doc,
              edits: [insertBefore(layoutOf(context.document.text), deny.directive, ['satisfy all;'])],
            },
          ],
        }),
      });
    }
  },
});

/**
 * The `satisfy` an outer level gives the location, when the location declares none itself: a
 * `satisfy any` written beside the `deny all` is the author's own choice.
 */
function inheritedSatisfy(location: EffectiveNode): EffectiveNode | undefined {
  if (location.childrenNamed('satisfy').length > 0 || !location.parent) return undefined;
  return satisfyDirectiveAt(location.parent);
}
