import type { EffectiveNode } from './effective.ts';
import { matchesEveryUri } from './regex.ts';
import { rewriteFlag, rewriteRedirectsClient } from './semantics-tls-server.ts';

/**
 * Whether nginx never answers a request with an `if` block's own configuration. nginx runs the
 * rewrite directives of a location in order; a matching `if` only switches the configuration the
 * request will be answered with, and the directives after it still run. When the `if` body only
 * sets things (no `return`, `break` or `rewrite … break` of its own) and a later `rewrite … last`
 * of the enclosing block takes every path, every request that entered the `if` is sent to a new
 * location search, and answered there with that location's headers. DokuWiki's
 * `location @dokuwiki { if ($arg_do) { add_header X-Robots-Tag …; } … rewrite ^/(.*)
 * /doku.php?id=$1 last; }` sends no response with the `if`'s headers (checked on nginx 1.22.1:
 * `/start?do=edit` carries the server's headers and no `X-Robots-Tag`).
 *
 * Only an internal `last` counts: a redirect (`redirect`, `permanent`, or a replacement that
 * starts with a scheme, whatever its flag) is a response of the `if`'s configuration, and a
 * rewrite without a flag lets a later `return` answer there. A `break`, a `return`, a redirect or
 * another `if` before the catch-all rewrite, or in the `if` itself, may answer the request in the
 * `if`'s configuration: the level keeps counting.
 */
export function ifNeverAnswers(branch: EffectiveNode): boolean {
  if (branch.name !== 'if' || !branch.parent) return false;
  for (const child of branch.children) {
    if (child.name === 'return' || child.name === 'break') return false;
    // `break` answers in the if; a redirect (a flag, or a replacement with a scheme) is its response.
    if (child.name === 'rewrite' && (rewriteFlag(child) === 'break' || rewriteRedirectsClient(child)))
      return false;
  }
  const siblings = branch.parent.children;
  for (let i = siblings.indexOf(branch) + 1; i < siblings.length; i++) {
    const next = siblings[i]!;
    if (next.name === 'return' || next.name === 'break' || next.name === 'if') return false;
    if (next.name !== 'rewrite') continue;
    const flag = rewriteFlag(next);
    if (flag === 'break' || rewriteRedirectsClient(next)) return false;
    if (flag === 'last' && matchesEveryUri(next.args[0]?.value ?? '')) return true;
  }
  return false;
}
