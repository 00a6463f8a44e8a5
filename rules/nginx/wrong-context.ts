import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { contextProblem, placedDirectives } from '../../server/src/formats/nginx/semantics-contexts.ts';

/**
 * A directive outside the contexts its module accepts stops nginx from starting ("directive is
 * not allowed here"), or, under a protocol whose modules do not have it (`add_header` in
 * `stream`), is unknown there. Contexts come from the official reference; a snippet is judged
 * in the block of each file that includes it, and not at all when nothing is known to include it.
 */
export const wrongContext = defineRule<NginxFile>({
  meta: {
    id: 'nginx/wrong-context',
    format: 'nginx',
    severity: 'info',
    title: 'Directives must be in a context nginx allows them in',
    presets: ['strict'],
    messages: {
      notAllowed:
        '`{{name}}` is not allowed in `{{context}}`{{where}}: nginx refuses to start ("directive is not allowed here"); it belongs in {{allowed}}',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const root = context.workspace.root;
    const shown = (path: string) =>
      root !== undefined && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
    const reported = new Set<object>();
    for (const placed of placedDirectives(context.ast, file, context.workspace)) {
      if (reported.has(placed.directive)) continue;
      const problem = contextProblem(placed);
      if (!problem) continue;
      reported.add(placed.directive);
      const includer = placed.includer;
      context.report({
        messageId: 'notAllowed',
        data: {
          name: placed.directive.name,
          context: problem.context,
          where: includer
            ? ` (where ${shown(includer.path)} includes this file, line ${includer.directive.range.start.line + 1})`
            : '',
          allowed:
            problem.allowed.length > 0 ? problem.allowed.map((c) => `\`${c}\``).join(', ') : 'no context',
        },
        range: placed.directive.nameRange,
        related: includer
          ? [{ file: includer.path, range: includer.directive.range, message: 'includes this file here' }]
          : [],
      });
    }
  },
});
