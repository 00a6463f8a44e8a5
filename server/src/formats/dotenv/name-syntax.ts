/** Symfony Dotenv's variable name, `(?i:_?[A-Z][A-Z0-9_]*+)`, matched by hand (no regex on the hot path). */

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isNameCharacter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 95;
}

/** End of the name starting at `start`, or -1 when none starts there. */
export function nameEnd(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === 95) i++;
  if (!isAsciiLetter(text.charCodeAt(i))) return -1;
  i++;
  while (i < text.length && isNameCharacter(text.charCodeAt(i))) i++;
  return i;
}

/** Space or tab: the only blanks Symfony allows around a name or before a comment. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** PCRE's `\s` without Unicode support: what Symfony skips between entries and forbids in unquoted values. */
export function isPcreSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}
