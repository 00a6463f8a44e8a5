import { ifCondition } from './conditions.ts';
import type { EffectiveNode } from './effective.ts';
import { compileRegexCached } from './locations.ts';
import { canRunPattern } from './semantics-probe-safety.ts';
import { sampleMatchesOfSource } from './semantics-regex-samples.ts';
import { errorPageFor, readReturn, rewriteFlag, rewriteRedirectsClient } from './semantics-tls-server.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * What the server's rewrite phase makes of a request, before nginx chooses a location
 * (ngx_http_rewrite_module: the server level's `rewrite`, `if`, `return` and `break` run in
 * order, in the server rewrite phase): the path it goes on with, `answered` when a `return`, a
 * redirect or an `if (…) { return …; }` answers it there, or `unknown` when a step cannot be
 * read here (a replacement built from another variable, a regex JavaScript cannot run).
 */
type Outcome = string | 'answered' | 'unknown';

/** How many paths through `if` blocks whose condition cannot be told are followed. */
const MAX_PATHS = 8;
/** How deep `if` blocks are followed (nginx allows them nested without end; real ones are not). */
const MAX_DEPTH = 16;

/** The directives of the rewrite module that can change the path or answer. */
const REWRITE_STEPS = new Set(['rewrite', 'return', 'break', 'if']);

/** Whether a node is a directive of the rewrite module that can change the path, end the phase or answer. */
export function isRewriteStep(node: EffectiveNode): boolean {
  return REWRITE_STEPS.has(node.name);
}

const rewritesAtServer = new NodeMemo<boolean>();

/** Whether the server level has directives of the rewrite module (most servers have none). */
function hasRewriteSteps(server: EffectiveNode): boolean {
  let known = rewritesAtServer.get(server);
  if (known === undefined) {
    known = server.children.some((child) => REWRITE_STEPS.has(child.name));
    rewritesAtServer.set(server, known);
  }
  return known;
}

/** Where the paths through the server's rewrite phase end for a request. */
function outcomesOf(server: EffectiveNode, uri: string): Outcome[] {
  const outcomes: Outcome[] = [];
  run(server.children, uri, uri, outcomes, 0, 'path');
  return outcomes;
}

/**
 * Whether nginx may look a location up for the request path itself: on at least one path through
 * the server's rewrite phase (its `if` blocks whose condition a probe cannot tell, such as a
 * `$host` check, taken both ways) no rewrite sends it elsewhere and nothing answers it first, or
 * a step there cannot be read. Ibexa DXP's vhost rewrites every request but its assets to
 * `/index.php$1` at the server level: `/.env` becomes `/index.php/.env`, which its front
 * controller's location takes, and no file is read (checked on nginx 1.22.1).
 */
export function mayKeepRequestPath(server: EffectiveNode, uri: string): boolean {
  if (!hasRewriteSteps(server)) return true;
  if (outcomesOf(server, uri).some((outcome) => outcome === uri || outcome === 'unknown')) return true;
  // Another request may be rewritten to this path: `rewrite ^/static/(.*)$ /$1 last;` sends
  // `/static/.env` to `/.env` before a catch-all rewrite is tried.
  return producedByRewrite(server.children, uri, 0);
}

const templates = new NodeMemo<RegExp | null>();

/**
 * Whether a server-level `rewrite` (or one in a server-level `if`) that puts part of the request
 * into its path can produce `uri`: its replacement read as a pattern, each variable any text.
 */
