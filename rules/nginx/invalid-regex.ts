import { defineRule, type RuleContext } from '../../server/src/engine/rule.ts';
import type { Range } from '../../server/src/engine/types.ts';
import type { Arg, Directive, NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { childrenOf } from '../../server/src/formats/nginx/ast.ts';
import {
  patternRange,
  rawOffset,
  regexUsages,
  regexUsagesOf,
  type RegexUsage,
} from '../../server/src/formats/nginx/semantics-regex-sources.ts';
import { variablesIn } from '../../server/src/formats/nginx/variables.ts';

type Context = RuleContext<NginxFile>;

const SITE_NAMES: Record<RegexUsage['site'], string> = {
  location: 'location',
  if: 'if',
  rewrite: 'rewrite',
  map: 'map',
  server_name: 'server_name',
  valid_referers: 'valid_referers',
  proxy_redirect: 'proxy_redirect',
  proxy_cookie: 'proxy_cookie_*',
  fastcgi_split_path_info: 'fastcgi_split_path_info',
  gzip_disable: 'gzip_disable',
};

/**
 * Variables nginx defines itself (or families of them): a location's `$1` next to one of these
 * still reads the location's captures. Any other variable may come from a `map` with a regex,
 * whose evaluation replaces the captures, so such directives are not judged.
 */
const BUILTIN_VARIABLES = new Set([
  'args',
  'binary_remote_addr',
  'body_bytes_sent',
  'bytes_sent',
  'content_length',
  'content_type',
  'document_root',
  'document_uri',
  'fastcgi_path_info',
  'fastcgi_script_name',
  'host',
  'hostname',
  'https',
  'is_args',
  'msec',
  'nginx_version',
  'pid',
  'query_string',
  'realpath_root',
  'remote_addr',
  'remote_port',
  'remote_user',
  'request',
  'request_body',
  'request_filename',
  'request_id',
  'request_method',
  'request_uri',
  'scheme',
  'server_addr',
  'server_name',
  'server_port',
  'server_protocol',
  'status',
  'time_iso8601',
  'time_local',
  'uri',
]);
const BUILTIN_PREFIXES = ['arg_', 'cookie_', 'http_', 'sent_http_', 'upstream_'];

function isBuiltin(name: string): boolean {
  return BUILTIN_VARIABLES.has(name) || BUILTIN_PREFIXES.some((p) => name.startsWith(p));
}

/** Directives that run their own regex (their captures are not the enclosing block's). */
function setsCaptures(directive: Directive): boolean {
  return regexUsagesOf(directive).length > 0;
}

function refRange(arg: Arg, start: number, end: number): Range {
  const from = rawOffset(arg, start);
  const to = rawOffset(arg, end);
  if (from === undefined || to === undefined || arg.range.start.line !== arg.range.end.line) return arg.range;
  const { line, character } = arg.range.start;
  return { start: { line, character: character + from }, end: { line, character: character + to } };
}

/**
 * A regex that nginx's PCRE2 refuses (nginx then refuses the whole configuration), or a `$n`
 * that refers to a capture group the governing regex does not have (always empty: a rewrite
 * to `/$2` with one group drops part of the path, an alias or SCRIPT_FILENAME built from it
 * points elsewhere). Gixy-ng `invalid_regex`, extended to every place nginx compiles a regex.
 */
export const invalidRegex = defineRule<NginxFile>({
  meta: {
    id: 'nginx/invalid-regex',
    format: 'nginx',
    severity: 'warning',
    title: 'Regexes must compile and their captures must exist',
    presets: ['recommended', 'strict'],
    messages: {
      syntax: 'nginx cannot compile the regex of `{{site}}`: {{reason}}, so the configuration does not load',
      missingGroup:
        '`{{ref}}` refers to capture group {{group}}, but the regex of this `{{site}}` has {{count}}: it is always empty',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    for (const use of regexUsages(context.ast)) {
      const { error } = use.parsed;
      if (error) {
        const end = Math.min(error.offset + 1, use.pattern.length);
        const start = Math.min(error.offset, Math.max(0, end - 1));
        context.report({
          messageId: 'syntax',
          data: { site: SITE_NAMES[use.site], reason: error.message },
          range: use.pattern.length === 0 ? use.arg.range : patternRange(use, start, end),
        });
        continue;
      }
      checkCaptures(context, use);
    }
  },
});

/** `$1`…`$9`: variablesIn reads one digit after `$` as a capture reference. */
function isCaptureRef(name: string): boolean {
  if (name.length !== 1) return false;
  const c = name.charCodeAt(0);
  return c >= 49 && c <= 57;
}

function checkCaptures(context: Context, use: RegexUsage): void {
  const count = use.parsed.groupCount;
  const site = SITE_NAMES[use.site];
  const report = (arg: Arg): void => {
    for (const ref of variablesIn(arg.value)) {
      if (!isCaptureRef(ref.name) || Number(ref.name) <= count) continue;
      context.report({
        messageId: 'missingGroup',
        data: { ref: `$${ref.name}`, group: ref.name, site, count: count === 0 ? 'none' : String(count) },
        range: refRange(arg, ref.start, ref.end),
      });
    }
  };
  const { directive } = use;
  switch (use.site) {
    case 'rewrite':
      if (directive.args[1]) report(directive.args[1]);
      return;
    case 'map':
      for (const arg of directive.args) report(arg);
      return;
    case 'proxy_redirect':
    case 'proxy_cookie':
      if (directive.args[1]) report(directive.args[1]);
      return;
    case 'if':
      // In the `if` block, until another regex runs.
      for (const child of childrenOf(directive)) {
        if (setsCaptures(child)) break;
        if (child.kind === 'simple') for (const arg of child.args) report(arg);
      }
      return;
    case 'location': {
      const body = childrenOf(directive);
      // A rewrite or a regex `if` anywhere in the location may have replaced the captures.
      if (body.some((d) => setsCaptures(d) && d.name !== 'location')) return;
      for (const child of body) {
        if (child.kind !== 'simple') continue;
        for (const arg of child.args) {
          // Asked of every argument of every regex location: most hold no capture reference.
          const refs = variablesIn(arg.value);
          if (!refs.some((v) => isCaptureRef(v.name))) continue;
          if (refs.every((v) => isCaptureRef(v.name) || isBuiltin(v.name))) report(arg);
        }
      }
      return;
    }
    default:
      return;
  }
}
