import { ObjectMemo } from '../../server/src/engine/object-memo.ts';
import { blockHeadText } from '../../server/src/formats/nginx/conditions.ts';
import { defineRule, type RuleContext } from '../../server/src/engine/rule.ts';
import type { RelatedLocation } from '../../server/src/engine/types.ts';
import { childrenOf, type Directive, type NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig } from '../../server/src/formats/nginx/effective.ts';
import {
  captureCanGlueDots,
  captureStart,
  clientRouteInto,
  type ClientRoute,
} from '../../server/src/formats/nginx/semantics-internal-redirects.ts';
import { isInternalLocation } from '../../server/src/formats/nginx/semantics-php-locations.ts';
import { CharSet } from '../../server/src/formats/nginx/semantics-regex-charset.ts';
import type { ParsedRegex } from '../../server/src/formats/nginx/semantics-regex.ts';
import {
  captureGroup,
  charsOf,
  firstChars,
  nullable,
} from '../../server/src/formats/nginx/semantics-regex-shape.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';
import {
  ANALYSED_PATTERN_LIMIT,
  isRegexLocation,
  locationParts,
  rawOffset,
  regexUsagesOf,
} from '../../server/src/formats/nginx/semantics-regex-sources.ts';
import { nodesNamed } from '../../server/src/formats/nginx/semantics-tree-index.ts';
import { variablesIn } from '../../server/src/formats/nginx/variables.ts';

const SLASH = CharSet.of(47);

type Problem = { messageId: 'captureWhole' | 'captureDots' | 'captureGlued'; ref: string };

/**
 * How a capture used in `alias` can escape the aliased directory. nginx matches locations on
 * the normalised URI (no `..` segment survives), so a capture is only dangerous when it can
 * begin in the middle of a segment: `/images../x` gives `(.*)` = `../x` after `location ~
 * /images(.*)`. Three shapes:
 * - the alias starts with the capture: the request chooses the whole path;
 * - `/dir/$1` where `$1` can start with `.` and does not follow a `/` of the URI: `/dir/../`;
 * - `/dir$1` where `$1` need not start with `/`: `/dirXYZ`, a sibling directory.
 */
function captureProblem(alias: string, regex: ParsedRegex): Problem | undefined {
  let byAlias = problems.get(regex);
  if (!byAlias) {
    byAlias = new Map();
    problems.set(regex, byAlias);
  }
  let found = byAlias.get(alias);
  if (found === undefined) {
    found = analyseCaptures(alias, regex) ?? null;
    byAlias.set(alias, found);
  }
  return found ?? undefined;
}

/** Results per parsed regex and alias text (a generated configuration repeats them). */
const problems = new ObjectMemo<ParsedRegex, Map<string, Problem | null>>('problems');

function analyseCaptures(alias: string, regex: ParsedRegex): Problem | undefined {
  const root = regex.root;
  if (!root) return undefined;
  for (const ref of variablesIn(alias)) {
    const key = /^\d$/.test(ref.name) ? Number(ref.name) : ref.name;
    const group = captureGroup(regex.groups, regex.names, key);
    if (!group) continue;
    const before = alias.slice(0, ref.start);
    const shown = alias.slice(ref.start, ref.end);
    if (before === '') return { messageId: 'captureWhole', ref: shown };
    // The text before the capture ends with another variable: its last character is unknown.
    const afterVariable = variablesIn(before).some((v) => v.end === before.length);
    // At the start of an anchored regex the capture begins with the URI's leading `/`.
    const { startsUri } = captureStart(root, group);
    const mustStartWithSlash =
      startsUri || (!nullable(group.body) && firstChars(group.body).isSubsetOf(SLASH));
    if (before.endsWith('/') && !afterVariable) {
      if (captureCanGlueDots(root, group)) return { messageId: 'captureDots', ref: shown };
    } else if (!mustStartWithSlash && !charsOf(group.body).isEmpty()) {
      return { messageId: 'captureGlued', ref: shown };
    }
  }
  return undefined;
}

/** A sibling prefix location (`^~` or not: nginx counts them as one) for `pattern`: adding a slash would duplicate it. */
function hasSibling(location: Directive, pattern: string): boolean {
  const parent = location.parent;
  const siblings = parent ? childrenOf(parent) : [];
  return siblings.some((s) => {
    const parts = locationParts(s);
    return (
      s !== location &&
      parts !== undefined &&
      (parts.modifier === '' || parts.modifier === '^~') &&
      parts.pattern === pattern
    );
  });
}

type Exposure = { internal: false } | { internal: true; route: ClientRoute | undefined };

/**
 * Whether clients can use the location, in every place the configuration puts it (a snippet can
 * be included in several servers). nginx answers 404 to a client's request for an `internal`
 * location (https://nginx.org/r/internal), so the only way in is an internal redirect whose URI
 * the client shapes: `rewrite ^/f(.*)$ /files$1 last;` and the request `/f../x`.
 */
function exposureOf(
  location: Directive,
  prefix: string,
  alias: string,
  context: RuleContext<NginxFile>,
): Exposure {
  const config = effectiveConfig(context.ast, context.document.path, context.workspace);
  const placements = nodesNamed(config, 'location').filter((n) => n.directive === location);
  if (placements.length === 0 || placements.some((p) => !isInternalLocation(p))) return { internal: false };
  // Past an alias that ends with `/`, only `..` leaves it; past one that does not, any name does.
  const glue = alias.endsWith('/') ? 'dots' : 'name';
  for (const placement of placements) {
    const route = clientRouteInto(placement, config.nodes, prefix, glue);
    if (route) return { internal: true, route };
  }
  return { internal: true, route: undefined };
}

