import { ObjectMemo } from '../../engine/object-memo.ts';
import { samePlace, type EffectiveConfig, type EffectiveNode } from './effective.ts';
import { serverListens, type ListenInfo } from './listen.ts';
import { enclosingBlock, serverBlocks } from './server-blocks.ts';

/**
 * The listening sockets of http servers, as nginx groups them: servers that `listen` on the
 * same address and port share one socket, and one of them is its default server (the one
 * marked `default_server`, else the first in reading order). Checks about a socket must see
 * every server of the `http` block, not only those of one file.
 */

export interface SocketListen {
  server: EffectiveNode;
  /** The `listen` node (it may come from an included file). */
  node: EffectiveNode;
  info: ListenInfo;
}

/**
 * Every http server the configuration of a file takes part in: for a file an nginx.conf
 * includes, the servers of that nginx.conf's whole `http` block (other sites files included);
 * otherwise those of the file's own tree. In nginx's reading order.
 */
export function visibleServers(config: EffectiveConfig): EffectiveNode[] {
  const placedIn = config.placement?.parent;
  const http = placedIn ? enclosingBlock(placedIn, 'http') : undefined;
  if (!http) return serverBlocks(config);
  return http.childrenNamed('server').filter((node) => node.directive.kind === 'block');
}

/**
 * The key of the socket a `listen` opens: `*:80`, `127.0.0.1:8080`, `[::]:443`; undefined for
 * unix sockets and unreadable ports. `listen 80`, `listen *:80` and `listen 0.0.0.0:80` are one
 * socket. QUIC listens use UDP sockets, apart from the TCP ones of the same port.
 */
export function socketKey(info: ListenInfo): string | undefined {
  if (info.kind === 'unix' || info.port === undefined) return undefined;
  const transport = info.quic ? 'udp' : 'tcp';
  if (info.kind === 'inet6') {
    const host = info.host === '::' || info.host === '0:0:0:0:0:0:0:0' ? '::' : info.host.toLowerCase();
    return `${transport} [${host}]:${info.port}`;
  }
  const host = info.host === '*' || info.host === '0.0.0.0' ? '*' : info.host.toLowerCase();
  return `${transport} ${host}:${info.port}`;
}

/** How a socket key is shown in messages (`*:80`, `[::]:443 (QUIC)`). */
export function socketLabel(key: string): string {
  const [transport, address] = key.split(' ') as [string, string];
  return transport === 'udp' ? `${address} (QUIC)` : address;
}

/** The listens of the servers, grouped by socket, each group in reading order. */
export function listensBySocket(servers: readonly EffectiveNode[]): Map<string, SocketListen[]> {
  const groups = new Map<string, SocketListen[]>();
  for (const server of servers) {
    // The listens parsed once per server (serverListens), each with its node.
    const listens = serverListens(server);
    for (const node of server.childrenNamed('listen')) {
      const info = listens.find((l) => l.directive === node.directive);
      if (!info) continue;
      const key = socketKey(info);
      if (key === undefined) continue;
      const group = groups.get(key);
      if (group) group.push({ server, node, info });
      else groups.set(key, [{ server, node, info }]);
    }
  }
  return groups;
}

const groupsCache = new ObjectMemo<EffectiveConfig, Map<string, SocketListen[]>>('groupsCache');

/** `listensBySocket(visibleServers(config))`, computed once per configuration (rules share it). */
export function socketGroups(config: EffectiveConfig): Map<string, SocketListen[]> {
  let groups = groupsCache.get(config);
  if (!groups) {
    groups = listensBySocket(visibleServers(config));
    groupsCache.set(config, groups);
  }
  return groups;
}

/** The default server of a socket's listens: the one marked `default_server`, else the first in reading order. */
export function defaultServerOf(group: readonly SocketListen[]): EffectiveNode | undefined {
  return (group.find((l) => l.info.defaultServer) ?? group[0])?.server;
}

/**
 * Whether requests for other names never reach the server: on each socket it listens on, another
 * server is the default, which nginx gives every request whose host (from the request line, else
 * the Host header) no server name matches. False for a server without `listen` (nginx's `*:80`
 * or `*:8000` then; not judged) or with a socket that cannot be told.
 */
export function answersOtherNamesNever(server: EffectiveNode, config: EffectiveConfig): boolean {
  const groups = socketGroups(config);
  let listens = 0;
  for (const info of serverListens(server)) {
    const key = socketKey(info);
    const group = key === undefined ? undefined : groups.get(key);
    // The groups hold the servers of the nginx.conf that places the document: the document's
    // own node of a server is another node of the same place (samePlace).
    const byDefault = group && defaultServerOf(group);
    if (!byDefault || samePlace(byDefault, server)) return false;
    listens++;
  }
  return listens > 0;
}
