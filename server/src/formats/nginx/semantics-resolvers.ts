import { ObjectMemo } from '../../engine/object-memo.ts';
import { isIPv4, isIPv6 } from 'node:net';
import type { EffectiveConfig, EffectiveNode } from './effective.ts';
import { walkEffective } from './effective.ts';
import { enclosingBlock } from './server-blocks.ts';
import { variablesIn } from './variables.ts';

/**
 * Name resolution in nginx: a host name written literally in `proxy_pass` (and the other
 * `*_pass` directives) is resolved once, at startup, by the system resolver; a `*_pass` whose
 * value holds a variable is evaluated for each request, and its host, unless it is an address
 * or the name of an `upstream`, is resolved then with the `resolver` directive's DNS servers
 * (ngx_http_upstream_init_request: "no resolver defined to resolve …" and a 502 without one).
 */

/** Directives that pass a request to an upstream given as a URL or an address. */
export const PASS_DIRECTIVES: ReadonlySet<string> = new Set([
  'proxy_pass',
  'fastcgi_pass',
  'uwsgi_pass',
  'scgi_pass',
  'grpc_pass',
  'memcached_pass',
]);

/** Name suffixes of private networks, service discovery and mDNS: never answered by public DNS. */
const LOCAL_SUFFIXES = [
  '.local',
  '.localhost',
  '.localdomain',
  '.internal',
  '.intranet',
  '.private',
  '.corp',
  '.home',
  '.lan',
  '.home.arpa',
  '.svc',
  '.cluster.local',
  '.consul',
];

