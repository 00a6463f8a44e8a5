import { defineRule } from '../../server/src/engine/rule.ts';
import type { TextEdit } from '../../server/src/engine/types.ts';
import type { DotenvEntry, DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { documentView } from '../../server/src/formats/dotenv/semantics/document-view.ts';
import { disabledByControlComments } from '../../server/src/formats/dotenv/semantics/linter-control-comments.ts';

const ID = 'dotenv/duplicated-key';

/**
 * dotenv-linter's DuplicatedKey: a key defined a second time in the same file. Loaders disagree
 * on the winner (Symfony Dotenv and the `dotenv` package keep the last value, phpdotenv's
 * immutable loader the first), so the file does not say what it means.
 *
 * The fix comments out the earlier definition, which keeps the value Symfony uses today
 * (dotenv-linter comments out the later one, which changes it). It is not offered when a value
 * in between, or the later one, refers to the key: those read the earlier value. When the
 * earlier definition is itself a redefinition that reads the key (`A=` ⏎ `A="${A}"` ⏎ `A=x`),
 * what it read goes with it: the fix comments out that one too, so one round of "fix all"
 * leaves no duplicate behind.
 */
export const duplicatedKey = defineRule<DotenvFile>({
  meta: {
    id: ID,
    format: 'dotenv',
    severity: 'warning',
    title: 'Keys must be defined once per file',
    presets: ['recommended', 'strict'],
    messages: {
      duplicated:
        'The key {{key}} is already defined on line {{line}}: loaders disagree on which value wins (Symfony keeps the last one)',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { index, lines } = documentView(context.ast, context.document.text);
    const disabled = disabledByControlComments(lines, ID);
    const entries = context.ast.entries;
    const previousByKey = new Map<string, number>();
    entries.forEach((entry, position) => {
      const previous = previousByKey.get(entry.key);
      previousByKey.set(entry.key, position);
      if (previous === undefined || disabled(entry.startLine)) return;
      const earlier = entries[previous]!;
      const readsEarlier = entries.slice(previous + 1, position + 1).some((e) => readsKey(e, entry.key));
      const assignsOther = assignsOtherVariable(earlier);
      const commented = readsEarlier || assignsOther ? [] : definitionsToCommentOut(entries, previous);
      context.report({
        messageId: 'duplicated',
        data: { key: entry.key, line: earlier.startLine + 1 },
        range: entry.keyRange,
        fix:
          readsEarlier || assignsOther
            ? undefined
            : () => ({
                title: `Comment out the earlier definition of ${entry.key} (line ${earlier.startLine + 1})`,
                kind: 'safe',
                edits: [
                  {
                    file: context.document.path,
                    edits: commented.flatMap((e) => commentOut(e, index.lineStarts, lines[0]?.column ?? 0)),
                  },
                ],
              }),
      });
    });
  },
});

function readsKey(entry: DotenvEntry, key: string): boolean {
  return entry.references.some((r) => r.name === key);
}

/** `A=${NEW:=x}` also defines NEW: commenting it out would drop that variable. */
function assignsOtherVariable(entry: DotenvEntry): boolean {
  return entry.references.some((r) => r.defaultOperator === ':=');
}

/**
 * The definitions a fix comments out, starting from the earlier definition at `from`: while
 * the one being commented out reads the key (its own finding has no fix, so nothing else would
 * remove what it read), the definition it read goes too, unless another entry reads it or it
 * defines another variable.
 */
function definitionsToCommentOut(entries: readonly DotenvEntry[], from: number): DotenvEntry[] {
  const out = [entries[from]!];
  const key = entries[from]!.key;
  let current = from;
  while (readsKey(entries[current]!, key)) {
    let before = current - 1;
    while (before >= 0 && entries[before]!.key !== key) before--;
    if (before < 0) break;
    const readInBetween = entries.slice(before + 1, current).some((e) => readsKey(e, key));
    if (readInBetween || assignsOtherVariable(entries[before]!)) break;
    out.unshift(entries[before]!);
    current = before;
  }
  return out;
}

function commentOut(entry: DotenvEntry, lineStarts: readonly number[], firstLineColumn: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let line = entry.startLine; line <= entry.endLine; line++) {
    const character = line === 0 ? firstLineColumn : 0;
    if (lineStarts[line] === undefined) continue;
    edits.push({ range: { start: { line, character }, end: { line, character } }, newText: '# ' });
  }
  return edits;
}
