import type { FileEdit } from '../../engine/types.ts';
import type { Directive } from './ast.ts';
import { anchorIn, type EffectiveNode } from './effective.ts';
import { declaresOwn, headersAt, lostHeaders, type TopLevel } from './semantics-header-levels.ts';
import { insertAfter, insertAtBlockStart, insertOnNextLine, layoutOf } from './semantics-insertion.ts';
import { copiedSources } from './semantics-tls-server.ts';

/**
 * Where a quick-fix writes new `add_header` lines into a level (DESIGN: "HSTS after the last
 * listen/server_name/ssl_* line of the server, or into each location that re-declares
 * add_header"): after the level's last `add_header` (or the `include` that brings it), else in a
 * server after its last `listen`/`server_name`/`ssl_*` line (or the `include` of its TLS
 * settings), else first in the block. A level that declares no header of its own inherits the
 * outer ones; declaring one would drop them, so the fix copies them in first.
 */

/** The last direct child of `level`'s block in `file` that is (or includes) a node matching `test`. */
export function lastAnchor(
  level: EffectiveNode,
  file: string,
  test: (node: EffectiveNode) => boolean,
): Directive | undefined {
  let found: Directive | undefined;
  for (const child of level.children) {
    if (!test(child)) continue;
    const anchor = anchorIn(child, file);
    if (anchor && anchor.parent === level.directive) found = anchor;
  }
  return found;
}

const SERVER_HEAD = /^(listen|server_name|ssl|ssl_.*|http2|http3|quic_.*)$/;

export interface HeaderFixInput {
  level: EffectiveNode;
  /** New `add_header …;` lines. */
  lines: readonly string[];
  /** The implicit top level of the tree (see `implicitTopLevel`). */
  top: TopLevel | undefined;
  readText: (path: string) => string | undefined;
  /** Inherited headers not to copy (lower-case names): the new lines replace them. */
  skipInherited?: ReadonlySet<string>;
}

/**
 * The edits that add header lines to a level, or undefined when its file cannot be edited. The
 * copies of inherited headers and the new lines are separate edits (the copies at the end of the
 * anchor's line, the new lines on the next one) so that "fix all" applies the copies once when
 * several rules add headers to the same level.
 */
export function headerInsertion({
  level,
  lines,
  top,
  readText,
  skipInherited,
}: HeaderFixInput): FileEdit | undefined {
  const block = level.directive;
  const file = level.path;
  const text = readText(file);
  if (text === undefined || !block.block?.openRange) return undefined;
  const layout = layoutOf(text);
  const copies: string[] = [];
  if (!declaresOwn(level)) {
    const inherited = headersAt(level, top);
    if (inherited.mode === 'on') {
      for (const entry of inherited.entries) {
        if (skipInherited?.has(entry.name.toLowerCase())) continue;
        const [line] = copiedSources([entry.node.directive]) ?? [];
        if (line === undefined) return undefined;
        if (!copies.includes(line)) copies.push(line);
      }
    }
  }
  const fresh = lines.filter((line, i) => !copies.includes(line) && lines.indexOf(line) === i);
  if (copies.length + fresh.length === 0) return undefined;
  const afterHeader = lastAnchor(level, file, (n) => n.name === 'add_header');
  const afterHead =
    afterHeader ??
    (level.name === 'server' ? lastAnchor(level, file, (n) => SERVER_HEAD.test(n.name)) : undefined);
  if (afterHead && copies.length > 0 && fresh.length > 0) {
    const next = insertOnNextLine(layout, afterHead, fresh);
    if (next) return { file, edits: [insertAfter(layout, afterHead, copies), next] };
  }
  const items = [...copies, ...fresh];
  const edit = afterHead ? insertAfter(layout, afterHead, items) : insertAtBlockStart(layout, block, items);
  return edit ? { file, edits: [edit] } : undefined;
}

/** Merges file edits of one fix by file. */
export function mergeFileEdits(edits: readonly (FileEdit | undefined)[]): FileEdit[] {
  const byFile = new Map<string, FileEdit>();
  for (const edit of edits) {
    if (!edit) continue;
    const known = byFile.get(edit.file);
    if (known) known.edits.push(...edit.edits);
    else byFile.set(edit.file, { file: edit.file, edits: [...edit.edits] });
  }
  return [...byFile.values()];
}

/**
 * Like `mergeFileEdits` for a fix made of parts that are all needed: undefined when one part
 * could not be made (a level whose inherited headers cannot be copied), since a fix that does
 * only some of its work leaves its finding behind.
 */
export function mergeRequiredFileEdits(edits: readonly (FileEdit | undefined)[]): FileEdit[] | undefined {
  return edits.every((edit) => edit !== undefined) ? mergeFileEdits(edits) : undefined;
}

/**
 * The edit that gives a level back the security headers it drops (see `lostHeaders`): a copy
 * of each outer `add_header` line. nginx/header-inheritance, nginx/hsts-missing and
 * nginx/security-headers-missing all use it for a dropped header, so their fixes are the same
 * edit and "fix all" applies it once.
 */
export function restoreDropped(
  level: EffectiveNode,
  top: TopLevel | undefined,
  readText: (path: string) => string | undefined,
): FileEdit | undefined {
  const lines = copiedSources(lostHeaders(level, top).map((e) => e.node.directive));
  return !lines || lines.length === 0 ? undefined : headerInsertion({ level, lines, top, readText });
}
