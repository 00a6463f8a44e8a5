import { blockHeadText } from '../../server/src/formats/nginx/conditions.ts';
import { defineRule } from '../../server/src/engine/rule.ts';
import type { Fix } from '../../server/src/engine/types.ts';
import { insertedRegexReaches, locationsOf } from '../../server/src/formats/nginx/locations.ts';
import type { Directive, NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { anchorIn, effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import {
  insertAtBlockEnd,
  insertAtBlockStart,
  insertBefore,
  layoutOf,
} from '../../server/src/formats/nginx/semantics-insertion.ts';
import {
  aliasExposure,
  aliasUri,
  deniedExactly,
  denyLocationsFor,
  DENY_LOCATIONS,
  exposedCategories,
  isFixedProbe,
  rootProbes,
  servedProbes,
  shownProbe,
  type AliasExposure,
  type DenyLocation,
  type PrivateCategory,
} from '../../server/src/formats/nginx/semantics-private-paths.ts';
import {
  contextualAnchor,
  probedServers,
  placementsOf,
  relatedFor,
} from '../../server/src/formats/nginx/semantics-report-scope.ts';
import { nodesNamed, serverOf } from '../../server/src/formats/nginx/semantics-tree-index.ts';
import { breakRewriteRequests } from '../../server/src/formats/nginx/semantics-php-source.ts';
import { documentRoot } from '../../server/src/formats/nginx/server-blocks.ts';
import { isSlash, trimEndOf } from '../../server/src/engine/text-runs.ts';
import { ignoresRequestPath } from '../../server/src/formats/nginx/semantics-if-flow.ts';
import { headRange, listensOnLoopbackOnly } from '../../server/src/formats/nginx/semantics-tls-server.ts';
import { reachesServer } from '../../server/src/formats/nginx/semantics-proxy-fronts.ts';

/** The first `location` of the server in the document (or the `include` that brings it): new regex locations go before it, to be tried first. */
function firstLocationAnchor(server: EffectiveNode, doc: string) {
  for (const child of server.childrenNamed('location')) {
    const anchor = anchorIn(child, doc);
    if (anchor && anchor.parent === server.directive) return anchor;
  }
  return undefined;
}

/** How a served probe is shown in the message, by category. */
const SHOWN: Record<string, string> = {
  '/.env': '`.env`',
  '/.git/config': '`.git/`',
  '/.htaccess': '`.htaccess`',
  '/dump.sql': '`*.sql`',
  '/index.php.bak': '`*.bak`',
  '/composer.json': '`composer.json`',
  '/composer.lock': '`composer.lock`',
};
const CATEGORY_NAMES: Record<PrivateCategory, string> = {
  dotfiles: 'dotfiles',
  logs: 'log files',
  backups: 'dumps and backups',
  databases: 'database files',
  data: 'private data folders',
  config: 'settings files',
  keys: 'private keys',
  composer: '',
};

/**
 * A category as the message names it, with only what is really served: `.htaccess` is not
 * listed when a location denies it while `.env` is served.
 */
function categoryLabel(category: PrivateCategory, served: readonly string[], prefix = ''): string {
  const shown: string[] = [];
  for (const probe of served) {
    const label =
      category === 'logs' && isFixedProbe(category, probe)
        ? '`*.log`'
        : (SHOWN[probe] ?? `\`${shownProbe(aliasUri(prefix, probe))}\``);
    if (!shown.includes(label)) shown.push(label);
  }
  if (category === 'composer') return shown.join('/');
  return `${CATEGORY_NAMES[category]} (${shown.join(', ')})`;
}

/** The deny locations of the categories, in the order messages list them; undefined when one cannot be written. */
function denyItems(
  categories: readonly PrivateCategory[],
  urisOf: (category: PrivateCategory) => readonly string[],
): DenyLocation[] | undefined {
  const items: DenyLocation[] = [];
  for (const category of categories) {
    const denies = denyLocationsFor(category, urisOf(category));
    if (!denies) return undefined;
    items.push(...denies);
  }
  return items;
}

/**
 * Whether the deny written first in `placed` takes the request `uri` (the probe `probe` of the
 * folder): an exact location (a key, a settings file no regex deny names) always does, unless
 * the block already has one for that path (nginx refuses a duplicate); a regex deny only when it
 * matches and nothing nested or `^~` takes the request first.
 */
function denyTakes(
  category: PrivateCategory,
  probe: string,
  server: EffectiveNode,
  placed: EffectiveNode,
  uri: string,
): boolean {
  if (deniedExactly(category, uri))
    return !locationsOf(placed).some((l) => l.modifier === '=' && l.pattern === uri);
  return (
    category !== 'keys' &&
    DENY_LOCATIONS[category].refuses.test(probe) &&
    insertedRegexReaches(server, placed, uri)
  );
}

/**
 * Files a web root holds but must never serve: `.env` (database password, APP_SECRET), `.git/`
 * (the whole source history), `.htaccess`, logs (`var/log/`, CiviCRM's `ConfigAndLog/`), SQL
 * dumps and backups, database files and private data folders the workspace shows (`var/data.db`,
 * Drupal's `sites/default/files/private/`), the private keys it shows (Symfony's
 * `config/jwt/private.pem`), and Composer's files
 * when the root is the application itself. Each is
 * probed with a request routed the way nginx routes it.
 */
export const privatePathsExposed = defineRule<NginxFile>({
  meta: {
    id: 'nginx/private-paths-exposed',
    format: 'nginx',
    severity: 'warning',
    title: 'Dotfiles, logs, dumps and Composer files must not be served',
    presets: ['recommended', 'strict'],
    messages: {
      exposed:
        'This server serves {{categories}} from its root: no location that nginx chooses for these requests refuses them',
      aliasExposed:
        'This location (`{{location}}`, alias {{alias}}) serves {{categories}}: no location that nginx chooses for these requests refuses them',
      rewriteExposed:
        "This location (`{{location}}`) maps its requests onto the root's files with `rewrite … break` and sends them as they are, past every regex location: it serves {{categories}} (`{{uri}}` is the root's `{{file}}`)",
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const doc = context.document.path;
    const config = effectiveConfig(context.ast, doc, context.workspace);
    for (const server of probedServers(config, doc)) {
      // A loopback-only server behind a public one: the requests its front hands on.
      const behindFront = listensOnLoopbackOnly(server);
      const reachedProbes = new Map<PrivateCategory, readonly string[]>();
      for (const c of exposedCategories(server, context.workspace)) {
        const served = servedProbes(server, c, context.workspace);
        const reached = behindFront ? served.filter((probe) => reachesServer(config, server, probe)) : served;
        if (reached.length > 0) reachedProbes.set(c, reached);
      }
      if (reachedProbes.size === 0) continue;
      const categories = [...reachedProbes.keys()];
      context.report({
        messageId: 'exposed',
        data: {
          categories: categories.map((c) => categoryLabel(c, reachedProbes.get(c)!)).join(', '),
        },
        range: headRange(server.directive),
        fix: () => {
          // The deny locations go first among the server's locations: useless for a request
          // that a `^~`/`=` location or a nested regex location takes first.
          // …and useless for a probe its regex does not take: a log folder's `errors.txt`.
          const reached = categories.every((c) =>
            servedProbes(server, c, context.workspace).every((probe) =>
              denyTakes(c, probe, server, server, probe),
            ),
          );
          if (!reached) return undefined;
          const layout = layoutOf(context.document.text);
          const items = denyItems(categories, (c) => servedProbes(server, c, context.workspace));
          if (!items) return undefined;
          const before = firstLocationAnchor(server, doc);
          const edit = before
            ? insertBefore(layout, before, items)
            : insertAtBlockEnd(layout, server.directive, items);
          if (!edit) return undefined;
          return { title: 'Deny the private files', kind: 'safe', edits: [{ file: doc, edits: [edit] }] };
        },
      });
    }

    // What a prefix location's `rewrite … break` sends of the root: Chamilo's old links,
    // `location ^~ /chamilo/ { rewrite ^/chamilo/(.*)$ /$1 break; }`, sent /chamilo/composer.json,
    // /chamilo/.htaccess and the logs (blind case chamilo-vhosts--training-legacy-prefix-break,
    // nginx 1.22.1). Reported on the location, without a fix: the server's deny locations never
    // see those requests.
    // Most configurations have no such rewrite: the servers that hold one are found from the index,
    // wherever they are written: a snippet's location is reported by the snippet (Webinoly's
    // `/var/www/<domain>/*-nginx.conf`, where `^~ /piwik/ { rewrite ^/piwik/(.*)$ /matomo/$1 break; }`
    // sent Matomo's composer.json and log: blind case webinoly--piwik-old-urls-rewrite-break).
    const breakServers = new Set<EffectiveNode>();
    for (const rewrite of nodesNamed(config, 'rewrite')) {
      if (rewrite.parent?.name !== 'location' || rewrite.args[2]?.value !== 'break') continue;
      // Only a location this document reports (its own, or an unplaced snippet's through its
      // include): the other files of the tree report theirs.
      if (!contextualAnchor(rewrite.parent, doc, context.workspace)) continue;
      const server = serverOf(rewrite);
      if (server) breakServers.add(server);
    }
    for (const server of breakServers) {
      if (ignoresRequestPath(server) || listensOnLoopbackOnly(server)) continue;
      const root = documentRoot(server);
      if (root?.kind !== 'root') continue;
      const rootPath = trimEndOf(root.path, isSlash, 1);
      const probes = rootProbes(server, context.workspace);
      // Every category's files in one lookup (each one compiles the locations' rewrites).
      const categoriesOf = new Map<string, PrivateCategory[]>();
      for (const category of Object.keys(probes) as PrivateCategory[])
        for (const file of probes[category])
          categoriesOf.set(file, [...(categoriesOf.get(file) ?? []), category]);
      const files = [...categoriesOf.keys()];
      const byLocation = new Map<EffectiveNode, { category: PrivateCategory; uri: string; file: string }[]>();
      for (const { uri, file, location } of breakRewriteRequests(server, rootPath, files, files.length))
        for (const category of categoriesOf.get(file) ?? []) {
          const list = byLocation.get(location) ?? [];
          // A few files per category are enough for the message.
          if (list.filter((s) => s.category === category).length < 8) list.push({ category, uri, file });
          byLocation.set(location, list);
        }
      for (const [location, served] of byLocation) {
        const anchor = contextualAnchor(location, doc, context.workspace);
        if (!anchor) continue;
        const categories = [...new Set(served.map((s) => s.category))];
        const first = served[0]!;
        context.report({
          messageId: 'rewriteExposed',
          data: {
            location: blockHeadText(location.directive),
            categories: categories
              .map((c) =>
                categoryLabel(
                  c,
                  served.filter((s) => s.category === c).map((s) => s.file),
                ),
              )
              .join(', '),
            uri: first.uri,
            file: first.file,
          },
          range: headRange(anchor),
          related: relatedFor(location, doc, 'the rewriting location'),
        });
      }
    }

    // What a prefix location's `alias` serves: reported on the location, by the file that holds it.
    // Found from the `alias` directives (the index knows them): most configurations have none.
    const reported = new Set<Directive>();
    for (const alias of nodesNamed(config, 'alias')) {
      const location = alias.parent;
      if (location?.name !== 'location' || reported.has(location.directive)) continue;
      const anchor = contextualAnchor(location, doc, context.workspace);
      if (!anchor) continue;
      // Every placement of the location (a snippet included in several servers).
      const exposed = placementsOf(location, context.workspace).flatMap((placed) => {
        const around = serverOf(placed);
        if (!around || ignoresRequestPath(around) || listensOnLoopbackOnly(around)) return [];
        const exposure = aliasExposure(around, placed, context.workspace);
        return exposure ? [{ server: around, placed, exposure }] : [];
      });
      const first = exposed[0];
      if (!first) continue;
      reported.add(location.directive);
      const { exposure } = first;
      context.report({
        messageId: 'aliasExposed',
        data: {
          location: blockHeadText(location.directive),
          alias: exposure.alias,
          categories: exposure.categories
            .map((c) => categoryLabel(c, exposure.served[c], exposure.prefix))
            .join(', '),
        },
        range: headRange(anchor),
        related: relatedFor(location, doc, 'the alias location'),
        fix: () => (anchor === location.directive ? denyInAlias(location.directive, exposed) : undefined),
      });
    }

    /**
     * The deny locations nested first in the alias location: nginx tries a nested regex location
     * for the requests the prefix takes, `^~` or not. Only when every served probe, in every
     * placement, would reach them (a nested `^~` or `=` location, or a regex nested deeper, would
     * keep its own).
     */
    function denyInAlias(
      location: Directive,
      exposed: { server: EffectiveNode; placed: EffectiveNode; exposure: AliasExposure }[],
    ): Fix | undefined {
      const reached = exposed.every(({ server, placed, exposure }) =>
        exposure.categories.every((c) =>
          exposure.served[c].every((probe) =>
            denyTakes(c, probe, server, placed, aliasUri(exposure.prefix, probe)),
          ),
        ),
      );
      if (!reached) return undefined;
      // In the order messages list them, whatever placement named a category first.
      const named = new Set(exposed.flatMap(({ exposure }) => exposure.categories));
      const categories = (Object.keys(CATEGORY_NAMES) as PrivateCategory[]).filter((c) => named.has(c));
      const items = denyItems(categories, (c) => [
        ...new Set(
          exposed.flatMap(({ exposure }) =>
            exposure.served[c].map((probe) => aliasUri(exposure.prefix, probe)),
          ),
        ),
      ]);
      if (!items) return undefined;
      const edit = insertAtBlockStart(layoutOf(context.document.text), location, items);
      if (!edit) return undefined;
      return { title: 'Deny the private files', kind: 'safe', edits: [{ file: doc, edits: [edit] }] };
    }
  },
});
