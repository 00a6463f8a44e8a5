import { ObjectMemo } from '../../engine/object-memo.ts';
import type { Range, RelatedLocation, Severity, WorkspaceView } from '../../engine/types.ts';
import type { Arg, Directive, NginxFile } from './ast.ts';
import {
  dumpFilesOf,
  MAX_INCLUDE_DEPTH,
  prefixOf,
  readingContext,
  resolveInclude,
  type ConfigPrefix,
  type DumpFiles,
  type IncludeResolution,
  type IncludeStep,
} from './includes.ts';
import { defaultParse, parsedFileAt, type NginxParse } from './parse-cache.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * The configuration as nginx reads it: every `include` replaced, in place, by the directives
 * of the files it brings in (nginx parses an included file in the context of the `include`).
 * A node is a directive at one place of that effective tree: a snippet included in two
 * servers gives two nodes for each of its directives, each with its own ancestors.
 * Children are expanded when first read, so asking about one server does not read the whole
 * tree; walks use an explicit stack.
 */
export class EffectiveNode {
  // A 10,000-line configuration has some 10,000 nodes, kept for the whole lint and copied by the
  // garbage collector while young: a node holds what every node needs. What only some blocks
  // need (an index by name, answers of the semantics modules) is in `memos`, which only those
  // blocks get.
  private expanded: readonly EffectiveNode[] | undefined = undefined;
  /** The `nameBit`s of the children's names, or-ed: most names asked of a block are absent. */
  private names = 0;
  /** The slots of node-memo.ts `NodeMemo`s, made at the first answer kept (read and written there only). */
  memos: unknown[] | undefined = undefined;
  /**
   * For an `include` directive: the files it brings in. A field: an `include` is a leaf, and a
   * leaf given a slot list for one answer would carry room for every module's.
   */
  include: IncludeResolution | undefined = undefined;

  constructor(
    readonly directive: Directive,
    /** The enclosing block in the effective tree (across files); undefined at the top level. */
    readonly parent: EffectiveNode | undefined,
    /** What the nodes of one expanded list share (document, file, include chain). */
    private readonly origin: NodeOrigin,
  ) {}

  /** Whether `other` belongs to the same expanded tree as this node: there, one place is one node (see `samePlace`). */
  sharesTreeWith(other: EffectiveNode): boolean {
    return this.origin.scope === other.origin.scope;
  }

  /** The document holding the directive (for a dump part: the dump). Ranges are in this document. */
  get path(): string {
    return this.origin.path;
  }

  /** The configuration file the directive belongs to (for a dump part: the path nginx printed). */
  get file(): string {
    return this.origin.file;
  }

  /** The workspace view the tree was read from. */
  get workspace(): WorkspaceView {
    return this.origin.scope.workspace;
  }

  /** The `include` directives through which this node was reached, outermost first. */
  get via(): readonly IncludeStep[] {
    return this.origin.via;
  }

  get name(): string {
    return this.directive.name;
  }

  get args(): Arg[] {
    return this.directive.args;
  }

  /** The block's body with includes expanded in place (the `include` nodes stay, followed by what they bring in). */
  get children(): readonly EffectiveNode[] {
    if (!this.expanded) {
      const body = this.directive.block?.directives;
      const expanded =
        body === undefined || body.length === 0 ? NONE : this.origin.scope.expand(body, this, this.origin);
      let names = 0;
      for (let i = 0; i < expanded.length; i++) names |= nameBit(expanded[i]!.directive.name);
      this.names = names;
      this.expanded = expanded;
    }
    return this.expanded;
  }

