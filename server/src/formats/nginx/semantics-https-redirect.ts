import type { WorkspaceView } from '../../engine/types.ts';
import type { EffectiveConfig, EffectiveNode } from './effective.ts';
import { ifCondition } from './conditions.ts';
import { answersOtherNamesNever } from './semantics-sockets.ts';
import { serverNames } from './server-blocks.ts';
import { locationsOfServer } from './semantics-tree-index.ts';
import { locationInfo, matchLocation } from './locations.ts';
import { canProbe } from './semantics-probe-safety.ts';
import { pathsPastAnswer } from './semantics-server-rewrites.ts';
import { matchesEveryUri } from './regex.ts';
import { isDenyAll, satisfyAt } from './semantics-acl.ts';
import { accessRulesAt, refusesRequests } from './semantics-php-locations.ts';
import { PASSING_HANDLERS } from './semantics-private-paths.ts';
import { alwaysFallsBack } from './semantics-try-files-fallback.ts';
import { serverListens, servesTls } from './listen.ts';
import {
  closesWithoutResponse,
  isContentlessStatus,
  isRedirectCode,
  readReturn,
  serverReturn,
} from './semantics-tls-server.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * Whether a server's plain-HTTP side serves content or only sends clients to HTTPS. nginx runs
 * a server's `return`/`rewrite`/`if` before choosing a location, so a top-level redirect covers
 * everything; otherwise every location must redirect or refuse, except the ACME HTTP-01
 * challenge (`/.well-known/acme-challenge/`), which must stay reachable over plain HTTP.
 */

const LOOPBACK = /^(127\.|localhost$|::1$)/;

/** The plain-HTTP `listen`s of a server that other machines can reach (a server with no `listen` listens on *:80). */
export function publicPlainListens(server: EffectiveNode): number {
  const sslOn = server.childrenNamed('ssl').some((c) => c.args[0]?.value === 'on');
  if (sslOn) return 0;
  const listens = serverListens(server);
  if (listens.length === 0) return 1;
  return listens.filter((l) => !l.ssl && !l.quic && l.kind !== 'unix' && !LOOPBACK.test(l.host)).length;
}

function isHttpsTarget(target: string | undefined): boolean {
  return target !== undefined && /^https:\/\//i.test(target);
}

/** A `rewrite` that redirects every request to HTTPS: its regex matches any URI (`^`, `^(.*)$`, `^/(.*)`). */
function rewritesToHttps(node: EffectiveNode): boolean {
  if (node.name !== 'rewrite' || !isHttpsTarget(node.args[1]?.value)) return false;
  const pattern = node.args[0]?.value;
  return pattern !== undefined && matchesEveryUri(pattern.replace(ACME_EXCEPTED, '^/'));
}

/**
 * A regex start that leaves the ACME challenge out: Virtualmin's generated redirect, `rewrite
 * ^/(?!.well-known)(.*) "https://…/$1" break;` in `if ($scheme = http)`, redirects every request
 * but the certificate renewals (blind case virtualmin-dolibarr: nginx 1.22.1 redirected every
 * other path). Those are the challenge location's, which this rule leaves on plain HTTP anyway.
 */
const ACME_EXCEPTED = /^\^\/\(\?!\\?\.well-known(?:\\?\/(?:acme-challenge\\?\/?)?)?\)/;

/** A block (server, location, if) whose first rewrite-phase action sends the request elsewhere, refuses it or answers without content. */
function answersBeforeContent(block: EffectiveNode): boolean {
  for (const child of block.children) {
    if (child.name === 'return') return isContentlessStatus(readReturn(child)?.code);
    if (rewritesToHttps(child)) return true;
    if (
      child.name === 'if' &&
      block.name === 'server' &&
      alwaysPlainHttp(child, block) &&
      redirectsToHttps(child)
    )
      return true;
  }
  return false;
}

/**
 * An `if ($scheme = http)` (or `!= https`) of a server that only listens for plain HTTP: it holds
 * for every request, so its redirect is the server's answer as a top-level one would be (a
 * port-80 server's `if ($scheme = http) { rewrite ^/(?!.well-known)(.*) https://…; }`).
 */
function alwaysPlainHttp(branch: EffectiveNode, server: EffectiveNode): boolean {
  const condition = ifCondition(branch.directive);
  if (condition?.subject.value !== '$scheme' || !condition.operand) return false;
  const value = condition.operand.value.toLowerCase();
  const plainTest =
    (condition.operator === '=' && value === 'http') || (condition.operator === '!=' && value === 'https');
  return plainTest && serverListens(server).length > 0 && !servesTls(server);
}

