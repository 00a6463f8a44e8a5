import { defineRule } from '../../server/src/engine/rule.ts';
import type { Fix, RelatedLocation } from '../../server/src/engine/types.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { blockHeadText } from '../../server/src/formats/nginx/conditions.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import { insertedRegexReaches, locationInfo } from '../../server/src/formats/nginx/locations.ts';
import { insertAtBlockEnd, layoutOf } from '../../server/src/formats/nginx/semantics-insertion.ts';
import { phpSourceServed, type SourceServed } from '../../server/src/formats/nginx/semantics-php-source.ts';
import { handsOver } from '../../server/src/formats/nginx/semantics-private-paths.ts';
import { probedServers } from '../../server/src/formats/nginx/semantics-report-scope.ts';
import { reachesServer } from '../../server/src/formats/nginx/semantics-proxy-fronts.ts';
import { locationsOfServer } from '../../server/src/formats/nginx/semantics-tree-index.ts';
import { includesUnreadFile } from '../../server/src/formats/nginx/semantics-unread-includes.ts';
import { headRange } from '../../server/src/formats/nginx/semantics-tls-server.ts';

/** The requests the fix's location refuses (its regex, as JavaScript reads it). */
const REFUSED = /\.(?:php\d?|phtml|phar)$/i;

/** The scripts named in a message, at most. */
const SHOWN_SCRIPTS = 3;

/** What the fix appends to the server: every other script request answers 404 (Symfony's own nginx recipe). */
const REFUSE_OTHER_SCRIPTS = { head: 'location ~* \\.(?:php\\d?|phtml|phar)$', body: ['return 404;'] };

/**
 * PHP source sent as a file: nginx has no PHP location for a script that exists, and the
 * location it chooses serves the root's files, so the client receives the script's code (the
 * database password of `config.php`, the application's secrets).
 */
export const phpSourceExposed = defineRule<NginxFile>({
  meta: {
    id: 'nginx/php-source-exposed',
    format: 'nginx',
    severity: 'error',
    title: 'PHP scripts must not be sent as files',
    presets: ['recommended', 'strict'],
    messages: {
      exposed:
        'This server sends the source code of PHP scripts as files ({{scripts}}): the location nginx chooses for them (`{{location}}`) sends its files as they are and passes nothing to PHP',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const doc = context.document.path;
    const config = effectiveConfig(context.ast, doc, context.workspace);
    for (const server of probedServers(config, doc)) {
      const served = phpSourceServed(server, context.workspace).filter((s) =>
        reachesServer(config, server, s.uri),
      );
      const first = served[0];
      if (!first) continue;
      const shown = served
        .slice(0, SHOWN_SCRIPTS)
        .map((s) => (s.script === undefined ? `\`${s.uri}\`` : `\`${s.script}\` for \`${s.uri}\``));
      if (served.length > SHOWN_SCRIPTS) shown.push(`${served.length - SHOWN_SCRIPTS} more`);
      const related: RelatedLocation[] = [];
      for (const block of new Set(served.map((s) => s.block)))
        if (block !== server)
          related.push({
            file: block.path,
            range: headRange(block.directive),
            message: 'serves the scripts as files',
          });
      context.report({
        messageId: 'exposed',
        data: {
          scripts: shown.join(', '),
          location: first.block === server ? 'server' : blockHeadText(first.block.directive),
        },
        range: headRange(server.directive),
        related,
        fix: () => refuseOtherScripts(server, served),
      });
    }

    /**
     * A last regex location of the server that answers 404 for the scripts: tried after the
     * locations that run PHP now (regex locations match in order), so the front controller keeps
     * its own. Only when every served script would reach it (no `^~` or `=` location takes it
     * first), and when no prefix location of the server hands requests elsewhere
     * (`location /api/ { proxy_pass …; }` would lose its `.php` requests to it).
     */
    function refuseOtherScripts(server: EffectiveNode, served: readonly SourceServed[]): Fix | undefined {
      if (server.path !== doc) return undefined;
      const reached =
        served.every((s) => REFUSED.test(s.uri)) &&
        served.every(
          (s) =>
            s.match.kind !== 'regex' &&
            s.match.kind !== 'exact' &&
            insertedRegexReaches(server, server, s.uri),
        );
      if (!reached || locationsOfServer(server).some(prefixHandsOver)) return undefined;
      // Written already (the finding stays for another reason): a second copy would change nothing.
      const head = REFUSE_OTHER_SCRIPTS.head.slice('location '.length);
      if (locationsOfServer(server).some((l) => l.args.map((a) => a.value).join(' ') === head))
        return undefined;
      const edit = insertAtBlockEnd(layoutOf(context.document.text), server.directive, [
        REFUSE_OTHER_SCRIPTS,
      ]);
      if (!edit) return undefined;
      return {
        title: 'Answer 404 for the PHP scripts no location runs',
        kind: 'safe',
        edits: [{ file: doc, edits: [edit] }],
      };
    }
  },
});

/**
 * A prefix location (no modifier) whose requests may go elsewhere than its files: it proxies,
 * passes or redirects them, falls back to a named location, or includes a file the workspace
 * does not hold. A new regex location would take its `.php` requests.
 */
function prefixHandsOver(location: EffectiveNode): boolean {
  if (locationInfo(location)?.modifier !== '') return false;
  if (handsOver(location) || includesUnreadFile(location)) return true;
  return location
    .childrenNamed('try_files')
    .some((tryFiles) => tryFiles.args[tryFiles.args.length - 1]?.value.startsWith('@') === true);
}