  /**
   * The children with this name, in order. A large block (an `http` block can hold thousands
   * of servers) is indexed by name on first use; a small one — a server or location, typically
   * under a dozen directives — is scanned: rules ask it for names it mostly lacks, and an index
   * per block was a Map and its lists kept alive for the whole lint, for every block.
   */
  childrenNamed(name: string): readonly EffectiveNode[] {
    const children = this.children;
    if ((this.names & nameBit(name)) === 0) return NONE;
    if (children.length <= SCAN_LIMIT) {
      let first = -1;
      let count = 0;
      for (let i = 0; i < children.length; i++) {
        if (children[i]!.directive.name !== name) continue;
        if (count++ === 0) first = i;
      }
      if (count === 0) return NONE;
      if (count === 1) return children[first]!.asList();
      const found: EffectiveNode[] = [];
      for (let i = first; i < children.length; i++)
        if (children[i]!.directive.name === name) found.push(children[i]!);
      return found;
    }
    let index = childIndexes.get(this);
    if (!index) {
      index = new Map<string, EffectiveNode[]>();
      for (const child of children) {
        const list = index.get(child.name);
        if (list) list.push(child);
        else index.set(child.name, [child]);
      }
      childIndexes.set(this, index);
    }
    return index.get(name) ?? NONE;
  }

  /** This node alone, as the list `childrenNamed` returns (made once: rules ask for the same child again and again). */
  asList(): readonly EffectiveNode[] {
    return (this.alone ??= [this]);
  }

  private alone: readonly EffectiveNode[] | undefined = undefined;

  /** The effective ancestors, outermost first. */
  ancestors(): EffectiveNode[] {
    const chain: EffectiveNode[] = [];
    for (let p = this.parent; p; p = p.parent) chain.push(p);
    return chain.reverse();
  }

  /** Names of the effective ancestors, outermost first (`['http', 'server', 'location']`). */
  enclosingNames(): string[] {
    return this.ancestors().map((a) => a.name);
  }
}

export interface IncludeProblem {
  /** The document holding the `include` (for a dump part: the dump). */
  path: string;
  /** The `include`'s argument (or the directive when it has none). */
  range: Range;
  message: string;
  severity: Severity;
  /** The include chain that led to that `include`, for `related` locations. */
  via: readonly IncludeStep[];
}

const NONE: readonly EffectiveNode[] = Object.freeze([]);

/** The children of a large block by name (`childrenNamed`). */
const childIndexes = new NodeMemo<Map<string, EffectiveNode[]>>();

/**
 * One of 31 bits for a directive name, given out in order of first use (names past the 31st
 * share them): a block's or-ed bits tell in one test that it has no child of a name, where a
 * scan compared every child's name (the parser's names are not interned: each comparison reads
 * characters). A shared bit only means a scan.
 */
function nameBit(name: string): number {
  let bit = nameBits.get(name);
  if (bit === undefined) {
    bit = 1 << (nameBits.size % 31);
    if (nameBits.size < 4096) nameBits.set(name, bit);
  }
  return bit;
}

const nameBits = new Map<string, number>();

function isInclude(directive: Directive): boolean {
  return directive.name === 'include' && directive.kind === 'simple';
}

interface NodeOrigin {
  readonly path: string;
  readonly file: string;
  readonly via: readonly IncludeStep[];
  readonly scope: ExpansionScope;
}

/** Blocks with at most this many children are scanned by `childrenNamed` instead of indexed. */
const SCAN_LIMIT = 16;

/** Node budget per tree: a snippet included everywhere must not make the tree explode. */
const MAX_NODES = 250_000;

class ExpansionScope {
  nodes = 0;
  readonly problems: IncludeProblem[] = [];
  /** Resolutions by pattern: the prefix is the same for the whole tree (`include fastcgi_params;` in every server). */
  private readonly resolutions = new Map<string, Omit<IncludeResolution, 'directive' | 'path'>>();
  /** The messages already recorded for each directive (a snippet read twice meets its includes twice). */
  private readonly problemKeys = new Map<Directive, string[]>();

  constructor(
    readonly workspace: WorkspaceView,
    readonly parse: NginxParse,
    readonly prefix: string,
    /** Files above the tree (the nginx.conf it was placed in), for cycle detection. */
    readonly outerFiles: readonly string[],
    readonly dump: DumpFiles | undefined,
  ) {}

