import type { InheritedEntry } from './headers.ts';
import { formatDirective } from './printer.ts';
import { isDynamicValue, sentHeader } from './semantics-header-levels.ts';

/**
 * The response headers the Chamilo and CiviCRM security guides ask for, and how to tell whether
 * an effective `add_header` list satisfies each one. A value computed at run time (a `map`
 * variable, as H5BP does for X-Frame-Options) is given the benefit of the doubt.
 */

export type HeaderRequirement = 'nosniff' | 'frame' | 'referrer' | 'xss' | 'csp';

export interface RequirementCheck {
  requirement: HeaderRequirement;
  /** The header to write. */
  header: string;
  /** What it must say, for messages. */
  shown: string;
  /** The entry that is sent with a wrong value, when there is one (the fix rewrites it). */
  wrong?: InheritedEntry;
}

const GOOD_VALUES: Record<Exclude<HeaderRequirement, 'frame' | 'csp'>, { header: string; value: string }> = {
  nosniff: { header: 'X-Content-Type-Options', value: 'nosniff' },
  referrer: { header: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  xss: { header: 'X-XSS-Protection', value: '1; mode=block' },
};

const FRAME = { header: 'X-Frame-Options', value: 'SAMEORIGIN' };

/** Normalised values by value: every server of a configuration sends the same few headers. */
const normalizedValues = new Map<string, string>();

function normalized(value: string): string {
  let known = normalizedValues.get(value);
  if (known === undefined) {
    // Split on `;` rather than /\s*;\s*/, which is quadratic on a long run of blanks.
    known = value
      .toLowerCase()
      .split(';')
      .map((part) => part.trim().replace(/\s+/g, ' '))
      .join('; ');
    if (normalizedValues.size >= 1024) normalizedValues.clear();
    normalizedValues.set(value, known);
  }
  return known;
}

/** Referrer-Policy values that send the full URL to other sites (a comma list: the browser uses the last one it knows). */
const LEAKY_REFERRER = new Set(['unsafe-url']);

function check(
  entries: readonly InheritedEntry[],
  requirement: HeaderRequirement,
): RequirementCheck | undefined {
  switch (requirement) {
    case 'nosniff':
    case 'xss': {
      const good = GOOD_VALUES[requirement];
      const entry = sentHeader(entries, good.header);
      if (entry && (isDynamicValue(entry.value) || normalized(entry.value) === normalized(good.value)))
        return undefined;
      return { requirement, header: good.header, shown: `${good.header}: ${good.value}`, wrong: entry };
    }
    case 'referrer': {
      const good = GOOD_VALUES.referrer;
      const entry = sentHeader(entries, good.header);
      if (entry) {
        const policies = entry.value
          .split(',')
          .map((p) => p.trim().toLowerCase())
          .filter(Boolean);
        const last = policies[policies.length - 1];
        if (isDynamicValue(entry.value) || (last !== undefined && !LEAKY_REFERRER.has(last)))
          return undefined;
      }
      return { requirement, header: good.header, shown: `${good.header}: ${good.value}`, wrong: entry };
    }
    case 'frame': {
      const csp = sentHeader(entries, 'Content-Security-Policy');
      if (csp && (isDynamicValue(csp.value) || /(^|;)\s*frame-ancestors\b/i.test(csp.value)))
        return undefined;
      const entry = sentHeader(entries, FRAME.header);
      if (entry && (isDynamicValue(entry.value) || /^(deny|sameorigin)$/i.test(entry.value.trim())))
        return undefined;
      return {
        requirement,
        header: FRAME.header,
        shown: `${FRAME.header}: ${FRAME.value} (or a CSP frame-ancestors)`,
        wrong: entry,
      };
    }
    case 'csp': {
      if (sentHeader(entries, 'Content-Security-Policy')) return undefined;
      return { requirement, header: 'Content-Security-Policy', shown: 'Content-Security-Policy' };
    }
  }
}

/** The requirements an effective header list does not meet, in a stable order. */
export function unmetRequirements(
  entries: readonly InheritedEntry[],
  wanted: readonly HeaderRequirement[],
): RequirementCheck[] {
  const out: RequirementCheck[] = [];
  for (const requirement of wanted) {
    const unmet = check(entries, requirement);
    if (unmet) out.push(unmet);
  }
  return out;
}

const DIRECTIVES: Record<Exclude<HeaderRequirement, 'csp'>, string> = {
  nosniff: formatDirective('add_header', [GOOD_VALUES.nosniff.header, GOOD_VALUES.nosniff.value, 'always']),
  frame: formatDirective('add_header', [FRAME.header, FRAME.value, 'always']),
  referrer: formatDirective('add_header', [
    GOOD_VALUES.referrer.header,
    GOOD_VALUES.referrer.value,
    'always',
  ]),
  xss: formatDirective('add_header', [GOOD_VALUES.xss.header, GOOD_VALUES.xss.value, 'always']),
};

/** The `add_header … always;` line that meets a requirement (none for CSP: a policy is written per application). */
export function requirementDirective(requirement: HeaderRequirement): string | undefined {
  return requirement === 'csp' ? undefined : DIRECTIVES[requirement];
}
