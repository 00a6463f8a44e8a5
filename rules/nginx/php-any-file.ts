import { placementsOf } from '../../server/src/formats/nginx/semantics-report-scope.ts';
import { defineRule } from '../../server/src/engine/rule.ts';
import { effectiveFastcgiParams, entriesNamed } from '../../server/src/formats/nginx/headers.ts';
import { formatArg } from '../../server/src/formats/nginx/printer.ts';
import { variablesIn } from '../../server/src/formats/nginx/variables.ts';
import { blockHeadText, ifHeadText } from '../../server/src/formats/nginx/conditions.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import { lastAnchor } from '../../server/src/formats/nginx/semantics-header-insertion.ts';
import {
  insertAfter,
  insertAtBlockStart,
  layoutOf,
} from '../../server/src/formats/nginx/semantics-insertion.ts';
import {
  ifBypassingTryFiles,
  runsAnyPhpFile,
  tryFilesBypass,
  uploadedFileRequest,
} from '../../server/src/formats/nginx/semantics-php-locations.ts';
import { locationInfo } from '../../server/src/formats/nginx/locations.ts';
import { headRange } from '../../server/src/formats/nginx/semantics-tls-server.ts';
import { ignoresRequestPath } from '../../server/src/formats/nginx/semantics-if-flow.ts';
import { nodesNamed } from '../../server/src/formats/nginx/semantics-tree-index.ts';

const FASTCGI_PATH_INFO = '$fastcgi_path_info';

/** A parameter value with `$fastcgi_path_info` (or `${fastcgi_path_info}`) read from `$path_info` instead. */
function withPathInfo(value: string): string {
  return value
    .replace(/\$\{fastcgi_path_info\}/g, '${path_info}')
    .replace(/\$fastcgi_path_info(?![A-Za-z0-9_])/g, '$path_info');
}

/** Whether the location is in a server whose top-level `return` answers every request (so it is never used). */
function unreachable(location: EffectiveNode): boolean {
  for (let p = location.parent; p; p = p.parent) if (p.name === 'server') return ignoresRequestPath(p);
  return false;
}

/**
 * The classic PHP-FPM hole: `location ~ \.php$ { fastcgi_pass …; }` passes
 * `/uploads/avatar.jpg/x.php` to PHP, which (with `cgi.fix_pathinfo=1`, PHP's default) walks
 * back to `avatar.jpg` and runs the uploaded image as PHP. nginx must check that the script
 * exists before passing it on.
 */
export const phpAnyFile = defineRule<NginxFile>({
  meta: {
    id: 'nginx/php-any-file',
    format: 'nginx',
    severity: 'error',
    title: 'PHP locations must check that the script exists before running it',
    presets: ['recommended', 'strict'],
    messages: {
      noCheck:
        '`{{location}}` passes any path ending in `.php` to PHP-FPM without checking that the script exists: `{{request}}` runs an uploaded file as PHP',
      ifBypass:
        "`{{location}}` checks that the script exists with `try_files`, but requests that match `{{branch}}` are served with that block's configuration, which does not inherit `try_files`: such a request for `{{request}}` still runs an uploaded file as PHP",
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
      // A snippet's location placed in several servers (RHEL's default.d/php.conf, included by the
      // package's default server, which redirects, and by the site's): reported when a server
      // where it runs any file reaches it.
      const runsHere = (placed: EffectiveNode) => runsAnyPhpFile(placed) && !unreachable(placed);
      if (!runsHere(node) && !placementsOf(node, context.workspace).slice(1).some(runsHere)) return undefined;
      const location = node;
      const shown = blockHeadText(location.directive);
      // A request this location's own pattern takes (its regex may not take `/upload/…`).
      const request = uploadedFileRequest(locationInfo(location)!) ?? '';
      // A try_files that an `if` bypasses: the check is there, the `if` is what to change.
      const branch = tryFilesBypass(location);
      if (branch) {
        context.report({
          messageId: 'ifBypass',
          data: { location: shown, branch: ifHeadText(branch.directive), request },
          range: headRange(location.directive),
          related: [
            {
              file: branch.path,
              range: headRange(branch.directive),
              message: 'this if block does not inherit try_files',
            },
          ],
        });
        return undefined;
      }
      context.report({
        messageId: 'noCheck',
        data: { location: shown, request },
        range: headRange(location.directive),
        fix: () => {
          // nginx refuses a second try_files in a block: an existing one is left to the user.
          if (location.childrenNamed('try_files').length > 0) return undefined;
          // An `if` that answers in its own configuration does not inherit try_files (Concrete's
          // documented `if ($uri ~ "^(.+\.php)(/.+)") { set $script $1; … }`): the check would
          // miss its requests, and the location needs rewriting by hand.
          if (ifBypassingTryFiles(location)) return undefined;
          const layout = layoutOf(context.document.text);
          // After fastcgi_split_path_info the script part is $fastcgi_script_name (Debian's snippet does the same).
          const split = lastAnchor(location, doc, (n) => n.name === 'fastcgi_split_path_info');
          const line = split ? 'try_files $fastcgi_script_name =404;' : 'try_files $uri =404;';
          if (!split) {
            const edit = insertAtBlockStart(layout, location.directive, [line]);
            return (
              edit && { title: `Insert \`${line}\``, kind: 'safe', edits: [{ file: doc, edits: [edit] }] }
            );
          }
          // try_files empties $fastcgi_path_info (nginx trac #321): a PATH_INFO taken from it
          // would be lost, so the value is kept in $path_info first, as Debian's
          // snippets/fastcgi-php.conf does, and the parameter reads that.
          // Every PATH_INFO the location passes (its own or inherited), read as nginx does.
          const pathInfo = entriesNamed(effectiveFastcgiParams(location).entries, 'PATH_INFO').filter((e) =>
            variablesIn(e.value).some((v) => v.name === 'fastcgi_path_info'),
          );
          if (pathInfo.length === 0)
            return {
              title: `Insert \`${line}\``,
              kind: 'safe',
              edits: [{ file: doc, edits: [insertAfter(layout, split, [line])] }],
            };
          // Only a parameter written in this location can be pointed at $path_info here.
          if (pathInfo.some((e) => e.node.path !== doc || e.node.parent !== location)) return undefined;
          const edits = [
            insertAfter(layout, split, [`set $path_info ${FASTCGI_PATH_INFO};`, line]),
            ...pathInfo.map(({ node }) => ({
              range: node.args[1]!.range,
              newText: formatArg(withPathInfo(node.args[1]!.value)),
            })),
          ];
          return {
            title: `Insert \`${line}\`, keeping PATH_INFO in \`$path_info\``,
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
