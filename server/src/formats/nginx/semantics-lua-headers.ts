import type { EffectiveNode } from './effective.ts';
import { isInheritanceLevel } from './headers.ts';

/**
 * Response headers that a `header_filter_by_lua*` handler (lua-nginx-module, OpenResty) may set.
 * The handler in effect at a level is the innermost one set there or around it (inner levels
 * inherit it), and it runs for every response of the level, after `add_header`. Harden does not
 * analyse Lua: a handler whose code names the header (`ngx.header["Strict-Transport-Security"] =
 * …`, `ngx.header.strict_transport_security = …`) is read as sending it, and one whose code is
 * in a file as possibly sending any (blind case openresty-civicrm--hsts-in-lua-header-filter:
 * nginx 1.22.1 with lua-nginx-module sent HSTS on every response).
 */
const HANDLERS = ['header_filter_by_lua_block', 'header_filter_by_lua', 'header_filter_by_lua_file'];

export function luaMaySetHeader(level: EffectiveNode, header: string): boolean {
  for (let n: EffectiveNode | undefined = level; n; n = n.parent) {
    if (!isInheritanceLevel(n)) continue;
    for (const name of HANDLERS) {
      const handler = n.childrenNamed(name).at(-1);
      if (!handler) continue;
      if (name === 'header_filter_by_lua_file') return true;
      const code = (handler.directive.rawBody?.text ?? handler.args[0]?.value ?? '').toLowerCase();
      const wanted = header.toLowerCase();
      return code.includes(wanted) || code.includes(wanted.replaceAll('-', '_'));
    }
  }
  return false;
}
