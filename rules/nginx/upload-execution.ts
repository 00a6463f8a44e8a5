import { defineRule } from '../../server/src/engine/rule.ts';
import { blockHeadText } from '../../server/src/formats/nginx/conditions.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import {
  effectiveConfig,
  type EffectiveConfig,
  type EffectiveNode,
} from '../../server/src/formats/nginx/effective.ts';
import { insertedRegexReaches } from '../../server/src/formats/nginx/locations.ts';
import { insertBefore, layoutOf } from '../../server/src/formats/nginx/semantics-insertion.ts';
import { scriptHandler } from '../../server/src/formats/nginx/semantics-php-locations.ts';
import {
  contextualAnchor,
  relatedFor,
  serversReportedBy,
} from '../../server/src/formats/nginx/semantics-report-scope.ts';
import { nodesNamed } from '../../server/src/formats/nginx/semantics-tree-index.ts';
import { headRange } from '../../server/src/formats/nginx/semantics-tls-server.ts';
import { ignoresRequestPath } from '../../server/src/formats/nginx/semantics-if-flow.ts';
import {
  denyLocationFor,
  uploadedScriptRuns,
  uploadPathsOfServer,
} from '../../server/src/formats/nginx/semantics-upload-paths.ts';

interface Options {
  /** Overrides the configuration's `uploadPaths` for this rule. */
  uploadPaths?: string[];
}

/**
 * A script uploaded through the application (a course document, a contact photo, a media
 * file) must never be run by the web server. For every upload directory a server serves, the
 * rule asks nginx's own location choice which block gets `/<dir>/x.php` (`.phtml`, `.phar`,
 * `.pl`, `.py`, `.cgi`, `.sh`), and which gets the script names the server's own regex script
 * locations take (`/media/index.php` for Magento 2.0's unanchored front-controller regex), with
 * path info too (`/<dir>/x.php/x`): when it is a FastCGI/uWSGI/SCGI location that names the
 * uploaded file as its script and no earlier-matching location denies it, the upload is
 * executable. A directory with `*` (`sites/*\/files`) is probed as `sites/default/files` and as
 * each directory found for it in the workspace.
 */
export const uploadExecution = defineRule<NginxFile, Options>({
  meta: {
    id: 'nginx/upload-execution',
    format: 'nginx',
    severity: 'error',
    title: 'Scripts in upload directories must never be executed',
    presets: ['recommended', 'strict'],
    messages: {
      runs: '`{{location}}` runs scripts uploaded to `/{{upload}}/`: a request for `{{uri}}` reaches the script handler and no earlier location denies it',
    },
    fixable: true,
    defaultOptions: {},
    optionSchema: {
      uploadPaths: {
        type: 'array',
        items: { type: 'string', description: 'A URL path prefix; `*` matches one segment.' },
        description: "Upload directories (default: the configuration's `uploadPaths`).",
      },
    },
  },
  check(context) {
    const doc = context.document.path;
    const configured = context.options.uploadPaths ?? context.config.uploadPaths;
    const config = effectiveConfig(context.ast, doc, context.workspace);
    for (const server of serversReportedBy(config, doc, scriptLocationsIn(config, doc))) {
      if (ignoresRequestPath(server)) continue;
      for (const { upload, mentionedBy, directories, aliasedBy } of uploadPathsOfServer(
        server,
        configured,
        context.workspace,
      )) {
        const runs = uploadedScriptRuns(server, directories, aliasedBy);
        if (!runs) continue;
        // Reported on the script location, by the file that holds it when an nginx.conf places
        // that file (a snippet included into the server), else on the include line of this file.
        const anchor = contextualAnchor(runs.location, doc, context.workspace);
        if (!anchor) continue;
        const related = relatedFor(runs.location, doc, 'the script location');
        if (mentionedBy)
          related.push({
            file: mentionedBy.path,
            range: headRange(mentionedBy.directive),
            message: `/${upload.sample}/ is served here`,
          });
        context.report({
          messageId: 'runs',
          data: {
            location: blockHeadText(runs.location.directive),
            upload: upload.pattern,
            uri: runs.uri,
          },
          range: headRange(anchor),
          related,
          fix: () => {
            // The deny goes before the script location, among its siblings: useless when that
            // location is `^~` or `=` (nginx would never consult it).
            const level = runs.location.parent ?? server;
            if (!insertedRegexReaches(server, level, runs.uri)) return undefined;
            const edit = insertBefore(layoutOf(context.document.text), anchor, [denyLocationFor(upload)]);
            return {
              title: `Deny scripts under /${upload.pattern}/ before this location`,
              kind: 'safe',
              edits: [{ file: doc, edits: [edit] }],
            };
          },
        });
      }
    }
  },
});

/** The locations written in the document that run scripts: a snippet that holds one reports on its servers. */
function scriptLocationsIn(config: EffectiveConfig, doc: string): EffectiveNode[] {
  return nodesNamed(config, 'location').filter(
    (node) => node.path === doc && scriptHandler(node) !== undefined,
  );
}
