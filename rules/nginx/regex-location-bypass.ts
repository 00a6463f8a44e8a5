import { defineRule } from '../../server/src/engine/rule.ts';
import type { Fix, TextEdit } from '../../server/src/engine/types.ts';
import type { Directive, NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { blockHeadText } from '../../server/src/formats/nginx/conditions.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import { locationInfo } from '../../server/src/formats/nginx/locations.ts';
import { patternMatches } from '../../server/src/formats/nginx/semantics-php-locations.ts';
import { layoutOf, type TextLayout } from '../../server/src/formats/nginx/semantics-insertion.ts';
import {
  enclosingFolder,
  entryScripts,
  locationBypass,
  PROBE_BUDGET,
  type LocationBypass,
} from '../../server/src/formats/nginx/semantics-location-bypass.ts';
import {
  contextualAnchor,
  relatedFor,
  placementsIn,
  serversReportedBy,
} from '../../server/src/formats/nginx/semantics-report-scope.ts';
import { ownRestriction, type Restriction } from '../../server/src/formats/nginx/semantics-restrictions.ts';
import {
  nodesNamed,
  locationsOfServer,
  serverOf,
} from '../../server/src/formats/nginx/semantics-tree-index.ts';
import { answersWithoutContent, headRange } from '../../server/src/formats/nginx/semantics-tls-server.ts';
import { uploadDirectoryTest } from '../../server/src/formats/nginx/semantics-upload-paths.ts';
import { rewriteTarget } from '../../server/src/formats/nginx/semantics-if-flow.ts';

/**
 * A location that refuses or restricts requests (`deny all`, `allow …; deny all;`, `auth_basic`,
 * `internal`, `return 403`) protects nothing that a regex location takes first: nginx tries the
 * regex locations after the longest prefix (unless it has `^~`) and in file order, and only the
 * chosen location's access rules and authentication apply. The rule asks nginx's location choice
 * for scripts under the restricted location (`/admin/index.php`, `/vendor/x.php`) and reports when
 * a regex location passes them to a backend with no restriction at all.
 */
export const regexLocationBypass = defineRule<NginxFile>({
  meta: {
    id: 'nginx/regex-location-bypass',
    format: 'nginx',
    severity: 'warning',
    title: 'A restricted location must not leave its scripts to a regex location',
    presets: ['recommended', 'strict'],
    messages: {
      outerLevel:
        '`{{location}}` restricts access (`{{restriction}}`), but `^~` only stops the regex locations of its own level: nginx gives `{{uri}}` to `{{regex}}`, a regex location of an outer level, which passes it to its backend without that restriction',
      prefix:
        '`{{location}}` restricts access (`{{restriction}}`), but nginx gives `{{uri}}` to `{{regex}}`: a regex location wins over a prefix location without `^~`, and it passes the request to its backend without that restriction',
      ifNested:
        '`{{location}}` refuses other addresses with `{{restriction}}`, but nginx gives `{{uri}}` to `{{regex}}`, nested in it: an `if` runs only in the location nginx chose, so the nested location passes the request to its backend without that check',
      staticFile:
        '`{{location}}` refuses every request (`{{restriction}}`), but nginx gives the file `{{uri}}` to `{{regex}}`: a regex location wins over a prefix location without `^~`, and it serves the file to anybody',
      proxiedPathInfo:
        '`{{location}}` restricts access (`{{restriction}}`), but nginx gives `{{uri}}` to `{{regex}}`, whose `try_files` hands the missing file to a proxy: a backend such as Apache runs `{{script}}` with the rest as path info, without that restriction',
      staticFileOrder:
        '`{{location}}` refuses every request (`{{restriction}}`), but `{{regex}}` comes first and takes the file `{{uri}}`: regex locations are tried in file order, and it serves the file to anybody',
      order:
        '`{{location}}` restricts access (`{{restriction}}`), but `{{regex}}` comes first and takes `{{uri}}`: regex locations are tried in file order, and it passes the request to its backend without that restriction',
      fallback:
        '`{{location}}` restricts access (`{{restriction}}`), but its `try_files` falls back to `{{uri}}`, and nginx gives that request to `{{regex}}`, which runs it without that restriction',
      routeFallback:
        '`{{location}}` restricts access (`{{restriction}}`), but nginx gives `{{uri}}` to `{{regex}}`, whose {{handOff}} hands it to the front controller `{{chosen}}` without that restriction',
      index:
        '`{{location}}` restricts access (`{{restriction}}`), but nginx sends a request for the folder to its index script `{{uri}}`, and gives that request to `{{regex}}`, which runs it without that restriction',
      frontController:
        '`{{location}}` restricts access (`{{restriction}}`), but its pages come from `{{script}}`, and nginx gives `{{uri}}` to `{{regex}}`, which runs `{{script}}` with the route as path info without that restriction',
      routedFallback:
        '`{{location}}` restricts access (`{{restriction}}`), but its pages come from `{{script}}`: nginx gives `{{uri}}` to `{{chosen}}`, whose {{fallback}} `{{script}}`, and `{{regex}}` runs it without that restriction; the application strips the script name from the path and serves the route',
      trailingSlash:
        '`{{location}}` restricts access (`{{restriction}}`), but nginx gives `{{uri}}` to `{{chosen}}`, whose `try_files` falls back to `{{script}}`, and `{{regex}}` runs it without that restriction; Laravel trims the trailing slash and serves the route',
      errorPageRedirect:
        '`{{location}}` restricts access (`{{restriction}}`), but its pages come from `{{script}}`: nginx gives `{{uri}}` to `{{chosen}}`, which answers 404, and `{{errorPage}}` sends the request to `{{regex}}` by internal redirect; `{{script}}` then runs without that restriction and reads the route from the original request URI',
      errorPage:
        '`{{location}}` restricts access (`{{restriction}}`), but its pages come from `{{script}}`: nginx gives `{{uri}}` to `{{regex}}`, whose `internal` refuses it with a 404, and `{{errorPage}}` sends the request back there by internal redirect; `{{script}}` then runs without that restriction and reads the route from the original request URI',
      pathInfo:
        '`{{location}}` restricts access (`{{restriction}}`), but nginx gives `{{uri}}` to `{{regex}}`, which splits off the path info and runs `{{script}}` without that restriction',
      nested:
        '`{{location}}` restricts access (`{{restriction}}`), but nginx gives `{{uri}}` to `{{regex}}` in `{{outer}}`: the regex locations nested in the longest matching prefix are tried first, and it passes the request to its backend without that restriction',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const doc = context.document.path;
    const config = effectiveConfig(context.ast, doc, context.workspace);

    const restrictedHere = nodesNamed(config, 'location').filter(
      (node) => node.path === doc && ownRestriction(node) !== undefined,
    );
    // A snippet included in several servers is asked in each (Bitnami's `bitnami/*.conf` drop-ins go
    // into every server block; the first is nginx.conf's status server, where no location takes
    // the drop-in's script: blind case bitnami-matomo--ui-office-only-dropin). One report a location.
    const servers = new Set(serversReportedBy(config, doc, restrictedHere));
    for (const level of restrictedHere)
      for (const placed of placementsIn(config, level, doc, context.workspace)) {
        const server = serverOf(placed.node);
        if (server) servers.add(server);
      }
    const reported = new Set<Directive>();
    for (const server of servers) {
      // A server-level catch-all rewrite is no reason to stay silent: the restricted location is
      // then never chosen, and its routes reach the front controller unrestricted (review).
      if (answersWithoutContent(server)) continue;
      const isUploadDirectory = uploadDirectoryTest(context.config.uploadPaths, server, context.workspace);
      const budget = { left: PROBE_BUDGET };
      for (const location of locationsOfServer(server)) {
        const restriction = ownRestriction(location);
        if (!restriction || isCatchAllRefusal(location, restriction)) continue;
        const anchor = contextualAnchor(location, doc, context.workspace);
        if (!anchor) continue;
        if (reported.has(location.directive)) continue;
        const bypass = locationBypass(server, location, isUploadDirectory, context.workspace, budget);
        if (!bypass) continue;
        reported.add(location.directive);
        const outer = bypass.regex.parent;
        const nested = outer !== location.parent && outer?.name === 'location';
        const isRegex = locationInfo(location)?.isRegex === true;
        context.report({
          messageId: bypass.errorPage
            ? bypass.refusedBy
              ? 'errorPageRedirect'
              : 'errorPage'
            : bypass.via !== 'probe'
              ? bypass.via
              : bypass.uri !== bypass.script
                ? 'pathInfo'
                : nested
                  ? 'nested'
                  : isRegex
                    ? 'order'
                    : locationInfo(location)?.modifier === '^~'
                      ? 'outerLevel'
                      : 'prefix',
          data: {
            location: blockHeadText(location.directive),
            restriction: blockHeadText(restriction.node.directive),
            uri: bypass.uri,
            script: bypass.script,
            regex: blockHeadText(bypass.regex.directive),
            outer: nested ? blockHeadText(outer.directive) : '',
            chosen: blockHeadText(bypass.chosen.directive),
            errorPage: bypass.errorPage ? blockHeadText(bypass.errorPage.directive) : '',
            // The rewrite phase comes first: a catch-all rewrite hands the request on before `try_files`.
            handOff: rewriteTarget(bypass.regex) !== undefined ? '`rewrite`' : '`try_files`',
            // How the chosen location sends the request to the script, by the same rule as
            // `handOff`: a catch-all rewrite runs in the rewrite phase, before any `try_files`.
            fallback:
              rewriteTarget(bypass.chosen) !== undefined
                ? '`rewrite` sends it to'
                : '`try_files` falls back to',
          },
          range: headRange(anchor),
          related: [
            ...relatedFor(location, doc, 'the restricted location'),
            {
              file: bypass.regex.path,
              range: headRange(bypass.regex.directive),
              message: `takes ${bypass.uri} without the restriction`,
            },
          ],
          fix: () => fixFor(location, restriction, bypass, doc, context.document.text),
        });
      }
    }
  },
});

/**
 * `location / { return 404; }` (or `deny all`) refuses what no other location serves: the regex
 * locations beside it are the site's entry points on purpose, not a way around it.
 */
function isCatchAllRefusal(location: EffectiveNode, restriction: Restriction): boolean {
  const info = locationInfo(location);
  return restriction.kind === 'refuse' && info?.modifier === '' && info.pattern === '/';
}

/**
 * An exact location becomes `^~`, whatever its restriction, so that the script's path-info forms
 * reach it too. Otherwise only a location that refuses every request can be fixed without
 * changing what it serves: as `^~` (a prefix location whose regex rival sits beside it: nginx
 * then tries no regex of that level), or moved before its rival (a regex location of the same
 * block). Address lists and authentication on a prefix or regex location need the scripts
 * handled inside the location, which the rule page shows.
 */
function fixFor(
  location: EffectiveNode,
  restriction: Restriction,
  bypass: LocationBypass,
  doc: string,
  text: string,
): Fix | undefined {
  const info = locationInfo(location);
  if (!info || location.path !== doc) return undefined;
  // An exact route of a front controller is fixed like an exact script: as `^~` it takes the longer
  // forms too. Not a route reached as path info (`= /settings` as `/app.php/settings`): `^~` would
  // not take that request.
  const exactRoute =
    bypass.via === 'frontController' && info.modifier === '=' && bypass.uri.startsWith(info.pattern);
  if (
    bypass.via !== 'probe' &&
    bypass.via !== 'staticFile' &&
    bypass.via !== 'staticFileOrder' &&
    !exactRoute
  )
    return undefined;
  if (bypass.regex.parent !== location.parent) return undefined;
  // `location = /wp-login.php { auth_basic …; }` reached as `/wp-login.php/x.php`: as `^~` the block
  // also takes those requests, with the same restriction, and answers `/wp-login.php` as before
  // (an exact location has no nested locations). Safe whatever the restriction is.
  const modifier = location.args[0];
  if (
    info.modifier === '=' &&
    location.args.length === 2 &&
    modifier &&
    !hasPrefixTwin(location, info.pattern)
  ) {
    return {
      title: exactRoute
        ? `Make it \`location ^~ ${info.pattern}\`: the route's longer forms then meet the same restriction`
        : `Make it \`location ^~ ${info.pattern}\`: the script's path-info forms then meet the same restriction`,
      kind: 'safe',
      edits: [{ file: doc, edits: [{ range: modifier.range, newText: '^~' }] }],
    };
  }
  // A prefix location made `^~` would serve its scripts as files to the clients it lets in:
  // only a location that refuses everybody can be fixed that way.
  if (restriction.kind !== 'refuse') return undefined;
  if (info.modifier === '') {
    return {
      title: `Make it \`location ^~ ${info.pattern}\`: no regex location takes its requests`,
      kind: 'safe',
      edits: [
        {
          file: doc,
          edits: [
            {
              range: { start: info.patternArg.range.start, end: info.patternArg.range.start },
              newText: '^~ ',
            },
          ],
        },
      ],
    };
  }
  // Moved first, a regex location still misses a request its pattern does not match (path info past `\.php$`).
  if (!info.isRegex || bypass.regex.path !== doc || !patternMatches(info, bypass.uri)) return undefined;
  // A deny of every script (ProcessWire's `\.(?:php\d?|phtml)(?:/|$)`) moved first would refuse the
  // front controller too: the user decides which location runs it.
  const server = serverOf(location);
  if (server && entryScripts(server).some((script) => patternMatches(info, script))) return undefined;
  // Nor any deny that takes the usual front controller, whatever this server calls it (a deny
  // nested in MediaWiki's `^~ /w/` would refuse /w/index.php).
  if (patternMatches(info, `${enclosingFolder(location)}index.php`)) return undefined;
  const edits = moveBefore(layoutOf(text), location, bypass.regex);
  return edits
    ? {
        title: `Move it before \`${blockHeadText(bypass.regex.directive)}\``,
        kind: 'safe',
        edits: [{ file: doc, edits }],
      }
    : undefined;
}

/** Whether a prefix location of the same block has the pattern (nginx -t refuses a duplicate location). */
function hasPrefixTwin(location: EffectiveNode, pattern: string): boolean {
  const level = location.parent;
  if (!level) return false;
  return level.childrenNamed('location').some((other) => {
    const info = locationInfo(other);
    return (
      other !== location &&
      info !== undefined &&
      !info.isRegex &&
      info.modifier !== '=' &&
      info.pattern === pattern
    );
  });
}

/** Edits that move a block, written on lines of its own, to the line before another one of the same block. */
function moveBefore(layout: TextLayout, moved: EffectiveNode, before: EffectiveNode): TextEdit[] | undefined {
  const { index } = layout;
  const start = moved.directive.range.start;
  const end = moved.directive.range.end;
  const target = before.directive.range.start;
  const ownLines =
    /^[ \t]*$/.test(index.lineText(start.line).slice(0, start.character)) &&
    /^[ \t]*(#.*)?$/.test(index.lineText(end.line).slice(end.character)) &&
    /^[ \t]*$/.test(index.lineText(target.line).slice(0, target.character));
  if (!ownLines || end.line + 1 >= index.lineCount) return undefined;
  const from = { line: start.line, character: 0 };
  const to = { line: end.line + 1, character: 0 };
  const block = index.text.slice(index.offsetAt(from), index.offsetAt(to));
  const at = { line: target.line, character: 0 };
  return [
    { range: { start: at, end: at }, newText: block },
    { range: { start: from, end: to }, newText: '' },
  ];
}
