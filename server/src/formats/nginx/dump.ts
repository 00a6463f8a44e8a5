/**
 * `nginx -T` prints every file it read, each after a `# configuration file <path>:` line.
 * Such a dump is split into virtual files so that each is parsed on its own (a `types { }`
 * from mime.types must not land after the `http { }` of nginx.conf) while positions still
 * point into the dump.
 */

export interface DumpSegment {
  /** The path after `# configuration file `. */
  path: string;
  /** The file's text as nginx printed it. */
  text: string;
  /** Dump line of the file's first line (the line after the marker). */
  startLine: number;
  /** Offset of the file's text in the dump. */
  startOffset: number;
  /** Line of the marker. */
  markerLine: number;
  /** Length of the marker line (without its line ending). */
  markerLength: number;
}

const MARKER_PREFIX = '# configuration file ';

/** The virtual files of an `nginx -T` dump, or an empty list when the text is not one. */
export function splitNginxDump(text: string): DumpSegment[] {
  if (!text.includes(MARKER_PREFIX)) return [];
  const segments: DumpSegment[] = [];
  let line = 0;
  let lineStart = 0;
  let open: Omit<DumpSegment, 'text'> | undefined;
  const close = (endOffset: number): void => {
    if (open) segments.push({ ...open, text: text.slice(open.startOffset, endOffset) });
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const path = markerPath(text, lineStart, contentEnd);
    if (path !== undefined) {
      close(lineStart);
      open = {
        path,
        startLine: line + 1,
        startOffset: Math.min(lineEnd + 1, text.length),
        markerLine: line,
        markerLength: contentEnd - lineStart,
      };
    }
    if (lineEnd === text.length) break;
    // nginx prints a marker after an LF, but a lone CR inside a file's line still ends a line
    // for the editor (and for the positions the tokenizer gives).
    line += 1 + loneCarriageReturns(text, lineStart, contentEnd);
    lineStart = lineEnd + 1;
  }
  close(text.length);
  return segments;
}

function loneCarriageReturns(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = text.indexOf('\r', from); k !== -1 && k < to; k = text.indexOf('\r', k + 1)) count++;
  return count;
}

function markerPath(text: string, start: number, end: number): string | undefined {
  if (text.charCodeAt(start) !== 35 || !text.startsWith(MARKER_PREFIX, start)) return undefined;
  if (text.charCodeAt(end - 1) !== 58 /* : */) return undefined;
  const path = text.slice(start + MARKER_PREFIX.length, end - 1);
  return path.length > 0 && !/\s/.test(path) ? path : undefined;
}