  /** What the nodes of one file's list share: the document holding them, their file, the include chain. */
  origin(path: string, file: string, via: readonly IncludeStep[]): NodeOrigin {
    return { path, file, via, scope: this };
  }

  /** Nodes for `directives`, read in `parent` (undefined at the top); a block's children share its origin. */
  expand(
    directives: readonly Directive[],
    parent: EffectiveNode | undefined,
    origin: NodeOrigin,
  ): EffectiveNode[] {
    if (!directives.some(isInclude)) {
      // No include: one node per directive, in a list of exactly that length (`map` allocates
      // no spare room; pushing would keep room for 17 in every block for the whole lint).
      this.nodes += directives.length;
      return directives.map((directive) => new EffectiveNode(directive, parent, origin));
    }
    const out: EffectiveNode[] = [];
    for (const directive of directives) {
      const node = new EffectiveNode(directive, parent, origin);
      out.push(node);
      this.nodes++;
      if (isInclude(directive)) this.expandInclude(node, out);
    }
    return out;
  }

  private expandInclude(node: EffectiveNode, out: EffectiveNode[]): void {
    const { directive, via, path, file } = node;
    const resolution = this.resolve(directive, file);
    node.include = resolution;
    const range = directive.args[0]?.range ?? directive.range;
    const shown = resolution.pattern;
    switch (resolution.status) {
      case 'invalid':
        this.problem(node, range, '"include" takes exactly one file name or mask.', 'error');
        return;
      case 'no-match':
        this.problem(node, range, `"include ${shown}" matches no file in the workspace.`, 'info');
        return;
      case 'not-found':
        this.problem(
          node,
          range,
          `Included file "${shown}" is not in the workspace: its directives are not checked.`,
          'info',
        );
        return;
      case 'outside-workspace':
        this.problem(
          node,
          range,
          `Included file "${shown}" is outside the workspace: it is not read.`,
          'info',
        );
        return;
      case 'ok':
        break;
    }
    if (via.length >= MAX_INCLUDE_DEPTH) {
      this.problem(
        node,
        range,
        `Includes are nested more than ${MAX_INCLUDE_DEPTH} deep: "${shown}" is not followed.`,
        'warning',
      );
      return;
    }
    for (const target of resolution.files) {
      if (
        target === file ||
        this.outerFiles.includes(target) ||
        via.some((step) => step.target === target || step.path === target)
      ) {
        this.problem(
          node,
          range,
          `Include cycle: "${shown}" brings in "${target}", which is already being read.`,
          'error',
        );
        continue;
      }
      if (this.nodes >= MAX_NODES) {
        this.problem(
          node,
          range,
          `The configuration is too large to expand "${shown}" here (more than ${MAX_NODES} directives).`,
          'warning',
        );
        return;
      }
      const step: IncludeStep = { directive, path: file, target, document: path };
      const part = this.dump?.parts.get(target);
      if (part) {
        out.push(...this.expand(part.directives, node.parent, this.origin(path, target, [...via, step])));
        continue;
      }
      const included = parsedFileAt(target, this.workspace, this.parse);
      if (!included) {
        this.problem(node, range, `Included file "${target}" could not be read.`, 'info');
        continue;
      }
      out.push(...this.expand(included.directives, node.parent, this.origin(target, target, [...via, step])));
    }
  }

  private resolve(directive: Directive, file: string): IncludeResolution {
    const key = directive.args.length === 1 ? directive.args[0]!.value : undefined;
    const known = key === undefined ? undefined : this.resolutions.get(key);
    if (known) {
      // Written out, not spread: a spread builds its object key by key (`include fastcgi_params;`
      // in every PHP location of a 10,000-line configuration: hundreds per lint).
      const resolution: IncludeResolution = {
        directive,
        path: file,
        pattern: known.pattern,
        resolvedPattern: known.resolvedPattern,
        files: known.files,
        status: known.status,
      };
      if (known.mappedFrom !== undefined) resolution.mappedFrom = known.mappedFrom;
      return resolution;
    }
    const resolution = resolveInclude(directive, file, this.prefix, this.workspace, this.dump);
    if (key !== undefined) {
      const { directive: _d, path: _p, ...shared } = resolution;
      this.resolutions.set(key, shared);
    }
    return resolution;
  }

