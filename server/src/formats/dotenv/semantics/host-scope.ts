/**
 * Where a host name or address points: this machine, a private network, every interface, or the
 * public Internet. Used by dotenv/database-public-host (a database must stay on localhost or a
 * private network, per the Chamilo and CiviCRM guides) and dotenv/insecure-url.
 */

export type HostScope =
  /** `0.0.0.0`, `::`: every interface. */
  | 'any'
  | 'loopback'
  /** RFC 1918, CGNAT, link-local, IPv6 unique-local and link-local. */
  | 'private'
  /** A literal IP address outside the ranges above. */
  | 'public-ip'
  /** `localhost`, `*.localhost`, `*.local`, `*.internal`, `*.lan`, `*.home.arpa`, or a single-label name (a container or LAN host). */
  | 'local-name'
  /** Any other DNS name: it may or may not be public. */
  | 'name';

function ipv4Octets(host: string): number[] | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!match) return undefined;
  const octets = match.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

function ipv4Scope([a, b]: number[]): HostScope {
  if (a === undefined || b === undefined) return 'public-ip';
  if (a === 0) return 'any';
  if (a === 127) return 'loopback';
  if (a === 10) return 'private';
  if (a === 172 && b >= 16 && b <= 31) return 'private';
  if (a === 192 && b === 168) return 'private';
  if (a === 169 && b === 254) return 'private';
  if (a === 100 && b >= 64 && b <= 127) return 'private';
  return 'public-ip';
}

function ipv6Scope(address: string): HostScope | undefined {
  if (!/^[0-9a-f:.]+$/i.test(address) || !address.includes(':')) return undefined;
  const lower = address.toLowerCase();
  if (/^[0:]+$/.test(lower)) return 'any';
  if (/^[0:]+1$/.test(lower)) return 'loopback';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) {
    const octets = ipv4Octets(mapped[1]!);
    return octets ? ipv4Scope(octets) : undefined;
  }
  if (/^f[cd]/.test(lower) || /^fe[89ab]/.test(lower)) return 'private';
  return 'public-ip';
}

export function hostScope(rawHost: string): HostScope {
  const host = rawHost.trim().replace(/\.$/, '');
  const bracketed = /^\[(.*)\]$/.exec(host);
  const v6 = ipv6Scope(bracketed ? bracketed[1]! : host);
  if (v6) return v6;
  const octets = ipv4Octets(host);
  if (octets) return ipv4Scope(octets);
  const name = host.toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return 'loopback';
  if (!name.includes('.')) return 'local-name';
  if (/\.(?:local|internal|lan|intranet|home\.arpa|localdomain)$/.test(name)) return 'local-name';
  return 'name';
}