/**
 * Whether no response of a level (a location or an `if` that declares its own headers) is a page
 * a browser renders: it answers every request it takes with a redirect, an error or `204` (a
 * CORS preflight: `if ($request_method = OPTIONS) { add_header Access-Control-…; return 204; }`),
 * or its access rules refuse everybody (`deny all` first, without `satisfy any`, which lets an
 * authenticated client through), or its `try_files` finds none of its files in the workspace
 * tree and hands every request to another location (`alwaysFallsBack`), which sends the page with
 * its own headers. Page headers (nosniff, framing, referrer policy) do nothing there. A location with nested locations is not such a level: they inherit its `add_header`
 * but not its `return`, and may serve pages.
 */
export function levelServesNoPage(level: EffectiveNode, workspace: WorkspaceView): boolean {
  if (level.name === 'location' && level.childrenNamed('location').length > 0) return false;
  if (answersBeforeContent(level)) return true;
  if (level.name === 'location' && alwaysFallsBack(level, workspace)) return true;
  if (level.name !== 'location' || satisfyAt(level) === 'any') return false;
  const first = accessRulesAt(level)[0];
  return first !== undefined && isDenyAll(first);
}

/** `if (…) { return 301 https://…; }` in a block: the usual scheme or X-Forwarded-Proto test. */
function hasHttpsRedirectIf(block: EffectiveNode): boolean {
  return block.childrenNamed('if').some(redirectsToHttps);
}

function redirectsToHttps(branch: EffectiveNode): boolean {
  return branch.children.some((c) => {
    if (c.name === 'return') {
      const ret = readReturn(c);
      return isRedirectCode(ret?.code) && isHttpsTarget(ret?.target);
    }
    return rewritesToHttps(c);
  });
}

/**
 * Whether the server's `if`s redirect every request to HTTPS. One that tests the scheme or a
 * forwarded header takes them all. Certbot's `if ($host = campus.example.edu) { return 301
 * https://$host$request_uri; }` takes one name: the server's requests are all redirected only
 * when such `if`s cover each of its names and it answers no other name (another server is the
 * default of its sockets). Blind case chamilo2-certbot--port80-serves-other-hosts: certbot's
 * `return 404` replaced by the site in the default server, nginx 1.22.1 ran the application over
 * plain HTTP for `Host: 203.0.113.40`.
 */
function redirectsEveryRequest(server: EffectiveNode, config: EffectiveConfig): boolean {
  const branches = server.childrenNamed('if').filter(redirectsToHttps);
  if (branches.length === 0) return false;
  const hosts = new Set<string>();
  for (const branch of branches) {
    const host = hostTested(branch);
    if (host === undefined) return true;
    hosts.add(host);
  }
  const names = serverNames(server);
  return (
    names.length > 0 &&
    names.every((name) => hosts.has(name.value.toLowerCase())) &&
    answersOtherNamesNever(server, config)
  );
}

/** Request headers a TLS-terminating proxy or load balancer sets to say how the client connected. */
const FORWARDED_TLS_HEADER =
  /\$http_(x_forwarded_proto|x_forwarded_ssl|x_forwarded_scheme|front_end_https|cf_visitor)\b/i;

/**
 * Whether a server is the backend of a TLS-terminating proxy: it redirects to HTTPS in an `if`
 * that tests the header the proxy sets (`if ($http_x_forwarded_proto != "https") { return 301
 * https://…; }`). Browsers reach what it sends over HTTPS, through the proxy.
 */
export function redirectsBehindTlsProxy(server: EffectiveNode): boolean {
  return server
    .childrenNamed('if')
    .some(
      (branch) => branch.args.some((a) => FORWARDED_TLS_HEADER.test(a.value)) && redirectsToHttps(branch),
    );
}

/** A location for the ACME HTTP-01 challenge (certbot, acme.sh, lego…). */
export function isAcmeLocation(location: EffectiveNode): boolean {
  const info = locationInfo(location);
  return info !== undefined && /\.well-known\/acme-challenge|\.well-known\/?$/.test(info.pattern);
}

const servingLocations = new NodeMemo<boolean>();

/** Whether a location serves files itself, without handing its requests to an application. */
function servesOnlyFiles(location: EffectiveNode): boolean {
  return !PASSING_HANDLERS.some((name) => location.childrenNamed(name).length > 0);
}

/**
 * A location of `/.well-known/` files that remote services fetch to check the domain: the ACME
 * challenge, a CA's `pki-validation` file, YunoHost's `ynh-diagnosis` tokens (RFC 8615 names the
 * folder). No page, cookie or password of the site is in them.
 */
