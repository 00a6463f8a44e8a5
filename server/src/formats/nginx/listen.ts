import type { Arg, Directive } from './ast.ts';
import type { EffectiveNode } from './effective.ts';
import { NodeMemo } from './node-memo.ts';

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
  const addressArg = directive.args[0];
  if (directive.name !== 'listen' || !addressArg) return undefined;
  return new ParsedListen(directive, addressArg);
}

/**
 * A `listen` read once: the address and the flags the rules ask about are fields; the map of
 * every parameter is built when first read (no rule reads it per lint: every server's `listen`s
 * kept a Map for nothing).
 */
class ParsedListen implements ListenInfo {
  kind: ListenInfo['kind'] = 'inet';
  host = '*';
  port: number | undefined = undefined;
  unixPath: string | undefined = undefined;
  ssl = false;
  http2 = false;
  quic = false;
  defaultServer = false;
  proxyProtocol = false;
  reuseport = false;
  unknownParameters: readonly Arg[] = NO_ARGS;
  private parameterMap: ReadonlyMap<string, string | true> | undefined = undefined;

  constructor(
    readonly directive: Directive,
    readonly addressArg: Arg,
  ) {
    readAddress(addressArg.value, this);
    const { args } = directive;
    let unknown: Arg[] | undefined;
    for (let i = 1; i < args.length; i++) {
      const arg = args[i]!;
      const key = parameterKey(arg.value);
      if (key === undefined) (unknown ??= []).push(arg);
      else if (key === arg.value) this.flag(key);
    }
    if (unknown) this.unknownParameters = unknown;
  }

  private flag(name: string): void {
    switch (name) {
      case 'ssl':
        this.ssl = true;
        break;
      case 'http2':
        this.http2 = true;
        break;
      case 'quic':
        this.quic = true;
        break;
      case 'default_server':
      case 'default':
        this.defaultServer = true;
        break;
      case 'proxy_protocol':
        this.proxyProtocol = true;
        break;
      case 'reuseport':
        this.reuseport = true;
        break;
    }
  }

  get parameters(): ReadonlyMap<string, string | true> {
    if (!this.parameterMap) {
      let map: Map<string, string | true> | undefined;
      const { args } = this.directive;
      for (let i = 1; i < args.length; i++) {
        const value = args[i]!.value;
        const key = parameterKey(value);
        if (key !== undefined)
          (map ??= new Map()).set(key, key === value ? true : value.slice(key.length + 1));
      }
      this.parameterMap = map ?? NO_PARAMETERS;
    }
    return this.parameterMap;
  }
}

/** The name of a parameter nginx knows for `listen`: a flag (`ssl`) or the key of a valued one (`backlog=511`). */
function parameterKey(value: string): string | undefined {
  const eq = value.indexOf('=');
  if (eq === -1) return FLAGS.has(value) ? value : undefined;
  const key = value.slice(0, eq);
  return VALUED.has(key) ? key : undefined;
}

/** Reads the address of a `listen` (its first argument) into the fields of `into`, which start as `*` with no port. */
function readAddress(value: string, into: ParsedListen): void {
  if (value.startsWith('unix:')) {
    into.kind = 'unix';
    into.host = '';
    into.unixPath = value.slice(5);
  } else if (/^\d+$/.test(value)) into.port = toPort(value);
  else if (value.startsWith('[')) {
    into.kind = 'inet6';
    const close = value.indexOf(']');
    if (close === -1) {
      into.host = value.slice(1);
      return;
    }
    into.host = value.slice(1, close);
    const after = value.slice(close + 1);
    if (after === '') into.port = 80;
    else if (after.startsWith(':')) into.port = toPort(after.slice(1));
  } else {
    const colon = value.lastIndexOf(':');
    into.host = colon === -1 ? value : value.slice(0, colon);
    into.port = colon === -1 ? 80 : toPort(value.slice(colon + 1));
  }
}

function toPort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/**
 * The `listen` directives of a server block (includes expanded), parsed once per server for
 * every rule of the lint (callers only read the list).
 */
export function serverListens(server: EffectiveNode): readonly ListenInfo[] {
  let known = listensMemo.get(server);
  if (!known) {
    const out: ListenInfo[] = [];
    for (const child of server.childrenNamed('listen')) {
      const info = parseListen(child.directive);
      if (info) out.push(info);
    }
    known = out;
    listensMemo.set(server, known);
  }
  return known;
}

const listensMemo = new NodeMemo<readonly ListenInfo[]>();

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
