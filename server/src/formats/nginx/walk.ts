import type { Directive, NginxFile } from './ast.ts';

/**
 * Visits directives depth-first in source order (parents before children) with an explicit
 * stack, so 10,000 nested blocks cost no recursion. Returning `false` skips the children.
 */
export function walkDirectives(
  directives: readonly Directive[],
  visit: (directive: Directive) => boolean | void,
): void {
  const stack: Directive[] = [];
  for (let i = directives.length - 1; i >= 0; i--) stack.push(directives[i]!);
  while (stack.length > 0) {
    const directive = stack.pop()!;
    if (visit(directive) === false) continue;
    const children = directive.block?.directives;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Every directive of the file, in source order; for a dump, of every part. */
export function allDirectives(file: NginxFile): Directive[] {
  const out: Directive[] = [];
  const tops = file.dump ? file.dump.flatMap((part) => part.directives) : file.directives;
  walkDirectives(tops, (d) => {
    out.push(d);
  });
  return out;
}

/** Directives named `name` anywhere in the file (every dump part included), in source order. */
export function findDirectives(file: NginxFile, name: string): Directive[] {
  return allDirectives(file).filter((d) => d.name === name);
}
