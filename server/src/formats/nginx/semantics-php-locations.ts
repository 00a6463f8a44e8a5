import { ifCondition } from './conditions.ts';
import type { EffectiveNode } from './effective.ts';
import { scriptFilenameParam } from './headers.ts';
import { locationInfo, type LocationInfo } from './locations.ts';
import { matchCaptures, matchesEveryUri } from './regex.ts';
import { sampleMatchesOfSource } from './semantics-regex-samples.ts';
import { canTestPattern } from './semantics-probe-safety.ts';
import { isDenyAll } from './semantics-acl.ts';
import { errorPageFor, readReturn, rewriteFlag } from './semantics-tls-server.ts';
import { rewriteTarget } from './semantics-if-flow.ts';
import { captureGroupOf, captureProvider } from './semantics-taint-flow.ts';
import { charsOf } from './semantics-regex-shape.ts';
import { walkRegex, type GroupNode } from './semantics-regex.ts';
import { isCaptureName, variablesIn } from './variables.ts';
import { serverOf } from './semantics-tree-index.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * Locations that run scripts (PHP-FPM, fcgiwrap, uWSGI, SCGI) and how safely they do it.
 * A FastCGI location picks the script from the request URI through SCRIPT_FILENAME
 * (`$document_root$fastcgi_script_name`); with PHP's `cgi.fix_pathinfo=1` a URI such as
 * `/uploads/avatar.jpg/x.php` runs `avatar.jpg` as PHP when nginx does not check first that
 * the script exists (`try_files $uri =404;`). The handler (`fastcgi_pass`…) is not inherited
 * by nested locations, `try_files` neither: both are read from the location itself.
 */

const SCRIPT_HANDLERS = ['fastcgi_pass', 'uwsgi_pass', 'scgi_pass'];

/** Variables that carry the request path into a script name. */
const URI_VARIABLES = new Set([
  'uri',
  'document_uri',
  'request_uri',
  'fastcgi_script_name',
  'request_filename',
  'fastcgi_path_info',
]);

/** The handler directive that runs scripts in this location (through includes), if any. */
export function scriptHandler(location: EffectiveNode): EffectiveNode | undefined {
  for (const name of SCRIPT_HANDLERS) {
    const found = location.childrenNamed(name)[0];
    if (found) return found;
  }
  // DirectAdmin's nginx_php.conf: `if (-f $request_filename) { fastcgi_pass …; }`. The `if` holds
  // for every script that exists, and its block inherits the location's parameters: the script
  // runs (blind case directadmin--custom-text-in-custom2: nginx 1.22.1 passed an uploaded h.php).
  return existenceIfHandler(location, SCRIPT_HANDLERS);
}

/** The first directive of `names` in an `if` of the location that holds for every file that exists (`testsFileExists`). */
export function existenceIfHandler(
  location: EffectiveNode,
  names: readonly string[],
): EffectiveNode | undefined {
  for (const branch of location.childrenNamed('if')) {
    if (!testsFileExists(branch)) continue;
    for (const name of names) {
      const found = branch.childrenNamed(name)[0];
      if (found) return found;
    }
  }
  return undefined;
}

/** `if (-f $request_filename)`, `if (-e $document_root$fastcgi_script_name)`: true for a file that exists. */
function testsFileExists(branch: EffectiveNode): boolean {
  const condition = branch.directive.kind === 'block' ? ifCondition(branch.directive) : undefined;
  if (condition?.operator !== '-f' && condition?.operator !== '-e') return false;
  return /^(?:\$request_filename|\$document_root\$fastcgi_script_name|\$realpath_root\$fastcgi_script_name)$/.test(
    condition.subject.value,
  );
}

/** Basenames of included files known to hold an existence check (Debian/Ubuntu's `snippets/fastcgi-php.conf`). */
const CHECKING_SNIPPETS = new Set(['fastcgi-php.conf']);
/** Included files known to hold only parameters. */
const PARAMETER_FILES = /(^|\/)(fastcgi_params|fastcgi\.conf|uwsgi_params|scgi_params)$/;

