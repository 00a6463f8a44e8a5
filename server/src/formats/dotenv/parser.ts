import { LineIndex } from '../../engine/line-index.ts';
import type { Parsed, ParseProblem, Range } from '../../engine/types.ts';
import type {
  DotenvComment,
  DotenvEntry,
  DotenvFile,
  DotenvLine,
  DotenvLineKind,
  DotenvReference,
} from './ast.ts';
import type { Span } from './commands.ts';
import type { FoundProblem } from './expansion.ts';
import { isBlank, isPcreSpace, nameEnd } from './name-syntax.ts';
import { NormalizedText } from './normalized-text.ts';
import { SourceEntry } from './entry-node.ts';
import { SourcePositions } from './positions.ts';
import { BOM_MESSAGE, COMMAND_MESSAGE, SYMFONY_MESSAGES } from './problems.ts';
import { lexValue, type LexedValue } from './value-lexer.ts';

const LF = 10;
const HASH = 35;
const EQUALS = 61;
const UNDERSCORE = 95;
const KIND_RANK: Record<DotenvLineKind, number> = {
  blank: 0,
  comment: 1,
  continuation: 2,
  entry: 3,
  invalid: 4,
};

/**
 * Reads a `.env` file the way Symfony Dotenv's `parse()` does, without ever executing
 * `$(…)` nor reading the process environment. Never throws; every `FormatException` Symfony would
 * raise becomes an error with its range, and parsing goes on at the next line.
 */
export function parseDotenv(text: string): Parsed<DotenvFile> {
  return new DotenvParser(text).parse();
}

class DotenvParser {
  private readonly source: NormalizedText;
  private readonly data: string;
  private readonly index: LineIndex;
  private readonly positions: SourcePositions;
  private readonly entries: DotenvEntry[] = [];
  private readonly comments: DotenvComment[] = [];
  private readonly problems: ParseProblem[] = [];
  /** Symfony's `$this->values`: what later references see, and what `parse()` returns. */
  private readonly variables = new Map<string, string>();
  private readonly kinds: DotenvLineKind[];
  private readonly entryOfLine: (number | undefined)[];

  constructor(text: string) {
    this.source = new NormalizedText(text);
    this.data = this.source.data;
    this.index = new LineIndex(text);
    this.positions = new SourcePositions(this.source, this.index);
    this.kinds = new Array<DotenvLineKind>(this.index.lineCount).fill('blank');
    this.entryOfLine = new Array<number | undefined>(this.index.lineCount);
  }

  parse(): Parsed<DotenvFile> {
    const data = this.data;
    let position = 0;
    const hasBom = data.charCodeAt(0) === 0xfeff;
    if (hasBom) {
      this.problem(BOM_MESSAGE, 0, 1, 'error');
      position = 1;
    }
    for (;;) {
      position = this.skipBlankLinesAndComments(position);
      if (position >= data.length) break;
      position = this.entry(position);
    }
    const lines: DotenvLine[] = this.kinds.map((kind, line) => {
      const record: DotenvLine = { line, kind, text: this.index.lineText(line) };
      const entryIndex = this.entryOfLine[line];
      if (entryIndex !== undefined) record.entryIndex = entryIndex;
      return record;
    });
    const ast: DotenvFile = {
      entries: this.entries,
      comments: this.comments,
      lines,
      hasBom,
      eol: this.index.eol === '\r\n' ? '\r\n' : '\n',
      variables: this.variables,
    };
    return {
      ast,
      problems: this.problems,
      fullyUnderstood: !this.problems.some((p) => p.severity === 'error'),
    };
  }

  /** Symfony's `skipEmptyLines`: any PCRE blank, and `#` comments up to the end of their line. */
  private skipBlankLinesAndComments(from: number): number {
    const data = this.data;
    let i = from;
    while (i < data.length) {
      const c = data.charCodeAt(i);
      if (isPcreSpace(c)) i++;
      else if (c === HASH) {
        const end = this.lineEnd(i);
        const comment = this.comment(i, end, false);
        this.mark(comment.range.start.line, 'comment');
        i = end;
      } else break;
    }
    return i;
  }

