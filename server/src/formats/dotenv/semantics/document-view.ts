import { LineIndex } from '../../../engine/line-index.ts';
import type { DotenvFile } from '../ast.ts';
import { physicalLines, type PhysicalLine } from './physical-lines.ts';

/**
 * The line index and physical lines of a parsed document, computed once per parse and shared by
 * every dotenv rule that runs on it (the AST object is the cache key, so nothing outlives it).
 */
export interface DotenvDocumentView {
  index: LineIndex;
  lines: PhysicalLine[];
}

const views = new WeakMap<DotenvFile, DotenvDocumentView>();

export function documentView(ast: DotenvFile, text: string): DotenvDocumentView {
  const cached = views.get(ast);
  if (cached && cached.index.text === text) return cached;
  const index = new LineIndex(text);
  const view = { index, lines: physicalLines(ast, index) };
  views.set(ast, view);
  return view;
}
