import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig, includeChainRelated } from '../../server/src/formats/nginx/effective.ts';

/**
 * Surfaces what the include expansion met: includes that resolve to nothing in the workspace
 * (info: their directives are not checked, so the file is not fully audited), include cycles
 * and malformed includes (errors nginx itself refuses), and trees too deep or too large.
 * Each problem is reported on the `include` of this document that caused it.
 */
export const includeResolution = defineRule<NginxFile>({
  meta: {
    id: 'nginx/include-resolution',
    format: 'nginx',
    severity: 'info',
    title: 'An include cannot be followed',
    presets: ['recommended'],
    messages: { problem: '{{message}}', nested: 'Through this include, in {{file}}: {{message}}' },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    const config = effectiveConfig(context.ast, context.document.path, context.workspace);
    for (const problem of config.problems) {
      if (problem.path === context.document.path) {
        const chain = includeChainRelated(problem.via);
        context.report({
          messageId: 'problem',
          data: { message: problem.message },
          range: problem.range,
          severity: problem.severity,
          ...(chain.length > 0 ? { related: chain } : {}),
        });
        continue;
      }
      // A cycle or a runaway tree met deeper down is reported on the include of this file that
      // leads there (its own file may never be linted on its own); unresolved includes
      // (info) stay on the file that holds them, so one missing snippet is reported once.
      const entry = problem.via.find((step) => step.document === context.document.path);
      if (problem.severity === 'info' || !entry) continue;
      context.report({
        messageId: 'nested',
        data: { message: problem.message, file: problem.path },
        range: entry.directive.range,
        severity: problem.severity,
        related: [{ file: problem.path, range: problem.range, message: problem.message }],
      });
    }
  },
});