function servesWellKnownFiles(location: EffectiveNode): boolean {
  if (isAcmeLocation(location)) return true;
  const info = locationInfo(location);
  if (info === undefined || (info.modifier !== '' && info.modifier !== '^~' && info.modifier !== '='))
    return false;
  return /^\/\.well-known\/[^/]+/.test(info.pattern) && servesOnlyFiles(location);
}

/**
 * The static page an `error_page` of the server (or `http`) names, in a location of its own
 * (YunoHost's `error_page 502 /502.html; location = /502.html { root …; }`): nginx's answer for a
 * failing backend, not a page of the site.
 */
function servesErrorPage(location: EffectiveNode): boolean {
  const info = locationInfo(location);
  if (info?.modifier !== '=' || !servesOnlyFiles(location)) return false;
  for (let level = location.parent; level; level = level.parent) {
    if (level.name !== 'server' && level.name !== 'http') continue;
    if (
      level
        .childrenNamed('error_page')
        .some((page) => page.args[page.args.length - 1]?.value === info.pattern)
    )
      return true;
  }
  return false;
}

/** Whether requests served by this location get content rather than a redirect or an error (kept per location: several rules ask). */
function locationServesContent(location: EffectiveNode): boolean {
  let known = servingLocations.get(location);
  if (known === undefined) {
    const info = locationInfo(location);
    known =
      info !== undefined &&
      info.modifier !== '@' &&
      !servesWellKnownFiles(location) &&
      !servesErrorPage(location) &&
      !refusesRequests(location) &&
      // `stub_status` for the machine's own monitoring (`allow 127.0.0.1; allow ::1; deny all;`).
      !machineOnly(location) &&
      !answersBeforeContent(location) &&
      !hasHttpsRedirectIf(location);
    servingLocations.set(location, known);
  }
  return known;
}

export interface PlainHttpContent {
  /** Locations that serve content over plain HTTP. */
  locations: EffectiveNode[];
  /** True when some URIs match no location (the server level serves them). */
  unmatched: boolean;
  /** Whether an ACME challenge location answers over plain HTTP (a top-level redirect would take it too). */
  hasAcme: boolean;
  /**
   * The server's own directive that answers every plain-HTTP request reaching it (its `return
   * 301 https://…`), when rewrites before it send some requests to the content instead.
   */
  passedAnswer?: EffectiveNode;
}

/**
 * What a server serves over plain HTTP, or undefined when it only redirects to HTTPS or
 * refuses (a top-level `return`, a redirecting `rewrite`, an `if` that redirects to HTTPS, or
 * locations that all do). A server-level answer covers only the requests that reach it: a
 * `rewrite … last|break` before it sends those it matches to a location.
 */
export function plainHttpContent(
  server: EffectiveNode,
  config: EffectiveConfig,
): PlainHttpContent | undefined {
  const all = locationsOfServer(server);
  const answer = plainHttpAnswer(server, config);
  if (answer) return contentPastAnswer(server, answer, all);
  const locations = all.filter(locationServesContent);
  const unmatched = servesUnmatched(server);
  if (locations.length === 0 && !unmatched) return undefined;
  return { locations, unmatched, hasAcme: all.some(isAcmeLocation) };
}

/**
 * The server's own directive that answers every plain-HTTP request its rewrite phase brings to
 * it without content, the first in reading order: a `return` that redirects, refuses or sends no
 * body, a redirecting `rewrite` that matches every URI, or an `if` that redirects to HTTPS and
 * tests something other than the host (the scheme, a forwarded header). Else, when certbot's
 * `if ($host = …)` tests cover every request, the last of them: each earlier one is an `if` on
 * the way to it.
 */
function plainHttpAnswer(server: EffectiveNode, config: EffectiveConfig): EffectiveNode | undefined {
  for (const child of server.children) {
    if (child.name === 'return') {
      if (isContentlessStatus(readReturn(child)?.code)) return child;
      break;
    }
    if (rewritesToHttps(child)) return child;
    if (child.name === 'if' && redirectsToHttps(child) && hostTested(child) === undefined) return child;
  }
  if (!redirectsEveryRequest(server, config)) return undefined;
  const branches = server.childrenNamed('if').filter(redirectsToHttps);
  return branches.find((branch) => hostTested(branch) === undefined) ?? branches[branches.length - 1];
}

