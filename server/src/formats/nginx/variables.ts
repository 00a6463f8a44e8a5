import { canMatchNewline, captureGroupsOf, isDotAll } from './regex.ts';

/**
 * Which nginx variables a client controls, and which can carry a line feed (header splitting:
 * a `\n` in a value that reaches `add_header`, `return`, `rewrite`, `proxy_set_header`…).
 * The reasoning, from nginx's documentation and request parser:
 * - The request line and header lines are split on CR/LF by ngx_http_parse_request_line /
 *   ngx_http_parse_header_line, so raw values (`$request_uri`, `$args`, `$arg_*`, `$http_*`,
 *   `$cookie_*`, `$host`) never hold CR or LF — but the client chooses them.
 * - `$uri` and `$document_uri` are the *normalised* URI: percent-decoded ("the value of $uri
 *   may change… decoded"), so `%0d%0a` in the request becomes CR LF. `$request_filename` is
 *   root/alias + that URI, and `$fastcgi_script_name` / `$fastcgi_path_info` are cut from it:
 *   they carry CR/LF too.
 * - Regex captures (`$1`…`$9`, named captures) of a location, `rewrite` or `if` regex are
 *   taken from `$uri` (or the tested variable): what a group can match decides (`(.*)` cannot
 *   match `\n` without `(?s)`, `([^/]+)` can) — see `captureTaint`.
 * - `$remote_user` is base64-decoded from the Authorization header: any byte, CR/LF included.
 * - `$request_body` is the raw body: anything.
 * Variables nginx computes itself (`$remote_addr`, `$scheme`, `$server_name`, `$request_id`…)
 * are not client-controlled here (`$remote_addr` under `real_ip` is, see the realip module).
 */
export interface VariableTaint {
  name: string;
  /** The client chooses (part of) the value. */
  clientControlled: boolean;
  /** The value can contain CR or LF. */
  newline: boolean;
  /** The value is a host name the client chooses (`$host`, `$http_host`, `$http_x_forwarded_host`…). */
  clientHost: boolean;
  /** Why, in one sentence (for messages and docs). */
  reason: string;
}

interface TaintRule {
  newline: boolean;
  clientHost?: boolean;
  reason: string;
}

const EXACT: Record<string, TaintRule> = {
  uri: { newline: true, reason: '$uri is the percent-decoded request path: %0d%0a becomes CR LF.' },
  document_uri: { newline: true, reason: '$document_uri is the same decoded path as $uri.' },
  request_filename: {
    newline: true,
    reason: '$request_filename is the root or alias followed by the decoded $uri.',
  },
  fastcgi_script_name: { newline: true, reason: '$fastcgi_script_name is taken from the decoded $uri.' },
  fastcgi_path_info: { newline: true, reason: '$fastcgi_path_info is cut from the decoded $uri.' },
  request_body: { newline: true, reason: '$request_body is the raw request body.' },
  remote_user: { newline: true, reason: '$remote_user is base64-decoded from the Authorization header.' },
  request_uri: { newline: false, reason: '$request_uri is the raw request target, chosen by the client.' },
  request: { newline: false, reason: '$request is the raw request line, chosen by the client.' },
  args: { newline: false, reason: '$args is the raw query string, chosen by the client.' },
  query_string: { newline: false, reason: '$query_string is the raw query string, chosen by the client.' },
  is_args: { newline: false, reason: '$is_args is "?" when the client sent a query string.' },
  content_type: { newline: false, reason: '$content_type is the Content-Type request header.' },
  content_length: { newline: false, reason: '$content_length is the Content-Length request header.' },
  host: {
    newline: false,
    clientHost: true,
    reason: '$host comes from the request line or the Host header, both chosen by the client.',
  },
  request_method: { newline: false, reason: '$request_method is the method the client sent.' },
  server_protocol: { newline: false, reason: '$server_protocol is the protocol the client sent.' },
  invalid_referer: { newline: false, reason: '$invalid_referer depends on the Referer header.' },
};

const HOST_HEADERS = new Set([
  'http_host',
  'http_x_forwarded_host',
  'http_x_host',
  'http_x_forwarded_server',
  'http_forwarded',
]);

const PREFIXES: [string, TaintRule][] = [
  ['http_', { newline: false, reason: 'request headers ($http_*) are chosen by the client.' }],
  ['arg_', { newline: false, reason: 'query arguments ($arg_*) are chosen by the client (not decoded).' }],
  ['cookie_', { newline: false, reason: 'cookies ($cookie_*) are chosen by the client.' }],
  ['jwt_claim_', { newline: false, reason: 'JWT claims are chosen by whoever signed the token.' }],
];

