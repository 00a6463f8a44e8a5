import { ObjectMemo } from '../../engine/object-memo.ts';
import type { Directive } from './ast.ts';
import { ifCondition } from './conditions.ts';
import { samePlace, type EffectiveNode } from './effective.ts';
import { CharSet } from './semantics-regex-charset.ts';
import { captureGroup, charsOf, firstChars, nullable } from './semantics-regex-shape.ts';
import { regexUsagesOf, type RegexUsage } from './semantics-regex-sources.ts';
import type { GroupNode } from './semantics-regex.ts';
import { variablesIn, variableTaint, type VariableRef } from './variables.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * What the value of an nginx script (`http://$host$request_uri`, `$scheme://$1`) can contain,
 * variable by variable, following where each variable comes from at the place it is used:
 * `set` in the enclosing levels (expanded in place), named and numbered captures of the
 * enclosing `location`/`if` regex (or of the directive's own regex for `rewrite`), named
 * captures of a `server_name` regex, `map` outputs, and nginx's built-in variables (see
 * variables.ts for which ones the client controls). A variable that is defined nowhere is
 * unresolved: no claim is made about it.
 */

export interface ValueFlow {
  /** The client chooses (part of) the value. */
  clientControlled: boolean;
  /** Can contain `.` (so can spell a host name). */
  dot: boolean;
  /** Can contain a line feed. */
  lf: boolean;
  /** Can contain a carriage return. */
  cr: boolean;
  /** Every value contains `/` (a path, not a host). */
  slash: boolean;
  /** Why, for messages. */
  reason: string;
  /** The directive that defines the variable (`set`, the regex location, the `map`), if any. */
  provider?: EffectiveNode;
}

export type ScriptPart =
  { kind: 'literal'; text: string } | { kind: 'variable'; ref: VariableRef; flow: ValueFlow | undefined };

/** Built-in variables beyond variables.ts's taint: which of them always hold a `/`. */
const PATH_VARIABLES = new Set([
  'uri',
  'document_uri',
  'request_uri',
  'request_filename',
  'fastcgi_script_name',
  'request',
  'document_root',
  'realpath_root',
]);

function builtinFlow(name: string): ValueFlow {
  const taint = variableTaint(name);
  const slash = PATH_VARIABLES.has(name);
  if (!taint)
    return {
      clientControlled: false,
      dot: false,
      lf: false,
      cr: false,
      slash,
      reason: `$${name} is set by nginx`,
    };
  return {
    clientControlled: true,
    dot: true,
    lf: taint.newline,
    cr: taint.newline,
    slash,
    reason: taint.reason,
  };
}

const usageCache = new ObjectMemo<Directive, RegexUsage | null>('usageCache');

function regexOf(directive: Directive): RegexUsage | undefined {
  let hit = usageCache.get(directive);
  if (hit === undefined) {
    hit = regexUsagesOf(directive)[0] ?? null;
    usageCache.set(directive, hit);
  }
  return hit ?? undefined;
}

const SLASH = CharSet.of(47);

function groupFlow(group: GroupNode, source: string, provider: EffectiveNode): ValueFlow {
  const chars = charsOf(group.body);
  const first = firstChars(group.body);
  return {
    clientControlled: true,
    dot: chars.has(46),
    lf: chars.has(10),
    cr: chars.has(13),
    slash: !nullable(group.body) && !first.isEmpty() && first.isSubsetOf(SLASH),
    reason: `it is captured by the regex ${source}`,
    provider,
  };
}

/** The group of the capture `ref` (number or name) in a node's own regex (a `rewrite`'s, an `if`'s…), if it has it. */
export function captureGroupOf(node: EffectiveNode, ref: number | string): GroupNode | undefined {
  const parsed = regexOf(node.directive)?.parsed;
  return parsed?.root ? captureGroup(parsed.groups, parsed.names, ref) : undefined;
}

/** The capture `ref` (number or name) of the regex of a node, if it has that group. */
function captureOf(node: EffectiveNode, ref: number | string): ValueFlow | undefined {
  const group = captureGroupOf(node, ref);
  if (!group) return undefined;
  const flow = groupFlow(group, regexOf(node.directive)!.pattern, node);
  // A capture is a piece of the tested value: it holds no line break the value cannot hold.
  const subject = ifSubjectTaint(node);
  if (!subject) return flow;
  return {
    ...flow,
    clientControlled: subject.clientControlled,
    lf: flow.lf && subject.newline,
    cr: flow.cr && subject.newline,
  };
}

