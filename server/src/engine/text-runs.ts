/**
 * Runs of characters at the ends of a string, found with a loop. The regex way (`/\/+$/`,
 * `/[ \t]+$/`) retries from every start of the run and is quadratic on a long one, which a
 * workspace file can hold in a single value (the fuzz tier's regex-safety check looks for them).
 */

export type CharTest = (code: number) => boolean;

export const isBlank: CharTest = (c) => c === 32 || c === 9;
export const isSlash: CharTest = (c) => c === 47;
export const isDigit: CharTest = (c) => c >= 48 && c <= 57;

/** Where the run of `inRun` characters that ends at `end` starts (never before `floor`). */
export function runStartBefore(text: string, end: number, inRun: CharTest, floor = 0): number {
  let start = end;
  while (start > floor && inRun(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Where the run of `inRun` characters that starts at `start` ends (never after `ceiling`). */
export function runEndAfter(text: string, start: number, inRun: CharTest, ceiling = text.length): number {
  let end = start;
  while (end < ceiling && inRun(text.charCodeAt(end))) end++;
  return end;
}

/** The text without the run of `inRun` characters at its end, keeping at least `keep` characters. */
export function trimEndOf(text: string, inRun: CharTest, keep = 0): string {
  return text.slice(0, runStartBefore(text, text.length, inRun, keep));
}

/** The text without the run of `inRun` characters at its start. */
export function trimStartOf(text: string, inRun: CharTest): string {
  return text.slice(runEndAfter(text, 0, inRun));
}
