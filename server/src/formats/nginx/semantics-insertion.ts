import { LineIndex } from '../../engine/line-index.ts';
import type { Position, TextEdit } from '../../engine/types.ts';
import type { Directive } from './ast.ts';

/**
 * Text edits that add directives to an nginx file the way its author would have written them:
 * one directive per line in the indentation of the neighbouring lines, with the file's line
 * ending; a block written on one line (`location = /x { return 404; }`) gets the new directives
 * on that line. New text is one or more `NewDirective`s: a simple directive (`deny all;`) or a
 * block whose body lines are indented one step further.
 */
export type NewDirective = string | { head: string; body: readonly string[] };

export interface TextLayout {
  index: LineIndex;
  eol: string;
  /** One indentation step of the file (`'    '`, `'  '` or `'\t'`). */
  unit: string;
}

let lastLayout: TextLayout | undefined;

/** The layout of a text (the last one is kept: every fix of a lint asks about the same file). */
export function layoutOf(text: string): TextLayout {
  if (lastLayout && lastLayout.index.text === text) return lastLayout;
  const index = new LineIndex(text);
  lastLayout = { index, eol: index.eol, unit: indentUnitOf(index) };
  return lastLayout;
}

/** The smallest indentation step used by the file's directive lines; four spaces when none is. */
function indentUnitOf(index: LineIndex): string {
  let smallest = Infinity;
  const lines = Math.min(index.lineCount, 2000);
  for (let line = 0; line < lines; line++) {
    const text = index.lineText(line);
    const match = /^([ \t]+)[^ \t#]/.exec(text);
    if (!match) continue;
    if (match[1]!.startsWith('\t')) return '\t';
    smallest = Math.min(smallest, match[1]!.length);
  }
  return smallest === Infinity || smallest > 8 ? '    ' : ' '.repeat(smallest);
}

function leadingWhitespace(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

// nginx's blanks are space, tab, CR and LF only: a no-break space (U+00A0), which JavaScript's
// trim() removes, is a character of a token to nginx.

/** Whether a directive is the first thing on its line. */
function startsItsLine(layout: TextLayout, at: Position): boolean {
  return /^[ \t\r\n]*$/.test(layout.index.lineText(at.line).slice(0, at.character));
}

/** Whether only blanks or a comment follow a position on its line. */
function lineRestIsEmpty(layout: TextLayout, at: Position): boolean {
  return /^[ \t\r\n]*(#|$)/.test(layout.index.lineText(at.line).slice(at.character));
}

/** The indentation of the directives inside a block (its first child on a line of its own), else the block's own plus one step. */
export function childIndentOf(layout: TextLayout, block: Directive): string {
  for (const child of block.block?.directives ?? []) {
    if (startsItsLine(layout, child.range.start))
      return leadingWhitespace(layout.index.lineText(child.range.start.line));
  }
  return indentOf(layout, block) + layout.unit;
}

/** The indentation of the line a directive starts on. */
export function indentOf(layout: TextLayout, directive: Directive): string {
  return leadingWhitespace(layout.index.lineText(directive.range.start.line));
}

/** The indentation a directive at the same level as `sibling` gets. */
function siblingIndent(layout: TextLayout, sibling: Directive): string {
  if (startsItsLine(layout, sibling.range.start)) return indentOf(layout, sibling);
  return sibling.parent ? childIndentOf(layout, sibling.parent) : '';
}

/** Whether a directive ends where it should: its `;`, or the `}` of its block. */
function isComplete(directive: Directive): boolean {
  if (directive.kind === 'simple') return directive.terminated;
  if (directive.kind === 'block') return directive.block?.closeRange !== undefined;
  return directive.rawBody?.closeRange !== undefined;
}

/** Lines of new directives at an indentation. */
export function renderLines(items: readonly NewDirective[], indent: string, unit: string): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') out.push(`${indent}${item}`);
    else {
      out.push(`${indent}${item.head} {`);
      for (const line of item.body) out.push(`${indent}${unit}${line}`);
      out.push(`${indent}}`);
    }
  }
  return out;
}

/** New directives on one line (for blocks written on one line). */
export function renderInline(items: readonly NewDirective[]): string {
  return items
    .map((item) => (typeof item === 'string' ? item : `${item.head} { ${item.body.join(' ')} }`))
    .join(' ');
}

/** Inserts new directives right after `after`, at its level. */
export function insertAfter(layout: TextLayout, after: Directive, items: readonly NewDirective[]): TextEdit {
  // After a directive that lacks its `;` the new text would become its arguments, after a block
  // that lacks its `}` it would land inside: such a directive gets the new ones before it instead.
  if (!isComplete(after)) return insertBefore(layout, after, items);
  const end = after.range.end;
  if (lineRestIsEmpty(layout, end)) {
    const lineEnd = layout.index.lineText(end.line).length;
    const lines = renderLines(items, siblingIndent(layout, after), layout.unit);
    const at = { line: end.line, character: lineEnd };
    return { range: { start: at, end: at }, newText: lines.map((l) => layout.eol + l).join('') };
  }
  return { range: { start: end, end }, newText: ` ${renderInline(items)}` };
}

/** Inserts new directives right before `before`, at its level. */
export function insertBefore(
  layout: TextLayout,
  before: Directive,
  items: readonly NewDirective[],
): TextEdit {
  const start = before.range.start;
  if (startsItsLine(layout, start)) {
    const lines = renderLines(items, indentOf(layout, before), layout.unit);
    const at = { line: start.line, character: 0 };
    return { range: { start: at, end: at }, newText: lines.map((l) => l + layout.eol).join('') };
  }
  return { range: { start, end: start }, newText: `${renderInline(items)} ` };
}

/** Inserts new directives as the first ones of a block (undefined when the block has no `{`). */
export function insertAtBlockStart(
  layout: TextLayout,
  block: Directive,
  items: readonly NewDirective[],
): TextEdit | undefined {
  const open = block.block?.openRange;
  if (!open) return undefined;
  if (lineRestIsEmpty(layout, open.end)) {
    const lines = renderLines(items, childIndentOf(layout, block), layout.unit);
    const at = { line: open.end.line, character: layout.index.lineText(open.end.line).length };
    return { range: { start: at, end: at }, newText: lines.map((l) => layout.eol + l).join('') };
  }
  return { range: { start: open.end, end: open.end }, newText: ` ${renderInline(items)}` };
}

/** Inserts new directives as the last ones of a block (undefined when the block is not closed). */
export function insertAtBlockEnd(
  layout: TextLayout,
  block: Directive,
  items: readonly NewDirective[],
): TextEdit | undefined {
  const children = block.block?.directives ?? [];
  const last = children[children.length - 1];
  if (last) return insertAfter(layout, last, items);
  const close = block.block?.closeRange;
  if (!close) return undefined;
  if (startsItsLine(layout, close.start)) {
    const lines = renderLines(items, childIndentOf(layout, block), layout.unit);
    const at = { line: close.start.line, character: 0 };
    return { range: { start: at, end: at }, newText: lines.map((l) => l + layout.eol).join('') };
  }
  return insertAtBlockStart(layout, block, items);
}

/**
 * Inserts new directives on their own lines at the start of the line that follows `after` (at
 * `after`'s level), or undefined when `after` does not end its line or is on the last line.
 * Two fixes that add different lines after the same directive can then share one edit for what
 * they both add (placed by `insertAfter`, at the end of `after`'s line) and keep the rest apart.
 */
export function insertOnNextLine(
  layout: TextLayout,
  after: Directive,
  items: readonly NewDirective[],
): TextEdit | undefined {
  const end = after.range.end;
  if (!isComplete(after) || !lineRestIsEmpty(layout, end) || end.line + 1 >= layout.index.lineCount)
    return undefined;
  const lines = renderLines(items, siblingIndent(layout, after), layout.unit);
  const at = { line: end.line + 1, character: 0 };
  return { range: { start: at, end: at }, newText: lines.map((l) => l + layout.eol).join('') };
}
