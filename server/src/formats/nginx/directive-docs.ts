import type { Position, Range } from '../../engine/types.ts';
import { ancestorsOf, type Directive, type NginxFile } from './ast.ts';
import {
  contextName,
  directiveInfo,
  isAllowedIn,
  isDataBlock,
  protocolOf,
  type DirectiveInfo,
  type DirectiveVariant,
  type Protocol,
} from './directives.ts';
import { knownDirectiveNames } from './semantics-directive-names.ts';

/**
 * Hover and completion data for nginx directives, from the official reference
 * (`@nginx/reference-lib`): description, syntax, default, contexts and module, with a link to
 * nginx.org. Plain data for the language server, which turns it into LSP objects.
 */

export interface DirectiveHover {
  /** Markdown: the directive's documentation for the protocol it is used in. */
  markdown: string;
  /** The directive name under the position. */
  range: Range;
}

export interface DirectiveCompletion {
  label: string;
  /** One line: the module and the contexts. */
  detail: string;
  /** Markdown documentation (as in the hover). */
  documentation: string;
}

/** Directives that only a main configuration holds at its top (its top level is then `main`). */
const MAIN_MARKERS = new Set([
  'http',
  'events',
  'stream',
  'mail',
  'worker_processes',
  'user',
  'pid',
  'load_module',
]);

/** Documentation of the directive whose name is at `position`; undefined elsewhere and for unknown names. */
export function directiveHover(file: NginxFile, position: Position): DirectiveHover | undefined {
  const found = directiveAt(file, position);
  if (!found || !contains(found.nameRange, position)) return undefined;
  const enclosing = ancestorsOf(found).map((a) => a.name);
  if (enclosing.some((name) => isDataBlock(name))) return undefined;
  const info = directiveInfo(found.name);
  if (!info) return undefined;
  return { markdown: documentationFor(info, enclosing), range: found.nameRange };
}

/**
 * The directives that may be written at `position`: those allowed in the enclosing block
 * (every known directive at the top of a file whose context is unknown, such as a snippet).
 * Empty inside a directive's arguments, a data block (`map`, `types`…) or another module's block.
 * The items are shared between calls (built once per context): do not modify them.
 */
export function directiveCompletions(file: NginxFile, position: Position): DirectiveCompletion[] {
  const at = directiveAt(file, position);
  let enclosing: string[] = [];
  if (at && isInsideBody(at, position)) enclosing = [...ancestorsOf(at).map((a) => a.name), at.name];
  else if (at) {
    // Typing the arguments of a directive (or of a block's head), not a directive name.
    if (after(position, at.nameRange.end)) return [];
    enclosing = ancestorsOf(at).map((a) => a.name);
  }
  if (enclosing.some((name) => isDataBlock(name) || directiveInfo(name)?.isBlock !== true)) return [];
  const topKnown = enclosing.length > 0 || isMainFile(file);
  // The list only depends on the protocol and the context name: computed once for each.
  const key = topKnown ? `${protocolOf(enclosing) ?? ''}|${contextName(enclosing)}` : '*';
  let list = completionCache.get(key);
  if (!list) {
    list = completionsFor(topKnown ? enclosing : undefined);
    completionCache.set(key, list);
  }
  return list.slice();
}

const completionCache = new Map<string, DirectiveCompletion[]>();

/** Completion items for a context (`undefined`: unknown, every directive). */
function completionsFor(enclosing: readonly string[] | undefined): DirectiveCompletion[] {
  const out: DirectiveCompletion[] = [];
  for (const name of knownDirectiveNames()) {
    if (enclosing && isAllowedIn(name, enclosing) !== true) continue;
    const info = directiveInfo(name)!;
    const where = enclosing ?? [];
    out.push({
      label: name,
      detail: detailOf(variantsFor(info, where)),
      documentation: documentationFor(info, where),
    });
  }
  return out;
}

/** The innermost directive whose range holds the position (a block when the position is in its body). */
function directiveAt(file: NginxFile, position: Position): Directive | undefined {
  let list = topDirectives(file);
  let found: Directive | undefined;
  for (;;) {
    const hit = search(list, position);
    if (!hit) return found;
    found = hit;
    const body = hit.block?.directives;
    if (!body || !isInsideBody(hit, position)) return found;
    list = body;
  }
}

