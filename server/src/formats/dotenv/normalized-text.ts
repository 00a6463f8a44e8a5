/**
 * Symfony Dotenv reads a file after turning every `\r\n` and every lone `\r` into `\n`. The
 * parser scans that normalised text and maps its offsets back to the document's, so ranges stay
 * exact in CRLF (and old Mac CR) files.
 */
export class NormalizedText {
  readonly data: string;
  /**
   * `data` offsets just after each `\n` that stood for a `\r\n`: from there on, document offsets
   * are one more per entry. Lone `\r`s become `\n` in place and shift nothing.
   */
  private readonly shifts: number[] = [];
  /** Index in `shifts` of the last lookup: the parser asks for offsets mostly in order. */
  private hint = 0;

  constructor(readonly text: string) {
    let cr = text.indexOf('\r');
    if (cr === -1) {
      this.data = text;
      return;
    }
    const parts: string[] = [];
    let from = 0;
    let removed = 0;
    while (cr !== -1) {
      parts.push(text.slice(from, cr), '\n');
      if (text.charCodeAt(cr + 1) === 10) {
        removed++;
        from = cr + 2;
        this.shifts.push(from - removed);
      } else from = cr + 1;
      cr = text.indexOf('\r', from);
    }
    parts.push(text.slice(from));
    this.data = parts.join('');
  }

  /** Document offset of a `data` offset (a boundary between characters). */
  documentOffset(dataOffset: number): number {
    const shifts = this.shifts;
    if (shifts.length === 0) return dataOffset;
    // i counts the shifts at or before dataOffset; start from the previous answer when it is not past it.
    let i = this.hint;
    let steps = 0;
    while (i > 0 && shifts[i - 1]! > dataOffset) {
      if (++steps > 8) return dataOffset + (this.hint = this.countAtOrBefore(dataOffset));
      i--;
    }
    while (i < shifts.length && shifts[i]! <= dataOffset) {
      if (++steps > 8) return dataOffset + (this.hint = this.countAtOrBefore(dataOffset));
      i++;
    }
    this.hint = i;
    return dataOffset + i;
  }

  private countAtOrBefore(dataOffset: number): number {
    let low = 0;
    let high = this.shifts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.shifts[mid]! <= dataOffset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
