import type { Directive } from './ast.ts';
import { acceptsArgumentCount } from './directive-arity.ts';
import { directiveInfo } from './directives.ts';
import type { EffectiveNode } from './effective.ts';
import { serverListens } from './listen.ts';
import { inheritedDirective } from './server-blocks.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * What a server answers, as far as the transport-security rules care: whether it only listens
 * on the loopback, whether a `return` at its top answers every request (ngx_http_rewrite_module
 * runs the server's rewrite directives before any location is chosen), and the content of a
 * `Strict-Transport-Security` value (RFC 6797 §6.1).
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '0:0:0:0:0:0:0:1']);

/** Whether every `listen` of the server is on the loopback or a unix socket (not reachable by browsers). */
export function listensOnLoopbackOnly(server: EffectiveNode): boolean {
  return loopbackOnly.answer(server, readLoopbackOnly);
}

/** Every rule asks it of every server, and some for each request they probe. */
const loopbackOnly = new NodeMemo<boolean>();

function readLoopbackOnly(server: EffectiveNode): boolean {
  const listens = serverListens(server);
  if (listens.length === 0) return false;
  for (const l of listens)
    if (l.kind !== 'unix' && !LOOPBACK_HOSTS.has(l.host) && !l.host.startsWith('127.')) return false;
  return true;
}

export interface ReturnInfo {
  node: EffectiveNode;
  /** The status code (302 for `return URL`); undefined for a code written as a variable. */
  code: number | undefined;
  /** The URL of a redirect, or the text of another code. */
  target: string | undefined;
}

/** A URL that nginx sends to the client rather than serving internally: it begins with a scheme (https://nginx.org/r/return, https://nginx.org/r/rewrite). */
export function startsWithScheme(target: string): boolean {
  return /^(https?:\/\/|\$scheme)/.test(target);
}

/** The flag of a `rewrite` (`last`, `break`, `redirect`, `permanent`), if written (https://nginx.org/r/rewrite). */
export function rewriteFlag(rewrite: { args: readonly { value: string }[] }): string | undefined {
  return rewrite.args[2]?.value;
}

/** A `rewrite` that answers the client with a redirect: `redirect`/`permanent`, or a replacement with a scheme. */
export function rewriteRedirectsClient(rewrite: { args: readonly { value: string }[] }): boolean {
  const flag = rewriteFlag(rewrite);
  return flag === 'redirect' || flag === 'permanent' || startsWithScheme(rewrite.args[1]?.value ?? '');
}

/**
 * The `error_page` in effect at a block for a status code: the block's own, else those of the
 * nearest outer level that has any (a level with an `error_page` replaces the outer ones,
 * https://nginx.org/r/error_page). Its last argument is the page; `=code` changes the status.
 */
export function errorPageFor(block: EffectiveNode, code: number): EffectiveNode | undefined {
  const wanted = String(code);
  for (let level: EffectiveNode | undefined = block; level; level = level.parent) {
    if (level.name === 'if') continue;
    const pages = level.childrenNamed('error_page');
    if (pages.length === 0) continue;
    return pages.find((page) => page.args.slice(0, -1).some((arg) => arg.value === wanted));
  }
  return undefined;
}

/** A `return` directive read as nginx does (`return code [text|URL]` or `return URL`). */
export function readReturn(node: EffectiveNode): ReturnInfo | undefined {
  if (node.name !== 'return') return undefined;
  const [first, second] = node.args;
  if (!first) return undefined;
  if (/^\d{3}$/.test(first.value)) return { node, code: Number(first.value), target: second?.value };
  if (startsWithScheme(first.value)) return { node, code: 302, target: first.value };
  return { node, code: undefined, target: first.value };
}

const serverReturns = new NodeMemo<ReturnInfo | null>();