  /** One `[export ]NAME=value` declaration starting at `start`; returns where scanning goes on. */
  private entry(start: number): number {
    const data = this.data;
    let keyStart = start;
    let keyEnd = -1;
    let exported = false;
    if (data.startsWith('export', start) && isBlank(data.charCodeAt(start + 6))) {
      let i = start + 6;
      while (isBlank(data.charCodeAt(i))) i++;
      keyEnd = nameEnd(data, i);
      if (keyEnd !== -1) {
        exported = true;
        keyStart = i;
      }
    }
    // Symfony's pattern backtracks over `export `: `export 1A=` reads the name `export`.
    if (keyEnd === -1) keyEnd = nameEnd(data, start);
    if (keyEnd === -1) {
      const at = data.charCodeAt(start) === UNDERSCORE && !this.atLineEnd(start + 1) ? start + 1 : start;
      return this.invalidLine(SYMFONY_MESSAGES.invalidName, { start, end: at + this.characterLength(at) });
    }
    const declaration = { start, keyStart, keyEnd, exported };
    const after = data.charCodeAt(keyEnd);
    if (this.atLineEnd(keyEnd) || after === HASH) {
      const message = exported ? SYMFONY_MESSAGES.unset : SYMFONY_MESSAGES.missingEquals;
      return this.bareEntry(declaration, { message, start: exported ? start : keyStart, end: keyEnd });
    }
    if (isBlank(after)) {
      let next = keyEnd;
      while (isBlank(data.charCodeAt(next))) next++;
      const problem = { message: SYMFONY_MESSAGES.spaceAfterName, start: keyEnd, end: next };
      if (data.charCodeAt(next) === EQUALS) return this.valuedEntry(declaration, next, problem);
      if (this.atLineEnd(next) || data.charCodeAt(next) === HASH) {
        return this.bareEntry({ ...declaration, after: next }, problem);
      }
      return this.invalidLine(problem.message, problem);
    }
    if (after !== EQUALS) {
      return this.invalidLine(SYMFONY_MESSAGES.missingEquals, {
        start: keyEnd,
        end: keyEnd + this.characterLength(keyEnd),
      });
    }
    return this.valuedEntry(declaration, keyEnd);
  }

  private valuedEntry(declaration: Declaration, equals: number, problem?: FoundProblem): number {
    const lexed = lexValue(this.data, equals + 1, this.variables);
    const entry = this.newEntry(declaration, lexed, equals);
    const first = problem ?? lexed.problem;
    for (const part of lexed.parts) {
      for (const command of part.commands) this.problem(COMMAND_MESSAGE, command.start, command.end, 'info');
    }
    this.addEntry(entry, first, lexed.comment);
    this.variables.set(entry.key, entry.value);
    return lexed.next;
  }

  /** `KEY` or `export KEY` without `=`: Symfony rejects it; the entry is kept with an empty value. */
  private bareEntry(declaration: Declaration & { after?: number }, problem: FoundProblem): number {
    const { keyEnd } = declaration;
    const after = declaration.after ?? keyEnd;
    const end = this.lineEnd(after);
    const comment = this.data.charCodeAt(after) === HASH ? { start: after, end } : undefined;
    const empty: LexedValue = { parts: [], start: keyEnd, end: keyEnd, value: '', literal: '', next: end };
    const entry = this.newEntry(declaration, empty, undefined);
    this.addEntry(entry, problem, comment);
    this.variables.set(entry.key, '');
    return end;
  }

