import type { LineIndex } from '../../server/src/engine/line-index.ts';
import { defineRule } from '../../server/src/engine/rule.ts';
import type { TextEdit } from '../../server/src/engine/types.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { documentView } from '../../server/src/formats/dotenv/semantics/document-view.ts';
import {
  disabledByControlComments,
  parseControlComment,
} from '../../server/src/formats/dotenv/semantics/linter-control-comments.ts';
import {
  isKeyLine,
  keyLineParts,
  type PhysicalLine,
} from '../../server/src/formats/dotenv/semantics/physical-lines.ts';

const ID = 'dotenv/unordered-key';

/** A key line with the comment lines just above it and its continuation lines: what moves when sorting. */
interface Chunk {
  key: string;
  lines: PhysicalLine[];
}

/** Keys between blank lines, control comments and lines that refer to a key of the group. */
interface Group {
  chunks: Chunk[];
}

/** Byte order, as dotenv-linter sorts (Rust `String` ordering). */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function referencedNames(line: PhysicalLine): string[] {
  return line.kind === 'entry' && line.entry ? line.entry.references.map((r) => r.name) : [];
}

/**
 * Splits the file into the groups dotenv-linter sorts: a blank line or a `# dotenv-linter:…`
 * control comment ends a group, and so does a line whose value refers to a key of the group
 * (sorting could move it above the key it reads). That line stays where it is.
 */
function sortGroups(lines: readonly PhysicalLine[]): Group[] {
  const groups: Group[] = [];
  let chunks: Chunk[] = [];
  let comments: PhysicalLine[] = [];
  let keys = new Set<string>();
  const flush = () => {
    if (chunks.length > 0) groups.push({ chunks });
    chunks = [];
    comments = [];
    keys = new Set();
  };
  for (const line of lines) {
    if (line.kind === 'blank' || (line.kind === 'comment' && parseControlComment(line.text))) {
      flush();
    } else if (line.kind === 'comment') {
      comments.push(line);
    } else if (line.kind === 'continuation') {
      chunks[chunks.length - 1]?.lines.push(line);
    } else if (isKeyLine(line)) {
      const names = referencedNames(line);
      if (names.some((name) => keys.has(name))) {
        flush();
        continue;
      }
      const key = keyLineParts(line).key;
      keys.add(key);
      chunks.push({ key, lines: [...comments, line] });
      comments = [];
    }
  }
  flush();
  return groups;
}

/** The edit that rewrites a group in order, or undefined when sorting could change a value. */
function sortEdit(
  group: Group,
  index: LineIndex,
  keysReferenced: Set<string>,
  errorLines: ReadonlySet<number>,
): TextEdit | undefined {
  if (group.chunks.some((c) => keysReferenced.has(c.key))) return undefined;
  // A line with a syntax error (an unterminated quote) would swallow the lines moved after it.
  if (group.chunks.some((c) => c.lines.some((l) => errorLines.has(l.line)))) return undefined;
  const sorted = [...group.chunks].sort((a, b) => compareKeys(a.key, b.key));
  if (sorted.every((chunk, i) => chunk === group.chunks[i])) return undefined;
  const firstLine = group.chunks[0]!.lines[0]!;
  const lastChunk = group.chunks[group.chunks.length - 1]!;
  const lastLine = lastChunk.lines[lastChunk.lines.length - 1]!;
  const start = index.lineStarts[firstLine.line]! + firstLine.column;
  const end = index.lineEnd(lastLine.line);
  const eol = index.eol;
  const newText = sorted.map((chunk) => chunk.lines.map((l) => l.text).join(eol)).join(eol);
  return { range: index.range(start, end), newText };
}

/**
 * dotenv-linter's UnorderedKey: keys out of alphabetical order within a group of lines. Off by
 * default: the order of a file often follows the app's sections (Symfony Flex's `###> … ###`
 * blocks), not the alphabet.
 */
export const unorderedKey = defineRule<DotenvFile>({
  meta: {
    id: ID,
    format: 'dotenv',
    severity: 'warning',
    title: 'Keys must be in alphabetical order',
    presets: [],
    messages: { unordered: 'The key {{key}} should come before {{other}} (alphabetical order)' },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { index, lines } = documentView(context.ast, context.document.text);
    const disabled = disabledByControlComments(lines, ID);
    const groups = sortGroups(lines);
    const groupOfLine = new Map<number, Group>();
    for (const group of groups)
      for (const chunk of group.chunks) for (const l of chunk.lines) groupOfLine.set(l.line, group);
    const editOfGroup = new Map<Group, TextEdit | undefined>();
    const keysReferenced = new Set(context.ast.entries.flatMap((e) => e.references.map((r) => r.name)));
    const errorLines = new Set<number>();
    for (const problem of context.parsed.problems)
      if (problem.severity === 'error')
        for (let l = problem.range.start.line; l <= problem.range.end.line; l++) errorLines.add(l);
    // A key is out of order when a greater one came before it in the group: the greatest so far
    // is the one named (a set and a running maximum keep a group of 80,000 keys linear).
    let seen = new Set<string>();
    let greatest: string | undefined;
    const reset = () => {
      seen = new Set();
      greatest = undefined;
    };
    for (const line of lines) {
      if (line.kind === 'blank' || (line.kind === 'comment' && parseControlComment(line.text))) {
        reset();
        continue;
      }
      if (!isKeyLine(line)) continue;
      if (referencedNames(line).some((name) => seen.has(name))) {
        reset();
        continue;
      }
      if (disabled(line.line)) continue;
      const parts = keyLineParts(line);
      seen.add(parts.key);
      if (greatest === undefined || compareKeys(parts.key, greatest) >= 0) {
        greatest = parts.key;
        continue;
      }
      const other = greatest;
      const lineStart = index.lineStarts[line.line]! + line.column;
      const group = groupOfLine.get(line.line);
      let edit: TextEdit | undefined;
      if (group) {
        // Every finding of a group shares one edit: the group, sorted.
        if (!editOfGroup.has(group))
          editOfGroup.set(group, sortEdit(group, index, keysReferenced, errorLines));
        edit = editOfGroup.get(group);
      }
      context.report({
        messageId: 'unordered',
        data: { key: parts.key, other },
        range: index.range(lineStart + parts.keyStart, lineStart + parts.keyEnd),
        fix: edit
          ? () => ({
              title: 'Sort the keys of this group alphabetically',
              kind: 'safe',
              // The edit re-emits the group's lines, values (maybe secrets) included.
              sensitive: true,
              edits: [{ file: context.document.path, edits: [edit] }],
            })
          : undefined,
      });
    }
  },
});
