import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

/**
 * `error_log off;` does not turn the error log off: `off` is read as a file name, and nginx
 * writes its errors to a file called `off` in its prefix directory (Gixy-ng `error_log_off`).
 * The fix keeps what the author meant without the stray file: `/dev/null`.
 */
export const errorLogOff = defineRule<NginxFile>({
  meta: {
    id: 'nginx/error-log-off',
    format: 'nginx',
    severity: 'info',
    title: '`error_log off` writes to a file named "off"',
    presets: ['strict'],
    messages: {
      off: '`error_log off` does not disable the error log: nginx writes it to a file named "off" in its prefix directory',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    for (const directive of fileDirectivesNamed(context.ast, 'error_log')) {
      const target = directive.args[0];
      if (!target || target.value !== 'off') continue;
      context.report({
        messageId: 'off',
        range: target.range,
        fix: () => ({
          title: 'Send the error log to /dev/null',
          kind: 'safe',
          edits: [{ file, edits: [{ range: target.range, newText: '/dev/null' }] }],
        }),
      });
    }
  },
});
