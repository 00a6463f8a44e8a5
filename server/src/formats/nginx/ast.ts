import type { ParseProblem, Range } from '../../engine/types.ts';

/**
 * The tree of an nginx configuration file. Every node and every argument carries its exact
 * range (0-based line/UTF-16 character, LSP style) in the parsed text; for an `nginx -T` dump
 * the ranges are positions in the whole dump.
 */
export interface NginxFile {
  /** Top-level directives (for a dump: those of its first file, the main configuration). */
  directives: Directive[];
  /** Every `#` comment in source order (comments inside raw blocks excluded). */
  comments: Comment[];
  problems: ParseProblem[];
  /** The text started with a UTF-8 byte order mark (read as whitespace). */
  hasBom: boolean;
  /** Present when the text is an `nginx -T` dump: one part per `# configuration file …:` marker. */
  dump?: DumpPart[];
}

/** One file of an `nginx -T` dump. Its ranges are positions in the dump. */
export interface DumpPart {
  /** The path nginx printed in the marker, e.g. `/etc/nginx/conf.d/default.conf`. */
  path: string;
  /** Dump line of the first line of the file's text (the line after the marker). */
  startLine: number;
  /** Range of the `# configuration file …:` marker line. */
  markerRange: Range;
  directives: Directive[];
}

/**
 * `'"'` or `"'"` for a quoted token, null for a bare one. nginx gives quoted and bare tokens the
 * same meaning, but quoting decides what the token may contain (spaces, `;`, `{`, `#`).
 */
export type Quote = '"' | "'" | null;

export interface Arg {
  /** The value nginx sees: quotes removed, `\"` `\'` `\\` `\t` `\r` `\n` resolved, other `\x` kept as written. */
  value: string;
  /** Source text, quotes included. */
  raw: string;
  range: Range;
  quote: Quote;
}

/**
 * `simple`: `name args;`. `block`: `name args { … }` whose body is nginx directives (or, in
 * `map`/`types`/`geo`/… blocks, entries that look like directives: the key is the name).
 * `raw`: a block whose body is another language (`content_by_lua_block { … }`), kept opaque.
 */
export type DirectiveKind = 'simple' | 'block' | 'raw';

export interface Directive {
  kind: DirectiveKind;
  /** Resolved like an argument (a `map` key may be quoted). */
  name: string;
  nameRange: Range;
  /** Source text of the name, quotes included. */
  nameRaw: string;
  nameQuote: Quote;
  args: Arg[];
  /** The whole directive: from its name to its `;` or its block's `}` (to the last token when either is missing). */
  range: Range;
  /** For `block` directives. */
  block?: Block;
  /** For `raw` directives. */
  rawBody?: RawBody;
  /** The enclosing block directive in the same file; undefined at the top level. */
  parent: Directive | undefined;
  /** False when the directive was not closed by its `;` (a recovered parse error). */
  terminated: boolean;
}

export interface Block {
  directives: Directive[];
  /** Range of the `{`. */
  openRange: Range;
  /** Range of the `}`; undefined when the block is not closed before the end of the file. */
  closeRange: Range | undefined;
}

export type RawLanguage = 'lua' | 'javascript' | 'unknown';

export interface RawBody {
  language: RawLanguage;
  /** Source text between the braces. */
  text: string;
  /** Range of the text between the braces. */
  range: Range;
  openRange: Range;
  closeRange: Range | undefined;
}

export interface Comment {
  /** Text after the `#`, line ending excluded. */
  text: string;
  /** Range from the `#` to the end of the line. */
  range: Range;
  /** True when code precedes the comment on its line. */
  trailing: boolean;
}

/** Directives of a block, or of the file for the top level (a dump's main part). */
export function childrenOf(parent: Directive | NginxFile): Directive[] {
  if ('kind' in parent) return parent.block?.directives ?? [];
  return parent.directives;
}

/** The enclosing block directives in the same file, outermost first. */
export function ancestorsOf(directive: Directive): Directive[] {
  const chain: Directive[] = [];
  for (let p = directive.parent; p; p = p.parent) chain.push(p);
  return chain.reverse();
}
