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

/** Groups the edits of several fixes by file, dropping fixes whose edits overlap an earlier one. */
export function mergeFixes(fixes: readonly Fix[]): { byFile: Map<string, TextEdit[]>; applied: Fix[]; refused: Fix[] } {
  const byFile = new Map<string, TextEdit[]>();
  const applied: Fix[] = [];
  const refused: Fix[] = [];
  for (const fix of fixes) {
    const candidate = new Map<string, TextEdit[]>();
    for (const fileEdit of fix.edits) candidate.set(fileEdit.file, [...(byFile.get(fileEdit.file) ?? []), ...fileEdit.edits]);
    const conflicts = [...candidate.entries()].some(([, edits]) => hasOverlap(edits));
    if (conflicts) {
      refused.push(fix);
      continue;
    }
    for (const [file, edits] of candidate) byFile.set(file, edits);
    applied.push(fix);
  }
  return { byFile, applied, refused };
}

function hasOverlap(edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => compareRanges(a.range, b.range));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!.range;
    const current = sorted[i]!.range;
    if (comparePositions(current.start, previous.end) < 0) return true;
    // Two insertions at the same point from different fixes: order would be arbitrary.
    const isInsertion = (r: typeof current) => comparePositions(r.start, r.end) === 0;
    if (isInsertion(previous) && isInsertion(current) && comparePositions(current.start, previous.start) === 0) {
      if (sorted[i - 1]!.newText === sorted[i]!.newText) return true;
    }
  }
  return false;
}

export function fileEdits(fix: Fix, file: string): TextEdit[] {
  return fix.edits.filter((e: FileEdit) => e.file === file).flatMap((e) => e.edits);
}
