import { ObjectMemo } from '../../engine/object-memo.ts';
import { samePlace, type EffectiveConfig, type EffectiveNode } from './effective.ts';
import { serverListens } from './listen.ts';
import { locationInfo, matchLocation } from './locations.ts';
import { listensOnLoopbackOnly } from './semantics-tls-server.ts';
import { nodesNamed, serverOf } from './semantics-tree-index.ts';

/**
 * A public server's location that hands every request it takes, path unchanged, to a server of
 * the same configuration that listens on the loopback only: CloudPanel's vhost template, whose
 * `location / { proxy_pass http://127.0.0.1:8080; }` in the public server reaches the site's own
 * backend server, `listen 127.0.0.1:8080;`, which runs PHP and sends the other files (blind case
 * cloudpanel-symfony--backend-front-controller-only: nginx 1.22.1 sent `/legacy/config.php`'s
 * source through the proxy).
 */
export interface ProxyFront {
  front: EffectiveNode;
  location: EffectiveNode;
}

/** The fronts of a loopback-only server; none for any other server. */
export function proxyFronts(config: EffectiveConfig, server: EffectiveNode): ProxyFront[] {
  if (!listensOnLoopbackOnly(server)) return [];
  const byPort = frontsByPort(config);
  if (byPort.size === 0) return [];
  const out: ProxyFront[] = [];
  for (const listen of serverListens(server)) {
    const fronts = listen.port === undefined ? undefined : byPort.get(listen.port);
    if (fronts) for (const front of fronts) if (!out.includes(front)) out.push(front);
  }
  return out;
}

/** `frontsByPort`'s answers, per configuration: every loopback server of a large one asks. */
const frontIndexes = new ObjectMemo<EffectiveConfig, Map<number, ProxyFront[]>>('frontIndexes');

/** The proxying locations of the configuration's public servers, by the loopback port they reach. */
function frontsByPort(config: EffectiveConfig): Map<number, ProxyFront[]> {
  let index = frontIndexes.get(config);
  if (index) return index;
  index = new Map();
  let upstreams: Map<string, EffectiveNode> | undefined;
  const upstreamNamed = (name: string): EffectiveNode | undefined => {
    if (!upstreams) {
      upstreams = new Map();
      for (const u of nodesNamed(config, 'upstream')) {
        const key = u.args[0]?.value;
        if (key !== undefined && !upstreams.has(key)) upstreams.set(key, u);
      }
    }
    return upstreams.get(name);
  };
  for (const pass of nodesNamed(config, 'proxy_pass')) {
    const location = pass.parent;
    if (location?.name !== 'location') continue;
    const info = locationInfo(location);
    if (!info || info.isRegex || info.modifier === '@' || info.modifier === '=') continue;
    const front = serverOf(location);
    if (!front || listensOnLoopbackOnly(front)) continue;
    const port = loopbackTarget(pass.args[0]?.value ?? '', upstreamNamed);
    if (port === undefined) continue;
    const list = index.get(port);
    if (list) list.push({ front, location });
    else index.set(port, [{ front, location }]);
  }
  frontIndexes.set(config, index);
  return index;
}

/**
 * Whether a request for `uri` reaches the server: any request when it listens beyond the
 * loopback; for a loopback-only server, one that a front's proxying location takes.
 */
export function reachesServer(config: EffectiveConfig, server: EffectiveNode, uri: string): boolean {
  if (!listensOnLoopbackOnly(server)) return true;
  return proxyFronts(config, server).some(({ front, location }) => {
    const match = matchLocation(front, uri);
    const chosen = match.location?.node;
    return !match.uncertain && chosen !== undefined && samePlace(chosen, location);
  });
}

/**
 * The loopback port a `proxy_pass` URL sends requests to with their path unchanged (no URI part,
 * no variable): `http://127.0.0.1:8080`, `http://localhost:8080`, or an upstream whose every
 * server is such an address.
 */
function loopbackTarget(
  url: string,
  upstreamNamed: (name: string) => EffectiveNode | undefined,
): number | undefined {
  const parsed = /^https?:\/\/([^/$]+)$/.exec(url);
  if (!parsed) return undefined;
  const hostPort = parsed[1]!;
  const direct = loopbackPort(hostPort);
  if (direct !== undefined) return direct;
  const upstream = upstreamNamed(hostPort);
  if (!upstream) return undefined;
  const ports = upstream.childrenNamed('server').map((s) => loopbackPort(s.args[0]?.value ?? ''));
  const first = ports[0];
  return first !== undefined && ports.every((p) => p === first) ? first : undefined;
}

/** The port of `127.0.0.1:8080`, `localhost:8080` or `[::1]:8080`; undefined for another address. */
function loopbackPort(hostPort: string): number | undefined {
  const found = /^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\]):(\d{1,5})$/.exec(hostPort);
  return found ? Number(found[1]) : undefined;
}
