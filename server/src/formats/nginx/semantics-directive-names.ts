import { Format, getDirectives, type Directive as ReferenceDirective } from '@nginx/reference-lib';

/** Every directive name of the official reference, sorted (built on first use). */
let names: readonly string[] | undefined;

export function knownDirectiveNames(): readonly string[] {
  if (!names) {
    const set = new Set((getDirectives(Format.Markdown) as ReferenceDirective[]).map((d) => d.name));
    names = [...set].sort();
  }
  return names;
}

/**
 * The known directive closest to a misspelt name (`server_token` → `server_tokens`), when one
 * is within two edits (one for names of up to five characters); undefined otherwise.
 */
export function closestDirective(name: string): string | undefined {
  const limit = name.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of knownDirectiveNames()) {
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const distance = editDistance(name, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}

/** Damerau–Levenshtein distance (adjacent transpositions count one), or `max + 1` once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(cols);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, prevPrev[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = current;
  }
  return prev[cols - 1]!;
}
