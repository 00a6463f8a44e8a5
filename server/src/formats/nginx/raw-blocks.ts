import type { RawLanguage } from './ast.ts';

/**
 * Block directives whose body is code in another language, which nginx hands over unread to
 * a module: OpenResty's `*_by_lua_block` (lua-nginx-module has its own lexer for them), and any
 * other `…_block` or `js_…` directive written with braces. Their body is kept as text: reading
 * it as nginx directives would report errors that are not there and hide the real ones.
 */
export function rawBlockLanguage(name: string): RawLanguage | undefined {
  if (name.endsWith('_lua_block')) return 'lua';
  if (name.startsWith('js_') || name.startsWith('njs_')) return 'javascript';
  if (name.endsWith('_block')) return 'unknown';
  return undefined;
}
