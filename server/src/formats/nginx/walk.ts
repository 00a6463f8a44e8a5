import { ObjectMemo } from '../../engine/object-memo.ts';
import type { Directive, NginxFile } from './ast.ts';
import { isDataBlock } from './directives.ts';

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

export interface DirectivesInOrder {
  /** Every directive of the file (every part of a dump), in source order. */
  all: readonly Directive[];
  /** The same without the entries of data blocks (`map`, `geo`, `types`…), which are not directives. */
  code: readonly Directive[];
  /** `code` grouped by name, built at the first `codeDirectivesNamed`. */
  byName: Map<string, Directive[]> | undefined;
}

const inOrder = new ObjectMemo<NginxFile, DirectivesInOrder>('inOrder');

/**
 * The file's directives in source order, listed in one walk kept with the parsed tree (which
 * never changes): the by-name indexes of several modules are built from it.
 */
export function directivesInOrder(file: NginxFile): DirectivesInOrder {
  let known = inOrder.get(file);
  if (!known) {
    const all: Directive[] = [];
    const code: Directive[] = [];
    const tops = file.dump ? file.dump.flatMap((part) => part.directives) : file.directives;
    // One walk, each directive with whether it is inside a data block (a `map`, `geo`, `types`…
    // at any depth above it), instead of a walk up its parents for each.
    const stack: Directive[] = [];
    const inData: boolean[] = [];
    for (let i = tops.length - 1; i >= 0; i--) {
      stack.push(tops[i]!);
      inData.push(false);
    }
    while (stack.length > 0) {
      const directive = stack.pop()!;
      const data = inData.pop()!;
      all.push(directive);
      if (!data) code.push(directive);
      const children = directive.block?.directives;
      if (!children) continue;
      const childData = data || isDataBlock(directive.name);
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push(children[i]!);
        inData.push(childData);
      }
    }
    known = { all, code, byName: undefined };
    inOrder.set(file, known);
  }
  return known;
}

/** Every directive of the file, in source order; for a dump, of every part. */
export function allDirectives(file: NginxFile): readonly Directive[] {
  return directivesInOrder(file).all;
}

/** Directives named `name` anywhere in the file (every dump part included), in source order. */
export function findDirectives(file: NginxFile, name: string): Directive[] {
  return allDirectives(file).filter((d) => d.name === name);
}

const NONE: readonly Directive[] = Object.freeze([]);

/**
 * The file's directives (every part of a dump; no includes, no data-block entries) with this
 * name, in source order: one index per parsed tree, shared by every rule and module that asks.
 */
export function codeDirectivesNamed(file: NginxFile, name: string): readonly Directive[] {
  const known = directivesInOrder(file);
  let byName = known.byName;
  if (!byName) {
    byName = new Map();
    for (const directive of known.code) {
      const list = byName.get(directive.name);
      if (list) list.push(directive);
      else byName.set(directive.name, [directive]);
    }
    known.byName = byName;
  }
  return byName.get(name) ?? NONE;
}
