import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import {
  effectiveConfig,
  walkEffective,
  type EffectiveConfig,
  type EffectiveNode,
} from '../../server/src/formats/nginx/effective.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';
import { lastDirectiveIn } from '../../server/src/formats/nginx/server-blocks.ts';

/**
 * The `open_file_cache` in effect for a node: the innermost enclosing block that sets one, or
 * the top of the file (a file read alone is taken as the inside of `http`).
 */
function fileCacheFor(
  node: EffectiveNode,
  config: EffectiveConfig,
  top: () => EffectiveNode | undefined,
): EffectiveNode | undefined {
  for (let level = node.parent; level; level = level.parent) {
    const found = lastDirectiveIn(level, 'open_file_cache');
    if (found) return found;
  }
  return config.placement ? undefined : top();
}

/**
 * `try_files` checks the file system for each candidate on every request: without
 * `open_file_cache` those are `stat()` calls per request (Gixy-ng `try_files_is_evil_too`).
 * And next to `alias` it resolves candidates against the wrong path (nginx ticket #97: `$uri`
 * still holds the location prefix), so the files tried are not the ones served.
 */
export const tryFilesEvil = defineRule<NginxFile>({
  meta: {
    id: 'nginx/try-files-evil',
    format: 'nginx',
    severity: 'info',
    title: '`try_files` needs `open_file_cache` and must not be combined with `alias`',
    presets: ['strict'],
    messages: {
      noCache:
        '`try_files` checks the file system on every request and no `open_file_cache` is enabled for this block: each request costs extra stat() calls',
      alias:
        '`try_files` next to `alias` tests `$uri` against the wrong path (nginx ticket #97): the files it tries are not the ones the alias serves',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    if (fileDirectivesNamed(context.ast, 'try_files').length === 0) return;
    const config = effectiveConfig(context.ast, file, context.workspace);
    let topCache: EffectiveNode | null | undefined;
    const top = (): EffectiveNode | undefined => {
      if (topCache === undefined)
        topCache = config.nodes.filter((n) => n.name === 'open_file_cache').pop() ?? null;
      return topCache ?? undefined;
    };
    walkEffective(config, (node) => {
      if (node.name !== 'try_files' || node.path !== file) return;
      const location = node.parent;
      const alias = location?.name === 'location' ? lastDirectiveIn(location, 'alias') : undefined;
      if (alias) {
        context.report({
          messageId: 'alias',
          range: node.directive.nameRange,
          related: [
            { file: alias.path, range: alias.directive.range, message: 'the alias of this location' },
          ],
        });
        return;
      }
      const cache = fileCacheFor(node, config, top);
      if (cache && cache.args[0]?.value !== 'off') return;
      context.report({
        messageId: 'noCache',
        range: node.directive.nameRange,
        ...(cache
          ? {
              related: [
                { file: cache.path, range: cache.directive.range, message: 'open_file_cache is off here' },
              ],
            }
          : {}),
      });
    });
  },
});
