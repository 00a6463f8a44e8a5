import { ObjectMemo } from '../../server/src/engine/object-memo.ts';
import { defineRule } from '../../server/src/engine/rule.ts';
import type { RelatedLocation, WorkspaceView } from '../../server/src/engine/types.ts';
import { childrenOf, type Arg, type Directive, type NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { ifCondition } from '../../server/src/formats/nginx/conditions.ts';
import { isDataBlock } from '../../server/src/formats/nginx/directives.ts';
import {
  effectiveConfig,
  walkEffective,
  type EffectiveConfig,
  type EffectiveNode,
} from '../../server/src/formats/nginx/effective.ts';
import { includersOf } from '../../server/src/formats/nginx/includes.ts';
import { defaultParse, parsedFileAt } from '../../server/src/formats/nginx/parse-cache.ts';
import { formatArg } from '../../server/src/formats/nginx/printer.ts';
import { implicitTopLevel } from '../../server/src/formats/nginx/semantics-header-levels.ts';
import { ownNodesNamed, fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';
import { parseRegex } from '../../server/src/formats/nginx/semantics-regex.ts';
import {
  originProblem,
  type OriginHeader,
  type OriginOptions,
  type OriginProblem,
} from '../../server/src/formats/nginx/semantics-regex-origin.ts';
import {
  ANALYSED_PATTERN_LIMIT,
  nameArg,
  rawOffset,
} from '../../server/src/formats/nginx/semantics-regex-sources.ts';
import { enclosingBlock } from '../../server/src/formats/nginx/server-blocks.ts';

interface Options {
  domains: string[];
  httpsOnly: boolean;
}

const HEADERS: Record<string, OriginHeader> = { $http_origin: 'origin', $http_referer: 'referer' };
const MISSPELLED = '$http_referrer';

/** A regex check to judge: the token holding it, the `~`/`~*` prefix length, the header it reads. */
interface Check {
  directive: Directive;
  arg: Arg;
  prefixLength: number;
  caseInsensitive: boolean;
  header: OriginHeader;
  variable: string;
  /** For a `map` key: the `add_header` of another file that sends the map's variable. */
  sentBy?: EffectiveNode;
}

/** `if ($http_referer ~ spam) { return 403; }` lists bad sites: a block list is bypassable by nature, not by mistake. */
function isBlockList(directive: Directive, negated: boolean): boolean {
  if (negated) return false;
  const body = childrenOf(directive);
  return (
    body.length > 0 &&
    body.every(
      (d) =>
        (d.name === 'return' && /^(4\d\d|5\d\d)$/.test(d.args[0]?.value ?? '')) ||
        (d.name === 'deny' && d.args[0]?.value === 'all'),
    )
  );
}

/** The variable that `add_header Access-Control-Allow-Origin $var` sends back, if that is what the directive is. */
function corsVariableOf(addHeader: { args: Arg[] }): string | undefined {
  if (addHeader.args[0]?.value.toLowerCase() !== 'access-control-allow-origin') return undefined;
  const value = addHeader.args[1]?.value ?? '';
  return /^\$\w+$/.test(value) ? value : undefined;
}

/** Variables that `add_header Access-Control-Allow-Origin $var` sends back, in the file itself. */
function corsVariables(file: NginxFile): Set<string> {
  const out = new Set<string>();
  for (const d of fileDirectivesNamed(file, 'add_header')) {
    const variable = corsVariableOf(d);
    if (variable) out.add(variable);
  }
  return out;
}

/** Variables sent as Access-Control-Allow-Origin, each with the first `add_header` that sends it. */
type CorsSenders = Map<string, EffectiveNode>;

const sendersByTree = new ObjectMemo<readonly EffectiveNode[], CorsSenders>('sendersByTree');

/** The CORS senders of an effective tree, includes expanded (kept per tree: one walk per lint). */
function sendersIn(tree: readonly EffectiveNode[]): CorsSenders {
  let senders = sendersByTree.get(tree);
  if (!senders) {
    const found: CorsSenders = new Map();
    walkEffective(tree, (node) => {
      const variable = node.name === 'add_header' ? corsVariableOf(node) : undefined;
      if (variable && !found.has(variable)) found.set(variable, node);
      return !(node.directive.kind === 'block' && isDataBlock(node.name));
    });
    senders = found;
    sendersByTree.set(tree, senders);
  }
  return senders;
}

function addMissing(into: CorsSenders, from: CorsSenders): void {
  for (const [variable, node] of from) if (!into.has(variable)) into.set(variable, node);
}

/**
 * Where the users of a `map` written outside any `http` block may be, for a sites file read
 * alone or a snippet that no nginx.conf places: its own tree (includes expanded), the `http`
 * block into which nginx.conf includes `sites-enabled/` when it is a sites-available file, and
 * the trees of the files that include it (one level: their own includers are not searched).
 */
function sendersWithoutHttp(config: EffectiveConfig, workspace: WorkspaceView): CorsSenders {
  const out = new Map(sendersIn(config.nodes));
  const http = implicitTopLevel(config, workspace)?.http;
  if (http) addMissing(out, sendersIn(http.children));
  if (config.placement || config.file.dump) return out;
  for (const includer of includersOf(config.path, workspace)) {
    const file = parsedFileAt(includer.path, workspace, defaultParse);
    if (!file) continue;
    addMissing(out, sendersIn(effectiveConfig(file, includer.path, workspace).nodes));
  }
  return out;
}

/**
 * The `add_header` of the configuration that sends a `map`'s variable as
 * Access-Control-Allow-Origin. A map's variable can be used anywhere in its `http` block
 * (ngx_http_map_module), so a map kept in conf.d/ serves the sites files the same nginx.conf
 * includes. Looked up only for a map whose variable its own file does not send.
 */
function crossFileSender(
  ast: NginxFile,
  path: string,
  workspace: WorkspaceView,
): (map: Directive, variable: string) => EffectiveNode | undefined {
  let config: EffectiveConfig | undefined;
  let nodes: Map<Directive, EffectiveNode> | undefined;
  let withoutHttp: CorsSenders | undefined;
  return (map, variable) => {
    config ??= effectiveConfig(ast, path, workspace);
    nodes ??= new Map(ownNodesNamed(config, 'map', path).map((node) => [node.directive, node]));
    const node = nodes.get(map);
    const http = node && enclosingBlock(node, 'http');
    if (http) return sendersIn(http.children).get(variable);
    withoutHttp ??= sendersWithoutHttp(config, workspace);
    return withoutHttp.get(variable);
  };
}

function checksOf(
  file: NginxFile,
  senderOf: (map: Directive, variable: string) => EffectiveNode | undefined,
): { checks: Check[]; misspelled: Arg[] } {
  const checks: Check[] = [];
  const misspelled: Arg[] = [];
  for (const directive of fileDirectivesNamed(file, 'if')) {
    const condition = ifCondition(directive);
    if (!condition) continue;
    if (condition.subject.value === MISSPELLED) misspelled.push(condition.subject);
    const header = HEADERS[condition.subject.value];
    if (!header || !condition.isRegex || !condition.operand) continue;
    if (isBlockList(directive, condition.operator!.startsWith('!'))) continue;
    checks.push({
      directive,
      arg: condition.operand,
      prefixLength: 0,
      caseInsensitive: condition.caseInsensitive,
      header,
      variable: condition.subject.value,
    });
  }
  const maps = fileDirectivesNamed(file, 'map');
  const cors = maps.length > 0 ? corsVariables(file) : new Set<string>();
  for (const directive of maps) {
    if (!directive.block) continue;
    const [source, target] = directive.args;
    if (source?.value === MISSPELLED) misspelled.push(source);
    const header = source ? HEADERS[source.value] : undefined;
    if (!header || !target) continue;
    const sentInFile = cors.has(target.value);
    const sentBy = sentInFile ? undefined : senderOf(directive, target.value);
    if (!sentInFile && !sentBy) continue;
    for (const entry of childrenOf(directive)) {
      if (!entry.name.startsWith('~')) continue;
      const star = entry.name.startsWith('~*');
      checks.push({
        directive: entry,
        arg: nameArg(entry),
        prefixLength: star ? 2 : 1,
        caseInsensitive: star,
        header,
        variable: source!.value,
        sentBy,
      });
    }
  }
  return { checks, misspelled };
}

const problems = new Map<string, OriginProblem | null>();

/** The first problem of a pattern (memoised: a generated configuration repeats the same check in every server). */
function problemOf(pattern: string, check: Check, options: OriginOptions): OriginProblem | undefined {
  const key = `${check.header}|${check.caseInsensitive ? 'i' : ''}|${options.httpsOnly ? 's' : ''}|${options.domains.join(',')}|${pattern}`;
  let found = problems.get(key);
  if (found === undefined) {
    const { root } = parseRegex(pattern, check.caseInsensitive);
    found = (root ? originProblem(root, check.header, options) : undefined) ?? null;
    if (problems.size > 2000) problems.clear();
    problems.set(key, found);
  }
  return found ?? undefined;
}

/**
 * The pattern with the mistakes that have an obvious correction corrected (dots escaped, `^`
 * added, the host ended), when that leaves no problem; undefined otherwise.
 */
function correctedPattern(pattern: string, check: Check, options: OriginOptions): string | undefined {
  let current = pattern;
  for (let round = 0; round < 4; round++) {
    const problem = problemOf(current, check, options);
    if (!problem) return current === pattern ? undefined : current;
    const alternation = parseRegex(current, check.caseInsensitive).root?.type === 'alt';
    if (problem.kind === 'unescapedDot' && problem.dots) {
      for (const offset of [...problem.dots].sort((a, b) => b - a)) {
        current = `${current.slice(0, offset)}\\${current.slice(offset)}`;
      }
    } else if (problem.kind === 'openHost' && !alternation && !current.endsWith('$')) {
      current += check.header === 'origin' ? '$' : '/';
    } else if (problem.kind === 'unanchoredStart' && !alternation && /^https?/i.test(current)) {
      current = `^${current}`;
    } else return undefined;
  }
  return undefined;
}

/** Where a map's variable is sent, when that is in another file (the reason the map is judged). */
function senderRelated(check: Check, file: string): RelatedLocation[] | undefined {
  const sender = check.sentBy;
  if (!sender || sender.path === file) return undefined;
  return [
    {
      file: sender.path,
      range: sender.directive.range,
      message: `\`${sender.args[1]?.value ?? ''}\` is sent as Access-Control-Allow-Origin here`,
    },
  ];
}

/** The token rewritten with a new value, in its own quoting when that stays exact. */
function rewrittenToken(arg: Arg, value: string): string | undefined {
  if (rawOffset(arg, 0) === undefined) return undefined;
  if (arg.quote !== null && !value.includes(arg.quote) && !/\\["'\\trn]/.test(value))
    return `${arg.quote}${value}${arg.quote}`;
  return formatArg(value);
}

/**
 * `if ($http_origin !~ …)`, `if ($http_referer ~ …)` and `map $http_origin $cors { ~… }` (when
 * `$cors` is sent as Access-Control-Allow-Origin, by this file or by another file of the same
 * configuration: the map's own file reports it) are allow lists: the regex must accept the
 * trusted sites and nothing else. Unescaped dots, a missing `^` or end of host, or a wildcard
 * in the host let an attacker's site pass (see semantics-regex-origin.ts). Gixy `origins`.
 */
export const origins = defineRule<NginxFile, Options>({
  meta: {
    id: 'nginx/origins',
    format: 'nginx',
    severity: 'warning',
    title: 'Origin and Referer checks must only accept trusted sites',
    presets: ['recommended', 'strict'],
    messages: {
      unanchoredStart:
        'The `{{variable}}` regex is not anchored at the start: it also accepts `{{example}}`, so any site can pass the check',
      openHost:
        'The `{{variable}}` regex does not end the host name: it also accepts `{{example}}`, so any site can pass the check',
      pathInHost:
        'The `{{variable}}` regex lets a wildcard run from the host into the path: it also accepts `{{example}}`, so any site can pass the check',
      unescapedDot:
        'The `{{variable}}` regex has an unescaped `.` in the host name: it also accepts `{{example}}`, so other sites can pass the check',
      unpinnedHost:
        'The `{{variable}}` regex does not tie the host to one domain: it also accepts `{{example}}`, so other sites can pass the check',
      untrustedDomain:
        'The `{{variable}}` regex accepts `{{domain}}`, which is not one of the trusted domains ({{domains}})',
      plainHttp:
        'The `{{variable}}` regex accepts plain-HTTP values such as `{{example}}`, while only HTTPS sites are trusted',
      misspelled:
        '`$http_referrer` is always empty (browsers send `Referer`, with one r), so this check compares nothing: use `$http_referer`',
    },
    fixable: true,
    defaultOptions: { domains: [], httpsOnly: false },
    optionSchema: {
      domains: {
        type: 'array',
        items: { type: 'string', description: 'A registrable domain, e.g. example.com' },
        description:
          'Trusted domains: a regex that accepts another domain is reported. Empty: any single domain.',
      },
      httpsOnly: {
        type: 'boolean',
        description: 'Report regexes that accept `http://` origins and referers.',
      },
    },
  },
  check(context) {
    const file = context.document.path;
    const options: OriginOptions = {
      domains: Array.isArray(context.options.domains) ? context.options.domains : [],
      httpsOnly: context.options.httpsOnly === true,
    };
    const { checks, misspelled } = checksOf(
      context.ast,
      crossFileSender(context.ast, file, context.workspace),
    );
    for (const arg of misspelled) {
      context.report({
        messageId: 'misspelled',
        range: arg.range,
        fix: () =>
          rawOffset(arg, 0) === undefined
            ? undefined
            : {
                title: 'Read `$http_referer`',
                kind: 'safe',
                edits: [
                  {
                    file,
                    edits: [{ range: arg.range, newText: arg.raw.replace(MISSPELLED, '$http_referer') }],
                  },
                ],
              },
      });
    }
    for (const check of checks) {
      const pattern = check.arg.value.slice(check.prefixLength);
      if (pattern.length > ANALYSED_PATTERN_LIMIT) continue;
      const problem = problemOf(pattern, check, options);
      if (!problem) continue;
      context.report({
        messageId: problem.kind,
        data: {
          variable: check.variable,
          example: problem.example,
          domain: problem.domain ?? '',
          domains: options.domains.join(', '),
        },
        range: check.arg.range,
        related: senderRelated(check, file),
        fix: () => {
          const corrected = correctedPattern(pattern, check, options);
          if (corrected === undefined) return undefined;
          const newText = rewrittenToken(check.arg, check.arg.value.slice(0, check.prefixLength) + corrected);
          if (newText === undefined) return undefined;
          return {
            title: `Rewrite the regex as \`${corrected}\``,
            kind: 'safe',
            edits: [{ file, edits: [{ range: check.arg.range, newText }] }],
          };
        },
      });
    }
  },
});