/**
 * What the value an `if` regex tests can hold, when it is a single variable nginx defines:
 * `$request_uri`, `$args` and request headers come raw from the request line or a header line,
 * which never hold CR or LF (unlike the decoded `$uri`).
 */
function ifSubjectTaint(node: EffectiveNode): { clientControlled: boolean; newline: boolean } | undefined {
  if (node.name !== 'if') return undefined;
  const subject = ifCondition(node.directive)?.subject.value;
  const name = subject === undefined ? undefined : /^\$\{?([A-Za-z_]\w*)\}?$/.exec(subject)?.[1];
  if (name === undefined) return undefined;
  const taint = variableTaint(name);
  if (taint) return { clientControlled: true, newline: taint.newline };
  return variableIsBuiltin(name) ? { clientControlled: false, newline: false } : undefined;
}

/** The nearest enclosing `if` or `location` whose regex has the capture `ref` (number or name) used at a node. */
export function captureProvider(at: EffectiveNode, ref: number | string): EffectiveNode | undefined {
  return enclosingRegexBlocks(at).find((block) => captureOf(block, ref) !== undefined);
}

/** Regex blocks whose captures are visible at a node: enclosing `if`s and `location`s, innermost first. */
function enclosingRegexBlocks(node: EffectiveNode): EffectiveNode[] {
  const out: EffectiveNode[] = [];
  for (let p = node.parent; p; p = p.parent) {
    if ((p.name === 'if' || p.name === 'location') && regexOf(p.directive)) out.push(p);
    if (p.name === 'server') break;
  }
  return out;
}

/** The regex block whose capture a response made in `level` reads: the level itself or one around it. */
function capturesReadIn(level: EffectiveNode, ref: number | string): EffectiveNode | undefined {
  if (regexOf(level.directive) && captureOf(level, ref) !== undefined) return level;
  return captureProvider(level, ref);
}

/** Whether a block's own regex names a capture `(?<name>…)` (or `(?P<name>…)`, `(?'name'…)`). */
export function namesCapture(block: EffectiveNode, name: string): boolean {
  return captureGroupOf(block, name) !== undefined;
}

function enclosingServer(node: EffectiveNode): EffectiveNode | undefined {
  for (let p = node.parent; p; p = p.parent) if (p.name === 'server') return p;
  return undefined;
}

/**
 * Directives that nginx's rewrite module runs in order, in the rewrite phase: they read a variable
 * as the `set`s before them left it. Everything else (`add_header`, `proxy_pass`…) reads it later,
 * once every `set` of the chosen location has run.
 */
const REWRITE_PHASE = new Set(['set', 'return', 'rewrite', 'if']);

/**
 * The `set $name …` directives whose value can reach a node. nginx runs the rewrite directives of
 * a level in order, so a plain `set` replaces what came before it, while a `set` inside an `if`
 * only applies when the condition holds: the earlier value stays possible. A level whose sets are
 * all conditional leaves the outer levels' value possible too. A rewrite-phase reader
 * (`return 301 https://$x;`) sees only the `set`s written before it in its location (or server)
 * and that location's `if`s; the server's all ran before the location was chosen. The `set`s of
 * the locations around the one that serves the request do not run for it.
 */
export function setsOf(node: EffectiveNode, name: string): EffectiveNode[] {
  return setsFrom(node.parent, node, REWRITE_PHASE.has(node.name), name);
}

/**
 * The `set $name …` directives whose value a response made in `level` reads (an `add_header`
 * of the server that the location inherits reads the location's `set`s: they ran first).
 */
export function setsReadIn(level: EffectiveNode, name: string): EffectiveNode[] {
  return setsFrom(level, undefined, false, name);
}