function producedByRewrite(steps: readonly EffectiveNode[], uri: string, depth: number): boolean {
  for (const step of steps) {
    // Too deep to follow: it may.
    if (step.name === 'if' && (depth >= MAX_DEPTH || producedByRewrite(step.children, uri, depth + 1)))
      return true;
    if (step.name !== 'rewrite' || rewriteRedirectsClient(step)) continue;
    let template = templates.get(step);
    if (template === undefined) {
      const replacement = step.args[1]?.value ?? '';
      const start = replacement.search(ARGUMENTS);
      const path = start < 0 ? replacement : replacement.slice(0, start);
      // A first capture that starts the regex (`^(.*)$`) holds the request from its `/`.
      const fromStart = /^\^\((?!\?)/.test(step.args[0]?.value ?? '');
      const parts = path.split(VARIABLE_KEPT);
      const source = parts
        .map((part, i) => {
          if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          return fromStart && part === '$1' ? '/.*' : '.*';
        })
        .join('');
      template = parts.length > 1 ? new RegExp(`^${source}$`, 's') : null;
      templates.set(step, template);
    }
    if (template?.test(uri)) return true;
  }
  return false;
}

/** A variable or a capture in a replacement (`$1`, `${name}`, `$uri`), kept by `split`. */
const VARIABLE_KEPT = /(\$(?:\{\w+\}|\d|[A-Za-z_]\w*))/;

/**
 * Whether nginx surely looks a location up for the request path itself on some path through the
 * server's rewrite phase, every step on the way read: Ibexa's `rewrite "^/opcache-reset\.php$"
 * "/opcache-reset.php" break;` keeps the path and ends the phase before its catch-all rewrite.
 */
export function surelyKeepsRequestPath(server: EffectiveNode, uri: string): boolean {
  if (!hasRewriteSteps(server)) return true;
  const outcomes = outcomesOf(server, uri);
  return outcomes.includes(uri) && !outcomes.includes('unknown');
}

const pathsPast = new NodeMemo<readonly string[]>();

/**
 * The paths on which requests leave the server's rewrite phase before `answer`, a directive of
 * the server's own (its `return 301 https://…`) that answers every request reaching it: a
 * `rewrite … last|break` or a `break` before it ends the phase, and nginx chooses a location for
 * the path it has then; a rewrite without flag goes on to the next directive, and a redirecting
 * one answers (https://nginx.org/r/rewrite). ISPmanager includes the administrator's files before
 * its port-80 `return`: PrestaShop's `rewrite ^/api/?(.*)$ /webservice/dispatcher.php?url=$1
 * last;` there ran the web service over plain HTTP (blind case
 * ispmanager-ps17--rewrites-before-panel-redirect, nginx 1.22.1). The requests tried are `/` and
 * sample matches of each rewrite's regex; a step that cannot be read lets none past.
 */
export function pathsPastAnswer(server: EffectiveNode, answer: EffectiveNode): readonly string[] {
  let known = pathsPast.get(answer);
  if (known === undefined) {
    known = computePathsPast(server, answer);
    pathsPast.set(answer, known);
  }
  return known;
}

function computePathsPast(server: EffectiveNode, answer: EffectiveNode): readonly string[] {
  const at = server.children.indexOf(answer);
  const steps = at < 0 ? [] : server.children.slice(0, at);
  if (!steps.some((step) => REWRITE_STEPS.has(step.name))) return [];
  const paths = new Set<string>();
  for (const uri of probesOf(steps)) {
    const outcomes: Outcome[] = [];
    run(steps, uri, uri, outcomes, 0, 'answered');
    for (const outcome of outcomes) if (outcome !== 'answered' && outcome !== 'unknown') paths.add(outcome);
  }
  return [...paths];
}

const neverChosen = new NodeMemo<boolean>();

/**
 * Whether no request ever reaches a location of the server: a `return` written at its top level
 * answers every request in the server's rewrite phase, before nginx looks a location up, unless a
 * rewrite before it takes some past it (`pathsPastAnswer`) or an `error_page` for its status sends
 * the answer to a location of the server after all (https://nginx.org/r/error_page). Its
 * locations' own directives (their `add_header`) then never apply.
 */
export function locationsNeverChosen(server: EffectiveNode): boolean {
  let known = neverChosen.get(server);
  if (known === undefined) {
    const answer = server.childrenNamed('return')[0];
    const code = answer ? readReturn(answer)?.code : undefined;
    known =
      answer !== undefined &&
      code !== undefined &&
      errorPageFor(server, code) === undefined &&
      pathsPastAnswer(server, answer).length === 0;
    neverChosen.set(server, known);
  }
  return known;
}

/** How many sample matches of one rewrite's regex are tried as requests. */
const SAMPLES_PER_REWRITE = 8;

/** Requests to try on rewrite steps: `/`, and sample matches of the regexes of those that keep the request inside (in `if`s too). */
function probesOf(steps: readonly EffectiveNode[]): Set<string> {
  const probes = new Set<string>(['/']);
  const visit = (level: readonly EffectiveNode[], depth: number): void => {
    for (const step of level) {
      if (step.name === 'if' && depth < MAX_DEPTH) visit(step.children, depth + 1);
      if (step.name !== 'rewrite' || rewriteRedirectsClient(step)) continue;
      const samples = sampleMatchesOfSource(step.args[0]?.value ?? '', false);
      for (const sample of samples.slice(0, SAMPLES_PER_REWRITE))
        probes.add(sample.startsWith('/') ? sample : `/${sample}`);
    }
  };
  visit(steps, 0);
  return probes;
}

/**
 * Runs `steps` on the path `uri` (the request was `requestUri`), adding where each path through
 * them ends. A path that gets through every step ends as `end` says: with the path it has (the
 * phase is over, nginx chooses a location), or `answered` (the steps are those before a directive
 * that answers every request).
 */
function run(
  steps: readonly EffectiveNode[],
  uri: string,
  requestUri: string,
  out: Outcome[],
  depth: number,
  end: 'path' | 'answered',
): void {
  let current = uri;
  for (let i = 0; i < steps.length; i++) {
    if (out.length >= MAX_PATHS) {
      out.push('unknown');
      return;
    }
    const step = steps[i]!;
    if (step.name === 'return') {
      out.push('answered');
      return;
    }
    if (step.name === 'break') {
      out.push(current);
      return;
    }
    if (step.name === 'rewrite') {
      const result = rewriteOf(step, current);
      if (result === 'no match') continue;
      if (result === 'maybe') {
        // A regex that cannot be run here: where it takes the request is not known, and it may
        // also not match, and that path goes on.
        out.push('unknown');
        continue;
      }
      if (result === 'unknown' || result === 'answered') {
        out.push(result);
        return;
      }
      const flag = rewriteFlag(step);
      if (flag === 'last' || flag === 'break') {
        out.push(result);
        return;
      }
      current = result;
      continue;
    }
    if (step.name === 'if') {
      // Only an `if` with rewrite directives of its own can change the outcome.
      if (!step.children.some((child) => REWRITE_STEPS.has(child.name))) continue;
      if (depth >= MAX_DEPTH) {
        out.push('unknown');
        return;
      }
      const holds = conditionHolds(step, current, requestUri);
      const rest = steps.slice(i + 1);
      // An `if` whose steps do not end the phase goes on with the directives after it.
      if (holds !== false) run([...step.children, ...rest], current, requestUri, out, depth + 1, end);
      if (holds !== true) run(rest, current, requestUri, out, depth + 1, end);
      return;
    }
  }
  out.push(end === 'path' ? current : 'answered');
}

/**
 * What a `rewrite` makes of `uri`: the new path, `no match`, `answered` (a redirect), `unknown`
 * (it matches, to a path built from another variable) or `maybe` (its regex cannot be run here).
 */
function rewriteOf(rewrite: EffectiveNode, uri: string): Outcome | 'no match' | 'maybe' {
  const pattern = rewrite.args[0]?.value;
  const replacement = rewrite.args[1]?.value;
  if (pattern === undefined || replacement === undefined) return 'no match';
  const compiled = compileRegexCached(pattern, false);
  if (!compiled || !canRunPattern(pattern, compiled.nestedQuantifier, uri)) return 'maybe';
  const match = compiled.regex.exec(uri);
  if (!match) return 'no match';
  if (rewriteRedirectsClient(rewrite)) return 'answered';
  return substituted(replacement, match) ?? 'unknown';
}

/** Where a replacement's arguments start: a `?`, or the variables that carry the request's. */
const ARGUMENTS = /\?|\$(?:is_args|args|query_string)\b/;

/**
 * The path part of a replacement with the match's captures put in (`/index.php$1`); undefined
 * when it is built from another variable.
 */
function substituted(replacement: string, match: RegExpExecArray): string | undefined {
  const start = replacement.search(ARGUMENTS);
  const path = start < 0 ? replacement : replacement.slice(0, start);
  let unknown = false;
  const out = path.replace(
    /\$(?:\{(\w+)\}|(\d)|([A-Za-z_]\w*))/g,
    (_, braced?: string, digit?: string, name?: string) => {
      const key = braced ?? digit ?? name ?? '';
      if (/^\d$/.test(key)) return match[Number(key)] ?? '';
      const group = match.groups?.[key];
      if (group === undefined && !(match.groups && key in match.groups)) unknown = true;
      return group ?? '';
    },
  );
  return unknown || !out.startsWith('/') ? undefined : out;
}

/**
 * Whether an `if`'s condition holds for the path: undefined when it reads what a probe cannot
 * tell. `$request_uri` is the request as the client wrote it: a match there can be dodged by
 * percent-encoding a character (`/%2eenv`), which nginx decodes before it chooses a location (the
 * reason regex-location-bypass does not trust such an `if` either), so a match is only a maybe;
 * a request that does not match stays so.
 */
function conditionHolds(branch: EffectiveNode, uri: string, requestUri: string): boolean | undefined {
  const condition = ifCondition(branch.directive);
  if (!condition?.operator || !condition.operand) return undefined;
  const subject = condition.subject.value;
  const asSent = subject === '$request_uri';
  const value = subject === '$uri' || subject === '$document_uri' ? uri : asSent ? requestUri : undefined;
  if (value === undefined) return undefined;
  const operand = condition.operand.value;
  let matches: boolean;
  if (condition.operator === '=' || condition.operator === '!=') {
    if (operand.includes('$')) return undefined;
    matches = value === operand;
  } else {
    if (!condition.isRegex) return undefined;
    const compiled = compileRegexCached(operand, condition.caseInsensitive);
    if (!compiled || !canRunPattern(operand, compiled.nestedQuantifier, value)) return undefined;
    matches = compiled.regex.test(value);
  }
  if (matches && asSent) return undefined;
  return condition.operator.startsWith('!') ? !matches : matches;
}
