import { compareRanges, comparePositions, LineIndex } from './line-index.ts';
import type { FileEdit, Fix, TextEdit } from './types.ts';

export class OverlappingEditsError extends Error {}

/**
 * Applies text edits to a text. Edits are applied from the end so earlier offsets stay valid.
 * Overlapping edits are refused (two insertions at the same point are kept in the given order).
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const index = new LineIndex(text);
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => compareRanges(a.edit.range, b.edit.range) || a.order - b.order);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!.edit.range;
    const current = sorted[i]!.edit.range;
    if (comparePositions(current.start, previous.end) < 0) {
      throw new OverlappingEditsError(
        `overlapping edits at ${current.start.line + 1}:${current.start.character + 1}`,
      );
    }
  }
  let result = '';
  let cursor = 0;
  for (const { edit } of sorted) {
    const start = index.offsetAt(edit.range.start);
    const end = index.offsetAt(edit.range.end);
    result += text.slice(cursor, start) + edit.newText;
    cursor = end;
  }
  return result + text.slice(cursor);
}

/**
 * Groups the edits of several fixes by file, dropping fixes whose edits overlap an earlier one
 * (or each other). Two insertions at the same point from different fixes are kept in the
 * fixes' order, unless they insert the same text: that is the same edit proposed twice.
 * Each file's accepted edits stay sorted, so a fix is checked against its neighbours only:
 * thousands of fixes merge in O(n log n) (findings come sorted, so insertions are appends).
 */
export function mergeFixes(fixes: readonly Fix[]): {
  byFile: Map<string, TextEdit[]>;
  applied: Fix[];
  refused: Fix[];
} {
  const sortedByFile = new Map<string, TextEdit[]>();
  const byFile = new Map<string, TextEdit[]>();
  const applied: Fix[] = [];
  const refused: Fix[] = [];
  for (const fix of fixes) {
    const own = new Map<string, TextEdit[]>();
    for (const fileEdit of fix.edits) {
      const list = own.get(fileEdit.file);
      if (list) list.push(...fileEdit.edits);
      else own.set(fileEdit.file, [...fileEdit.edits]);
    }
    const conflicts = [...own].some(
      ([file, edits]) =>
        hasOverlap(edits) || edits.some((edit) => clashes(sortedByFile.get(file) ?? [], edit)),
    );
    if (conflicts) {
      refused.push(fix);
      continue;
    }
    for (const [file, edits] of own) {
      let sorted = sortedByFile.get(file);
      let inOrder = byFile.get(file);
      if (!sorted || !inOrder) {
        sorted = [];
        inOrder = [];
        sortedByFile.set(file, sorted);
        byFile.set(file, inOrder);
      }
      for (const edit of edits) {
        sorted.splice(upperBound(sorted, edit), 0, edit);
        inOrder.push(edit);
      }
    }
    applied.push(fix);
  }
  return { byFile, applied, refused };
}

const isInsertion = (edit: TextEdit) => comparePositions(edit.range.start, edit.range.end) === 0;

/** The index after the last edit that sorts before or with `edit` (by range). */
function upperBound(sorted: readonly TextEdit[], edit: TextEdit): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareRanges(sorted[mid]!.range, edit.range) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether `edit` overlaps an accepted edit (sorted, non-overlapping), or repeats an insertion at its point. */
function clashes(sorted: readonly TextEdit[], edit: TextEdit): boolean {
  const at = upperBound(sorted, edit);
  const previous = sorted[at - 1];
  if (previous && comparePositions(edit.range.start, previous.range.end) < 0) return true;
  const next = sorted[at];
  if (next && comparePositions(next.range.start, edit.range.end) < 0) return true;
  if (!isInsertion(edit)) return false;
  // The same text inserted at the same point: the accepted ones at that point sit just before `at`.
  for (let i = at - 1; i >= 0; i--) {
    const other = sorted[i]!;
    if (compareRanges(other.range, edit.range) !== 0) break;
    if (other.newText === edit.newText) return true;
  }
  return false;
}

/** Whether the edits of one fix overlap each other (or insert the same text at one point twice). */
function hasOverlap(edits: readonly TextEdit[]): boolean {
  if (edits.length < 2) return false;
  const sorted = [...edits].sort((a, b) => compareRanges(a.range, b.range));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (comparePositions(current.range.start, previous.range.end) < 0) return true;
    if (
      isInsertion(previous) &&
      isInsertion(current) &&
      comparePositions(current.range.start, previous.range.start) === 0 &&
      previous.newText === current.newText
    )
      return true;
  }
  return false;
}

export function fileEdits(fix: Fix, file: string): TextEdit[] {
  return fix.edits.filter((e: FileEdit) => e.file === file).flatMap((e) => e.edits);
}
