/**
 * Database connection settings in `.env` files: Doctrine-style URLs (`DATABASE_URL`) and the
 * split keys some apps use (`DATABASE_USER`, `DB_PASSWORD`, `DB_HOST`…). Offsets point into the
 * text that was parsed so rules can underline the user, the password or the host, never the
 * whole line.
 */

/** A part of the URL: its decoded text and where its source text is. */
export interface UrlPart {
  /** Percent-decoded (`%2F` → `/`); the raw text when it is not valid percent-encoding. */
  text: string;
  start: number;
  end: number;
}

export interface DatabaseUrl {
  /** Lower case, e.g. `mysql`, `postgresql`, `pdo-sqlite`. */
  scheme: string;
  user?: UrlPart;
  /** Present when the URL has a `:` after the user, even when nothing follows it. */
  password?: UrlPart;
  host?: UrlPart;
  /** Offset just after the `@` that ends the user info, when there is one (where an insertion goes). */
  userInfoEnd?: number;
  /** True when the connection goes through a Unix socket (`unix_socket=`, `host=/…`, a host that is a path). */
  viaSocket: boolean;
}

const DATABASE_SCHEMES = new Set([
  'mysql',
  'mysql2',
  'mysqli',
  'mariadb',
  'pgsql',
  'postgres',
  'postgresql',
  'sqlite',
  'sqlite3',
  'sqlsrv',
  'mssql',
  'oci',
  'oci8',
  'oracle',
  'db2',
  'ibm-db2',
  'mongodb',
]);

export function isDatabaseScheme(scheme: string): boolean {
  const lower = scheme.toLowerCase().replace(/^pdo[-_]/, '');
  // `mysql+pymysql` → `mysql` (cut at the first `+`; /\+.*$/ is quadratic on a run of `+`).
  const plus = lower.indexOf('+');
  const base = plus < 0 ? lower : lower.slice(0, plus);
  return DATABASE_SCHEMES.has(base);
}

/** Key segments that name a database: `DATABASE_USER`, `APP_DB_HOST`, `MYSQL_ROOT_PASSWORD`. */
const DATABASE_WORDS = new Set([
  'DATABASE',
  'DB',
  'MYSQL',
  'MARIADB',
  'PG',
  'POSTGRES',
  'POSTGRESQL',
  'MSSQL',
  'ORACLE',
]);
const USER_WORDS = new Set(['USER', 'USERNAME', 'USR', 'LOGIN']);
const PASSWORD_WORDS = new Set(['PASSWORD', 'PASS', 'PASSWD', 'PWD']);
const HOST_WORDS = new Set(['HOST', 'HOSTNAME', 'SERVER', 'ADDR', 'ADDRESS']);

// Keys are matched segment by segment (split at `_`), never with a backtracking regex: a key
// can be as long as the file.

/** `DATABASE_USER`, `DB_USERNAME`, `MYSQL_USER`, `APP_DB_USER`…: a database word, then the user word. */
export function isDatabaseUserKey(key: string): boolean {
  const segments = key.toUpperCase().split('_');
  const n = segments.length;
  return n >= 2 && USER_WORDS.has(segments[n - 1]!) && DATABASE_WORDS.has(segments[n - 2]!);
}

/** `DATABASE_PASSWORD`, `DB_PASS`, `MYSQL_ROOT_PASSWORD`, `PGPASSWORD`… (settings like `*_ALLOW_EMPTY_PASSWORD` are excluded by the caller). */
export function isDatabasePasswordKey(key: string): boolean {
  const upper = key.toUpperCase();
  if (upper === 'PGPASSWORD') return true;
  const segments = upper.split('_');
  return (
    PASSWORD_WORDS.has(segments[segments.length - 1]!) &&
    segments.slice(0, -1).some((s) => DATABASE_WORDS.has(s))
  );
}

/** `DATABASE_HOST`, `DB_HOST`, `MYSQL_HOST`, `PGHOST`… */
export function isDatabaseHostKey(key: string): boolean {
  const upper = key.toUpperCase();
  if (upper === 'PGHOST') return true;
  const segments = upper.split('_');
  const n = segments.length;
  return n >= 2 && HOST_WORDS.has(segments[n - 1]!) && DATABASE_WORDS.has(segments[n - 2]!);
}

/** Keys whose value is a URL or DSN: only those with a database scheme are database URLs. */
export const URL_KEY = /(?:URL|URI|DSN)$/i;

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function part(text: string, start: number, end: number): UrlPart {
  return { text: decode(text.slice(start, end)), start, end };
}

/**
 * Parses `scheme://[user[:password]@]host[:port][/path][?query]`. The user info ends at the last
 * `@` before the path, so a password with an unencoded `@` or `/` still parses as Doctrine
 * (which uses PHP's `parse_url`) would read it. Returns undefined for anything that is not a URL
 * with a database scheme.
 */
export function parseDatabaseUrl(text: string): DatabaseUrl | undefined {
  const schemeMatch = /^([A-Za-z][A-Za-z0-9+._-]*):\/\//.exec(text);
  if (!schemeMatch || !isDatabaseScheme(schemeMatch[1]!)) return undefined;
  const scheme = schemeMatch[1]!.toLowerCase();
  const authorityStart = schemeMatch[0].length;
  const queryStart = text.indexOf('?', authorityStart);
  const beforeQuery = queryStart === -1 ? text.length : queryStart;
  const at = text.lastIndexOf('@', beforeQuery - 1);
  const result: DatabaseUrl = { scheme, viaSocket: false };
  let hostStart = authorityStart;
  if (at >= authorityStart) {
    const colon = text.indexOf(':', authorityStart);
    if (colon !== -1 && colon < at) {
      result.user = part(text, authorityStart, colon);
      result.password = part(text, colon + 1, at);
    } else {
      result.user = part(text, authorityStart, at);
    }
    result.userInfoEnd = at + 1;
    hostStart = at + 1;
  }
  let hostEnd = hostStart;
  if (text[hostStart] === '[') {
    const close = text.indexOf(']', hostStart);
    hostEnd = close === -1 ? beforeQuery : close + 1;
  } else {
    while (hostEnd < beforeQuery && !/[:/]/.test(text[hostEnd]!)) hostEnd++;
  }
  if (hostEnd > hostStart) result.host = part(text, hostStart, hostEnd);
  const query = queryStart === -1 ? '' : decode(text.slice(queryStart + 1));
  result.viaSocket =
    (result.host !== undefined && result.host.text.startsWith('/')) ||
    /(?:^|&)unix_socket=/.test(query) ||
    /(?:^|&)host=\//.test(query);
  if (result.user && result.user.text === '' && !result.password) delete result.user;
  return result;
}
