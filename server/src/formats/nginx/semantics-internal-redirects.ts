import { ObjectMemo } from '../../engine/object-memo.ts';
import { ifCondition } from './conditions.ts';
import { isDataBlock } from './directives.ts';
import { walkEffective, type EffectiveNode } from './effective.ts';
import { CharSet } from './semantics-regex-charset.ts';
import { captureGroup, charsOf, firstChars, precedingOf } from './semantics-regex-shape.ts';
import { regexUsagesOf } from './semantics-regex-sources.ts';
import type { GroupNode, RegexNode } from './semantics-regex.ts';
import { scriptParts, type ScriptPart } from './semantics-taint-flow.ts';
import { rewriteFlag, startsWithScheme } from './semantics-tls-server.ts';
import { serverOf } from './semantics-tree-index.ts';

/**
 * Which URIs a client can make nginx redirect to internally, for locations it cannot request
 * itself. An `internal` location answers 404 to a client's request; only nginx's own redirects
 * reach it (https://nginx.org/r/internal). Those a configuration builds from request data are
 * `rewrite` replacements, `try_files` fallbacks and `error_page` URIs with variables or captures
 * (`rewrite ^/f(.*)$ /dataroot$1 last;` turns the request `/f../x` into `/dataroot../x`: nginx
 * removes `.`/`..` segments before matching, but `f..` is not one, and a rewritten URI is not
 * normalised again). X-Accel-Redirect values, `index`, `auth_request`, `mirror` and SSI URIs are
 * not read here.
 *
 * semantics-upload-paths.ts keeps its own list of rewrite/try_files targets: it wants every URI a
 * server mentions (all try_files entries, redirects included, literal ones too), not the ones a
 * request can steer.
 */

export interface InternalRedirect {
  /** The `rewrite`, `try_files` or `error_page` that redirects. */
  node: EffectiveNode;
  /** The URI it redirects to, as written (variables unexpanded). */
  uri: string;
}

/** A redirect through which the client chooses the text right after a prefix. */
export interface ClientRoute {
  redirect: InternalRedirect;
  /** The variable that holds the client's text (`$1`, `$arg_file`; for a `set` variable, the one it is set from). */
  variable: string;
}

/** The URI a directive redirects to internally, if it is one that does. */
function redirectUri(node: EffectiveNode): string | undefined {
  const args = node.args;
  const last = args.length >= 2 ? args[args.length - 1]!.value : undefined;
  switch (node.name) {
    case 'rewrite': {
      const replacement = args[1]?.value;
      const flag = rewriteFlag(node);
      // `redirect`/`permanent` answer the client. `break` keeps the request in its location, and
      // after a server-level `break` an alias location refuses the URI ("alias cannot be used in
      // location … where URI was rewritten", a 500): only `last` or no flag reach an alias.
      if (replacement === undefined || flag === 'break' || flag === 'redirect' || flag === 'permanent')
        return undefined;
      return startsWithScheme(replacement) ? undefined : replacement;
    }
    case 'try_files':
      // Only the last parameter is a URI; `=404` is a status and `@name` a named location.
      return last === undefined || last.startsWith('=') || last.startsWith('@') ? undefined : last;
    case 'error_page':
      // `@name` is a named location. A value that does not begin with `/` once evaluated is sent
      // to the client as a redirect: a scheme is dropped here, the rest by the prefix check.
      return last === undefined || last.startsWith('@') || startsWithScheme(last) ? undefined : last;
    default:
      return undefined;
  }
}

function redirectsIn(roots: readonly EffectiveNode[], found: InternalRedirect[]): void {
  walkEffective(roots, (node) => {
    const uri = redirectUri(node);
    if (uri !== undefined) found.push({ node, uri });
    // The entries of `types` (allowed in a location) are data, not directives.
    return !(node.directive.kind === 'block' && isDataBlock(node.name));
  });
}

const byScope = new ObjectMemo<object, InternalRedirect[]>('byScope');

/**
 * The internal redirects that can lead to a location: those of its server (server level, its
 * locations, their `if`s; internal redirects never leave the server) and the `error_page`s the
 * server can inherit. Without a server (a snippet read alone), those of the whole tree.
 */
function internalRedirectsAround(
  location: EffectiveNode,
  tree: readonly EffectiveNode[],
): readonly InternalRedirect[] {
  const server = serverOf(location);
  const scope: object = server ?? tree;
  let found = byScope.get(scope);
  if (!found) {
    found = [];
    redirectsIn(server ? [server] : tree, found);
    for (let p = server?.parent; p; p = p.parent)
      for (const node of p.childrenNamed('error_page')) {
        const uri = redirectUri(node);
        if (uri !== undefined) found.push({ node, uri });
      }
    byScope.set(scope, found);
  }
  return found;
}

/**
 * What a client must be able to put right after a location's prefix to leave an alias: `dots`,
 * `..` (the alias ends with `/`: `/dataroot../x` reads `/var/moodledata/../x`); `name`, any text
 * that does not begin with `/` (it does not: `/dataroot-old/x` reads `/var/moodledata-old/x`).
 */
type Glue = 'dots' | 'name';

/**
 * The first internal redirect around `location` whose URI a client can make `prefix` followed
 * by the `glue` it chooses (the text right after the prefix comes from a variable), if any.
 */
