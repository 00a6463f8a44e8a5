import { isRewriteStep } from '../../server/src/formats/nginx/semantics-server-rewrites.ts';
import { defineRule } from '../../server/src/engine/rule.ts';
import type { TextEdit } from '../../server/src/engine/types.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { comparePositions } from '../../server/src/engine/line-index.ts';
import type { Directive } from '../../server/src/formats/nginx/ast.ts';
import { anchorIn, effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import { lastAnchor } from '../../server/src/formats/nginx/semantics-header-insertion.ts';
import {
  plainHttpContent,
  publicPlainListens,
} from '../../server/src/formats/nginx/semantics-https-redirect.ts';
import {
  insertAfter,
  insertAtBlockEnd,
  insertAtBlockStart,
  insertBefore,
  layoutOf,
  type NewDirective,
} from '../../server/src/formats/nginx/semantics-insertion.ts';
import { ownServers } from '../../server/src/formats/nginx/semantics-report-scope.ts';
import { servesTls } from '../../server/src/formats/nginx/listen.ts';
import { headRange } from '../../server/src/formats/nginx/semantics-tls-server.ts';

const REDIRECT = 'return 301 https://$host$request_uri;';
const SERVER_HEAD = /^(listen|server_name)$/;
const answersOrRewrites = (node: EffectiveNode): boolean => node.name === 'return' || node.name === 'rewrite';

/** The first direct child of the server's block in the document that is (or includes) a matching node. */
function firstAnchor(
  server: EffectiveNode,
  file: string,
  test: (node: EffectiveNode) => boolean,
): Directive | undefined {
  for (const child of server.children) {
    if (!test(child)) continue;
    const anchor = anchorIn(child, file);
    if (anchor && anchor.parent === server.directive) return anchor;
  }
  return undefined;
}

/**
 * A server reachable over plain HTTP that answers with pages instead of sending the browser to
 * HTTPS: logins, session cookies and personal data cross the network in clear text (the
 * Chamilo and CiviCRM guides: "redirect all HTTP to HTTPS"). The ACME HTTP-01 challenge may
 * stay on HTTP.
 */
export const httpWithoutRedirect = defineRule<NginxFile>({
  meta: {
    id: 'nginx/http-without-redirect',
    format: 'nginx',
    severity: 'warning',
    title: 'Plain-HTTP servers must redirect to HTTPS',
    presets: ['recommended', 'strict'],
    messages: {
      content:
        'This server answers plain-HTTP requests with content instead of redirecting to HTTPS: pages, cookies and passwords cross the network unencrypted',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const doc = context.document.path;
    const config = effectiveConfig(context.ast, doc, context.workspace);
    for (const server of ownServers(config, doc)) {
      if (publicPlainListens(server) === 0) continue;
      const content = plainHttpContent(server, config);
      if (!content) continue;
      context.report({
        messageId: 'content',
        range: headRange(server.directive),
        fix: () => {
          const layout = layoutOf(context.document.text);
          const edits: TextEdit[] = [];
          // After the listen/server_name lines, but before a server-level return or rewrite that
          // would answer first; when rewrites take requests past the server's own answer, before
          // every directive of its rewrite phase.
          const firstStep = content.passedAnswer ? isRewriteStep : answersOrRewrites;
          const atServerTop = (items: NewDirective[]) => {
            const answer = firstAnchor(server, doc, firstStep);
            const after = lastAnchor(server, doc, (n) => SERVER_HEAD.test(n.name));
            if (answer && (!after || comparePositions(answer.range.start, after.range.start) < 0))
              return insertBefore(layout, answer, items);
            return after
              ? insertAfter(layout, after, items)
              : insertAtBlockStart(layout, server.directive, items);
          };
          if (servesTls(server)) {
            // The same server answers HTTPS: redirect only the plain-HTTP requests.
            const edit = atServerTop([{ head: 'if ($scheme = http)', body: [REDIRECT] }]);
            if (edit) edits.push(edit);
          } else if (!content.hasAcme) {
            const edit = atServerTop([REDIRECT]);
            if (edit) edits.push(edit);
          } else {
            // A top-level return would also answer the ACME challenge: redirect location by location.
            for (const location of content.locations) {
              if (location.path !== doc) return undefined;
              const edit = insertAtBlockStart(layout, location.directive, [REDIRECT]);
              if (edit) edits.push(edit);
            }
            if (content.unmatched) {
              const edit = insertAtBlockEnd(layout, server.directive, [
                { head: 'location /', body: [REDIRECT] },
              ]);
              if (edit) edits.push(edit);
            }
          }
          if (edits.length === 0) return undefined;
          return { title: 'Redirect plain HTTP to HTTPS', kind: 'safe', edits: [{ file: doc, edits }] };
        },
      });
    }
  },
});
