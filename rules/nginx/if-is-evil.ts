import { defineRule } from '../../server/src/engine/rule.ts';
import { childrenOf, type Directive, type NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';
import { rewriteFlag } from '../../server/src/formats/nginx/semantics-tls-server.ts';

const SAFE_REWRITE_FLAGS = new Set(['last', 'redirect', 'permanent']);

/** `return` and `rewrite … last|redirect|permanent` leave the `if` at once: the only directives that are safe in it. */
function isSafe(directive: Directive): boolean {
  if (directive.name === 'return') return true;
  return directive.name === 'rewrite' && SAFE_REWRITE_FLAGS.has(rewriteFlag(directive) ?? '');
}

/**
 * An `if` in a location is an implicit nested location: when the condition holds, the request
 * is served with the `if` block's configuration, which inherits only some of the location's
 * directives (`try_files` and `add_header`s are lost, several `if`s do not combine, some
 * modules misbehave). Only `return` and `rewrite … last` are safe in it (nginx's "If is
 * evil" page). An `if` that ends with a `return` answers before any of that matters and is not
 * reported. Gixy `if_is_evil`.
 */
export const ifIsEvil = defineRule<NginxFile>({
  meta: {
    id: 'nginx/if-is-evil',
    format: 'nginx',
    severity: 'info',
    title: '`if` in a location should only `return` or `rewrite … last`',
    presets: ['strict'],
    messages: {
      unsafe:
        '`{{directive}}` inside `if` in a location is applied through an implicit nested location, which drops other directives of the location: use only `return` or `rewrite … last` there',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    for (const directive of fileDirectivesNamed(context.ast, 'if')) {
      if (directive.parent?.name !== 'location') continue;
      const body = childrenOf(directive);
      if (body.some((d) => d.name === 'return')) continue;
      const unsafe = body.find((d) => !isSafe(d));
      if (!unsafe) continue;
      context.report({
        messageId: 'unsafe',
        data: {
          directive:
            unsafe.name === 'rewrite' ? `rewrite … ${rewriteFlag(unsafe) ?? ''}`.trim() : unsafe.name,
        },
        range: directive.nameRange,
        related: [{ file: context.document.path, range: unsafe.range, message: `${unsafe.name} inside if` }],
      });
    }
  },
});