function setsFrom(
  start: EffectiveNode | undefined,
  reader: EffectiveNode | undefined,
  ordered: boolean,
  name: string,
): EffectiveNode[] {
  const found: EffectiveNode[] = [];
  let inLocation = false;
  let child = reader;
  for (let p = start; p; child = p, p = p.parent) {
    if (p.name === 'location') {
      if (inLocation) continue;
      inLocation = true;
    }
    const { sets, unconditional } = ordered ? setsBefore(p, child, name) : setsAtLevel(p, name);
    // Past the reader's own location (or server), the outer level's sets all ran before it.
    if (p.name === 'location' || p.name === 'server') ordered = false;
    found.push(...sets);
    if (unconditional) break;
  }
  return found;
}

/** What a level's `set $name` directives (and its `if`s') before `child` contribute (all of them without `child`). */
function setsBefore(level: EffectiveNode, child: EffectiveNode | undefined, name: string): LevelSets {
  const wanted = `$${name}`;
  let sets: EffectiveNode[] = [];
  let unconditional = false;
  for (const sibling of level.children) {
    if (child && samePlace(sibling, child)) break;
    if (sibling.name === 'set' && sibling.args[0]?.value === wanted) {
      sets = [sibling];
      unconditional = true;
    } else if (sibling.name === 'if') {
      const inner = sibling.childrenNamed('set').filter((s) => s.args[0]?.value === wanted);
      if (inner.length > 0) sets.push(inner[inner.length - 1]!);
    }
  }
  return { sets, unconditional };
}

interface LevelSets {
  sets: EffectiveNode[];
  unconditional: boolean;
}

const levelSets = new NodeMemo<Map<string, LevelSets>>();

/** What one level's own `set $name` directives (and those of its `if`s) contribute, kept per level and name: an `http` block with thousands of servers is read once, not once per variable use. */
/** The `set $name` directives a level holds itself (or in its `if`s) that a response there can read. */
export function setsOwnedBy(level: EffectiveNode, name: string): readonly EffectiveNode[] {
  return setsAtLevel(level, name).sets;
}

function setsAtLevel(level: EffectiveNode, name: string): LevelSets {
  let byName = levelSets.get(level);
  if (!byName) {
    byName = new Map();
    levelSets.set(level, byName);
  }
  const known = byName.get(name);
  if (known) return known;
  // Most levels have neither: no walk over their children then.
  const result =
    level.childrenNamed('set').length > 0 || level.childrenNamed('if').length > 0
      ? setsBefore(level, undefined, name)
      : { sets: [], unconditional: false };
  byName.set(name, result);
  return result;
}

/** `map $source $name { … }` blocks visible at a node: in its `http` block, or at the top of its tree. */
function mapsOf(
  node: EffectiveNode,
  name: string,
  tree: readonly EffectiveNode[] | undefined,
): EffectiveNode[] {
  const wanted = `$${name}`;
  // Asked for every variable of every value: plain loops, and no list at all when no map sets it.
  let out: EffectiveNode[] | undefined;
  const consider = (m: EffectiveNode) => {
    if (m.args[1]?.value !== wanted) return;
    if (!out) out = [m];
    else if (!out.includes(m)) out.push(m);
  };
  let top = node;
  while (top.parent) top = top.parent;
  if (top.name === 'http') for (const m of top.childrenNamed('map')) consider(m);
  if (tree) {
    for (const n of tree) if (n.name === 'http') for (const m of n.childrenNamed('map')) consider(m);
    for (const n of tree) if (n.name === 'map') consider(n);
  }
  return out ?? [];
}

const MAX_DEPTH = 6;

export interface FlowOptions {
  /** For `rewrite`: its own regex, whose captures nginx escapes in a redirect. */
  ownRegex?: EffectiveNode;
  /**
   * For the value of a regex `map` entry: the entry, whose captures the value may use, and what
   * the map's source variable can hold (the captures are parts of it).
   */
  mapEntry?: { entry: EffectiveNode; source: ValueFlow };
  /** The top-level nodes of the tree (where a sites file read alone keeps its `map`s). */
  tree?: readonly EffectiveNode[];
  /**
   * For a directive inherited by a nested level (a server's `add_header` in a location that
   * declares none): read its `set` variables as that level's response does (`setsReadIn`).
   */
  readIn?: EffectiveNode;
}

function union(flows: readonly ValueFlow[], reason: string, provider: EffectiveNode): ValueFlow {
  return {
    clientControlled: flows.some((f) => f.clientControlled),
    dot: flows.some((f) => f.dot),
    lf: flows.some((f) => f.lf),
    cr: flows.some((f) => f.cr),
    slash: flows.length > 0 && flows.every((f) => f.slash),
    reason,
    provider,
  };
}