export function clientRouteInto(
  location: EffectiveNode,
  tree: readonly EffectiveNode[],
  prefix: string,
  glue: Glue,
): ClientRoute | undefined {
  for (const redirect of internalRedirectsAround(location, tree)) {
    if (!redirect.uri.includes('$')) continue;
    const variable = variableAfter(redirect, prefix, glue, tree);
    if (variable) return { redirect, variable };
  }
  return undefined;
}

/**
 * The variable of the redirect's URI that can write the glue right after `prefix` (or the rest
 * of the prefix and then the glue), when the literal text before it agrees with the prefix. `set`
 * variables are read through to their values (semantics-taint-flow.ts).
 */
function variableAfter(
  redirect: InternalRedirect,
  prefix: string,
  glue: Glue,
  tree: readonly EffectiveNode[],
): string | undefined {
  const { node, uri } = redirect;
  // A rewrite's `$1` is a capture of its own regex, not of the enclosing location's.
  const parts = scriptParts(uri, node, node.name === 'rewrite' ? { ownRegex: node, tree } : { tree });
  let rest = prefix;
  for (const part of parts) {
    if (part.kind === 'variable') {
      return canWriteAfter(part, rest, glue) ? `$${part.ref.name}` : undefined;
    }
    // Literal text after the prefix: the administrator chose what follows it, not the client.
    if (rest === '' || part.text.length > rest.length || !rest.startsWith(part.text)) return undefined;
    rest = rest.slice(part.text.length);
  }
  return undefined;
}

const DOT = 46;
const SLASH = CharSet.of(47);

type VariablePart = Extract<ScriptPart, { kind: 'variable' }>;

/** Whether a variable can hold `rest` followed by the glue (just the glue when `rest` is empty). */
function canWriteAfter(part: VariablePart, rest: string, glue: Glue): boolean {
  const flow = part.flow;
  // Defined nowhere in view (another file, a module's variable): no claim is made about it.
  if (!flow) return true;
  const capture = captureOf(part);
  if (capture) {
    const chars = charsOf(capture.group.body);
    if (rest !== '') return CharSet.fromString(glue === 'dots' ? `${rest}.` : rest).isSubsetOf(chars);
    return captureCanBeGlued(capture, glue);
  }
  if (!flow.clientControlled) return false;
  // `$uri`, `$request_uri`…: always begin with `/`.
  if (rest === '') return !flow.slash && (glue === 'name' || flow.dot);
  return !flow.slash || rest.startsWith('/');
}

function captureCanBeGlued(capture: Capture, glue: Glue): boolean {
  const { root, group, normalisedUri } = capture;
  const first = firstChars(group.body);
  if (glue === 'name')
    return !first.isSubsetOf(SLASH) && !(normalisedUri && captureStart(root, group).startsUri);
  return normalisedUri ? captureCanGlueDots(root, group) : first.has(DOT);
}

interface Capture {
  root: RegexNode;
  group: GroupNode;
  /** The regex is matched against the normalised URI (`..` segments already removed). */
  normalisedUri: boolean;
}

/** The regex group a variable refers to, when it is a capture of a `location`, `rewrite` or `if` regex. */
function captureOf(part: Extract<ScriptPart, { kind: 'variable' }>): Capture | undefined {
  const provider = part.flow?.provider;
  if (!provider || (provider.name !== 'location' && provider.name !== 'rewrite' && provider.name !== 'if'))
    return undefined;
  const parsed = regexUsagesOf(provider.directive)[0]?.parsed;
  if (!parsed?.root) return undefined;
  const name = part.ref.name;
  const group = captureGroup(parsed.groups, parsed.names, /^[1-9]$/.test(name) ? Number(name) : name);
  if (!group) return undefined;
  return { root: parsed.root, group, normalisedUri: testsUri(provider) };
}

/** `location` and `rewrite` regexes match `$uri`; an `if` regex matches what it tests. */
function testsUri(provider: EffectiveNode): boolean {
  if (provider.name !== 'if') return true;
  const subject = ifCondition(provider.directive)?.subject.value;
  return subject === '$uri' || subject === '$document_uri';
}

interface CaptureStart {
  /** The capture begins with the URI's leading `/` (it starts an anchored regex). */
  startsUri: boolean;
  /** The capture begins right after a `/` of the URI. */
  followsUriSlash: boolean;
}

/** Where a capture of a regex matched on the normalised URI begins. */
export function captureStart(root: RegexNode, group: GroupNode): CaptureStart {
  const preceding = precedingOf(root, group);
  return {
    startsUri: preceding !== undefined && preceding.atStart && !preceding.unanchored,
    followsUriSlash:
      preceding !== undefined &&
      !preceding.atStart &&
      !preceding.chars.isEmpty() &&
      preceding.chars.isSubsetOf(SLASH),
  };
}

/**
 * Whether a capture of a regex matched on the normalised URI can begin with `..` that the URI
 * glued to the text before it: `(.*)` in `/images(.*)` is `../x` for `/images../x`. A capture
 * that begins the URI or follows one of its `/` cannot: nginx has removed the `..` segments.
 */
export function captureCanGlueDots(root: RegexNode, group: GroupNode): boolean {
  if (!firstChars(group.body).has(DOT)) return false;
  const start = captureStart(root, group);
  return !start.startsUri && !start.followsUriSlash;
}
