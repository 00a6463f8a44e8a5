import type { ResolvedConfig } from './config-types.ts';
import { ENCODING, PARSE_ERROR } from './engine-rules.ts';
import { engineFinding } from './linter.ts';
import type { Format } from './format.ts';
import type { Finding, Range } from './types.ts';

const FILE_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * What a disk read says about a file beyond its text. The text handed to the parsers never
 * holds the byte order mark (offsets start at the first real character, as in the editor, where
 * VS Code drops it too), so the parsers' own "byte order mark" problem is asked for here: each
 * format's parser, given the mark alone, says in its words what the program that reads the file
 * does with it (nginx and Symfony Dotenv both refuse it). A Latin-1 fallback gets an info.
 */
export function encodingFindings(
  path: string,
  encoding: 'utf-8' | 'utf-8-bom' | 'latin-1' | undefined,
  format: Format | undefined,
  config: ResolvedConfig,
): Finding[] {
  const out: Finding[] = [];
  if (encoding === 'latin-1') {
    const finding = engineFinding(ENCODING, path, FILE_START, {}, config);
    if (finding) out.push(finding);
  }
  if (encoding === 'utf-8-bom' && format) {
    const problem = format
      .parse('\uFEFF', path)
      .problems.find((p) => p.range.start.line === 0 && /byte.order mark/i.test(p.message));
    const finding =
      problem && engineFinding(PARSE_ERROR, path, FILE_START, { message: problem.message }, config);
    if (finding) out.push({ ...finding, severity: problem.severity });
  }
  return out;
}
