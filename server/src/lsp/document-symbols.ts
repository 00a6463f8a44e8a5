import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { NginxFile } from '../formats/nginx/ast.ts';
import { nginxOutline, type OutlineKind, type OutlineNode } from '../formats/nginx/outline.ts';
import type { Parsed } from '../engine/types.ts';
import type { FormatId } from '../engine/types.ts';

const KIND: Record<OutlineKind, SymbolKind> = {
  context: SymbolKind.Namespace,
  server: SymbolKind.Class,
  location: SymbolKind.Method,
  upstream: SymbolKind.Interface,
  condition: SymbolKind.Boolean,
  data: SymbolKind.Struct,
  block: SymbolKind.Object,
};

function toSymbol(node: OutlineNode): DocumentSymbol {
  return {
    name: node.name,
    detail: node.detail,
    kind: KIND[node.kind],
    range: node.range,
    selectionRange: node.selectionRange,
    children: node.children.map(toSymbol),
  };
}

/** Outline (and breadcrumbs) of a parsed document, for the formats that have blocks. */
export function documentSymbols(format: FormatId, parsed: Parsed | undefined): DocumentSymbol[] {
  if (!parsed) return [];
  if (format === 'nginx') return nginxOutline(parsed.ast as NginxFile).map(toSymbol);
  return [];
}
