/**
 * What an nginx TLS configuration lets clients negotiate: the protocol versions of
 * `ssl_protocols`, the weak cipher families an OpenSSL cipher string (`ssl_ciphers`) ends up
 * enabling, and the group names of `ssl_ecdh_curve`.
 *
 * Hardened values come from Mozilla's server-side TLS guidelines 6.0, "intermediate" profile
 * (https://ssl-config.mozilla.org/guidelines/6.0.json): TLS 1.2 and 1.3, six ECDHE AEAD suites,
 * the client's preference order.
 */

/** Mozilla intermediate (guidelines 6.0): `tls_versions`. */
export const MOZILLA_INTERMEDIATE_PROTOCOLS: readonly string[] = ['TLSv1.2', 'TLSv1.3'];

/** Mozilla intermediate (guidelines 6.0): `ciphers.openssl`, in order. */
export const MOZILLA_INTERMEDIATE_CIPHERS: readonly string[] = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
];

/** Mozilla intermediate (guidelines 6.0): `server_preferred_order: false`. */
export const MOZILLA_INTERMEDIATE_PREFER_SERVER_CIPHERS = 'off';

/** Protocol versions with known attacks (POODLE, BEAST, downgrade) that RFC 8996 deprecates. */
const WEAK_PROTOCOLS = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']);

/** The arguments of `ssl_protocols` naming a deprecated protocol version. */
export function weakProtocols(protocols: readonly string[]): string[] {
  return protocols.filter((p) => WEAK_PROTOCOLS.has(p));
}

/** Whether a protocol list only enables TLS 1.3, where `ssl_ciphers` has no effect. */
export function isTls13Only(protocols: readonly string[]): boolean {
  return protocols.length > 0 && protocols.every((p) => p === 'TLSv1.3');
}

/**
 * The weak cipher families this rule knows, named as OpenSSL's cipher-string aliases.
 * `aNULL` is tracked as its two halves (anonymous DH and anonymous ECDH) because OpenSSL has an
 * alias for each (`ADH`, `AECDH`): `!ADH` alone leaves the AECDH suites enabled. `!SSLv2` covers
 * nothing: OpenSSL has had no SSLv2 suites since 1.1.0, and RC4-SHA was never one.
 */
export type WeakFamily = 'NULL' | 'ADH' | 'AECDH' | 'EXPORT' | 'RC4' | 'DES' | '3DES' | 'MD5';

const ALL_FAMILIES: readonly WeakFamily[] = ['NULL', 'ADH', 'AECDH', 'EXPORT', 'RC4', 'DES', '3DES', 'MD5'];
const ANON: readonly WeakFamily[] = ['ADH', 'AECDH'];

/** The name shown for a family: the two anonymous halves are both `aNULL`. */
export function familyLabel(family: WeakFamily): string {
  return family === 'ADH' || family === 'AECDH' ? 'aNULL' : family;
}

/**
 * Which weak families an alias *selects* (may bring into the list), after OpenSSL's
 * ciphers(1) manual. eNULL suites are never selected by `ALL`/`DEFAULT`, but primitive aliases
 * (`kRSA`, `SHA1`…) do overlap with them. Aliases of strong primitives (`AESGCM`, `ECDHE`…)
 * still select the anonymous suites built on them unless they require authentication.
 */
