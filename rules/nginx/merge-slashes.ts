import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

/**
 * With `merge_slashes off`, nginx matches locations against the URI as sent: `//admin/` does
 * not start with `/admin/`, so a prefix location that protects `/admin/` (`deny`,
 * `auth_basic`) is skipped, while the file system and most backends still read `//admin/` as
 * `/admin/`.
 */
export const mergeSlashes = defineRule<NginxFile>({
  meta: {
    id: 'nginx/merge-slashes',
    format: 'nginx',
    severity: 'info',
    title: 'Keep `merge_slashes` on',
    presets: ['strict'],
    messages: {
      off: '`merge_slashes off` keeps repeated slashes in the URI: `//admin/` does not match `location /admin/`, so access rules on prefix locations can be bypassed',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    for (const directive of fileDirectivesNamed(context.ast, 'merge_slashes')) {
      const value = directive.args[0];
      if (!value || value.value.toLowerCase() !== 'off') continue;
      context.report({
        messageId: 'off',
        range: value.range,
        fix: () => ({
          title: 'Set `merge_slashes on`',
          kind: 'safe',
          edits: [{ file, edits: [{ range: value.range, newText: 'on' }] }],
        }),
      });
    }
  },
});
