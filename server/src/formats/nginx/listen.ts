import type { Arg, Directive } from './ast.ts';
import type { EffectiveNode } from './effective.ts';

/**
 * A `listen` directive as ngx_http_core_listen / ngx_parse_url read it:
 *   listen 443 ssl;  listen 127.0.0.1:8080;  listen [::]:443 ssl default_server;
 *   listen unix:/run/app.sock;  listen localhost;  listen *:80;  listen 443 quic reuseport;
 * An address without a port means port 80 (nginx's default, http); a bare number is a port.
 */
export interface ListenInfo {
  directive: Directive;
  addressArg: Arg;
  kind: 'inet' | 'inet6' | 'unix';
  /** `*` when only a port is given or written `*:port`; the IPv6 address without brackets. */
  host: string;
  /** Undefined for unix sockets and for an unparsable port. */
  port: number | undefined;
  /** Path after `unix:`. */
  unixPath?: string;
  ssl: boolean;
  http2: boolean;
  quic: boolean;
  /** `default_server` or its old spelling `default`. */
  defaultServer: boolean;
  proxyProtocol: boolean;
  reuseport: boolean;
  /** Every parameter after the address: `ssl` → true, `backlog=511` → '511'. */
  parameters: ReadonlyMap<string, string | true>;
  /** Parameters nginx does not know for `listen`. */
  unknownParameters: readonly Arg[];
}

const FLAGS = new Set([
  'ssl',
  'http2',
  'quic',
  'default_server',
  'default',
  'proxy_protocol',
  'reuseport',
  'deferred',
  'bind',
  'multipath',
  'spdy',
]);
const VALUED = new Set([
  'setfib',
  'fastopen',
  'backlog',
  'rcvbuf',
  'sndbuf',
  'accept_filter',
  'ipv6only',
  'so_keepalive',
]);

/** Shared by every `listen` without parameters (most `listen 80;`): one less Map kept per server. */
const NO_PARAMETERS: ReadonlyMap<string, string | true> = new Map();
const NO_ARGS: readonly Arg[] = Object.freeze([]);

export function parseListen(directive: Directive): ListenInfo | undefined {
  const { args } = directive;
  const addressArg = args[0];
  if (directive.name !== 'listen' || !addressArg) return undefined;
  const address = parseAddress(addressArg.value);
  let parameters: Map<string, string | true> | undefined;
  let unknownParameters: Arg[] | undefined;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.value.indexOf('=');
    const key = eq === -1 ? arg.value : arg.value.slice(0, eq);
    if (eq === -1 && FLAGS.has(key)) (parameters ??= new Map()).set(key, true);
    else if (eq !== -1 && VALUED.has(key)) (parameters ??= new Map()).set(key, arg.value.slice(eq + 1));
    else (unknownParameters ??= []).push(arg);
  }
  const has = (key: string): boolean => parameters?.get(key) === true;
  return {
    directive,
    addressArg,
    ...address,
    ssl: has('ssl'),
    http2: has('http2'),
    quic: has('quic'),
    defaultServer: has('default_server') || has('default'),
    proxyProtocol: has('proxy_protocol'),
    reuseport: has('reuseport'),
    parameters: parameters ?? NO_PARAMETERS,
    unknownParameters: unknownParameters ?? NO_ARGS,
  };
}

function parseAddress(value: string): Pick<ListenInfo, 'kind' | 'host' | 'port' | 'unixPath'> {
  if (value.startsWith('unix:')) return { kind: 'unix', host: '', port: undefined, unixPath: value.slice(5) };
  if (/^\d+$/.test(value)) return { kind: 'inet', host: '*', port: toPort(value) };
  if (value.startsWith('[')) {
    const close = value.indexOf(']');
    if (close === -1) return { kind: 'inet6', host: value.slice(1), port: undefined };
    const host = value.slice(1, close);
    const after = value.slice(close + 1);
    if (after === '') return { kind: 'inet6', host, port: 80 };
    return { kind: 'inet6', host, port: after.startsWith(':') ? toPort(after.slice(1)) : undefined };
  }
  const colon = value.lastIndexOf(':');
  if (colon === -1) return { kind: 'inet', host: value, port: 80 };
  return { kind: 'inet', host: value.slice(0, colon), port: toPort(value.slice(colon + 1)) };
}

function toPort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/** The `listen` directives of a server block (includes expanded), parsed. */
export function serverListens(server: EffectiveNode): ListenInfo[] {
  const out: ListenInfo[] = [];
  for (const child of server.childrenNamed('listen')) {
    const info = parseListen(child.directive);
    if (info) out.push(info);
  }
  return out;
}

/**
 * Whether a server serves TLS: a `listen … ssl` or `listen … quic`, or the old `ssl on;`
 * (removed in nginx 1.25.1, still in many configs).
 */
export function servesTls(server: EffectiveNode): boolean {
  if (serverListens(server).some((l) => l.ssl || l.quic)) return true;
  return server.childrenNamed('ssl').some((c) => c.args[0]?.value === 'on');
}

/**
 * Whether a server serves plain HTTP: a `listen` without `ssl`/`quic`, or no `listen` at all
 * (nginx then listens on *:80, or *:8000 when not started as root).
 */
export function servesPlainHttp(server: EffectiveNode): boolean {
  const listens = serverListens(server);
  if (listens.length === 0) return !server.childrenNamed('ssl').some((c) => c.args[0]?.value === 'on');
  const sslOn = server.childrenNamed('ssl').some((c) => c.args[0]?.value === 'on');
  return listens.some((l) => !l.ssl && !l.quic && !sslOn);
}