const SELECTS: Record<string, readonly WeakFamily[]> = {
  ALL: ['ADH', 'AECDH', 'EXPORT', 'RC4', 'DES', '3DES', 'MD5'],
  COMPLEMENTOFALL: ['NULL'],
  COMPLEMENTOFDEFAULT: ['ADH', 'AECDH', 'NULL'],
  // OpenSSL 1.1+: ALL minus the complement of DEFAULT (no anonymous, NULL, RC4, DES, 3DES suites).
  DEFAULT: [],
  HIGH: ANON,
  MEDIUM: ['ADH', 'AECDH', 'RC4', '3DES', 'MD5'],
  LOW: ['ADH', 'DES', 'MD5'],
  EXP: ['EXPORT'],
  EXPORT: ['EXPORT'],
  EXPORT40: ['EXPORT'],
  EXPORT56: ['EXPORT'],
  NULL: ['NULL'],
  ENULL: ['NULL'],
  ANULL: ANON,
  ADH: ['ADH'],
  AECDH: ['AECDH'],
  RC4: ['RC4'],
  DES: ['DES'],
  '3DES': ['3DES'],
  MD5: ['MD5'],
  SSLV2: ['EXPORT', 'RC4', 'DES', '3DES', 'MD5'],
  SSLV3: ['NULL', 'ADH', 'AECDH', 'EXPORT', 'RC4', 'DES', '3DES', 'MD5'],
  TLSV1: ['NULL', 'ADH', 'AECDH', 'EXPORT', 'RC4', 'DES', '3DES', 'MD5'],
  'TLSV1.0': ['NULL', 'ADH', 'AECDH', 'EXPORT', 'RC4', 'DES', '3DES', 'MD5'],
  'TLSV1.2': ['NULL', 'ADH'],
  // Key exchange: the `k…` aliases include the anonymous suites, the authenticated ones do not.
  KRSA: ['NULL', 'EXPORT', 'RC4', 'DES', '3DES', 'MD5'],
  RSA: ['NULL', 'EXPORT', 'RC4', 'DES', '3DES', 'MD5'],
  ARSA: ['NULL', 'EXPORT', 'RC4', 'DES', '3DES', 'MD5'],
  KEDH: ['ADH', 'EXPORT', 'DES', '3DES', 'RC4'],
  KDHE: ['ADH', 'EXPORT', 'DES', '3DES', 'RC4'],
  DH: ['ADH', 'EXPORT', 'DES', '3DES', 'RC4'],
  EDH: ['EXPORT', 'DES', '3DES'],
  DHE: ['EXPORT', 'DES', '3DES'],
  KEECDH: ['AECDH', 'NULL', 'RC4', '3DES'],
  KECDHE: ['AECDH', 'NULL', 'RC4', '3DES'],
  ECDH: ['AECDH', 'NULL', 'RC4', '3DES'],
  EECDH: ['NULL', 'RC4', '3DES'],
  ECDHE: ['NULL', 'RC4', '3DES'],
  AECDSA: ['NULL', 'RC4', '3DES'],
  ECDSA: ['NULL', 'RC4', '3DES'],
  // Symmetric ciphers and MACs (anonymous ECDH exists only with SHA-1 CBC suites, anonymous DH also with GCM).
  AES: ANON,
  AES128: ANON,
  AES256: ANON,
  AESGCM: ['ADH'],
  AESCCM: [],
  AESCCM8: [],
  CHACHA20: [],
  CAMELLIA: ['ADH'],
  CAMELLIA128: ['ADH'],
  CAMELLIA256: ['ADH'],
  ARIA: [],
  SEED: ['ADH'],
  IDEA: [],
  SHA1: ['NULL', 'ADH', 'AECDH', 'EXPORT', 'RC4', 'DES', '3DES'],
  SHA: ['NULL', 'ADH', 'AECDH', 'EXPORT', 'RC4', 'DES', '3DES'],
  SHA256: ['NULL', 'ADH'],
  SHA384: ['ADH'],
};

/**
 * Which families an alias *removes* when negated (`!X`, `-X`): only those it covers entirely.
 * `!ADH` covers anonymous DH but not anonymous ECDH; `!LOW` covers single DES.
 */
const COVERS: Record<string, readonly WeakFamily[]> = {
  NULL: ['NULL'],
  ENULL: ['NULL'],
  ANULL: ANON,
  ADH: ['ADH'],
  AECDH: ['AECDH'],
  EXP: ['EXPORT'],
  EXPORT: ['EXPORT'],
  EXPORT40: ['EXPORT'],
  EXPORT56: ['EXPORT'],
  RC4: ['RC4'],
  DES: ['DES'],
  '3DES': ['3DES'],
  MD5: ['MD5'],
  LOW: ['DES'],
  MEDIUM: ['RC4', '3DES'],
  // Every 3DES, single-DES and anonymous-ECDH suite uses a SHA-1 MAC.
  SHA1: ['3DES', 'DES', 'AECDH'],
  SHA: ['3DES', 'DES', 'AECDH'],
  SSLV3: ['EXPORT', 'RC4', 'DES', '3DES', 'MD5'],
  TLSV1: ['EXPORT', 'RC4', 'DES', '3DES', 'MD5'],
  'TLSV1.0': ['EXPORT', 'RC4', 'DES', '3DES', 'MD5'],
  ALL: ALL_FAMILIES,
  COMPLEMENTOFALL: ['NULL'],
  COMPLEMENTOFDEFAULT: ['NULL', 'ADH', 'AECDH'],
};

