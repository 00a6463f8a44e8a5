import { samePlace, type EffectiveNode } from './effective.ts';
import { matchesEveryUri } from './regex.ts';
import { pathBeforeArguments } from './paths.ts';
import { answersWithoutContent, rewriteFlag, rewriteRedirectsClient } from './semantics-tls-server.ts';

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
  // A snippet's `if` is the document's node; its level's children are the server's copies.
  for (let i = siblings.findIndex((s) => samePlace(s, branch)) + 1; i < siblings.length; i++) {
    const next = siblings[i]!;
    if (next.name === 'return' || next.name === 'break' || next.name === 'if') return false;
    if (next.name !== 'rewrite') continue;
    const flag = rewriteFlag(next);
    if (flag === 'break' || rewriteRedirectsClient(next)) return false;
    if (flag === 'last' && matchesEveryUri(next.args[0]?.value ?? '')) return true;
  }
  return false;
}

/**
 * The path a location's (or a server's) rewrite directives send every request to, when they do: a `rewrite` of
 * every path (`rewrite ^ /index.php last;`) with `last` or no flag is an internal redirect, run
 * in the rewrite phase, before the access phase and before any file is read. They run in order:
 * a `return`, a `break`, a `rewrite … break` or an `if` before it may answer first, and a
 * redirect answers the client. Only a fixed path counts (`/index.php?q=$1` is `/index.php`).
 */
export function rewriteTarget(block: EffectiveNode): string | undefined {
  if (block.childrenNamed('rewrite').length === 0) return undefined;
  // At the server level nginx searches the locations after the server's rewrites whatever ends
  // them: `rewrite … break` there changes the URI as `last` does.
  const breakIsLast = block.name === 'server';
  // A rewrite without a flag changes the URI and lets the directives after it run: a `return`
  // there still answers here, and nginx searches the locations again only at the end.
  let pending: string | undefined;
  for (const child of block.children) {
    if (child.name === 'return' || child.name === 'break' || child.name === 'if') return undefined;
    if (child.name !== 'rewrite') continue;
    if (pending !== undefined) return undefined;
    let flag = rewriteFlag(child);
    if (rewriteRedirectsClient(child)) return undefined;
    if (flag === 'break') {
      if (!breakIsLast) return undefined;
      flag = 'last';
    }
    if (flag !== undefined && flag !== 'last') continue;
    if (!matchesEveryUri(child.args[0]?.value ?? '')) {
      // A server's rewrite of some paths sends those elsewhere first, as the client's path says.
      if (breakIsLast) return undefined;
      continue;
    }
    const target = fixedPathOf(child.args[1]?.value ?? '');
    if (target === undefined || flag === 'last') return target;
    pending = target;
  }
  return pending;
}

/** The path a rewrite replacement names whatever was asked, if it does. */
function fixedPathOf(replacement: string): string | undefined {
  // CodeIgniter's `/index.php/$1`: the script, with the request as its path info.
  const script = /^(\/[^?$]*?\.php)\//i.exec(replacement);
  if (script) return script[1];
  // `/index.php?q=$1` and `/index.php$is_args$args` name /index.php; `/$1` names what was asked.
  const path = pathBeforeArguments(replacement);
  const rest = replacement.slice(path.length);
  const fixed = rest === '' || rest.startsWith('?') || rest.startsWith('$is_args');
  return fixed && path.startsWith('/') ? path : undefined;
}

/**
 * Whether the request's own path never chooses a location of the server: a server-level
 * `return` answers without content, or a server-level `rewrite ^ /index.php last;` sends every
 * request to one fixed URI in the server's rewrite phase, before nginx searches the locations
 * (ngx_http_rewrite_module: the location is then found for the changed URI). Probes such as
 * `/.env` or `/uploads/h.php` then reach nothing but that URI's location.
 */
export function ignoresRequestPath(server: EffectiveNode): boolean {
  return answersWithoutContent(server) || rewriteTarget(server) !== undefined;
}