  private problem(node: EffectiveNode, range: Range, message: string, severity: Severity): void {
    const keys = this.problemKeys.get(node.directive);
    if (!keys) this.problemKeys.set(node.directive, [message]);
    else if (keys.includes(message)) return;
    else keys.push(message);
    this.problems.push({ path: node.path, range, message, severity, via: node.via });
  }
}

export interface Placement {
  /** The nginx.conf that includes the file. */
  mainPath: string;
  /** The include chain from the nginx.conf to the file (the first in nginx's reading order). */
  chain: IncludeStep[];
  /** Other chains of the same length (a snippet included in several servers). */
  otherChains: IncludeStep[][];
  /** The block the file's directives are read in (e.g. the `http` block of nginx.conf), undefined at the main level. */
  parent: EffectiveNode | undefined;
}

export interface EffectiveConfig {
  path: string;
  file: NginxFile;
  /** Where relative includes were resolved from, and why. */
  prefix: ConfigPrefix;
  /** The file's top-level directives, includes expanded in place. */
  nodes: readonly EffectiveNode[];
  /** Set when an nginx.conf of the workspace includes this file: its nodes then have that nginx.conf's blocks as ancestors. */
  placement: Placement | undefined;
  /** Problems met expanding the includes of this file's tree (reading it expands the whole tree). */
  readonly problems: IncludeProblem[];
}

export interface EffectiveOptions {
  parse?: NginxParse;
  /** Do not look for an nginx.conf that includes the file (read it as the top of the configuration). */
  standalone?: boolean;
}

const memo = new ObjectMemo<NginxFile, { workspace: WorkspaceView; config: EffectiveConfig }>('memo');

/**
 * The effective configuration of a parsed file: `file` is the tree the caller already has
 * (the open buffer), the workspace gives the other files. Memoised per parsed tree and
 * workspace view, so every rule of one lint shares one expansion.
 */
export function effectiveConfig(
  file: NginxFile,
  path: string,
  workspace: WorkspaceView,
  options: EffectiveOptions = {},
): EffectiveConfig {
  const memoised = options.parse === undefined && !options.standalone;
  if (memoised) {
    const hit = memo.get(file);
    if (hit && hit.workspace === workspace) return hit.config;
  }
  const parse = options.parse ?? defaultParse;
  const config = buildConfig(file, path, workspace, parse, options.standalone === true);
  if (memoised) memo.set(file, { workspace, config });
  return config;
}

/**
 * Reads `entryPath` from the workspace and returns its effective configuration: each
 * `include` knows the files it brings in (`node.include`), and `walkEffective` visits the
 * included directives in place.
 */
export function resolveIncludes(
  entryPath: string,
  workspace: WorkspaceView,
  parse: NginxParse = defaultParse,
  options: Omit<EffectiveOptions, 'parse'> = {},
): EffectiveConfig | undefined {
  const text = workspace.readText(entryPath);
  if (text === undefined) return undefined;
  return buildConfig(parse(text, entryPath), entryPath, workspace, parse, options.standalone === true);
}

function buildConfig(
  file: NginxFile,
  path: string,
  workspace: WorkspaceView,
  parse: NginxParse,
  standalone: boolean,
): EffectiveConfig {
  const dump = dumpFilesOf(file);
  // The decision configPrefix and the report scope share (an included nginx.conf is placed).
  const context = readingContext(path, file, workspace, parse, standalone);
  const { includers } = context;
  const prefix = prefixOf(path, file, context, workspace);
  let placement: Placement | undefined;
  if (includers) {
    const [chain, ...otherChains] = includers.chains;
    if (chain) {
      const parent = placeInMain(includers.mainPath, chain, workspace, parse, prefix.dir);
      placement = { mainPath: includers.mainPath, chain, otherChains, parent };
    }
  }
  const outer = placement
    ? [placement.mainPath, ...placement.chain.map((s) => s.target)].filter((p) => p !== path)
    : [];
  const scope = new ExpansionScope(workspace, parse, prefix.dir, outer, dump);
  const holder = file.dump?.[0]?.path ?? path;
  const nodes = scope.expand(
    file.directives,
    placement?.parent,
    scope.origin(path, holder, placement?.chain ?? []),
  );
  return new ExpandedConfig(path, file, prefix, nodes, placement, scope);
}