/** The flow of a whole script value (all its parts together). */
function valueFlow(
  value: string,
  at: EffectiveNode,
  depth: number,
  provider: EffectiveNode,
  reason: string,
  tree: readonly EffectiveNode[] | undefined,
  mapEntry?: FlowOptions['mapEntry'],
): ValueFlow {
  const parts = scriptPartsAt(value, at, { tree, mapEntry }, depth + 1);
  const flows: ValueFlow[] = [];
  let literalSlash = false;
  for (const part of parts) {
    if (part.kind === 'literal') literalSlash ||= part.text.includes('/');
    else if (part.flow) flows.push(part.flow);
  }
  const merged = union(flows, reason, provider);
  return { ...merged, slash: literalSlash || flows.some((f) => f.slash) };
}

function resolve(ref: VariableRef, at: EffectiveNode, options: FlowOptions, depth: number): ScriptPart[] {
  const numeric = /^[1-9]$/.test(ref.name);
  const key: number | string = numeric ? Number(ref.name) : ref.name;
  if (options.ownRegex) {
    const own = captureOf(options.ownRegex, key);
    if (own)
      return [
        {
          kind: 'variable',
          ref,
          flow: {
            ...own,
            clientControlled: false,
            lf: false,
            cr: false,
            reason: 'rewrite escapes its own captures',
          },
        },
      ];
    if (numeric) return [{ kind: 'variable', ref, flow: undefined }];
  }
  if (options.mapEntry) {
    const capture = captureOf(options.mapEntry.entry, key);
    if (capture) {
      const source = options.mapEntry.source;
      const flow: ValueFlow = {
        ...capture,
        clientControlled: source.clientControlled,
        lf: capture.lf && source.lf,
        cr: capture.cr && source.cr,
        reason: source.clientControlled ? `${capture.reason} on ${source.reason}` : source.reason,
      };
      return [{ kind: 'variable', ref, flow }];
    }
  }
  if (!numeric && depth < MAX_DEPTH) {
    const sets = options.readIn ? setsReadIn(options.readIn, ref.name) : setsOf(at, ref.name);
    if (sets.length > 1) {
      const flows = sets.map((set) => {
        const parts = scriptPartsAt(set.args[1]?.value ?? '', set, { tree: options.tree }, depth + 1);
        const controlled = parts.find((p) => p.kind === 'variable' && p.flow?.clientControlled);
        const reason =
          controlled?.kind === 'variable' ? controlled.flow!.reason : `$${ref.name} is set by nginx`;
        return valueFlow(set.args[1]?.value ?? '', set, depth, set, reason, options.tree);
      });
      const chosen = Math.max(
        0,
        flows.findIndex((f) => f.clientControlled),
      );
      const merged = union(flows, flows[chosen]!.reason, sets[chosen]!);
      return [{ kind: 'variable', ref, flow: merged }];
    }
    const set = sets[0];
    if (set) {
      const value = set.args[1]?.value ?? '';
      return scriptPartsAt(value, set, { tree: options.tree }, depth + 1).map((part) =>
        part.kind === 'variable' && part.flow && !part.flow.provider
          ? { ...part, flow: { ...part.flow, provider: set } }
          : part,
      );
    }
  }
  const block = options.readIn ? capturesReadIn(options.readIn, key) : captureProvider(at, key);
  if (block) return [{ kind: 'variable', ref, flow: captureOf(block, key) }];
  if (numeric) return [{ kind: 'variable', ref, flow: undefined }];
  const server = enclosingServer(at);
  if (server) {
    for (const serverName of server.childrenNamed('server_name')) {
      const flow = captureOf(serverName, key);
      if (flow)
        return [
          {
            kind: 'variable',
            ref,
            // nginx refuses a Host header with a control character: no CR or LF here.
            flow: {
              ...flow,
              lf: false,
              cr: false,
              reason: `it is captured from the Host header by server_name`,
            },
          },
        ];
    }
  }
  const maps = depth < MAX_DEPTH ? mapsOf(at, ref.name, options.tree) : [];
  if (maps.length > 0) {
    const flows: ValueFlow[] = [];
    for (const map of maps) {
      const source = map.args[0]?.value ?? '';
      for (const entry of map.children) {
        const value = entry.args[0]?.value;
        if (value === undefined || entry.name === 'hostnames' || entry.name === 'volatile') continue;
        if (entry.name.startsWith('~') && value.includes('$')) {
          // Captures in the value are parts of the source value that the entry's regex matched:
          // they can hold what the source holds, within what their group can match.
          const sourceFlow = valueFlow(source, map, depth, map, `it is set by a map`, options.tree);
          flows.push(
            valueFlow(value, entry, depth, map, `it is set by a map`, options.tree, {
              entry,
              source: sourceFlow,
            }),
          );
        } else flows.push(valueFlow(value, map, depth, map, `it is set by a map`, options.tree));
      }
    }
    return [{ kind: 'variable', ref, flow: union(flows, `$${ref.name} is set by a map`, maps[0]!) }];
  }
  const exact = ref.name === 'uri' || ref.name === 'document_uri' ? exactLocationPath(at) : undefined;
  if (exact !== undefined)
    return [
      {
        kind: 'variable',
        ref,
        flow: {
          clientControlled: false,
          dot: exact.includes('.'),
          lf: false,
          cr: false,
          slash: true,
          reason: `$${ref.name} can only be \`${exact}\` in this exact location`,
        },
      },
    ];
  const builtin = builtinFlow(ref.name);
  if (!builtin.clientControlled && !variableIsBuiltin(ref.name))
    return [{ kind: 'variable', ref, flow: undefined }];
  return [{ kind: 'variable', ref, flow: builtin }];
}

