import { defineRule } from '../../server/src/engine/rule.ts';
import { blockHeadText } from '../../server/src/formats/nginx/conditions.ts';
import type { FileEdit } from '../../server/src/engine/types.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import {
  headerInsertion,
  mergeRequiredFileEdits,
  restoreDropped,
} from '../../server/src/formats/nginx/semantics-header-insertion.ts';
import {
  declaringLevels,
  headerLevelsOf,
  headersAt,
  implicitTopLevel,
  lostHeaders,
  type TopLevel,
  declaresOwn,
} from '../../server/src/formats/nginx/semantics-header-levels.ts';
import { moreSetHeadersAt } from '../../server/src/formats/nginx/semantics-headers-more.ts';
import { luaMaySetHeader } from '../../server/src/formats/nginx/semantics-lua-headers.ts';
import { headersMayComeFromUnreadFile } from '../../server/src/formats/nginx/semantics-unread-includes.ts';
import {
  levelServesNoPage,
  plainHttpContent,
  servesAnyContent,
} from '../../server/src/formats/nginx/semantics-https-redirect.ts';
import {
  contextualAnchor,
  placedInSeveralServers,
  placementKey,
  relatedFor,
  serversOfEveryPlacement,
} from '../../server/src/formats/nginx/semantics-report-scope.ts';
import {
  requirementDirective,
  unmetRequirements,
  type HeaderRequirement,
  type RequirementCheck,
} from '../../server/src/formats/nginx/semantics-security-headers.ts';
import { servesTls } from '../../server/src/formats/nginx/listen.ts';
import { headRange, listensOnLoopbackOnly } from '../../server/src/formats/nginx/semantics-tls-server.ts';

interface Options {
  /** Require the legacy `X-XSS-Protection: 1; mode=block` (the Chamilo and CiviCRM guides). */
  xssProtection: boolean;
  /** Report a missing Content-Security-Policy (as info). */
  contentSecurityPolicy: boolean;
}

/** A fix shared by several findings, computed once (the linter asks each finding for its fix). */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [compute(), true];
    return value;
  };
}

/**
 * The response headers the security guides ask every page to carry, as nginx really sends
 * them (inheritance followed): `X-Content-Type-Options: nosniff`, `X-Frame-Options` (or a CSP
 * `frame-ancestors`), `Referrer-Policy` (warning), and a `Content-Security-Policy` (info: a
 * policy is written per application, so it has no automatic fix).
 */
