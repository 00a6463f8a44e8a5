import { Format, getDirectives, type Directive as ReferenceDirective } from '@nginx/reference-lib';

/**
 * What the official nginx documentation says about each directive, from `@nginx/reference-lib`
 * (generated from nginx.org's XML sources). A name can belong to several modules
 * (`listen` of http, stream and mail): each is a variant with its own contexts and syntax.
 */
export interface DirectiveVariant {
  name: string;
  /** e.g. `ngx_http_headers_module`; `Core functionality` for `include`, `user`, … */
  module: string;
  /** Contexts as the documentation names them: `main`, `http`, `server`, `location`, `if in location`, `if`, `limit_except`, `upstream`, `stream`, `mail`, `events`, … */
  contexts: string[];
  /** Syntax lines, in Markdown. */
  syntax: string[];
  /** Default value as documented, `''` when there is none. */
  default: string;
  /** Description, in Markdown. */
  description: string;
  isBlock: boolean;
}

export interface DirectiveInfo {
  name: string;
  /** Every module that defines the name, in documentation order. */
  variants: DirectiveVariant[];
  /** Union of the variants' contexts. */
  contexts: string[];
  isBlock: boolean;
}

/**
 * Blocks whose body is data, not directives: each line is an entry whose first token is a key
 * (`map`, `geo`, `types`, …). Their entries must not be checked as directives.
 */
export const DATA_BLOCKS: ReadonlySet<string> = new Set([
  'map',
  'geo',
  'types',
  'split_clients',
  'charset_map',
  'match',
  'num_map',
]);

export function isDataBlock(name: string): boolean {
  return DATA_BLOCKS.has(name);
}

let table: Map<string, DirectiveInfo> | undefined;

function directiveTable(): Map<string, DirectiveInfo> {
  if (table) return table;
  table = new Map();
  for (const d of getDirectives(Format.Markdown) as ReferenceDirective[]) {
    const variant: DirectiveVariant = {
      name: d.name,
      module: d.module,
      // `include` is documented with an empty context: it is allowed anywhere.
      contexts: d.contexts.filter((c) => c.length > 0),
      syntax: d.syntax,
      default: d.default,
      // Read when shown (a hover): the bundles keep descriptions as text parsed on first read,
      // and the CLI's has none (scripts/reference-lib-plugin.mjs).
      get description() {
        return d.description;
      },
      isBlock: d.isBlock,
    };
    const info = table.get(d.name);
    if (!info) {
      table.set(d.name, {
        name: d.name,
        variants: [variant],
        contexts: [...variant.contexts],
        isBlock: d.isBlock,
      });
    } else {
      info.variants.push(variant);
      for (const c of variant.contexts) if (!info.contexts.includes(c)) info.contexts.push(c);
      info.isBlock ||= d.isBlock;
    }
  }
  return table;
}

export function directiveInfo(name: string): DirectiveInfo | undefined {
  return directiveTable().get(name);
}

export function isKnownDirective(name: string): boolean {
  return directiveTable().has(name);
}

/** Documented contexts of a directive (all modules together); empty for `include` (anywhere) and for unknown names. */
export function allowedContexts(name: string): string[] {
  return directiveInfo(name)?.contexts ?? [];
}

export type Protocol = 'http' | 'stream' | 'mail';

/**
 * The documentation's name for the context a directive is in, from the names of its enclosing
 * blocks (outermost first): `[]` → `main`; `['http','server','location','if']` → `if in location`.
 */
export function contextName(enclosing: readonly string[]): string {
  const last = enclosing[enclosing.length - 1];
  if (last === undefined) return 'main';
  if (last === 'if') return enclosing[enclosing.length - 2] === 'location' ? 'if in location' : 'if';
  return last;
}

export function protocolOf(enclosing: readonly string[]): Protocol | undefined {
  for (const name of enclosing) if (name === 'http' || name === 'stream' || name === 'mail') return name;
  return undefined;
}

/**
 * Whether nginx accepts the directive inside these enclosing blocks (outermost first), judged
 * with the variants of the right protocol (`server` inside `stream` is not the http `server`).
 * Undefined when the directive is unknown, when the enclosing block is a data block, or when
 * the context is not one the documentation names (a snippet's top level: `enclosing` unknown).
 */
export function isAllowedIn(name: string, enclosing: readonly string[]): boolean | undefined {
  const info = directiveInfo(name);
  if (!info) return undefined;
  if (enclosing.some((block) => isDataBlock(block))) return undefined;
  if (name === 'include') return true;
  const context = contextName(enclosing);
  const protocol = protocolOf(enclosing);
  // Inside `stream {}` only stream (and core) modules count: `add_header` there is unknown to nginx.
  const variants = info.variants.filter((v) => moduleFitsProtocol(v.module, protocol));
  return variants.some((v) => v.contexts.includes(context));
}

function moduleFitsProtocol(module: string, protocol: Protocol | undefined): boolean {
  if (protocol === undefined) return true;
  const match = /^ngx_(http|stream|mail)_/.exec(module);
  return !match || match[1] === protocol;
}
