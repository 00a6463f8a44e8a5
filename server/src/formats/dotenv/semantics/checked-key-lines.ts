import type { DotenvFile } from '../ast.ts';
import { documentView, type DotenvDocumentView } from './document-view.ts';
import { disabledByControlComments } from './linter-control-comments.ts';
import { isKeyLine, type PhysicalLine } from './physical-lines.ts';

/**
 * The `KEY=…` lines a dotenv-linter parity rule looks at: every key line that the file's
 * `# dotenv-linter:off` comments leave switched on for that rule. Most parity rules are a loop
 * over exactly these lines; the view's index is returned with them for ranges and fixes.
 */
export function checkedKeyLines(
  ast: DotenvFile,
  text: string,
  ruleId: string,
): { index: DotenvDocumentView['index']; lines: PhysicalLine[] } {
  const { index, lines } = documentView(ast, text);
  const disabled = disabledByControlComments(lines, ruleId);
  return { index, lines: lines.filter((line) => isKeyLine(line) && !disabled(line.line)) };
}
