import fc from 'fast-check';

/**
 * Text a careless editor, a broken transfer or a hostile file puts into a config: the
 * characters each lexer treats specially, every line-ending style, NUL, BOMs, lone UTF-16
 * surrogates, Unicode line separators, and long runs that stress anything superlinear.
 */
export const SPECIAL_PIECES: readonly string[] = [
  '"',
  "'",
  '`',
  '\\',
  '\\\\',
  '#',
  ';',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  '$',
  '${',
  '$(',
  '=',
  ':',
  ' ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\n\n',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\uDC00\uD800',
  '\u2028',
  '\u0085',
  '\u000B',
  '\u000C',
  '\u00A0',
  'é',
  '😀',
  'export ',
  'location ',
  'server {',
  'include ',
  '~* ',
  '(a+)+',
];

/** Long runs: enough to expose quadratic scans and catastrophic backtracking, small enough to stay fast. */
export const LONG_PIECES: readonly string[] = [
  'a'.repeat(20_000),
  ' '.repeat(10_000),
  '\t'.repeat(5_000),
  '"'.repeat(3_000),
  "'".repeat(3_000),
  '\\'.repeat(5_000),
  '='.repeat(5_000),
  '$'.repeat(5_000),
  '{'.repeat(2_000),
  '}'.repeat(2_000),
  '#'.repeat(5_000),
  '\n'.repeat(5_000),
  '\r\n'.repeat(3_000),
  '${A'.repeat(1_000),
  '$A'.repeat(2_000),
  'A=1\n'.repeat(2_000),
  'x;'.repeat(3_000),
  'location / {\n'.repeat(300),
];

export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'replace'; at: number; text: string };

const piece = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...SPECIAL_PIECES) },
  { weight: 4, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG_PIECES) },
);

/** Positions are taken modulo the text's length, so one mutation list applies to any text (and shrinks well). */
export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: piece }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 80 }),
  }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: piece }),
);

export function applyMutation(text: string, mutation: Mutation): string {
  const at = mutation.at % (text.length + 1);
  switch (mutation.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + mutation.length);
    case 'insert':
      return text.slice(0, at) + mutation.text + text.slice(at);
    case 'duplicate':
      return (
        text.slice(0, at + mutation.length) +
        text.slice(at, at + mutation.length) +
        text.slice(at + mutation.length)
      );
    case 'replace':
      return text.slice(0, at) + mutation.text + text.slice(at + mutation.text.length);
  }
}

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}

/** A text, then a few random mutations of it. */
export function mutated(base: fc.Arbitrary<string>, maxMutations = 6): fc.Arbitrary<string> {
  return fc
    .tuple(base, fc.array(mutationArbitrary, { maxLength: maxMutations }))
    .map(([text, mutations]) => applyMutations(text, mutations));
}

/** Whole-file accidents: a BOM in front, CRLF or CR line endings, no final newline. */
export interface Envelope {
  bom: boolean;
  eol: '\n' | '\r\n' | '\r';
  finalNewline: boolean;
}

export const envelopeArbitrary: fc.Arbitrary<Envelope> = fc.record({
  bom: fc.boolean(),
  eol: fc.constantFrom<Envelope['eol']>('\n', '\n', '\n', '\r\n', '\r\n', '\r'),
  finalNewline: fc.boolean(),
});

export function wrapLines(lines: readonly string[], envelope: Envelope): string {
  const body = lines.join(envelope.eol) + (envelope.finalNewline && lines.length > 0 ? envelope.eol : '');
  return (envelope.bom ? '\uFEFF' : '') + body;
}
