import type { Range } from '../../../../server/src/engine/types.ts';
import type { Directive } from '../../../../server/src/formats/nginx/ast.ts';
import { walkDirectives } from '../../../../server/src/formats/nginx/walk.ts';

/** `line:char-line:char`, 0-based like the engine's ranges. */
export function at(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/**
 * One line per directive, indented by depth: `kind name@range arg@range …`, an argument's
 * value in JSON with `"…"`/`'…'` marks for quoted ones, ` (unterminated)` for a recovered `;`.
 * Tests compare whole trees with it, ranges included.
 */
export function describeAst(directives: readonly Directive[]): string[] {
  const lines: string[] = [];
  walkDirectives(directives, (d) => {
    let depth = 0;
    for (let p = d.parent; p; p = p.parent) depth++;
    const args = d.args.map((a) => `${a.quote ?? ''}${JSON.stringify(a.value)}@${at(a.range)}`);
    const name = `${d.nameQuote ?? ''}${JSON.stringify(d.name)}`;
    const tail = d.terminated ? '' : ' (unterminated)';
    lines.push(
      `${'  '.repeat(depth)}${d.kind} ${name}@${at(d.range)}${args.length ? ' ' : ''}${args.join(' ')}${tail}`,
    );
  });
  return lines;
}
