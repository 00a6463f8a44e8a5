import type { ResolvedConfig } from '../../engine/config-types.ts';
import { formatDirective } from './printer.ts';

/**
 * The HSTS header Harden writes, shared by nginx/hsts-missing and nginx/hsts-weak so that one
 * rule's fix never makes the other fire: the guides' value (`max-age=31536000;
 * includeSubDomains`, RFC 6797 and the Chamilo/CiviCRM security guides), with a longer max-age
 * when nginx/hsts-weak is configured to ask for one, sent with `always` (without it nginx
 * leaves the header off 4xx/5xx responses).
 */
export const ONE_YEAR = 31536000;

export interface HstsPolicy {
  minMaxAge: number;
  requireIncludeSubDomains: boolean;
}

/** nginx/hsts-weak's options as configured (its defaults otherwise). */
export function hstsPolicy(config: ResolvedConfig): HstsPolicy {
  const options = config.rules['nginx/hsts-weak']?.options ?? {};
  const minMaxAge =
    typeof options.minMaxAge === 'number' && options.minMaxAge > 0 ? options.minMaxAge : ONE_YEAR;
  const requireIncludeSubDomains = options.requireIncludeSubDomains !== false;
  return { minMaxAge, requireIncludeSubDomains };
}

/** The value Harden proposes, keeping `preload` and `includeSubDomains` when asked to. */
export function hstsValue(
  policy: HstsPolicy,
  keep: { maxAge?: number; includeSubDomains?: boolean; preload?: boolean } = {},
): string {
  const maxAge = Math.max(policy.minMaxAge, keep.maxAge ?? 0);
  const parts = [`max-age=${maxAge}`];
  if (keep.includeSubDomains !== false || policy.requireIncludeSubDomains) parts.push('includeSubDomains');
  if (keep.preload) parts.push('preload');
  return parts.join('; ');
}

/** `add_header Strict-Transport-Security "…" always;` */
export function hstsDirective(value: string, name = 'Strict-Transport-Security'): string {
  return formatDirective('add_header', [name, value, 'always']);
}