/** `include`s of the location whose content is not in the workspace, that are not well-known parameter files. */
export function unknownIncludes(location: EffectiveNode): EffectiveNode[] {
  return location.childrenNamed('include').filter((inc) => {
    const status = inc.include?.status;
    if (status === 'ok' || status === undefined) return false;
    const pattern = inc.args[0]?.value ?? '';
    return !PARAMETER_FILES.test(pattern);
  });
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Whether a `try_files` checks a path built from the request URI before its fallback. */
function checksUriFile(tryFiles: EffectiveNode): boolean {
  const args = tryFiles.args;
  if (args.length < 2) return false;
  return args.slice(0, -1).some((arg) => variablesIn(arg.value).some((v) => URI_VARIABLES.has(v.name)));
}

/** An `if (!-f …)` / `if (!-e …)` on the script path that answers with an error. */
function isExistenceIf(node: EffectiveNode): boolean {
  if (node.name !== 'if' || node.directive.kind !== 'block') return false;
  const condition = ifCondition(node.directive);
  if (!condition || (condition.operator !== '!-f' && condition.operator !== '!-e')) return false;
  if (!variablesIn(condition.subject.value).some((v) => URI_VARIABLES.has(v.name))) return false;
  return node.childrenNamed('return').some((r) => (readReturn(r)?.code ?? 0) >= 400);
}

/**
 * Whether a `set` runs only when the file its value names exists: HumHub's documented `set $fsn
 * /index.php; if (-f $document_root$fastcgi_script_name) { set $fsn $fastcgi_script_name; }`
 * runs the requested script only when it is there, else the front controller (checked on nginx
 * 1.22.1): a script check, not a name taken from the request as it stands.
 */
function existenceGuarded(set: EffectiveNode): boolean {
  const branch = set.parent;
  if (branch?.name !== 'if' || branch.directive.kind !== 'block') return false;
  const condition = ifCondition(branch.directive);
  if (!condition || (condition.operator !== '-f' && condition.operator !== '-e')) return false;
  // The test must be of the file the value names: the same variables.
  const tested = new Set(variablesIn(condition.subject.value).map((v) => v.name));
  const named = variablesIn(set.args[1]?.value ?? '').map((v) => v.name);
  return named.length > 0 && named.every((name) => tested.has(name));
}

/** The `set`s of a location and of its `if` blocks that assign one of `names` (without `$`). */
export function locationSetsOf(location: EffectiveNode, names: readonly string[]): EffectiveNode[] {
  return [location, ...location.childrenNamed('if')].flatMap((level) =>
    level.childrenNamed('set').filter((set) => names.includes(set.args[0]?.value.replace(/^\$/, '') ?? '')),
  );
}

/**
 * Whether the location's script name is a variable that takes the requested script only where
 * the file exists (`existenceGuarded`) and is otherwise set to a fixed script: every `set` of it
 * in the location is one or the other.
 */
function guardedScriptName(location: EffectiveNode): boolean {
  const filename = scriptFilenameParam(location);
  if (!filename) return false;
  const names = variablesIn(filename.value)
    .map((v) => v.name)
    .filter(
      (name) =>
        !URI_VARIABLES.has(name) &&
        !isCaptureName(name) &&
        name !== 'document_root' &&
        name !== 'realpath_root',
    );
  if (names.length === 0) return false;
  const sets = locationSetsOf(location, names);
  const guarded = sets.filter(existenceGuarded);
  return (
    guarded.length > 0 &&
    sets.every((set) => existenceGuarded(set) || variablesIn(set.args[1]?.value ?? '').length === 0)
  );
}

/**
 * Whether an `if` body ends every request it takes or sends it elsewhere: a `return`, or a
 * `rewrite` whose regex matches any path and that does not `break` (`last`, a redirect, or no
 * flag: a changed URI makes nginx search the locations again). A rewrite of one path
 * (`rewrite ^/old\.php$ /index.php last;`) leaves the other requests in the `if` block.
 */
function ifLeaves(branch: EffectiveNode): boolean {
  return branch.children.some(
    (c) =>
      c.name === 'return' ||
      (c.name === 'rewrite' && rewriteFlag(c) !== 'break' && matchesEveryUri(c.args[0]?.value ?? '')),
  );
}

/**
 * The first `if` of a location whose matching requests are served with the `if` block's own
 * configuration: nginx processes them there, and `try_files` is not inherited into an `if`
 * (nginx's "If is evil" page), so a location's `try_files` check does not apply to them while
 * `fastcgi_pass` still does.
 */
export function ifBypassingTryFiles(location: EffectiveNode): EffectiveNode | undefined {
  // DirectAdmin's `if (-f $request_filename) { fastcgi_pass …; }` takes only the requests whose
  // file exists: it bypasses the `try_files`, and checks the same thing itself.
  return location
    .childrenNamed('if')
    .find((branch) => branch.directive.kind === 'block' && !ifLeaves(branch) && !testsFileExists(branch));
}

/** The `if` whose requests escape the location's only script check (its `try_files`), if any. */
export function tryFilesBypass(location: EffectiveNode): EffectiveNode | undefined {
  return scriptCheck(location) === 'try_files' ? ifBypassingTryFiles(location) : undefined;
}

/**
 * How the location makes sure the script exists before passing it on: an
 * `if (!-f $request_filename) { return 404; }` (rewrite phase: every request), `try_files` on the
 * URI or an included snippet known to hold one (not for requests an `if` takes), or nothing known
 * because an include's content cannot be read (then nothing is claimed).
 */
function scriptCheck(location: EffectiveNode): 'always' | 'try_files' | 'unknown' | 'none' {
  if (location.childrenNamed('if').some(isExistenceIf) || guardedScriptName(location)) return 'always';
  if (location.childrenNamed('try_files').some(checksUriFile)) return 'try_files';
  for (const inc of location.childrenNamed('include')) {
    const pattern = inc.args[0]?.value ?? '';
    if (CHECKING_SNIPPETS.has(basename(pattern))) return 'try_files';
  }
  return unknownIncludes(location).length > 0 ? 'unknown' : 'none';
}

/** Whether every request the location passes on has its script checked first (see `scriptCheck`). */
export function checksScriptExists(location: EffectiveNode): boolean {
  const check = scriptCheck(location);
  return check === 'try_files' ? ifBypassingTryFiles(location) === undefined : check !== 'none';
}

/**
 * The script a location always runs whatever the request: `try_files /index.php =404;` (Bolt's
 * documented PHP location). A file `try_files` finds becomes the request's `$uri`, and with it
 * `$fastcgi_script_name`, so the location only runs files it lists (checked on nginx 1.22.1:
 * `/a.jpg/x.php` and `/index.php/bolt/login` both ran `index.php`); when none exists, the fallback
 * sends the request elsewhere or answers with an error. Every entry but the fallback must be a
 * fixed file path (no variable, not a directory); the first is the script taken to exist.
 */
export function pinnedScript(location: EffectiveNode): string | undefined {
  const tryFiles = location.childrenNamed('try_files');
  if (tryFiles.length !== 1) return undefined;
  const args = tryFiles[0]!.args;
  if (args.length < 2) return undefined;
  for (let i = 0; i < args.length - 1; i++) {
    const value = args[i]!.value;
    if (!value.startsWith('/') || value.endsWith('/') || value.includes('$')) return undefined;
  }
  return args[0]!.value;
}

/**
 * Whether the script run is named by the request (SCRIPT_FILENAME built from the URI, or not set
 * here so the distribution's `fastcgi.conf` default applies), not a fixed front controller.
 */
export function scriptComesFromUri(location: EffectiveNode): boolean {
  const handler = scriptHandler(location);
  if (!handler) return false;
  if (pinnedScript(location) !== undefined) return false;
  if (handler.name !== 'fastcgi_pass') return true;
  const filename = scriptFilenameParam(location);
  if (!filename) return true;
  // Read where nginx evaluates it: in the location (whose own `set`s apply), wherever it is written.
  return carriesUri(filename.value, handler);
}

/**
 * Whether a value used at a node takes (part of) the request path: a URI variable; a variable
 * that a `set` run before the node assigns from one, such as Concrete CMS's documented
 * `set $script $uri;`; or a capture that can hold a free path (see `holdsPath`) of a regex
 * matched against the URI: a `rewrite` run before the node in its block, the enclosing
 * `location`, or an enclosing `if` that tests a value taking the path
 * (`if ($uri ~ "^(.+\.php)(/.+)") { set $script $1; }`). A variable set from fixed values only
 * (`set $script /index.php;`) names a fixed front controller.
 */
function carriesUri(value: string, at: EffectiveNode): boolean {
  return variablesIn(value).some(({ name }) => variableCarriesUri(name, at));
}

function variableCarriesUri(name: string, at: EffectiveNode): boolean {
  if (URI_VARIABLES.has(name)) return true;
  const capture = isCaptureName(name) ? Number(name) : undefined;
  if (capture === undefined) {
    const fromSets = setsCarryUri(name, at);
    if (fromSets !== undefined) return fromSets;
  }
  const key = capture ?? name;
  const index = at.parent && levelIndex(at.parent);
  if (index && rewriteCapturePosition(index, key) < runsBefore(at, index)) return true;
  const block = captureProvider(at, key);
  if (!block || !holdsPath(captureGroupOf(block, key))) return false;
  return block.name !== 'if' || nodeCarriesUri(block);
}

/**
 * Whether a capture group can hold a free path, as `(.+\.php)`, `(.*)` or `([^?]+)` can: a
 * repetition that takes `/` and `.`. Fixed words (`(site1|site2)`) or a class without `/`
 * (`([a-z0-9-]+)`) name one of a few folders, never a requested file.
 */
function holdsPath(group: GroupNode | undefined): boolean {
  let found = false;
  if (group)
    walkRegex(group.body, (node) => {
      if (found || node.type !== 'repeat' || node.max < 2) return !found;
      const chars = charsOf(node.body);
      found = chars.has(SLASH) && chars.has(DOT);
      // A repetition inside takes fewer characters still.
      return false;
    });
  return found;
}

const SLASH = 47;
const DOT = 46;

/**
 * What a level's rewrite-phase directives give a variable read in it: the `set`s of one name in
 * the order nginx runs them (an `if`'s last one at the `if`'s place, only when its condition
 * holds), and, filled in order as they are asked for, whether the value after each can carry
 * the path. Each `set` is read once per lint: a later one builds on the answers before it, so
 * `if ($arg_a) { set $a $b; } if ($arg_b) { set $b $a; }` repeated stays linear.
 */
interface NameSets {
  sets: EffectiveNode[];
  positions: number[];
  /** Whether this `set` always runs when its level does (not in an `if` of it). */
  always: boolean[];
  /** Whether a `set` that always runs comes at or before this one (the outer levels' value is gone). */
  decided: boolean[];
  /** Whether the value after this `set` can carry the path. */
  carries: boolean[];
  /** Being filled: a call back into it for a later `set` is a cycle. */
  filling: boolean;
}

interface LevelIndex {
  /** Where the level's `set`s, `if`s and `rewrite`s run, in order. */
  position: Map<EffectiveNode, number>;
  sets: Map<string, NameSets>;
  rewrites: EffectiveNode[];
  /** By capture: the first rewrite whose capture can hold a free path (Infinity: none). */
  rewriteCapture: Map<number | string, number>;
}

const levelIndexes = new NodeMemo<LevelIndex | null>();

/** The index of a level's `set`s and `rewrite`s, built in one pass; null for a level that has neither. */
function levelIndex(level: EffectiveNode): LevelIndex | null {
  const known = levelIndexes.get(level);
  if (known !== undefined) return known;
  let index: LevelIndex | null = null;
  if (['set', 'if', 'rewrite'].some((name) => level.childrenNamed(name).length > 0)) {
    const built: LevelIndex = {
      position: new Map(),
      sets: new Map(),
      rewrites: [],
      rewriteCapture: new Map(),
    };
    const add = (set: EffectiveNode, position: number, always: boolean) => {
      const name = set.args[0]?.value.replace(/^\$/, '') ?? '';
      let entry = built.sets.get(name);
      if (!entry) {
        entry = { sets: [], positions: [], always: [], decided: [], carries: [], filling: false };
        built.sets.set(name, entry);
      }
      entry.always.push(always);
      entry.decided.push(always || entry.decided.at(-1) === true);
      entry.sets.push(set);
      entry.positions.push(position);
    };
    level.children.forEach((child, position) => {
      if (child.name === 'set') add(child, position, true);
      else if (child.name === 'if') {
        const last = new Map<string, EffectiveNode>();
        for (const set of child.childrenNamed('set')) last.set(set.args[0]?.value ?? '', set);
        for (const set of last.values()) add(set, position, false);
      } else if (child.name === 'rewrite') built.rewrites.push(child);
      else return;
      built.position.set(child, position);
    });
    index = built;
  }
  levelIndexes.set(level, index);
  return index;
}

/** Where in its level a node reads variables: a `set` or `if` after what runs before it; anything else after all of the level (a handler, or a block entered once the level's rewrite phase is over). */
function runsBefore(node: EffectiveNode, index: LevelIndex): number {
  return node.name === 'set' || node.name === 'if' ? (index.position.get(node) ?? Infinity) : Infinity;
}

/** The position of the first `rewrite` of the level whose capture `key` can hold a free path. */
function rewriteCapturePosition(index: LevelIndex, key: number | string): number {
  let first = index.rewriteCapture.get(key);
  if (first === undefined) {
    const rewrite = index.rewrites.find((r) => holdsPath(captureGroupOf(r, key)));
    first = rewrite ? (index.position.get(rewrite) ?? Infinity) : Infinity;
    index.rewriteCapture.set(key, first);
  }
  return first;
}

/**
 * Whether the `set`s of `$name` run before a node can give it the path: true or false when they
 * decide, undefined when none always runs (the variable's other sources stay possible). In the
 * node's own block only the `set`s before it count; of the outer levels, those before the block
 * (an `if`), or all of them (nginx runs the server's rewrite directives before the location's);
 * the locations around the one that serves the request run none of theirs.
 */
function setsCarryUri(name: string, at: EffectiveNode): boolean | undefined {
  let child = at;
  let inLocation = false;
  for (let level = at.parent; level; child = level, level = level.parent) {
    // nginx runs the rewrite directives of the server and of the location that serves the
    // request, not those of the locations around it (checked on nginx 1.22.1).
    if (level.name === 'location') {
      if (inLocation) continue;
      inLocation = true;
    }
    const index = levelIndex(level);
    const entry = index?.sets.get(name);
    if (!index || !entry) continue;
    const k = lastBefore(entry.positions, runsBefore(child, index));
    if (k < 0) continue;
    if (carriesAfter(entry, k)) return true;
    if (entry.decided[k]) return false;
  }
  return undefined;
}

/** The index of the last of ascending positions that comes before `limit`, -1 if none does (a binary search: a level can hold thousands of `set`s). */
function lastBefore(positions: readonly number[], limit: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Whether the value after the `k`-th `set` of a name can carry the path, filling the answers up to it in order. */
function carriesAfter(entry: NameSets, k: number): boolean {
  if (k < entry.carries.length) return entry.carries[k]!;
  if (entry.filling) return false;
  entry.filling = true;
  try {
    for (let i = entry.carries.length; i <= k; i++) {
      // A `set` that always runs replaces the value before it; one in an `if` leaves it possible.
      const earlier = !entry.always[i]! && i > 0 && entry.carries[i - 1]!;
      entry.carries.push(nodeCarriesUri(entry.sets[i]!) || earlier);
    }
  } finally {
    entry.filling = false;
  }
  return entry.carries[k]!;
}

const carrying = new NodeMemo<boolean | 'pending'>();

/** How many `set`s deep a value is followed at once: thousands of variables copied one from another must not overflow the stack. */
const MAX_SET_NESTING = 256;
let nesting = 0;

/** Whether a `set`'s value, or the value an `if` tests, carries the path: read once per node; a cycle answers false. */
function nodeCarriesUri(node: EffectiveNode): boolean {
  const known = carrying.get(node);
  if (known !== undefined) return known === true;
  if (nesting >= MAX_SET_NESTING) return false;
  carrying.set(node, 'pending');
  nesting++;
  try {
    const value = node.name === 'set' ? node.args[1]?.value : ifCondition(node.directive)?.subject.value;
    const result = carriesUri(value ?? '', node);
    carrying.set(node, result);
    return result;
  } finally {
    nesting--;
  }
}

const ACCESS_LEVELS = new Set(['http', 'server', 'location']);

/**
 * The `allow`/`deny` rules in effect at a block (its own, else the nearest outer level's: a level
 * that declares any replaces the outer ones), in order. Read through the by-name index, so asking
 * for every location of an `http` block with thousands of servers stays linear.
 */
export function accessRulesAt(block: EffectiveNode): EffectiveNode[] {
  const memo = accessRulesMemo.get(block);
  if (memo) return memo;
  // Filled for the whole way up at once: every location of a deep nesting asks.
  const chain: EffectiveNode[] = [];
  let rules: EffectiveNode[] | undefined;
  for (let level: EffectiveNode | undefined = block; level; level = level.parent) {
    const known = accessRulesMemo.get(level);
    if (known) {
      rules = known;
      break;
    }
    chain.push(level);
    if (!ACCESS_LEVELS.has(level.name)) continue;
    const own = ownAccessRules(level);
    if (own.length > 0) {
      rules = own;
      break;
    }
  }
  rules ??= [];
  for (const level of chain) accessRulesMemo.set(level, rules);
  return rules;
}

/** `accessRulesAt`'s answers, kept for every level of the way up. */
const accessRulesMemo = new NodeMemo<EffectiveNode[]>();

function ownAccessRules(level: EffectiveNode): EffectiveNode[] {
  const allows = level.childrenNamed('allow');
  const denies = level.childrenNamed('deny');
  if (allows.length === 0) return [...denies];
  if (denies.length === 0) return [...allows];
  return [...allows, ...denies].sort((a, b) => comparePositions(a, b));
}

/** Reading order of two children of one block (through includes: the include's position counts). */
function comparePositions(a: EffectiveNode, b: EffectiveNode): number {
  const depth = Math.min(a.via.length, b.via.length);
  for (let i = 0; i < depth; i++) {
    if (a.via[i]!.directive !== b.via[i]!.directive)
      return startOf(a.via[i]!.directive) - startOf(b.via[i]!.directive);
  }
  const da = a.via.length > depth ? a.via[depth]!.directive : a.directive;
  const db = b.via.length > depth ? b.via[depth]!.directive : b.directive;
  return startOf(da) - startOf(db);
}

function startOf(directive: { range: { start: { line: number; character: number } } }): number {
  return directive.range.start.line * 1_000_000 + directive.range.start.character;
}

/**
 * The directive with which a location refuses clients before the access phase, if any:
 * `internal` (checked when the location is chosen) or a `return` of an error status (rewrite
 * phase). Neither `allow` nor authentication can let a request past it.
 */
export function refusalBeforeAccess(location: EffectiveNode, redirected = false): EffectiveNode | undefined {
  // An internal redirect (a `try_files` fallback, `index`) may enter an `internal` location.
  const internal = redirected ? undefined : location.childrenNamed('internal')[0];
  if (internal) return internal;
  const ret = location.childrenNamed('return')[0];
  const code = ret ? readReturn(ret)?.code : undefined;
  if (code === undefined || code < 400) return undefined;
  // `error_page 418 = @handler; return 418;` hands the request to a named location (Zen Cart's
  // template runs every script so): no refusal.
  return handOffName(location) === undefined ? ret : undefined;
}

/**
 * The `@name` a location hands every request to: through a lone `return CODE` and an
 * `error_page CODE` in effect there, or through a `try_files` whose only file is one that never
 * exists. ISPConfig's generated PHP location is `location ~ \.php$ { try_files
 * /<md5 hex>.htm @php; }`: the name is random, so every script goes to `location @php`, which runs
 * it (blind case chamilo-ispconfig--upload-deny-regex-in-directives, nginx 1.22.1 ran an uploaded
 * `h.php` that way).
 */
function handOffName(location: EffectiveNode): string | undefined {
  const ret = location.childrenNamed('return')[0];
  if (!ret) {
    const tryFiles = location.childrenNamed('try_files');
    const args = tryFiles[tryFiles.length - 1]?.args;
    const fallback = args?.[args.length - 1]?.value;
    if (!args || args.length !== 2 || !fallback?.startsWith('@')) return undefined;
    return NEVER_A_FILE.test(args[0]!.value) ? fallback : undefined;
  }
  if (ret.args.length !== 1) return undefined;
  const code = readReturn(ret)?.code;
  const page = code === undefined ? undefined : errorPageFor(location, code);
  const target = page?.args[page.args.length - 1]?.value;
  return target?.startsWith('@') ? target : undefined;
}

/**
 * Placeholders no site holds: ISPConfig's 32-digit hex name, ISPmanager's `/does_not_exists`
 * (`location ~ [^/]\.ph(p\d*|tml)$ { try_files /does_not_exists @php; }`: blind cases
 * ispmanager-ps17--*, nginx 1.22.1 ran uploaded scripts through `@php`).
 */
const NEVER_A_FILE = /^\/(?:[0-9a-f]{32}\.html?|does_not_exists?)$/;

/**
 * The named location a location hands every request to with `return CODE` and an `error_page
 * CODE = @name` in effect there: Zen Cart's template runs its scripts with `error_page 418 =
 * @zencart_php_handler; return 418;` (blind case zencart--template-root-regex-unanchored, nginx
 * 1.22.1: the uploaded and guarded scripts its unanchored regex takes reached PHP).
 */
export function namedHandOff(location: EffectiveNode): EffectiveNode | undefined {
  const name = handOffName(location);
  if (name === undefined) return undefined;
  return serverOf(location)
    ?.childrenNamed('location')
    .find((child) => {
      const info = locationInfo(child);
      return info?.modifier === '@' && `@${info.pattern}` === name;
    });
}

/**
 * The location that runs a location's scripts: the location itself when it has a script handler,
 * or the named location it hands its requests to (`namedHandOff`) when that one has; undefined
 * when neither runs scripts.
 */
export function scriptRunnerOf(location: EffectiveNode): EffectiveNode | undefined {
  if (scriptHandler(location)) return location;
  const handOff = namedHandOff(location);
  return handOff && scriptHandler(handOff) ? handOff : undefined;
}

/**
 * Whether requests from clients are refused in the location: it or an enclosing location is
 * `internal` (nested locations inherit it: ngx_http_core_merge_loc_conf merges the flag; checked
 * on nginx 1.22.1, a `location ~ \.php$` nested in an internal `location /p/` answers 404).
 */
export function isInternalLocation(location: EffectiveNode): boolean {
  const memo = internalMemo.get(location);
  if (memo !== undefined) return memo;
  // Filled for the whole way up at once: every location of a deep nesting asks.
  const chain: EffectiveNode[] = [];
  let answer = false;
  for (let p: EffectiveNode | undefined = location; p && p.name !== 'server'; p = p.parent) {
    const known = internalMemo.get(p);
    if (known !== undefined) {
      answer = known;
      break;
    }
    chain.push(p);
    if (p.name === 'location' && p.childrenNamed('internal').length > 0) {
      answer = true;
      break;
    }
  }
  // Below an internal location every level is internal; above the first one found, none need be.
  for (const level of chain) internalMemo.set(level, answer);
  return answer;
}

/** `isInternalLocation`'s answers, kept for every level of the way up. */
const internalMemo = new NodeMemo<boolean>();

/**
 * Whether requests served by the location are refused (`deny all` first, `return 4xx`,
 * `internal`, its own or an enclosing location's); for requests it gets by internal redirect
 * (`redirected`), `internal` refuses none.
 */
export function refusesRequests(location: EffectiveNode, redirected = false): boolean {
  if (redirected) return computeRefuses(location, true);
  // Asked of the same blocks by most rules, for every probe: kept for a client's requests.
  return refusing.answer(location, refusesClients);
}

const refusesClients = (location: EffectiveNode): boolean => computeRefuses(location, false);

const refusing = new NodeMemo<boolean>();

function computeRefuses(location: EffectiveNode, redirected: boolean): boolean {
  if (refusalBeforeAccess(location, redirected)) return true;
  if (!redirected && isInternalLocation(location)) return true;
  const first = accessRulesAt(location)[0];
  return first !== undefined && isDenyAll(first);
}

/** URIs that reach PHP through an uploaded file when the location does not check existence. */
// Short enough that regexes with nested quantifiers are still run on them (see locations.ts).
export const PATH_INFO_PROBES = ['/upload/a.jpg/x.php', '/files/a.gif/x.php'];

/** Whether a location would receive `probe` on its own pattern (regex, prefix or exact). */
export function patternMatches(info: LocationInfo, probe: string): boolean {
  switch (info.modifier) {
    case '=':
      return info.pattern === probe;
    case '':
    case '^~':
      return probe.startsWith(info.pattern);
    case '~':
    case '~*':
      if (!info.compiled || !canTestPattern(info, probe)) return false;
      return matchCaptures(info.compiled, probe) !== null;
    case '@':
      return false;
  }
}

/** The segment an uploaded file takes in a probe: a file the attacker could have put there. */
const UPLOADED_SEGMENT = 'a.jpg/';

const ownProbes = new Map<string, readonly string[]>();

/**
 * Paths of the uploaded-file shape built from the location's own pattern, for patterns the
 * fixed probes miss: `^/wp-content/.+\.php$` takes `/wp-content/a.jpg/x.php`, Nextcloud's
 * `^/(?:index|…|updater/.+|.+/richdocumentscode/proxy)\.php(?:$|/)` takes
 * `/updater/a.jpg/x.php`. Each sample match of the regex (a prefix location: its prefix) gets
 * the uploaded file's segment after one of the slashes before its `.php` segment; only the paths
 * the real expression then matches count. Kept per pattern: servers repeat the same locations.
 */
function probesOfPattern(info: LocationInfo): readonly string[] {
  const key = `${info.modifier} ${info.pattern}`;
  let known = ownProbes.get(key);
  if (!known) {
    known = buildProbes(info);
    if (ownProbes.size > 2048) ownProbes.clear();
    ownProbes.set(key, known);
  }
  return known;
}

function buildProbes(info: LocationInfo): string[] {
  let samples: readonly string[];
  if (info.modifier === '' || info.modifier === '^~') samples = [`${info.pattern}x.php`];
  else if (info.isRegex) samples = sampleMatchesOfSource(info.pattern, info.modifier === '~*');
  else return [];
  const out: string[] = [];
  for (const raw of samples) {
    const sample = raw.startsWith('/') ? raw : `/${raw}`;
    const script = sample.toLowerCase().lastIndexOf('.php');
    if (script === -1) continue;
    const segmentStart = sample.lastIndexOf('/', script);
    // Below a script (`/index.php/api/` of `location ^~ /index.php/api/`) no file can exist: PHP
    // walks the path back to that script, never to an uploaded one.
    const underScript = sample.toLowerCase().indexOf('.php/');
    for (
      let slash = sample.indexOf('/');
      slash !== -1 && slash <= segmentStart && (underScript === -1 || slash < underScript);
      slash = sample.indexOf('/', slash + 1)
    ) {
      const probe = sample.slice(0, slash + 1) + UPLOADED_SEGMENT + sample.slice(slash + 1);
      if (!out.includes(probe) && patternMatches(info, probe)) out.push(probe);
    }
  }
  return out;
}

/** Whether the location can receive a path that runs an uploaded file as PHP (`/upload/a.jpg/x.php`). */
function takesUploadedFilePath(info: LocationInfo): boolean {
  return uploadedFileRequest(info) !== undefined;
}

/** A request the location takes that would run an uploaded file (`/upload/a.jpg/x.php`), shown in findings. */
export function uploadedFileRequest(info: LocationInfo): string | undefined {
  return PATH_INFO_PROBES.find((probe) => patternMatches(info, probe)) ?? probesOfPattern(info)[0];
}

/**
 * A location that passes any `….php` path to PHP without checking that the script exists: the
 * `location ~ \.php$ { fastcgi_pass …; }` of countless tutorials.
 */
export function runsAnyPhpFile(location: EffectiveNode): boolean {
  const info = locationInfo(location);
  if (!info || info.modifier === '@') return false;
  const handler = scriptHandler(location);
  if (handler?.name !== 'fastcgi_pass') return false;
  if (!takesUploadedFilePath(info)) return false;
  if (refusesRequests(location) || !scriptComesFromUri(location)) return false;
  // `rewrite ^ /index.php last;` sends every request elsewhere before the handler runs.
  if (rewriteTarget(location) !== undefined) return false;
  return !checksScriptExists(location);
}
