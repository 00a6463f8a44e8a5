import { trimEndOf } from '../../engine/text-runs.ts';

/**
 * Cookie protection flags as nginx can set them: a `Set-Cookie` header value written with
 * `add_header`, the flags of `proxy_cookie_flags` (nginx 1.19.3), and PHP's session cookie
 * settings passed with `fastcgi_param PHP_VALUE`/`PHP_ADMIN_VALUE`. Secure keeps the cookie off
 * plain HTTP, HttpOnly keeps it from scripts (XSS), SameSite keeps it off cross-site requests
 * (CSRF) — the flags the Chamilo and CiviCRM guides ask for on the session cookie.
 */

export type CookieFlag = 'Secure' | 'HttpOnly' | 'SameSite';

export const ALL_FLAGS: readonly CookieFlag[] = ['Secure', 'HttpOnly', 'SameSite'];

/** Flags a `Set-Cookie` value lacks (`SameSite=None` counts as lacking SameSite protection). */
export function missingSetCookieFlags(value: string): CookieFlag[] {
  const attributes = value
    .split(';')
    .slice(1)
    .map((a) => a.trim().toLowerCase());
  const missing: CookieFlag[] = [];
  if (!attributes.includes('secure')) missing.push('Secure');
  if (!attributes.includes('httponly')) missing.push('HttpOnly');
  const sameSite = attributes.find((a) => a.startsWith('samesite'));
  if (!sameSite || /=\s*none$/.test(sameSite)) missing.push('SameSite');
  return missing;
}

/** `;` or whitespace: what separates Set-Cookie attributes. */
const isSeparator = (c: number) => c === 59 || /\s/.test(String.fromCharCode(c));

/** The value with the missing flags appended (an unsafe `SameSite=None` replaced by `Lax`). */
export function withSetCookieFlags(value: string, missing: readonly CookieFlag[]): string {
  let out = trimEndOf(value.replace(/;\s*samesite\s*=\s*none\s*(?=;|$)/i, ''), isSeparator);
  for (const flag of missing) out += flag === 'SameSite' ? '; SameSite=Lax' : `; ${flag}`;
  return out;
}

export interface ProxyCookieFlagsProblem {
  /** Flags that turn a protection off (`nosecure`…). */
  disabling: string[];
  missing: CookieFlag[];
}

/** What a `proxy_cookie_flags <cookie> <flags…>` directive does wrong, or undefined. */
export function proxyCookieFlagsProblem(flags: readonly string[]): ProxyCookieFlagsProblem | undefined {
  const lower = flags.map((f) => f.toLowerCase());
  const disabling = flags.filter((f) => /^no(secure|httponly|samesite)$/i.test(f));
  const missing: CookieFlag[] = [];
  if (!lower.includes('secure')) missing.push('Secure');
  if (!lower.includes('httponly')) missing.push('HttpOnly');
  if (!lower.some((f) => /^samesite=(strict|lax)$/.test(f))) missing.push('SameSite');
  return disabling.length > 0 || missing.length > 0 ? { disabling, missing } : undefined;
}

/** The flags after the fix: the disabling ones dropped, the missing ones added. */
export function fixedProxyCookieFlags(flags: readonly string[], problem: ProxyCookieFlagsProblem): string[] {
  const kept = flags.filter((f) => !problem.disabling.includes(f) && !/^samesite=none$/i.test(f));
  for (const flag of problem.missing) kept.push(flag === 'SameSite' ? 'samesite=lax' : flag.toLowerCase());
  return kept;
}

const PHP_SETTING = /\bsession\.cookie_(secure|httponly|samesite)\s*=\s*("[^"\n]*"|'[^'\n]*'|[^\s;"']*)/gi;
const FALSE_VALUES = new Set(['', '0', 'off', 'false', 'no', 'none']);

export interface PhpCookieSetting {
  flag: CookieFlag;
  /** Offsets of the whole `session.cookie_x=value` text in the PHP_VALUE string. */
  start: number;
  end: number;
  /** The text that turns the protection back on. */
  replacement: string;
}

/** PHP session cookie settings in a PHP_VALUE string that turn a protection off. */
export function disabledPhpCookieSettings(value: string): PhpCookieSetting[] {
  const out: PhpCookieSetting[] = [];
  for (const m of value.matchAll(PHP_SETTING)) {
    const name = m[1]!.toLowerCase();
    const raw = m[2]!
      .replace(/^["']|["']$/g, '')
      .trim()
      .toLowerCase();
    if (!FALSE_VALUES.has(raw)) continue;
    const flag: CookieFlag = name === 'secure' ? 'Secure' : name === 'httponly' ? 'HttpOnly' : 'SameSite';
    const replacement = `session.cookie_${m[1]}=${flag === 'SameSite' ? 'Lax' : '1'}`;
    out.push({ flag, start: m.index, end: m.index + m[0].length, replacement });
  }
  return out;
}
