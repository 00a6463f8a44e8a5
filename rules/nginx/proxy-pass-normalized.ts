import { defineRule } from '../../server/src/engine/rule.ts';
import { childrenOf, type Directive, type NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';
import { locationParts, rawOffset } from '../../server/src/formats/nginx/semantics-regex-sources.ts';

/** The location a `proxy_pass` belongs to: its parent, or the location around its `if`/`limit_except`. */
function enclosingLocation(directive: Directive): Directive | undefined {
  const parent = directive.parent;
  if (!parent) return undefined;
  if (parent.name === 'location') return parent;
  if ((parent.name === 'if' || parent.name === 'limit_except') && parent.parent?.name === 'location')
    return parent.parent;
  return undefined;
}

/** Host and URI part of a `proxy_pass` target (`http://unix:/sock:/uri` included); undefined for a bare variable. */
function splitTarget(target: string): { host: string; path: string; hostEnd: number } | undefined {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(target);
  if (!scheme) return undefined;
  const rest = target.slice(scheme[0].length);
  if (rest.startsWith('unix:')) {
    const colon = rest.indexOf(':', 5);
    const hostEnd = colon < 0 ? rest.length : colon;
    return {
      host: rest.slice(0, hostEnd),
      path: colon < 0 ? '' : rest.slice(colon + 1),
      hostEnd: scheme[0].length + hostEnd,
    };
  }
  const slash = rest.indexOf('/');
  const hostEnd = slash < 0 ? rest.length : slash;
  return {
    host: rest.slice(0, hostEnd),
    path: slash < 0 ? '' : rest.slice(slash),
    hostEnd: scheme[0].length + hostEnd,
  };
}

/** `$uri` or a capture: a URI built from the rewritten (raw) URI. */
function carriesUri(text: string): boolean {
  return /\$(uri\b|\{uri\}|[1-9])/.test(text);
}

/** `rewrite ^ $request_uri` in the location or the block of the proxy_pass: the URI is the raw one from here on. */
function rewritesToRawUri(directive: Directive, location: Directive): boolean {
  const blocks = directive.parent === location ? [location] : [location, directive.parent!];
  return blocks.some((block) =>
    childrenOf(block).some(
      (d) => d.name === 'rewrite' && d.args[0]?.value === '^' && d.args[1]?.value === '$request_uri',
    ),
  );
}

/**
 * A `proxy_pass` with a URI part (`http://backend/`, `http://backend/api/`) does not pass the
 * URI the client sent: nginx replaces the location's prefix in the decoded, normalised URI
 * and encodes it again, so `%2F` reaches the backend as `/` and `..%2F` sequences are
 * resolved — the backend routes a path the location never matched. After
 * `rewrite ^ $request_uri;` (the usual way to keep the raw URI), a URI part without `$uri` or a
 * capture re-encodes it (`%2F` → `%252F`). Exact locations are not reported.
 * Gixy-ng `proxy_pass_normalized`.
 *
 * Severities: the re-encoded raw URI is a bug (warning). A plain URI part is the most common
 * reverse-proxy setup (`location /api/ { proxy_pass http://app/; }`) and the path the backend
 * gets is the one nginx matched its locations against, so it is reported as info: it matters
 * when the backend tells `%2F` from `/`.
 */
export const proxyPassNormalized = defineRule<NginxFile>({
  meta: {
    id: 'nginx/proxy-pass-normalized',
    format: 'nginx',
    severity: 'warning',
    title: '`proxy_pass` with a URI part passes a decoded, normalised path',
    presets: ['recommended', 'strict'],
    messages: {
      path: '`proxy_pass {{target}}` has a URI part: the backend gets the decoded, normalised URI (`%2F` becomes `/`, `..` is resolved), not the one the client sent',
      rawUri:
        '`proxy_pass {{target}}` after `rewrite ^ $request_uri` does not use `$uri` or a capture: the raw URI is encoded again (`%2F` reaches the backend as `%252F`)',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    for (const directive of fileDirectivesNamed(context.ast, 'proxy_pass')) {
      const location = enclosingLocation(directive);
      const arg = directive.args[0];
      if (!location || !arg) continue;
      const parts = locationParts(location);
      if (!parts || parts.modifier === '=') continue;
      const target = arg.value;
      if (target.startsWith('$') && !target.includes('/')) continue;
      const split = target.startsWith('$')
        ? { host: target, path: target.slice(target.indexOf('/')), hostEnd: target.indexOf('/') }
        : splitTarget(target);
      if (!split) continue;
      if (rewritesToRawUri(directive, location)) {
        if (carriesUri(split.path === '' ? split.host : split.path)) continue;
        context.report({ messageId: 'rawUri', data: { target }, range: arg.range });
        continue;
      }
      if (split.path === '') continue;
      // `location /api/ { proxy_pass http://b/api/; }`: dropping the URI part passes the same path, unchanged.
      const samePrefix =
        (parts.modifier === '' || parts.modifier === '^~') &&
        split.path === parts.pattern &&
        !split.path.includes('$');
      const cut = rawOffset(arg, split.hostEnd);
      context.report({
        messageId: 'path',
        severity: 'info',
        data: { target },
        range: arg.range,
        fix: () => {
          if (!samePrefix || cut === undefined) return undefined;
          const { line, character } = arg.range.start;
          return {
            title: `Pass the URI unchanged: \`proxy_pass ${target.slice(0, split.hostEnd)};\``,
            kind: 'safe',
            edits: [
              {
                file,
                edits: [
                  {
                    range: {
                      start: { line, character: character + cut },
                      end: { line, character: character + cut + split.path.length },
                    },
                    newText: '',
                  },
                ],
              },
            ],
          };
        },
      });
    }
  },
});
