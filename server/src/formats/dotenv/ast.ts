import type { Range } from '../../engine/types.ts';

/**
 * The tree of a `.env` file. Values follow Symfony Dotenv (the format's reference for PHP apps);
 * where the `dotenv` npm package differs, README.md beside this file lists every difference.
 */
export interface DotenvFile {
  entries: DotenvEntry[];
  /** Full-line comments and inline comments, in source order. */
  comments: DotenvComment[];
  /** One record per physical line, so line-oriented checks need not re-split the text. */
  lines: DotenvLine[];
  hasBom: boolean;
  eol: '\n' | '\r\n';
  /**
   * What Symfony Dotenv's `parse()` returns for this file: every name with its final value, in
   * first-definition order, including names that `${NAME:=default}` defines. Only meaningful when
   * the parse has no error-level problem (Symfony then throws instead). Absent in hand-built trees.
   */
  variables?: ReadonlyMap<string, string>;
}

export type DotenvLineKind =
  | 'blank'
  | 'comment'
  /** The first line of an entry. */
  | 'entry'
  /** A later line of a multi-line quoted value. */
  | 'continuation'
  /**
   * A line that is not a valid entry (reported as a parse problem). When its key is clear
   * (`KEY`, `KEY = v`, `KEY=a b`…) the entry is still in `entries`, and `entryIndex` points at it.
   */
  | 'invalid';

export interface DotenvLine {
  line: number;
  kind: DotenvLineKind;
  /** The line's text without its line ending (`LineIndex.lineText`: a BOM stays on line 0). */
  text: string;
  /** Index into `entries` for `entry`/`continuation` lines, and `invalid` lines that kept an entry. */
  entryIndex?: number;
}

export type DotenvQuote = 'none' | 'single' | 'double';

export interface DotenvEntry {
  key: string;
  keyRange: Range;
  /** `export KEY=…` */
  exported: boolean;
  exportRange?: Range;
  /** Range of the `=`; absent for a bare `KEY` line. */
  delimiterRange?: Range;
  /**
   * Source text of the value: from just after `=` to the end of the value, quotes included,
   * inline comment and trailing whitespace excluded. Multi-line for multi-line quoted values.
   * On a `KEY= value` line (which Symfony rejects) it starts at the value, after the blanks.
   */
  rawValue: string;
  valueRange: Range;
  quote: DotenvQuote;
  /**
   * Escapes resolved, before variable expansion (what rules inspect for placeholders): the value
   * Symfony would set if every `$NAME`/`${…}` were kept as written (`\$` still becomes `$`).
   */
  literalValue: string;
  /**
   * The value Symfony Dotenv would set, with `$VAR`/`${VAR}`/`${VAR:-default}` expanded from
   * earlier keys of this file (never the process environment; unknown names expand to '') and
   * `$(…)` kept as written (never run).
   */
  value: string;
  /** Variable references in the value, in source order. */
  references: DotenvReference[];
  inlineComment?: DotenvComment;
  /** From the first character of the line's content (or `export`) to the end of the value. */
  range: Range;
  /** First and last physical line of the entry. */
  startLine: number;
  endLine: number;
  /**
   * The quoted and unquoted stretches of a value made of several, in order (`A="foo"'bar'baz`
   * has three; blank unquoted stretches between quoted ones are left out). Absent when the value
   * is a single stretch or empty: `quote` and `valueRange` then describe it.
   */
  parts?: DotenvValuePart[];
  /** `$(…)` command substitutions: Symfony runs them, Harden keeps their text in `value`. */
  commands?: Range[];
}

export interface DotenvValuePart {
  quote: DotenvQuote;
  /** Quotes included. */
  range: Range;
  /** This stretch's share of `value`. */
  value: string;
}

export interface DotenvReference {
  name: string;
  range: Range;
  form: 'braced' | 'bare';
  defaultValue?: string;
  /** `:-` uses the default when the variable is empty or unset; `:=` also assigns it. */
  defaultOperator?: ':-' | ':=';
  /** The variable was empty when the value was read, so the default was used (and, with `:=`, assigned). */
  defaultUsed?: boolean;
  /** True when the name was defined earlier in this file (else it comes from the environment). */
  definedInFile: boolean;
}

export interface DotenvComment {
  /** The text after `#`. */
  text: string;
  /** Range including the `#`. */
  range: Range;
  inline: boolean;
}