/** The `return` written directly in the server (not in an `if` or a location): it answers every request. */
export function serverReturn(server: EffectiveNode): ReturnInfo | undefined {
  let known = serverReturns.get(server);
  if (known === undefined) {
    const node = server.childrenNamed('return')[0];
    known = (node ? readReturn(node) : undefined) ?? null;
    serverReturns.set(server, known);
  }
  return known ?? undefined;
}

/** Whether a status code is a redirect that carries a URL. */
export function isRedirectCode(code: number | undefined): boolean {
  return code === 301 || code === 302 || code === 303 || code === 307 || code === 308;
}

/**
 * Whether the server never sends a response: a top-level `return 444` (nginx closes the
 * connection), or a TLS-only server that refuses every handshake (`ssl_reject_handshake on`,
 * in the server or inherited from `http`: the usual catch-all for unknown names). Headers are
 * meaningless there.
 */
export function closesWithoutResponse(server: EffectiveNode): boolean {
  return serverReturn(server)?.code === 444 || refusesEveryHandshake(server);
}

function refusesEveryHandshake(server: EffectiveNode): boolean {
  if (!refusesTlsHandshakes(server)) return false;
  const listens = serverListens(server);
  return listens.length > 0 && listens.every((l) => l.ssl || l.quic);
}

/** Whether `ssl_reject_handshake on` is in effect for the server: no HTTPS response ever leaves it. */
export function refusesTlsHandshakes(server: EffectiveNode): boolean {
  return inheritedDirective(server, 'ssl_reject_handshake')?.node.args[0]?.value === 'on';
}

/**
 * Whether a `return` status sends no page: a redirect (3xx), an error (4xx, 5xx, 444), or
 * `204 No Content`, which has no body by definition (RFC 9110, section 15.3.5).
 */
export function isContentlessStatus(code: number | undefined): boolean {
  return code !== undefined && (code >= 300 || code === 204);
}

/** Whether a server-level `return` answers every request with something other than content (a redirect, an error, no content). */
export function answersWithoutContent(server: EffectiveNode): boolean {
  return isContentlessStatus(serverReturn(server)?.code);
}

export interface HstsValue {
  /** Undefined when `max-age` is absent or not a number. */
  maxAge: number | undefined;
  includeSubDomains: boolean;
  preload: boolean;
}

/** The directives of a `Strict-Transport-Security` value (names are case-insensitive, values may be quoted). */
export function parseHsts(value: string): HstsValue {
  const out: HstsValue = { maxAge: undefined, includeSubDomains: false, preload: false };
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    const name = (eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase();
    const raw =
      eq === -1
        ? ''
        : part
            .slice(eq + 1)
            .trim()
            .replace(/^"(.*)"$/, '$1');
    if (name === 'max-age' && /^\d+$/.test(raw)) out.maxAge = Number(raw);
    else if (name === 'includesubdomains') out.includeSubDomains = true;
    else if (name === 'preload') out.preload = true;
  }
  return out;
}

/** The text of a directive as written, from its name to its `;` (block bodies excluded). */
export function directiveSource(directive: Directive): string {
  return [directive.nameRaw, ...directive.args.map((a) => a.raw)].join(' ') + ';';
}

/**
 * The source lines of directives a fix copies elsewhere, or undefined when one of them is a
 * recovered parse error (an unterminated string, a missing `;`) or has an argument count nginx
 * refuses (`add_header X-Frame-Options DENY always 1;`): its copy would be one more.
 */
export function copiedSources(directives: readonly Directive[]): string[] | undefined {
  return directives.every(isCopyable) ? directives.map(directiveSource) : undefined;
}

function isCopyable(directive: Directive): boolean {
  if (!directive.terminated) return false;
  const info = directiveInfo(directive.name);
  return info === undefined || acceptsArgumentCount(info, directive.args.length);
}

/** The range of a directive's head: its name and arguments (for a block, without the body). */
export function headRange(directive: Directive): Directive['range'] {
  const last = directive.args[directive.args.length - 1];
  return { start: directive.nameRange.start, end: last ? last.range.end : directive.nameRange.end };
}