/** Taint of a named variable (without `$`), or undefined when the client does not control it. */
export function variableTaint(name: string): VariableTaint | undefined {
  const exact = EXACT[name];
  if (exact && Object.prototype.hasOwnProperty.call(EXACT, name)) {
    return {
      name,
      clientControlled: true,
      newline: exact.newline,
      clientHost: exact.clientHost === true,
      reason: exact.reason,
    };
  }
  if (isCaptureName(name)) {
    return {
      name,
      clientControlled: true,
      newline: true,
      clientHost: false,
      reason: `$${name} is a regex capture: without its regex it must be assumed to hold anything the URI holds.`,
    };
  }
  for (const [prefix, rule] of PREFIXES) {
    if (name.startsWith(prefix) && name.length > prefix.length) {
      const clientHost = HOST_HEADERS.has(name);
      const reason = clientHost
        ? `$${name} is a Host-like header chosen by the client.`
        : `$${name}: ${rule.reason}`;
      return { name, clientControlled: true, newline: rule.newline, clientHost, reason };
    }
  }
  return undefined;
}

/** `1`…`9`: nginx's numeric captures. */
export function isCaptureName(name: string): boolean {
  return /^[1-9]$/.test(name);
}

/**
 * Taint of a capture of a known regex: `group` is its number or name. A group that cannot
 * match a line feed gives a value without one, even from `$uri`.
 */
export function captureTaint(regexSource: string, group: number | string): VariableTaint | undefined {
  const groups = captureGroupsOf(regexSource);
  const dotAll = isDotAll(regexSource);
  const shown = typeof group === 'number' ? String(group) : group;
  const found = groups.find((g) => (typeof group === 'number' ? g.index === group : g.name === group));
  if (!found) return undefined;
  const newline = canMatchNewline(found.body, dotAll);
  return {
    name: shown,
    clientControlled: true,
    newline,
    clientHost: false,
    reason: newline
      ? `$${shown} captures (${found.body}), which can match a line feed.`
      : `$${shown} captures (${found.body}), which cannot match a line feed.`,
  };
}

export interface VariableRef {
  /** Name without `$` and braces: `host`, `1`, `arg_id`. */
  name: string;
  /** Offsets in the value: from `$` to the end of the name (or the `}`). */
  start: number;
  end: number;
  braced: boolean;
}

const NAME = /\w+/y;

/**
 * Variable references in a directive value, as ngx_http_script_compile finds them: `$name`
 * (letters, digits, `_`), `${name}`, and `$1`…`$9` (one digit: `$10` is `$1` then `0`).
 */
export function variablesIn(value: string): readonly VariableRef[] {
  if (value.indexOf('$') === -1) return NO_REFS;
  let known = refsByValue.get(value);
  if (known === undefined) {
    known = Object.freeze(findVariables(value).map((ref) => Object.freeze(ref)));
    if (refsByValue.size >= 4096) refsByValue.clear();
    refsByValue.set(value, known);
  }
  return known;
}

const NO_REFS: readonly VariableRef[] = Object.freeze([]);

/** References by value: the same values (`$uri`, `/index.php$is_args$args`) are read in every server, by many rules. */
const refsByValue = new Map<string, readonly VariableRef[]>();

function findVariables(value: string): VariableRef[] {
  const refs: VariableRef[] = [];
  for (let i = value.indexOf('$'); i !== -1 && i < value.length - 1; i = value.indexOf('$', i + 1)) {
    const next = value.charCodeAt(i + 1);
    if (next === 123 /* { */) {
      const close = value.indexOf('}', i + 2);
      if (close === -1) break;
      const name = value.slice(i + 2, close);
      if (/^\w+$/.test(name)) refs.push({ name, start: i, end: close + 1, braced: true });
      i = close;
    } else if (next >= 49 && next <= 57) {
      refs.push({ name: value.charAt(i + 1), start: i, end: i + 2, braced: false });
      i += 1;
    } else {
      NAME.lastIndex = i + 1;
      const match = NAME.exec(value);
      if (match) {
        refs.push({ name: match[0], start: i, end: i + 1 + match[0].length, braced: false });
        i += match[0].length;
      }
    }
  }
  return refs;
}