function topDirectives(file: NginxFile): Directive[] {
  return file.dump ? file.dump.flatMap((part) => part.directives) : file.directives;
}

/** Binary search over directives in source order for the one whose range holds the position. */
function search(list: readonly Directive[], position: Position): Directive | undefined {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const d = list[mid]!;
    if (before(position, d.range.start)) high = mid - 1;
    else if (after(position, d.range.end)) low = mid + 1;
    else return d;
  }
  return undefined;
}

function isInsideBody(d: Directive, position: Position): boolean {
  const open = d.block?.openRange;
  if (!open || !after(position, open.start) || before(position, open.end)) return false;
  const close = d.block?.closeRange;
  return !close || !after(position, close.start);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function after(a: Position, b: Position): boolean {
  return a.line > b.line || (a.line === b.line && a.character > b.character);
}

/** Inclusive at both ends: the cursor right after the last letter of a name is still on it. */
function contains(range: Range, position: Position): boolean {
  return !before(position, range.start) && !after(position, range.end);
}

function isMainFile(file: NginxFile): boolean {
  return file.dump !== undefined || file.directives.some((d) => MAIN_MARKERS.has(d.name));
}

function fitsProtocol(variant: DirectiveVariant, protocol: Protocol | undefined): boolean {
  if (protocol === undefined) return true;
  const match = /^ngx_(http|stream|mail)_/.exec(variant.module);
  return !match || match[1] === protocol;
}

/** The variants that apply where the directive is: the protocol's, then those of this context. */
function variantsFor(info: DirectiveInfo, enclosing: readonly string[]): DirectiveVariant[] {
  const protocol = protocolOf(enclosing);
  const ofProtocol = info.variants.filter((v) => fitsProtocol(v, protocol));
  if (ofProtocol.length === 0) return info.variants;
  if (enclosing.length === 0) return ofProtocol;
  const context = contextName(enclosing);
  const inContext = ofProtocol.filter((v) => v.contexts.includes(context));
  return inContext.length > 0 ? inContext : ofProtocol;
}

const docsCache = new Map<string, string>();

/** Markdown for the variants of a directive that apply in a context (cached per name and variant set). */
function documentationFor(info: DirectiveInfo, enclosing: readonly string[]): string {
  const variants = variantsFor(info, enclosing);
  const key = `${info.name}\u0000${variants.map((v) => v.module).join(',')}`;
  let text = docsCache.get(key);
  if (text === undefined) {
    text = variants.map(variantMarkdown).join('\n\n---\n\n');
    docsCache.set(key, text);
  }
  return text;
}

function variantMarkdown(v: DirectiveVariant): string {
  const lines = [`**${v.name}** \u2014 ${v.module}`, ''];
  for (const syntax of v.syntax)
    lines.push(
      `**Syntax:** \`${v.name}\` ${syntax}${v.isBlock && !syntax.includes('{') ? ' `{...}`' : ''}`,
      '',
    );
  lines.push(`**Default:** ${v.default ? `\`${v.name} ${v.default};\`` : '\u2014'}`, '');
  lines.push(`**Context:** ${v.contexts.length > 0 ? v.contexts.join(', ') : 'any'}`, '');
  if (v.description.trim()) lines.push(v.description.trim(), '');
  lines.push(`[Documentation on nginx.org](${documentationUrl(v)})`);
  return lines.join('\n');
}

/** The nginx.org page of a directive: `/en/docs/http/ngx_http_core_module.html#listen`. */
export function documentationUrl(v: Pick<DirectiveVariant, 'name' | 'module'>): string {
  const match = /^ngx_(http|stream|mail)_\w+$/.exec(v.module);
  if (match) return `https://nginx.org/en/docs/${match[1]}/${v.module}.html#${v.name}`;
  if (/^ngx_\w+$/.test(v.module)) return `https://nginx.org/en/docs/${v.module}.html#${v.name}`;
  return `https://nginx.org/en/docs/ngx_core_module.html#${v.name}`;
}

function detailOf(variants: readonly DirectiveVariant[]): string {
  const modules = [...new Set(variants.map((v) => v.module))].join(', ');
  const contexts = [...new Set(variants.flatMap((v) => v.contexts))];
  return contexts.length > 0 ? `${modules} \u00b7 ${contexts.join(', ')}` : modules;
}