  private newEntry(declaration: Declaration, lexed: LexedValue, equals: number | undefined): DotenvEntry {
    const { start, keyStart, keyEnd, exported } = declaration;
    const rawValue = this.documentText(lexed.start, lexed.end);
    // The same string object when they are equal: large files hold many such values.
    const raw = rawValue === lexed.value ? lexed.value : rawValue;
    const entry = new SourceEntry(
      this.positions,
      {
        start,
        keyStart,
        keyEnd,
        equals: equals ?? -1,
        valueStart: lexed.start,
        valueEnd: lexed.end,
        end: equals !== undefined ? Math.max(lexed.end, equals + 1) : keyEnd,
      },
      {
        key: this.data.slice(keyStart, keyEnd),
        exported,
        rawValue: raw,
        quote: lexed.parts[0]?.quote ?? 'none',
        literalValue: lexed.literal,
        value: lexed.value,
      },
    );
    for (const part of lexed.parts) {
      for (const r of part.references) {
        const reference: DotenvReference = {
          name: r.name,
          range: this.range(r.start, r.end),
          form: r.form,
          definedInFile: r.definedInFile,
        };
        if (r.defaultValue !== undefined) reference.defaultValue = r.defaultValue;
        if (r.operator !== undefined) {
          reference.defaultOperator = r.operator;
          reference.defaultUsed = r.defaultUsed;
        }
        entry.references.push(reference);
      }
      for (const c of part.commands) (entry.commands ??= []).push(this.range(c.start, c.end));
    }
    if (lexed.parts.length > 1) {
      entry.parts = lexed.parts.map((p) => ({
        quote: p.quote,
        range: this.range(p.start, p.end),
        value: p.value,
      }));
    }
    return entry;
  }

  private addEntry(entry: DotenvEntry, problem: FoundProblem | undefined, comment: Span | undefined): void {
    const entryIndex = this.entries.length;
    this.entries.push(entry);
    if (problem) this.problem(problem.message, problem.start, problem.end, 'error');
    if (comment) entry.inlineComment = this.comment(comment.start, comment.end, true);
    this.mark(entry.startLine, problem ? 'invalid' : 'entry', entryIndex);
    for (let line = entry.startLine + 1; line <= entry.endLine; line++)
      this.mark(line, 'continuation', entryIndex);
  }

  /** A line Symfony rejects before any value: reported, skipped up to its end. */
  private invalidLine(message: string, span: Span): number {
    this.problem(message, span.start, span.end, 'error');
    this.mark(this.positions.positionAt(span.start).line, 'invalid');
    return this.lineEnd(span.start);
  }

  private comment(start: number, end: number, inline: boolean): DotenvComment {
    const comment = { text: this.data.slice(start + 1, end), range: this.range(start, end), inline };
    this.comments.push(comment);
    return comment;
  }

  private problem(message: string, start: number, end: number, severity: ParseProblem['severity']): void {
    this.problems.push({ message, range: this.range(start, end), severity });
  }

  private mark(line: number, kind: DotenvLineKind, entryIndex?: number): void {
    if (KIND_RANK[kind] > KIND_RANK[this.kinds[line] ?? 'blank']) this.kinds[line] = kind;
    if (entryIndex !== undefined && this.entryOfLine[line] === undefined) this.entryOfLine[line] = entryIndex;
  }

  /** Offsets in the normalised text → document range. */
  private range(start: number, end: number): Range {
    return this.positions.range(start, end);
  }

  private documentText(start: number, end: number): string {
    return this.source.text.slice(this.source.documentOffset(start), this.source.documentOffset(end));
  }

  private lineEnd(from: number): number {
    const at = this.data.indexOf('\n', from);
    return at === -1 ? this.data.length : at;
  }

  private atLineEnd(position: number): boolean {
    return position >= this.data.length || this.data.charCodeAt(position) === LF;
  }

  /** 2 for a surrogate pair, so a range never splits a character. */
  private characterLength(position: number): number {
    const c = this.data.charCodeAt(position);
    if (Number.isNaN(c)) return 0;
    const next = this.data.charCodeAt(position + 1);
    return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
}

interface Declaration {
  start: number;
  keyStart: number;
  keyEnd: number;
  exported: boolean;
}
