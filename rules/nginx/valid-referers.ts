import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

/**
 * `valid_referers none` makes `$invalid_referer` empty for requests without a Referer header.
 * Anyone can send such a request (curl, a page with `Referrer-Policy: no-referrer`, an
 * `<a rel="noreferrer">`), so a referer check that lets them through protects nothing
 * (Gixy `valid_referers`).
 */
export const validReferers = defineRule<NginxFile>({
  meta: {
    id: 'nginx/valid-referers',
    format: 'nginx',
    severity: 'warning',
    title: '`valid_referers` must not accept requests without a Referer',
    presets: ['recommended', 'strict'],
    messages: {
      none: '`valid_referers none` accepts every request without a Referer header, which any client can send: the referer check can be bypassed',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    for (const directive of fileDirectivesNamed(context.ast, 'valid_referers')) {
      for (const arg of directive.args) {
        if (arg.value === 'none') context.report({ messageId: 'none', range: arg.range });
      }
    }
  },
});