/** The weak families of one suite named the OpenSSL way (`ECDHE-RSA-DES-CBC3-SHA`, `RC4-MD5`, `EXP-ADH-DES-CBC-SHA`…). */
function familiesOfSuite(name: string): WeakFamily[] {
  const out: WeakFamily[] = [];
  const parts = name.split('-');
  if (parts[0] === 'EXP' || parts[0] === 'EXP1024') out.push('EXPORT');
  if (parts.includes('NULL')) out.push('NULL');
  if (parts.includes('ADH')) out.push('ADH');
  if (parts.includes('AECDH')) out.push('AECDH');
  if (parts.some((p) => p.startsWith('RC4'))) out.push('RC4');
  if (parts.includes('CBC3') || parts.includes('3DES')) out.push('3DES');
  else if (parts.includes('DES')) out.push('DES');
  if (parts[parts.length - 1] === 'MD5') out.push('MD5');
  return out;
}

type Lookup = 'selects' | 'covers';

/** The families a cipher-string element selects or covers; `A+B` is the intersection of its parts. */
function familiesOfElement(element: string, lookup: Lookup): WeakFamily[] {
  const parts = element.split('+').filter((p) => p.length > 0);
  let result: WeakFamily[] | undefined;
  for (const part of parts) {
    const key = part.toUpperCase();
    const table = lookup === 'selects' ? SELECTS : COVERS;
    let families: readonly WeakFamily[];
    if (Object.prototype.hasOwnProperty.call(table, key)) families = table[key]!;
    else if (part.includes('-')) families = familiesOfSuite(key);
    // An alias this table does not know (`PSK`, `SRP`, `kGOST`…): selects nothing weak that we track, covers nothing.
    else families = [];
    result = result === undefined ? [...families] : result.filter((f) => families.includes(f));
  }
  return result ?? [];
}

export interface CipherAnalysis {
  /** Weak families left enabled at the end of the string, in a fixed order. */
  weak: WeakFamily[];
  /** The first element (as written) that brought in each weak family. */
  sources: Map<WeakFamily, string>;
}

/**
 * Evaluates an OpenSSL cipher string the way `SSL_CTX_set_cipher_list` reads it, for the weak
 * families only: elements are separated by `:`, `,` or spaces and read left to right; a bare
 * element adds what it selects (unless permanently removed), `-X` removes what X covers (a later
 * element can add it back), `!X` removes it for good, `+X` only reorders, `@…` are commands.
 */
export function analyzeCipherString(value: string): CipherAnalysis {
  const enabled = new Set<WeakFamily>();
  const banned = new Set<WeakFamily>();
  const sources = new Map<WeakFamily, string>();
  for (const element of value.split(/[:, ]+/)) {
    if (element.length === 0 || element.startsWith('@') || element.startsWith('+')) continue;
    const prefix = element.charAt(0);
    if (prefix === '!' || prefix === '-') {
      for (const family of familiesOfElement(element.slice(1), 'covers')) {
        enabled.delete(family);
        sources.delete(family);
        if (prefix === '!') banned.add(family);
      }
      continue;
    }
    for (const family of familiesOfElement(element, 'selects')) {
      if (banned.has(family) || enabled.has(family)) continue;
      enabled.add(family);
      sources.set(family, element);
    }
  }
  return { weak: ALL_FAMILIES.filter((f) => enabled.has(f)), sources };
}

/** The distinct labels of weak families (`aNULL` once for both anonymous halves). */
export function weakLabels(families: readonly WeakFamily[]): string[] {
  return [...new Set(families.map(familyLabel))];
}

/**
 * Group names of an `ssl_ecdh_curve` list that are post-quantum hybrids (ML-KEM, the Kyber
 * drafts) written without OpenSSL's `?` "ignore if unknown" prefix. OpenSSL before 3.5 does not
 * know them, rejects the whole list, and nginx then refuses to start.
 */
export function unguardedPostQuantumGroups(value: string): string[] {
  return value
    .split(':')
    .filter((group) => group.length > 0 && !group.startsWith('?'))
    .filter((group) => /MLKEM|KYBER/i.test(group));
}
