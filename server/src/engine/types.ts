/**
 * The engine's core vocabulary. Plain data only: no `vscode`, no `vscode-languageserver`,
 * so the same values flow through the language server, the CLI and the tests.
 * Positions are LSP-style: 0-based line and UTF-16 character offsets.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

export type FormatId = 'dotenv' | 'nginx' | 'apache' | 'symfony' | 'shell' | 'php' | 'fs';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** Edits to one file. `file` is an absolute, normalised path (forward slashes). */
export interface FileEdit {
  file: string;
  edits: TextEdit[];
}

/**
 * What a fix may do. `safe` fixes are applied by `harden fix`; `secret` fixes invent a secret
 * (editor only, never the CLI); `mode` fixes change file permissions and need confirmation.
 */
export type FixKind = 'safe' | 'secret' | 'mode';

export interface ChmodOperation {
  file: string;
  mode: number;
}

export interface Fix {
  title: string;
  kind: FixKind;
  edits: FileEdit[];
  chmod?: ChmodOperation[];
  /**
   * The edits re-emit text of the file that may be a secret (e.g. re-quoting a `.env` value).
   * The fix still works in the editor and `harden fix`, but reports (SARIF, JSON…) show only
   * its title, never its edits.
   */
  sensitive?: boolean;
}

export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  /** The rule's message id (tests and fix-all grouping use it). */
  messageId?: string;
  severity: Severity;
  /** Never contains a secret value. */
  message: string;
  file: string;
  range: Range;
  related?: RelatedLocation[];
  fix?: Fix;
}

/** A problem a parser met. Parsers never throw: they return these and carry on. */
export interface ParseProblem {
  message: string;
  range: Range;
  severity: Severity;
}

/** The result every format parser returns; `ast` is the format's own tree. */
export interface Parsed<A = unknown> {
  ast: A;
  problems: ParseProblem[];
  /**
   * False when part of the file was not understood (a raw block, a parse error):
   * such a file is never called clean.
   */
  fullyUnderstood: boolean;
}

/** A file as the engine sees it: open editor buffers take precedence over the disk. */
export interface SourceDocument {
  /** Absolute, normalised path (forward slashes). */
  path: string;
  text: string;
  format: FormatId;
}

export interface FileStat {
  mode: number;
  isDirectory: boolean;
  isFile: boolean;
  isSymbolicLink: boolean;
  size: number;
}

/**
 * Read-only view of the workspace, injected by the caller (the server prefers open buffers,
 * the CLI reads the disk, tests use an in-memory map). Rules never touch `fs` themselves.
 */
export interface WorkspaceView {
  /** Absolute path of the workspace root, when there is one. */
  readonly root: string | undefined;
  readText(path: string): string | undefined;
  exists(path: string): boolean;
  /** Real file mode from disk; undefined when file-mode checks are off or the file is virtual. */
  stat(path: string): FileStat | undefined;
  /** Names of the entries of a directory, or undefined when it does not exist. */
  listDir(path: string): string[] | undefined;
  /** How a file read from disk was decoded (`utf-8-bom`, `latin-1`…); undefined for virtual or unread files. */
  encodingOf?(path: string): 'utf-8' | 'utf-8-bom' | 'latin-1' | undefined;
}