/** The name certbot's `if ($host = example.com)` tests; undefined for another condition. */
function hostTested(branch: EffectiveNode): string | undefined {
  const condition = ifCondition(branch.directive);
  return condition?.subject.value === '$host' && condition.operator === '='
    ? condition.operand?.value
    : undefined;
}

/** What requests that rewrites take past the server's `answer` get: the locations (or the server level) that serve them content. */
function contentPastAnswer(
  server: EffectiveNode,
  answer: EffectiveNode,
  all: readonly EffectiveNode[],
): PlainHttpContent | undefined {
  const locations = new Set<EffectiveNode>();
  let unmatched = false;
  for (const path of pathsPastAnswer(server, answer)) {
    if (!canProbe(server, path)) continue;
    const match = matchLocation(server, path);
    if (match.uncertain) continue;
    const location = match.location?.node;
    if (location === undefined) {
      // The server level serves the path; its access rules apply (a rewrite is no answer).
      if (!admitsLoopbackOnly(server)) unmatched = true;
    } else if (locationServesContent(location)) locations.add(location);
  }
  if (locations.size === 0 && !unmatched) return undefined;
  const hasAcme = sparesAcme(answer) && all.some(isAcmeLocation);
  return { locations: [...locations], unmatched, hasAcme, passedAnswer: answer };
}

/** Whether a server's answer leaves the ACME challenge to its location: Virtualmin's `rewrite ^/(?!.well-known)(.*) https://…`. */
function sparesAcme(answer: EffectiveNode): boolean {
  const step =
    answer.name === 'if' ? answer.children.find((c) => c.name === 'return' || rewritesToHttps(c)) : answer;
  return step?.name === 'rewrite' && ACME_EXCEPTED.test(step.args[0]?.value ?? '');
}

/**
 * Whether a server answers any request with content (over HTTP or HTTPS): not when a top-level
 * `return`/`rewrite` answers everything, nor when every location redirects, refuses or only
 * serves the ACME challenge and no request falls outside the locations.
 */
export function servesAnyContent(server: EffectiveNode): boolean {
  let known = servingServers.get(server);
  if (known === undefined) {
    known = computeServesAnyContent(server);
    servingServers.set(server, known);
  }
  return known;
}

/** Kept per server: most server rules start by asking it. */
const servingServers = new NodeMemo<boolean>();

function computeServesAnyContent(server: EffectiveNode): boolean {
  if (isContentlessStatus(serverReturn(server)?.code)) return false;
  if (closesWithoutResponse(server) || answersBeforeContent(server)) return false;
  if (locationsOfServer(server).some(locationServesContent)) return true;
  return servesUnmatched(server);
}

/**
 * Whether the server level itself serves the URIs no location takes: some do, and the server's
 * own rules let more than the machine itself in.
 */
function servesUnmatched(server: EffectiveNode): boolean {
  return matchLocation(server, '/harden-probe/x').location === undefined && !machineOnly(server);
}

/** Addresses of this machine in an `allow` rule: IPv4's 127.0.0.0/8, IPv6's ::1, a UNIX socket. */
const LOOPBACK_RULE = /^(?:127(?:\.\d{1,3}){3}(?:\/(?:[89]|[12]\d|3[0-2]))?|::1(?:\/128)?|unix:)$/;

/**
 * Whether only clients on the machine itself get past the rules in effect at `block`: every
 * `allow` before the first `deny all` names a loopback address (`allow 127.0.0.1; allow ::1;
 * deny all;`, the usual guard of a status page), and `satisfy any` does not let a password in
 * instead. Such a location serves nothing to the network.
 */
function admitsLoopbackOnly(block: EffectiveNode): boolean {
  // accessRulesAt is kept per level (asked for every location of a deep nesting); satisfy only
  // when the rules would keep strangers out.
  for (const rule of accessRulesAt(block)) {
    if (isDenyAll(rule)) return satisfyAt(block) !== 'any';
    if (rule.name === 'allow' && !LOOPBACK_RULE.test(rule.args[0]?.value ?? '')) return false;
  }
  return false;
}

/**
 * Whether only the machine itself gets an answer from a block: its access rules admit loopback
 * addresses only, and no `return` or `rewrite` of the block answers or leaves in the rewrite
 * phase, before the access phase applies them (`location = /health { allow 127.0.0.1; deny all;
 * return 200 …; }` answers everybody, checked on nginx 1.22.1).
 */
function machineOnly(block: EffectiveNode): boolean {
  if (block.childrenNamed('return').length > 0 || block.childrenNamed('rewrite').length > 0) return false;
  return admitsLoopbackOnly(block);
}
