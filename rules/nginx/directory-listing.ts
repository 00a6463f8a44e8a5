import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

/** `autoindex` (ngx_http_autoindex_module) and the third-party `fancyindex`, which lists the same way. */
const LISTING_DIRECTIVES = new Set(['autoindex', 'fancyindex']);

/**
 * A directory listing shows every file of a directory that has no index file: uploads,
 * backups, logs, `.env` copies. The Chamilo and CiviCRM guides require upload and data
 * directories not to be browsable.
 */
export const directoryListing = defineRule<NginxFile>({
  meta: {
    id: 'nginx/directory-listing',
    format: 'nginx',
    severity: 'warning',
    title: 'Directory listings must be off',
    presets: ['recommended', 'strict'],
    messages: {
      on: '`{{directive}} on` lists the files of every directory without an index file: uploads, backups and logs become browsable',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    for (const directive of [...LISTING_DIRECTIVES].flatMap((name) =>
      fileDirectivesNamed(context.ast, name),
    )) {
      if (directive.kind !== 'simple') continue;
      const arg = directive.args[0];
      if (!arg || directive.args.length !== 1 || arg.value !== 'on') continue;
      context.report({
        messageId: 'on',
        data: { directive: directive.name },
        range: directive.range,
        fix: () => ({
          title: `Set \`${directive.name} off\``,
          kind: 'safe',
          edits: [{ file, edits: [{ range: arg.range, newText: 'off' }] }],
        }),
      });
    }
  },
});
