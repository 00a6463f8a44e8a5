import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { isDataBlock } from '../../server/src/formats/nginx/directives.ts';
import { walkDirectives } from '../../server/src/formats/nginx/walk.ts';

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
    const tops = context.ast.dump
      ? context.ast.dump.flatMap((part) => part.directives)
      : context.ast.directives;
    walkDirectives(tops, (directive) => {
      // Entries of `map`/`geo`/… look like directives but are data.
      if (directive.kind === 'block' && isDataBlock(directive.name)) return false;
      if (!LISTING_DIRECTIVES.has(directive.name) || directive.kind !== 'simple') return undefined;
      const arg = directive.args[0];
      if (!arg || directive.args.length !== 1 || arg.value !== 'on') return undefined;
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
      return undefined;
    });
  },
});
