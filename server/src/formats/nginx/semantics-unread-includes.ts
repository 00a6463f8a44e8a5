import type { EffectiveNode } from './effective.ts';
import { isInheritanceLevel } from './headers.ts';
import { declaresOwn } from './semantics-header-levels.ts';

/**
 * Files whose content is known and never sets response headers: what nginx's packages ship next
 * to nginx.conf (parameters, types), and the TLS settings certbot's nginx plugin includes in
 * every server it manages.
 */
const KNOWN_FILES =
  /(^|\/)(fastcgi_params|fastcgi\.conf|uwsgi_params|scgi_params|proxy_params|mime\.types|koi-utf|koi-win|win-utf|snippets\/fastcgi-php\.conf|snippets\/snakeoil\.conf|letsencrypt\/options-ssl-nginx\.conf)$/;

/** An `include` of one named file that the workspace does not hold (a glob that matches nothing names no file). */
export function includesUnreadFile(level: EffectiveNode): boolean {
  return level.childrenNamed('include').some((inc) => {
    const status = inc.include?.status;
    if (status !== 'not-found' && status !== 'outside-workspace') return false;
    return !KNOWN_FILES.test(inc.args[0]?.value ?? '');
  });
}

/**
 * Whether the `add_header` lines in effect at a level may come from a file the workspace does
 * not hold: an `include` of it at the level, or at an outer level whose headers the level
 * inherits (up to the first level that declares its own). Nothing can then be said about a
 * header the level seems to lack: `include /etc/nginx/snippets/security-headers.conf;` most
 * likely sends it.
 */
export function headersMayComeFromUnreadFile(level: EffectiveNode): boolean {
  for (let n: EffectiveNode | undefined = level; n; n = n.parent) {
    if (!isInheritanceLevel(n)) continue;
    if (includesUnreadFile(n)) return true;
    if (declaresOwn(n)) return false;
  }
  return false;
}
