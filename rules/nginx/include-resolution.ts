import { defineRule, type Report } from '../../server/src/engine/rule.ts';
import type { RelatedLocation } from '../../server/src/engine/types.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig, includeChainRelated } from '../../server/src/formats/nginx/effective.ts';

/**
 * Surfaces what the include expansion met: includes that resolve to nothing in the workspace
 * (info: their directives are not checked, so the file is not fully audited), include cycles
 * and malformed includes (errors nginx itself refuses), and trees too deep or too large.
 * Each problem is reported on the `include` of this document that caused it.
 */
/** How many other includes of the same unresolved file a finding lists. */
const MAX_LISTED = 50;

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
    // The same unresolved file included many times (`include fastcgi_params;` in every PHP
    // location) is one fact: reported on its first include, the others listed with it.
    const repeats = new Map<string, RelatedLocation[]>();
    const firstOf = new Map<string, Report>();
    for (const problem of config.problems) {
      if (problem.path === context.document.path) {
        if (problem.severity === 'info') {
          const seen = repeats.get(problem.message);
          if (seen) {
            if (seen.length < MAX_LISTED)
              seen.push({ file: problem.path, range: problem.range, message: 'included here too' });
            continue;
          }
          repeats.set(problem.message, []);
        }
        const chain = includeChainRelated(problem.via);
        const report: Report = {
          messageId: 'problem',
          data: { message: problem.message },
          range: problem.range,
          severity: problem.severity,
          ...(chain.length > 0 ? { related: chain } : {}),
        };
        if (problem.severity === 'info') firstOf.set(problem.message, report);
        else context.report(report);
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
    for (const [message, report] of firstOf) {
      const others = repeats.get(message) ?? [];
      const related = [...(report.related ?? []), ...others];
      context.report(related.length > 0 ? { ...report, related } : report);
    }
  },
});
