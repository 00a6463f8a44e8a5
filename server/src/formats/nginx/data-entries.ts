import type { Directive } from './ast.ts';

/**
 * How many values an entry of a data block takes (ngx_http_map_module, ngx_http_geo_module,
 * ngx_http_split_clients_module, the `types` block). A wrong count almost always means a
 * missing `;` that glued two entries together, which nginx rejects ("invalid number of the map
 * parameters"); inside data blocks the parser cannot recover by directive names.
 */
const ARITY: Record<string, { values: number | 'one-or-more'; bare: ReadonlySet<string> }> = {
  map: { values: 1, bare: new Set(['hostnames', 'volatile']) },
  geo: { values: 1, bare: new Set(['ranges', 'proxy_recursive']) },
  split_clients: { values: 1, bare: new Set() },
  types: { values: 'one-or-more', bare: new Set() },
};

/** A problem message when `entry` (a directive inside a data block named `block`) has the wrong shape. */
export function dataEntryProblem(block: string, entry: Directive): string | undefined {
  const rule = ARITY[block];
  if (!rule || entry.kind !== 'simple' || entry.name === 'include') return undefined;
  const count = entry.args.length;
  if (entry.nameQuote === null && rule.bare.has(entry.name)) {
    return count === 0 ? undefined : `"${entry.name}" takes no value in a "${block}" block.`;
  }
  if (rule.values === 'one-or-more') {
    return count >= 1 ? undefined : `A "${block}" entry needs a type and at least one extension.`;
  }
  if (count === rule.values) return undefined;
  const hint = count > rule.values ? ' (a missing ";" joins two entries)' : '';
  return `A "${block}" entry takes a key and one value, this one has ${count}${hint}.`;
}