/** The redirect as written, for the message: `rewrite ^/f(.*)$ /files$1 last`. */
function routeText(route: ClientRoute): string {
  const node = route.redirect.node;
  return [node.name, ...node.args.map((a) => a.raw)].join(' ');
}

function routeRelated(route: ClientRoute): RelatedLocation {
  const node = route.redirect.node;
  return {
    file: node.path,
    range: node.directive.range,
    message: `builds the URI from the request (${route.variable})`,
  };
}

/**
 * `location /files { alias /data/files/; }`: nginx replaces the matched prefix `/files` by the
 * alias, so `/files../secret` becomes `/data/files/../secret` — a file outside the directory
 * (the "off-by-slash" traversal). The variants with regex captures are judged by how the
 * capture can begin (see `captureProblem`). An `internal` prefix location is only reported when
 * a redirect lets the client reach it (see `exposureOf`). Gixy `alias_traversal`.
 */
export const aliasTraversal = defineRule<NginxFile>({
  meta: {
    id: 'nginx/alias-traversal',
    format: 'nginx',
    severity: 'error',
    title: 'An `alias` must not let requests leave its directory',
    presets: ['recommended', 'strict'],
    messages: {
      prefix:
        '`{{head}}` does not end with `/` but uses `alias`: a request for `{{location}}../` reaches the parent of `{{alias}}` (path traversal)',
      prefixSibling:
        '`{{head}}` does not end with `/` but uses `alias`: a request for `{{location}}-old/x` reads `{{alias}}-old/x`, beside the aliased directory (every sibling path that starts with the same name)',
      prefixInternal:
        '`{{head}}` does not end with `/` but uses `alias`; it is `internal`, but `{{via}}` lets a client reach it: `{{variable}}` chooses what follows `{{location}}` in the URI (`{{location}}../`), which can leave `{{alias}}` (path traversal)',
      captureWhole:
        'The `alias` path starts with the capture `{{ref}}`: the request chooses which file is served',
      captureDots:
        'The capture `{{ref}}` can start with `..` after `{{aliasDir}}`: a request like `{{example}}` reads files outside the aliased directory (path traversal)',
      captureGlued:
        'The capture `{{ref}}` is glued to `{{aliasDir}}` without a `/`: a request can reach sibling paths that start with the same name',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    for (const alias of fileDirectivesNamed(context.ast, 'alias')) {
      const location = alias.parent;
      const target = alias.args[0];
      if (!location || location.name !== 'location' || !target) continue;
      const parts = locationParts(location);
      if (!parts) continue;
      if (parts.modifier === '' || parts.modifier === '^~') {
        if (parts.pattern.endsWith('/')) continue;
        const exposure = exposureOf(location, parts.pattern, target.value, context);
        if (exposure.internal && !exposure.route) continue;
        const route = exposure.internal ? exposure.route : undefined;
        const fixable =
          target.value.endsWith('/') &&
          rawOffset(parts.arg, parts.pattern.length) !== undefined &&
          !hasSibling(location, `${parts.pattern}/`);
        const aliasRelated: RelatedLocation = { file, range: target.range, message: `alias ${target.value}` };
        // Without a trailing slash on the alias either, `..` after the prefix stays in a name
        // (`/data/files../x`): only siblings that start with the same name are reached, which
        // Gixy rates lower too (alias_traversal: MEDIUM).
        const sibling = !route && !target.value.endsWith('/');
        context.report({
          messageId: route ? 'prefixInternal' : sibling ? 'prefixSibling' : 'prefix',
          ...(sibling ? { severity: 'warning' as const } : {}),
          data: {
            // As written, with its modifier (`location ^~ /galleries`).
            head: blockHeadText(location),
            location: parts.pattern,
            alias: target.value,
            ...(route ? { via: routeText(route), variable: route.variable } : {}),
          },
          range: parts.arg.range,
          related: route ? [aliasRelated, routeRelated(route)] : [aliasRelated],
          fix: () => {
            if (!fixable) return undefined;
            const at = rawOffset(parts.arg, parts.pattern.length)!;
            const { line, character } = parts.arg.range.start;
            const position = { line, character: character + at };
            return {
              title: `Add a trailing slash: \`location ${parts.pattern}/\``,
              kind: 'safe',
              edits: [{ file, edits: [{ range: { start: position, end: position }, newText: '/' }] }],
            };
          },
        });
        continue;
      }
      if (!isRegexLocation(parts)) continue;
      const regex = regexUsagesOf(location)[0]?.parsed;
      if (!regex || regex.source.length > ANALYSED_PATTERN_LIMIT) continue;
      const problem = captureProblem(target.value, regex);
      if (!problem) continue;
      const refAt = target.value.indexOf(problem.ref);
      const aliasDir = target.value.slice(0, Math.max(0, refAt));
      context.report({
        messageId: problem.messageId,
        data: { ref: problem.ref, aliasDir, example: exampleRequest(parts.pattern) },
        range: target.range,
        related: [{ file, range: parts.arg.range, message: `location ${parts.modifier} ${parts.pattern}` }],
      });
    }
  },
});

/** A request that shows the traversal, built from the literal start of the regex (`^/images(.*)` → `/images../`). */
function exampleRequest(pattern: string): string {
  const literal = /^\^?((?:\\.|[^\\()[\]{}|*+?.^$])*)/.exec(pattern)?.[1] ?? '';
  const text = literal.replace(/\\(.)/g, '$1');
  return `${text.startsWith('/') ? text : `/${text}`}../`;
}
