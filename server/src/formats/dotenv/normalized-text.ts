/**
 * Symfony Dotenv reads a file after turning every `\r\n` and every lone `\r` into `\n`. The
 * parser scans that normalised text and maps its offsets back to the document's, so ranges stay
 * exact in CRLF (and old Mac CR) files.
 */
export class NormalizedText {
  readonly data: string;
  /** `data` index → document offset; absent when the document has no `\r` (identity). */
  private readonly toDocument: Int32Array | undefined;

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      this.data = text;
      this.toDocument = undefined;
      return;
    }
    const map = new Int32Array(text.length + 1);
    const parts: string[] = [];
    let length = 0;
    let chunkStart = 0;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) !== 13) continue;
      for (let j = chunkStart; j < i; j++) map[length++] = j;
      parts.push(text.slice(chunkStart, i), '\n');
      // The `\n` stands for the `\r` (or the whole `\r\n`): a range ending there ends before the `\r`.
      map[length++] = i;
      chunkStart = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      i = chunkStart - 1;
    }
    for (let j = chunkStart; j < text.length; j++) map[length++] = j;
    parts.push(text.slice(chunkStart));
    map[length] = text.length;
    this.data = parts.join('');
    this.toDocument = map;
  }

  /** Document offset of a `data` offset (a boundary between characters). */
  documentOffset(dataOffset: number): number {
    return this.toDocument ? (this.toDocument[dataOffset] ?? this.text.length) : dataOffset;
  }
}