/**
 * An `EffectiveConfig` whose problems are those of the whole tree, met by expanding it on first
 * read. A class, not an object literal with a getter: V8 keeps a literal's getter in a hidden
 * class of its own, made in the old generation, and that closure then held every lint's tree
 * through the young-generation collections until the next full one.
 */
class ExpandedConfig implements EffectiveConfig {
  private expanded = false;

  constructor(
    readonly path: string,
    readonly file: NginxFile,
    readonly prefix: ConfigPrefix,
    readonly nodes: readonly EffectiveNode[],
    readonly placement: Placement | undefined,
    private readonly scope: ExpansionScope,
  ) {}

  get problems(): IncludeProblem[] {
    if (!this.expanded) walkEffective(this.nodes, () => undefined);
    this.expanded = true;
    return this.scope.problems;
  }
}

/**
 * Placements by workspace view: the sites of `include sites-enabled/*;` all end in the same
 * `http` block, and expanding the main configuration again for each of them (with every other
 * site in it) made an audit of hundreds of sites quadratic, in time and memory.
 */
const placements = new ObjectMemo<WorkspaceView, Map<string, EffectiveNode | undefined>>('placements');

/** What a placement depends on: the main configuration, the prefix, and each step but the last one's target. */
function placementKey(mainPath: string, chain: readonly IncludeStep[], prefix: string): string {
  const steps = chain.map((step, i) => {
    const start = step.directive.range.start;
    return `${step.path}:${start.line}:${start.character}${i < chain.length - 1 ? `>${step.target}` : ''}`;
  });
  return `${mainPath}\u0000${prefix}\u0000${steps.join('\u0000')}`;
}

/** The block of the main configuration an include chain ends in, following the chain through the effective tree. */
function placeInMain(
  mainPath: string,
  chain: readonly IncludeStep[],
  workspace: WorkspaceView,
  parse: NginxParse,
  prefix: string,
): EffectiveNode | undefined {
  if (parse !== defaultParse) return findPlacement(mainPath, chain, workspace, parse, prefix);
  let known = placements.get(workspace);
  if (!known) {
    known = new Map();
    placements.set(workspace, known);
  }
  const key = placementKey(mainPath, chain, prefix);
  if (known.has(key)) return known.get(key);
  const parent = findPlacement(mainPath, chain, workspace, parse, prefix);
  known.set(key, parent);
  return parent;
}

function findPlacement(
  mainPath: string,
  chain: readonly IncludeStep[],
  workspace: WorkspaceView,
  parse: NginxParse,
  prefix: string,
): EffectiveNode | undefined {
  const main = parsedFileAt(mainPath, workspace, parse);
  if (!main) return undefined;
  const scope = new ExpansionScope(workspace, parse, prefix, [], undefined);
  let level: readonly EffectiveNode[] = scope.expand(
    main.directives,
    undefined,
    scope.origin(mainPath, mainPath, []),
  );
  let parent: EffectiveNode | undefined;
  for (let i = 0; i < chain.length; i++) {
    const step = chain[i]!;
    const before = chain.slice(0, i);
    const blocks: Directive[] = [];
    for (let p = step.directive.parent; p; p = p.parent) blocks.unshift(p);
    for (const block of blocks) {
      const node = level.find((n) => n.directive === block && sameChain(n.via, before));
      if (!node) return parent;
      parent = node;
      level = node.children;
    }
    const stepChain = [...before, step];
    // What an include brings in sits beside it, in the same block; so does what a file it brings
    // in includes in turn (Plesk: nginx.conf's `http` reads conf.d/zz010_psa_nginx.conf, which
    // reads each vhost file, which reads the site's generated nginx.conf): the next step is among
    // the nodes whose chain begins with this one.
    level = level.filter((n) => chainStartsWith(n.via, stepChain));
  }
  return parent;
}

