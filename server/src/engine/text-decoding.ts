/** How a file's bytes were turned into text. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'latin-1';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the bytes were not valid UTF-8 and were read as latin-1 instead. */
  invalidUtf8: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Config files are UTF-8 in practice, but old Apache and nginx configs written on Windows or
 * in a latin-1 locale still exist: rather than failing, or filling them with U+FFFD, they are
 * read as latin-1, where every byte is one character and a fix can write the same bytes back. The BOM is dropped so that offsets start at the first real character.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: strictUtf8.decode(body), encoding: hasBom ? 'utf-8-bom' : 'utf-8', invalidUtf8: false };
  } catch {
    // Buffer's latin1 is ISO-8859-1 (byte n = U+00n), unlike TextDecoder's, which is windows-1252.
    return {
      text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1'),
      encoding: 'latin-1',
      invalidUtf8: true,
    };
  }
}

/** A NUL byte in the first 8 KiB is what git and grep take as "binary"; config files never have one. */
export function looksBinary(bytes: Uint8Array, limit = 8192): boolean {
  const end = Math.min(bytes.length, limit);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
