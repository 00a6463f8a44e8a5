import type { Parsed, Range } from '../../engine/types.ts';
import type { Arg, Comment, Directive, DumpPart, NginxFile, Quote, RawLanguage } from './ast.ts';
import { dataEntryProblem } from './data-entries.ts';
import { isDataBlock, isKnownDirective } from './directives.ts';
import { ProblemList } from './problem-list.ts';
import { splitNginxDump } from './dump.ts';
import { rawBlockLanguage } from './raw-blocks.ts';
import { makeRange, SourceBlock, SourceDirective, sourceArg, type SourceArg } from './source-nodes.ts';
import { Tokenizer, tokenRange, type Token } from './tokenizer.ts';

export { MAX_PROBLEMS } from './problem-list.ts';

/**
 * Parses an nginx configuration (or an `nginx -T` dump) into a tree with exact ranges.
 * Never throws: what nginx would reject becomes a problem with a range, and parsing goes on.
 * Blocks are tracked on an explicit stack, so nesting depth costs memory, not call stack.
 */
export function parseNginx(text: string): Parsed<NginxFile> {
  const state: ParseState = { text, problems: new ProblemList(), comments: [], rawBlocks: 0 };
  const problems = state.problems;
  const hasBom = text.charCodeAt(0) === 0xfeff;
  if (hasBom) {
    // The lexer reads past it, but nginx does not: "unknown directive \"\uFEFFevents\"".
    problems.add(
      'The file starts with a UTF-8 byte order mark: nginx reads it as part of the first directive name and refuses the file. Save it as UTF-8 without BOM.',
      { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    );
  }
  const segments = splitNginxDump(text);
  let directives: Directive[];
  let dump: DumpPart[] | undefined;
  if (segments.length === 0) {
    directives = parseSegment(new Tokenizer(text, 0, text.length, 0, 0, problems), state);
  } else {
    dump = segments.map((segment) => {
      const end = segment.startOffset + segment.text.length;
      const tokenizer = new Tokenizer(
        text,
        segment.startOffset,
        end,
        segment.startLine,
        segment.startOffset,
        problems,
      );
      return {
        path: segment.path,
        startLine: segment.startLine,
        markerRange: {
          start: { line: segment.markerLine, character: 0 },
          end: { line: segment.markerLine, character: segment.markerLength },
        },
        directives: parseSegment(tokenizer, state),
      };
    });
    directives = dump[0]?.directives ?? [];
  }
  const list = problems.finish();
  const file: NginxFile = { directives, comments: state.comments, problems: list, hasBom };
  if (dump) file.dump = dump;
  const fullyUnderstood = state.rawBlocks === 0 && !list.some((p) => p.severity === 'error');
  return { ast: file, problems: list, fullyUnderstood };
}

/** The arguments of every directive without any (`server`, `http`, `internal`): one shared, frozen list. */
const NO_ARGS = Object.freeze([]) as unknown as Arg[];

interface ParseState {
  text: string;
  problems: ProblemList;
  comments: Comment[];
  rawBlocks: number;
}

interface Frame {
  /** The block directive whose body is being read; undefined for the top level. */
  owner: SourceDirective | undefined;
  list: Directive[];
  /** Inside a `map`/`types`/… body, where entries are keys, not directive names. */
  data: boolean;
  /** The `{` of a block without a name, whose body is read as part of the enclosing block. */
  phantomOpen?: Range;
}

function parseSegment(tokenizer: Tokenizer, state: ParseState): Directive[] {
  const { problems, comments } = state;
  const top: Directive[] = [];
  const stack: Frame[] = [{ owner: undefined, list: top, data: false }];
  let frame = stack[0]!;
  // The name of the directive being read, copied from its token into one reused record: the
  // directive keeps its fields, and a name needs no argument object of its own.
  let name: PendingName | undefined;
  const pending = new PendingName();
  // Arguments are gathered in one reused array and copied out at the exact length: a pushed-to
  // array keeps room for 16 elements, and the tree keeps one per directive (most have 1 or 2).
  // The count is kept apart: `args.length = 0` would drop the array's storage, and every
  // directive would then allocate it again.
  const args: SourceArg[] = [];
  let argCount = 0;

  const error = (message: string, range: Range): void => {
    problems.add(message, range);
  };
  /** Ends the pending directive at `endLine`/`endCharacter`. */
  const emit = (endLine: number, endCharacter: number, terminated: boolean): SourceDirective => {
    const directive = new SourceDirective(
      name!,
      argCount === 0 ? NO_ARGS : args.slice(0, argCount),
      frame.owner,
      endLine,
      endCharacter,
      terminated,
      !frame.data,
    );
    frame.list.push(directive);
    name = undefined;
    argCount = 0;
    if (frame.data && terminated && frame.owner) {
      const message = dataEntryProblem(frame.owner.name, directive);
      if (message) error(message, directive.range);
    }
    return directive;
  };
  const emitUnterminated = (why: string): void => {
    const lastToken = (argCount > 0 ? args[argCount - 1] : undefined) ?? name!;
    error(`Missing ";" after the "${name!.value}" directive${why}.`, lastToken.range);
    emit(lastToken.endLine, lastToken.endCharacter, false);
  };

  for (;;) {
    const token = tokenizer.next();
    switch (token.kind) {
      case 'comment':
        comments.push({ text: token.text, range: tokenRange(token), trailing: !token.firstOnLine });
        break;
      case 'word': {
        if (name === undefined) name = pending.read(token);
        else if (startsNextDirective(token, name, frame)) {
          emitUnterminated('');
          name = pending.read(token);
        } else
          args[argCount++] = sourceArg(
            token.value,
            token.raw,
            token.quote,
            token.startLine,
            token.startCharacter,
            token.endLine,
            token.endCharacter,
          );
        // The lexer already reported the missing quote, which swallowed the `;`.
        if (token.unterminated) emit(token.endLine, token.endCharacter, false);
        break;
      }
      case 'semicolon':
        if (name === undefined) error('Unexpected ";": there is no directive to end.', tokenRange(token));
        else emit(token.endLine, token.endCharacter, true);
        break;
      case 'open': {
        if (name === undefined) {
          // Read the body anyway, as part of the enclosing block, so its directives are checked.
          const open = tokenRange(token);
          error('Unexpected "{": a block needs a directive name before it.', open);
          stack.push({ owner: frame.owner, list: frame.list, data: frame.data, phantomOpen: open });
          frame = stack[stack.length - 1]!;
          break;
        }
        const language = name.quote === null ? rawBlockLanguage(name.value) : undefined;
        const directive = emit(token.endLine, token.endCharacter, true);
        if (language !== undefined) {
          readRawBody(directive, language, tokenRange(token), tokenizer, state);
          break;
        }
        const block = new SourceBlock(
          token.startLine,
          token.startCharacter,
          token.endLine,
          token.endCharacter,
        );
        directive.openBlock(block);
        stack.push({ owner: directive, list: block.directives, data: isDataBlock(directive.name) });
        frame = stack[stack.length - 1]!;
        break;
      }
      case 'close': {
        if (name !== undefined) emitUnterminated(' before "}"');
        if (stack.length === 1) {
          error('Unexpected "}": there is no open block to close.', tokenRange(token));
          break;
        }
        const closed = stack.pop()!;
        frame = stack[stack.length - 1]!;
        if (!closed.phantomOpen && closed.owner?.block) {
          closed.owner.block.close(token.startLine, token.startCharacter, token.endLine, token.endCharacter);
          closed.owner.setEnd(token.endLine, token.endCharacter);
        }
        break;
      }
      case 'eof': {
        if (name !== undefined) emitUnterminated(' at the end of the file');
        for (let k = stack.length - 1; k > 0; k--) {
          const open = stack[k]!;
          if (open.phantomOpen) error('This "{" is not closed: "}" is missing.', open.phantomOpen);
          else if (open.owner) {
            open.owner.setEnd(token.endLine, token.endCharacter);
            error(`The "${open.owner.name}" block is not closed: "}" is missing.`, open.owner.nameRange);
          }
        }
        return top;
      }
    }
  }
}

function readRawBody(
  directive: SourceDirective,
  language: RawLanguage,
  open: Range,
  tokenizer: Tokenizer,
  state: ParseState,
): void {
  const scan = tokenizer.scanRawBody(language);
  directive.setRawBody({
    language,
    text: state.text.slice(scan.bodyStart, scan.bodyEnd),
    range: scan.bodyRange,
    openRange: open,
    closeRange: scan.closeRange,
  });
  const end = (scan.closeRange ?? scan.bodyRange).end;
  directive.setEnd(end.line, end.character);
  state.rawBlocks++;
  state.problems.add(
    `"${directive.name}" is not analysed: its body is not nginx configuration.`,
    directive.nameRange,
    'info',
  );
  if (!scan.closeRange) {
    state.problems.add(`The "${directive.name}" block is not closed: "}" is missing.`, directive.nameRange);
  }
}

/**
 * Recovery of a missing `;`: a known directive name that starts a line, no more indented than
 * the unfinished directive, in a block of directives, is read as the next directive. nginx
 * would glue it to the previous directive's arguments and fail on it.
 */
function startsNextDirective(token: Token, name: PendingName, frame: Frame): boolean {
  return (
    token.firstOnLine &&
    token.quote === null &&
    !frame.data &&
    token.startCharacter <= name.startCharacter &&
    isKnownDirective(token.value)
  );
}

/** The name of the directive being read: its token's fields, copied before the lexer moves on. */
class PendingName {
  value = '';
  raw = '';
  quote: Quote = null;
  startLine = 0;
  startCharacter = 0;
  endLine = 0;
  endCharacter = 0;

  read(token: Token): this {
    this.value = token.value;
    this.raw = token.raw;
    this.quote = token.quote;
    this.startLine = token.startLine;
    this.startCharacter = token.startCharacter;
    this.endLine = token.endLine;
    this.endCharacter = token.endCharacter;
    return this;
  }

  get range(): Range {
    return makeRange(this.startLine, this.startCharacter, this.endLine, this.endCharacter);
  }
}