function chainStartsWith(a: readonly IncludeStep[], start: readonly IncludeStep[]): boolean {
  if (a.length < start.length) return false;
  for (let i = 0; i < start.length; i++) {
    if (a[i]!.directive !== start[i]!.directive || a[i]!.target !== start[i]!.target) return false;
  }
  return true;
}

function sameChain(a: readonly IncludeStep[], b: readonly IncludeStep[]): boolean {
  return a.length === b.length && chainStartsWith(a, b);
}

/**
 * Visits the effective tree depth-first in nginx's reading order (an `include` node, then what
 * it brings in). Returning `false` skips a node's children. Explicit stack: no recursion.
 */
export function walkEffective(
  roots: EffectiveConfig | readonly EffectiveNode[],
  visit: (node: EffectiveNode) => boolean | void,
): void {
  const list = 'nodes' in roots ? roots.nodes : roots;
  // Rules walk levels hundreds of times per lint: the stacks are reused (a visitor may walk
  // again, so one per depth of nesting), their used part counted apart so they keep their room.
  const stack = walkStacks.pop() ?? [];
  let top = 0;
  for (let i = list.length - 1; i >= 0; i--) stack[top++] = list[i]!;
  try {
    while (top > 0) {
      const node = stack[--top]!;
      stack[top] = undefined;
      if (visit(node) === false) continue;
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i--) stack[top++] = children[i]!;
    }
  } finally {
    for (let i = 0; i < top; i++) stack[i] = undefined;
    walkStacks.push(stack);
  }
}

/** Stacks of finished walks; their slots are cleared so they keep no tree alive. */
const walkStacks: (EffectiveNode | undefined)[][] = [];

/**
 * The directive of `path` through which `node` is reached: the node's own directive when it is
 * in that document, else the first `include` of that document on its chain (where a finding
 * about an included directive is shown), else undefined.
 */
export function anchorIn(node: EffectiveNode, path: string): Directive | undefined {
  if (node.path === path) return node.directive;
  for (const step of node.via) if (step.document === path) return step.directive;
  return undefined;
}

/** The include chain of a node as related locations ("includes …"), outermost first. */
export function includeChainRelated(from: EffectiveNode | readonly IncludeStep[]): RelatedLocation[] {
  const via = 'via' in from ? from.via : from;
  return via.map((step) => ({
    file: step.document,
    range: step.directive.range,
    message: `includes ${step.target}`,
  }));
}

/**
 * Whether two nodes are the same block in the same place. A snippet being linted is read from its
 * own text and placed under the includer's block (`server`), whose own children read the snippet
 * from the workspace: the same `location` is then two nodes, the document's and the server's
 * (a location search from the server finds the latter). They are one place when they are the
 * same directive position of the same file under the same outer block; the same snippet included
 * in two servers is two places.
 */
export function samePlace(a: EffectiveNode, b: EffectiveNode): boolean {
  for (let x: EffectiveNode | undefined = a, y: EffectiveNode | undefined = b; ; x = x.parent, y = y.parent) {
    if (x === y) return true;
    // Within one tree a place is one node: only a document placed under another tree's block
    // (the includer's `server`) has a second node for it.
    if (!x || !y || x.sharesTreeWith(y)) return false;
    if (x.path !== y.path || x.name !== y.name || !sameStart(x.directive, y.directive)) return false;
  }
}

/** Whether two directives start at the same position (their arguments, compared first, are a cheaper difference). */
function sameStart(a: Directive, b: Directive): boolean {
  if (a === b) return true;
  if (a.args.length !== b.args.length || a.args[0]?.raw !== b.args[0]?.raw) return false;
  const p = a.range.start;
  const q = b.range.start;
  return p.line === q.line && p.character === q.character;
}
