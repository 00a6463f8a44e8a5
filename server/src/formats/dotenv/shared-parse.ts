import type { Parsed } from '../../engine/types.ts';
import type { DotenvFile } from './ast.ts';
import { parseDotenv } from './parser.ts';

/**
 * Trees parsed for a second reader. In a Symfony folder the lint of `.env` reads the later
 * layers (`.env.local`, `.env.prod`…) for the keys they replace (semantics/overrides.ts), and an
 * audit lints each of those files soon after: they were parsed twice, a tenth of an audit of
 * 5,000 files. A text always parses to the same tree, and nothing changes a tree once made (the
 * rules and the layering only read it), so one tree serves both readers. A tree is handed out
 * once more and then dropped: kept longer, the trees of every folder outlived the young
 * generation and grew the heap.
 */
const waiting = new Map<string, Parsed<DotenvFile>>();

/** A folder's env files: `.env`, `.env.dist`, `.env.local`, `.env.<env>`, `.env.<env>.local`, and some to spare. */
const KEPT = 8;

/** A larger text is parsed each time: its tree is too big to keep for a second reader that may never come. */
const LARGEST_KEPT = 256 * 1024;

export function parseDotenvShared(text: string): Parsed<DotenvFile> {
  if (text.length > LARGEST_KEPT) return parseDotenv(text);
  const kept = waiting.get(text);
  if (kept) {
    waiting.delete(text);
    return kept;
  }
  const parsed = parseDotenv(text);
  if (waiting.size >= KEPT) waiting.delete(waiting.keys().next().value!);
  waiting.set(text, parsed);
  return parsed;
}