/** An IPv4 address in a loopback, private (RFC 1918), link-local or shared (RFC 6598) range. */
export function isPrivateIPv4(ip: string): boolean {
  if (!isIPv4(ip)) return false;
  const [a, b] = ip.split('.').map(Number) as [number, number];
  return (
    a === 127 ||
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

/** An IPv6 address that is loopback, unique-local (fc00::/7) or link-local (fe80::/10). */
export function isPrivateIPv6(ip: string): boolean {
  if (!isIPv6(ip)) return false;
  const lower = ip.toLowerCase();
  if (lower === '::1' || lower === '0:0:0:0:0:0:0:1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return isPrivateIPv4(mapped[1]!);
  const first = parseInt(lower.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}

/** The host of `host`, `host:port`, `[v6]`, `[v6]:port` or a bare IPv6 address. */
export function hostOf(address: string): string {
  if (address.startsWith('[')) {
    const close = address.indexOf(']');
    return close === -1 ? address.slice(1) : address.slice(1, close);
  }
  if (isIPv6(address)) return address;
  const colon = address.lastIndexOf(':');
  return colon === -1 ? address : address.slice(0, colon);
}

export function isIpAddress(host: string): boolean {
  return isIPv4(host) || isIPv6(host);
}

/**
 * Whether a DNS server address of `resolver` is on the machine or a private network: a private
 * or loopback address, or a name that public DNS never answers (a single label such as a
 * Docker service name, or a private suffix).
 */
export function isLocalNameServer(address: string): boolean {
  const host = hostOf(address).toLowerCase();
  if (isIPv4(host)) return isPrivateIPv4(host);
  if (isIPv6(host)) return isPrivateIPv6(host);
  if (host === 'localhost' || !host.includes('.')) return true;
  return LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix));
}

/** The DNS server addresses of a `resolver` directive (its `name=value` parameters left out). */
export function nameServers(resolver: EffectiveNode): string[] {
  return resolver.args.map((a) => a.value).filter((v) => !v.includes('='));
}

export interface PassTarget {
  /** The text of the host part as written (variables included), without the port. */
  host: string;
  /** Whether the whole value holds a variable (nginx then resolves at request time). */
  dynamic: boolean;
}

/** Variables whose value starts with `/` (the URI and what nginx derives from it). */
const PATH_VARIABLES = new Set([
  'request_uri',
  'uri',
  'document_uri',
  'fastcgi_script_name',
  'request_filename',
]);

/** The host part of a `*_pass` value: after `scheme://` (when present), up to the path and port. */
export function passTarget(value: string): PassTarget | undefined {
  if (value.startsWith('unix:') || value.length === 0) return undefined;
  const scheme = value.indexOf('://');
  const rest = scheme === -1 ? value : value.slice(scheme + 3);
  if (rest.startsWith('unix:')) return undefined;
  let end = rest.indexOf('/');
  if (end === -1) end = rest.length;
  // `http://api.example.com$request_uri`: these variables start with the path's `/`.
  const pathVariable = variablesIn(rest).find((ref) => PATH_VARIABLES.has(ref.name));
  if (pathVariable && pathVariable.start < end) end = pathVariable.start;
  const authority = rest.slice(0, end);
  const host = authority.startsWith('[')
    ? authority.slice(0, authority.indexOf(']') + 1)
    : stripPort(authority);
  return { host, dynamic: variablesIn(value).length > 0 };
}

/** `host:8080` → `host`; a `:` followed by a variable (`$backend:$port`) ends the host too. */
function stripPort(authority: string): string {
  const colon = authority.lastIndexOf(':');
  if (colon === -1) return authority;
  const after = authority.slice(colon + 1);
  return /^(\d+|\$\w+|\$\{\w+\})$/.test(after) ? authority.slice(0, colon) : authority;
}

/** What the configuration says about names and variables, for request-time resolution. */
export interface NameKnowledge {
  /** Names of `upstream` blocks and hosts of static `*_pass` (nginx's implicit upstreams). */
  upstreams: Set<string>;
  /** Constant values each variable can get from `set` and `map` (undefined: not known). */
  values: Map<string, string[] | undefined>;
  /** True when the whole `http` block is visible (a main configuration or a placed file). */
  complete: boolean;
}

const knowledgeCache = new ObjectMemo<EffectiveConfig, NameKnowledge>('knowledgeCache');

/** Upstream names and variable values visible from a file's configuration (its whole `http` block when known). */
export function nameKnowledge(config: EffectiveConfig): NameKnowledge {
  const cached = knowledgeCache.get(config);
  if (cached) return cached;
  const placedIn = config.placement?.parent;
  const http = placedIn ? enclosingBlock(placedIn, 'http') : undefined;
  const roots = http ? http.children : config.nodes;
  const complete = http !== undefined || config.nodes.some((n) => n.name === 'http');
  const knowledge: NameKnowledge = { upstreams: new Set(), values: new Map(), complete };
  const add = (name: string, value: string | undefined) => {
    const known = knowledge.values.get(name);
    if (knowledge.values.has(name) && known === undefined) return;
    if (value === undefined || variablesIn(value).length > 0) knowledge.values.set(name, undefined);
    else knowledge.values.set(name, [...(known ?? []), value]);
  };
  walkEffective(roots, (node) => {
    if (node.name === 'upstream' && node.directive.kind === 'block') {
      const name = node.args[0]?.value;
      if (name) knowledge.upstreams.add(name.toLowerCase());
      return false;
    }
    if (node.name === 'map' && node.directive.kind === 'block') {
      const variable = node.args[1]?.value;
      if (variable?.startsWith('$')) {
        const name = variable.slice(1);
        for (const entry of node.children) {
          if (entry.name === 'hostnames' || entry.name === 'volatile' || entry.name === 'include') continue;
          add(name, entry.args[0]?.value);
        }
      }
      return false;
    }
    if (node.name === 'set' && node.args.length === 2) {
      const variable = node.args[0]!.value;
      if (variable.startsWith('$')) add(variable.slice(1), node.args[1]!.value);
    }
    if (PASS_DIRECTIVES.has(node.name)) {
      const target = passTarget(node.args[0]?.value ?? '');
      if (target && !target.dynamic) knowledge.upstreams.add(target.host.toLowerCase());
    }
    return undefined;
  });
  knowledgeCache.set(config, knowledge);
  return knowledge;
}

const MAX_CANDIDATES = 64;

/**
 * The hosts a dynamic `*_pass` host part can evaluate to, from the constant values of its
 * variables; undefined when a variable is not set to constants in the configuration (a
 * built-in such as `$host`, a map value with variables…).
 */
export function candidateHosts(host: string, knowledge: NameKnowledge): string[] | undefined {
  const refs = variablesIn(host);
  let results = [''];
  let at = 0;
  for (const ref of refs) {
    const literal = host.slice(at, ref.start);
    const values = knowledge.values.get(ref.name);
    if (!values) return undefined;
    const next: string[] = [];
    for (const prefix of results) for (const value of values) next.push(prefix + literal + value);
    if (next.length > MAX_CANDIDATES) return undefined;
    results = next;
    at = ref.end;
  }
  const tail = host.slice(at);
  return [...new Set(results.map((r) => hostOf(r + tail)))];
}
