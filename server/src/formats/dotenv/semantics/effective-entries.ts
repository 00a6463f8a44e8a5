import type { DotenvEntry, DotenvFile } from '../ast.ts';

/**
 * The entries whose value the app gets: the last definition of each key, as Symfony Dotenv loads
 * it. An earlier definition that a later one replaces is dotenv/duplicated-key's business, not a
 * security finding.
 */
export function effectiveEntries(ast: DotenvFile): readonly DotenvEntry[] {
  const cached = effective.get(ast);
  if (cached) return cached;
  const last = new Map<string, DotenvEntry>();
  for (const entry of ast.entries) last.set(entry.key, entry);
  const result = ast.entries.filter((entry) => last.get(entry.key) === entry);
  effective.set(ast, result);
  return result;
}

/** Computed once per parse: seven rules ask for it on every lint. */
const effective = new WeakMap<DotenvFile, readonly DotenvEntry[]>();
