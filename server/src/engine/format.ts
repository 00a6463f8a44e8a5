import type { Fix, FormatId, Parsed } from './types.ts';

/** What the engine needs to know about a language. Each format folder exports one of these. */
export interface Format<A = unknown> {
  id: FormatId;
  /** Line-comment prefix used for suppression comments, or undefined when the format has none. */
  commentPrefix: string | undefined;
  /** Never throws: problems are returned in `Parsed.problems`. */
  parse(text: string, path: string): Parsed<A>;
  /**
   * Why a document of this language's file names is not analysed, when its content shows another
   * dialect than the one the parser reads (CodeIgniter 4's `.env`); undefined to analyse it.
   */
  skipReason?(text: string, path: string): string | undefined;
  /**
   * Whether a rule's fix can be applied to this document as it is read (checked when the fix is
   * first read; a fix that cannot is not offered). For what no single rule can see, such as an
   * edit that would land inside a comment the server reads past the end of its line.
   */
  fixFits?(parsed: Parsed<A>, path: string, fix: Fix): boolean;
}
