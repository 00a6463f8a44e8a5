import type { FormatId, Parsed } from './types.ts';

/** What the engine needs to know about a language. Each format folder exports one of these. */
export interface Format<A = unknown> {
  id: FormatId;
  /** Line-comment prefix used for suppression comments, or undefined when the format has none. */
  commentPrefix: string | undefined;
  /** Never throws: problems are returned in `Parsed.problems`. */
  parse(text: string, path: string): Parsed<A>;
}
