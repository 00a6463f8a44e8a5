import type { Fix, Parsed, Position } from '../../engine/types.ts';
import type { NginxFile } from './ast.ts';

/**
 * nginx ends a comment at LF only: after `#`, a lone CR (an old-Mac line ending) is still
 * comment, so the comment runs on over the lines an editor shows after it. An edit inside such
 * a comment is either invisible to nginx (the inserted directive stays commented out) or, when
 * it brings an LF, uncovers everything up to the next LF: the file then means something else.
 * A fix with such an edit is not offered.
 */
export function nginxFixFits(parsed: Parsed<NginxFile>, path: string, fix: Fix): boolean {
  const spanning = parsed.ast.comments.filter((c) => c.range.end.line > c.range.start.line);
  if (spanning.length === 0) return true;
  for (const fileEdit of fix.edits) {
    if (fileEdit.file !== path) continue;
    for (const edit of fileEdit.edits) {
      for (const comment of spanning) {
        // Inside, or at its end: text inserted there is still read as part of the comment.
        if (after(edit.range.end, comment.range.start) && !after(edit.range.start, comment.range.end))
          return false;
      }
    }
  }
  return true;
}

/** Whether `a` is strictly after `b`. */
function after(a: Position, b: Position): boolean {
  return a.line > b.line || (a.line === b.line && a.character > b.character);
}