/**
 * The path of the exact location (`location = /phpmyadmin`) that `at` is in, when nothing there
 * rewrites the URI: nginx chose the location because the normalised URI was exactly that path,
 * so `$uri` holds it and nothing else (no CR/LF however the request was encoded).
 */
function exactLocationPath(at: EffectiveNode): string | undefined {
  let location: EffectiveNode | undefined = at.parent;
  while (location && location.name !== 'location') location = location.parent;
  if (!location) return undefined;
  const args = location.args;
  let path: string | undefined;
  if (args.length === 2 && args[0]!.value === '=' && args[0]!.quote === null) path = args[1]!.value;
  else if (args.length === 1 && args[0]!.value.startsWith('=')) path = args[0]!.value.slice(1);
  if (path === undefined) return undefined;
  const rewrites = (block: EffectiveNode): boolean =>
    block.childrenNamed('rewrite').length > 0 || block.childrenNamed('if').some(rewrites);
  return rewrites(location) ? undefined : path;
}

/** Variables nginx defines itself that are not client-controlled (the others are in variables.ts). */
const NGINX_VARIABLES =
  /^(remote_addr|remote_port|binary_remote_addr|server_addr|server_port|server_name|scheme|https|hostname|pid|msec|time_local|time_iso8601|request_id|request_time|status|nginx_version|document_root|realpath_root|proxy_host|proxy_port|proxy_add_x_forwarded_for|connection|connection_requests|body_bytes_sent|bytes_sent|request_length|limit_rate|server_protocol|upstream_\w+|sent_http_\w+|ssl_\w+|geoip_\w+|realip_remote_addr|realip_remote_port)$/;

function variableIsBuiltin(name: string): boolean {
  return NGINX_VARIABLES.test(name);
}

function scriptPartsAt(value: string, at: EffectiveNode, options: FlowOptions, depth: number): ScriptPart[] {
  const parts: ScriptPart[] = [];
  let cursor = 0;
  for (const ref of variablesIn(value)) {
    if (ref.start > cursor) parts.push({ kind: 'literal', text: value.slice(cursor, ref.start) });
    parts.push(...resolve(ref, at, options, depth));
    cursor = ref.end;
  }
  if (cursor < value.length) parts.push({ kind: 'literal', text: value.slice(cursor) });
  return parts;
}

/**
 * The parts of a script value used by the directive `at`: literal text and variables with what
 * each can hold. `set` variables are replaced by their own parts (so `set $u "http://a$uri";
 * proxy_pass $u;` reads as `http://a` + `$uri`).
 */
export function scriptParts(value: string, at: EffectiveNode, options: FlowOptions = {}): ScriptPart[] {
  return scriptPartsAt(value, at, options, 0);
}
