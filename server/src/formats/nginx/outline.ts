import type { Range } from '../../engine/types.ts';
import type { Directive, NginxFile } from './ast.ts';

/** What a block is, for the outline's icons; the LSP layer maps it to a SymbolKind. */
export type OutlineKind = 'context' | 'server' | 'location' | 'upstream' | 'condition' | 'data' | 'block';

export interface OutlineNode {
  name: string;
  detail: string;
  kind: OutlineKind;
  /** The whole block. */
  range: Range;
  /** The block's name and arguments, what the editor highlights when the entry is chosen. */
  selectionRange: Range;
  children: OutlineNode[];
}

const CONTEXTS = new Set(['http', 'stream', 'mail', 'events']);
const DATA = new Set(['map', 'geo', 'types', 'split_clients', 'match', 'charset_map']);

function kindOf(name: string): OutlineKind {
  if (CONTEXTS.has(name)) return 'context';
  if (name === 'server') return 'server';
  if (name === 'location') return 'location';
  if (name === 'upstream') return 'upstream';
  if (name === 'if' || name === 'limit_except') return 'condition';
  if (DATA.has(name)) return 'data';
  return 'block';
}

/** `server` blocks are named after their first server_name and listen, as admins refer to them. */
function serverDetail(server: Directive): string {
  const children = server.block?.directives ?? [];
  const names = children.find((d) => d.name === 'server_name')?.args.map((a) => a.value) ?? [];
  const listens = children
    .filter((d) => d.name === 'listen')
    .map((d) => d.args.map((a) => a.value).join(' '));
  return [names.join(' '), listens.join(', ')].filter((part) => part.length > 0).join(' · ');
}

function toNode(directive: Directive): OutlineNode {
  const args = directive.args.map((a) => a.raw).join(' ');
  const kind = kindOf(directive.name);
  const last = directive.args[directive.args.length - 1];
  return {
    name: args.length > 0 && kind !== 'server' ? `${directive.name} ${args}` : directive.name,
    detail: kind === 'server' ? serverDetail(directive) : '',
    kind,
    range: directive.range,
    selectionRange: { start: directive.nameRange.start, end: (last ?? directive).range.end },
    children: (directive.block?.directives ?? []).filter((d) => d.kind !== 'simple').map(toNode),
  };
}

/**
 * The outline of a file: every block directive (`http`, `server`, `location`, `upstream`,
 * `map`, `if`, raw `*_by_lua_block`…) with its children. Simple directives are not listed: an
 * outline of hundreds of `add_header` lines would hide the structure it is there to show.
 */
export function nginxOutline(file: NginxFile): OutlineNode[] {
  return file.directives.filter((d) => d.kind !== 'simple').map(toNode);
}