export const securityHeadersMissing = defineRule<NginxFile, Options>({
  meta: {
    id: 'nginx/security-headers-missing',
    format: 'nginx',
    severity: 'warning',
    title: 'Responses must carry the security headers the guides require',
    presets: ['recommended', 'strict'],
    messages: {
      server: "This server's responses lack `{{header}}`",
      level: '`{{block}}` declares its own `add_header`, so its responses lack `{{header}}`',
      cleared: '`{{block}}` clears headers with `more_clear_headers`, so its responses lack `{{header}}`',
      csp: 'This server sends no `Content-Security-Policy`: a policy limits what an injected script can do',
      cspLevel:
        '`{{block}}` declares its own `add_header`, so its responses carry no `Content-Security-Policy`',
      cspCleared:
        '`{{block}}` clears headers with `more_clear_headers`, so its responses carry no `Content-Security-Policy`',
    },
    fixable: true,
    defaultOptions: { xssProtection: false, contentSecurityPolicy: true },
    optionSchema: {
      xssProtection: {
        type: 'boolean',
        description:
          'Also require `X-XSS-Protection: 1; mode=block` (legacy; the Chamilo and CiviCRM guides ask for it).',
      },
      contentSecurityPolicy: {
        type: 'boolean',
        description: 'Report a missing Content-Security-Policy (severity info).',
      },
    },
    presetOptions: { chamilo: { xssProtection: true }, civicrm: { xssProtection: true } },
  },
  check(context) {
    const doc = context.document.path;
    const config = effectiveConfig(context.ast, doc, context.workspace);
    const readText = (p: string) => (p === doc ? context.document.text : context.workspace.readText(p));
    const required: HeaderRequirement[] = ['nosniff', 'frame', 'referrer'];
    if (context.options.xssProtection) required.push('xss');

    const unmet = (level: EffectiveNode, wanted: readonly HeaderRequirement[], top: TopLevel | undefined) => {
      if (headersMayComeFromUnreadFile(level)) return [];
      const entries = headersAt(level, top).entries;
      const more = moreSetHeadersAt(level, top);
      // headers-more's lines are rare: the level's own list is read as it is without them.
      const checks = unmetRequirements(more.length === 0 ? entries : [...entries, ...more], wanted);
      return checks.filter((check) => !luaMaySetHeader(level, check.header));
    };

    /**
     * Edits that meet `wanted` at a level: headers the level drops are given back (the edit
     * nginx/header-inheritance proposes), wrong own values rewritten, missing ones added.
     */
    const fixAt = (
      level: EffectiveNode,
      wanted: readonly HeaderRequirement[],
      top: TopLevel | undefined,
    ): (FileEdit | undefined)[] => {
      const checks = unmet(level, wanted, top);
      const out: (FileEdit | undefined)[] = [];
      const lines: string[] = [];
      const skip = new Set<string>();
      const lost = lostHeaders(level, top);
      // A requirement the lost headers meet is met by giving them back.
      const restorable = (item: RequirementCheck) => unmetRequirements(lost, [item.requirement]).length === 0;
      if (checks.some(restorable)) out.push(restoreDropped(level, top, readText));
      for (const item of checks) {
        if (restorable(item)) continue;
        const line = requirementDirective(item.requirement);
        if (!line) continue;
        const wrong = item.wrong;
        if (wrong && wrong.level === level) {
          out.push({ file: wrong.node.path, edits: [{ range: wrong.node.directive.range, newText: line }] });
        } else {
          lines.push(line);
          skip.add(item.header.toLowerCase());
        }
      }
      if (lines.length > 0) out.push(headerInsertion({ level, lines, top, readText, skipInherited: skip }));
      return out;
    };

    const blockName = (level: EffectiveNode) => blockHeadText(level.directive);

    // One finding per missing header, so that fixing one leaves the others' findings unchanged.
    // A snippet's block placed in several servers is reported once per header, by its first placement that misses it.
    const reported = new Set<string>();
    const placed = serversOfEveryPlacement(config, doc, declaringLevels(config), context.workspace);
    for (const { node: server, config: serverConfig } of placed) {
      if (!servesAnyContent(server) || listensOnLoopbackOnly(server)) continue;
      // A plain-HTTP server that serves pages is nginx/http-without-redirect's finding: it should
      // redirect to HTTPS, where the headers are sent.
      if (!servesTls(server) && plainHttpContent(server, serverConfig) !== undefined) continue;
      const top = implicitTopLevel(serverConfig, context.workspace);
      const [serverLevel, ...inner] = headerLevelsOf(serverConfig, server);
      const atServer = unmet(serverLevel!, required, top);
      const missingAtServer = new Set(atServer.map((c) => c.requirement));
      // Every finding of a level gets the same fix (all its missing headers): "fix all" applies it once.
      const serverFix = once(() => {
        const wanted = atServer.map((c) => c.requirement);
        const edits = mergeRequiredFileEdits(
          // A snippet's block placed in several servers gets its own finding, without a fix.
          [
            serverLevel!,
            ...inner.filter((level) => !placedInSeveralServers(level, context.workspace)),
          ].flatMap((level) => fixAt(level, wanted, top)),
        );
        if (!edits || edits.length === 0) return undefined;
        return { title: 'Add the missing security headers with `always`', kind: 'safe' as const, edits };
      });
      // The file of the server block reports the server as a whole.
      const ownServer = server.path === doc;
      for (const item of ownServer ? atServer : []) {
        context.report({
          messageId: 'server',
          data: { header: item.shown },
          range: headRange(server.directive),
          fix: serverFix,
        });
      }
      const cspAtServer =
        context.options.contentSecurityPolicy && unmet(serverLevel!, ['csp'], top).length > 0;
      if (cspAtServer && ownServer)
        context.report({ messageId: 'csp', severity: 'info', range: headRange(server.directive) });

      for (const level of inner) {
        // A level whose every response is a redirect, an error, a 204 or another location's renders no page.
        if (levelServesNoPage(level, context.workspace)) continue;
        // Most levels lack nothing: asked before the anchor and the related locations are built.
        const lacking = unmet(level, required, top);
        if (lacking.length === 0 && !(context.options.contentSecurityPolicy && !cspAtServer)) continue;
        const anchor = contextualAnchor(level, doc, context.workspace);
        if (!anchor) continue;
        const related = relatedFor(level, doc, `${level.name} declared here`);
        const key = placementKey(level);
        const own = lacking.filter(
          (c) => !missingAtServer.has(c.requirement) && !reported.has(`${key}|${c.requirement}`),
        );
        for (const c of own) reported.add(`${key}|${c.requirement}`);
        const levelFix = once(() => {
          // A snippet's block in several servers would send one server's values from all of them.
          if (placedInSeveralServers(level, context.workspace)) return undefined;
          const edits = mergeRequiredFileEdits(
            fixAt(
              level,
              own.map((c) => c.requirement),
              top,
            ),
          );
          if (!edits || edits.length === 0) return undefined;
          return {
            title: `Add the missing security headers to this ${level.name}`,
            kind: 'safe' as const,
            edits,
          };
        });
        // A level that only clears headers (headers-more) did so on purpose, e.g. to let a page
        // be framed: what to send instead (a CSP frame-ancestors naming the framing site) is the
        // user's call, so such a finding has no fix.
        const clearsOnly = !declaresOwn(level);
        for (const item of own) {
          context.report({
            messageId: clearsOnly ? 'cleared' : 'level',
            data: { block: blockName(level), header: item.shown },
            range: headRange(anchor),
            related,
            ...(clearsOnly ? {} : { fix: levelFix }),
          });
        }
        if (
          context.options.contentSecurityPolicy &&
          !cspAtServer &&
          !reported.has(`${key}|csp`) &&
          unmet(level, ['csp'], top).length > 0
        ) {
          reported.add(`${key}|csp`);
          context.report({
            messageId: clearsOnly ? 'cspCleared' : 'cspLevel',
            severity: 'info',
            data: { block: blockName(level) },
            range: headRange(anchor),
            related,
          });
        }
      }
    }
  },
});
