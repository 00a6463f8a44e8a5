import { defineRule } from '../../server/src/engine/rule.ts';
import { childrenOf, type Directive, type NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { formatArg } from '../../server/src/formats/nginx/printer.ts';
import { literalText } from '../../server/src/formats/nginx/semantics-regex-shape.ts';
import {
  ANALYSED_PATTERN_LIMIT,
  isRegexLocation,
  locationParts,
  regexUsages,
} from '../../server/src/formats/nginx/semantics-regex-sources.ts';

/**
 * Whether turning the regex location into `location = uri` keeps the same location for `uri`.
 * An exact location wins before any other is considered, so nothing that used to win over
 * the regex for that URI may exist: an earlier regex location of the block, a `^~` prefix
 * that matches it (it stops the regex search), a matching prefix with nested regexes (they are
 * tried first), or an existing `location = uri`. Nested locations are not allowed in an
 * exact one. Only offered for locations directly in a `server`.
 */
function canBecomeExact(location: Directive, uri: string): boolean {
  const server = location.parent;
  if (!server || server.name !== 'server') return false;
  if (childrenOf(location).some((d) => d.name === 'location')) return false;
  for (const sibling of childrenOf(server)) {
    if (sibling === location) break;
    const parts = locationParts(sibling);
    if (!parts) continue;
    if (isRegexLocation(parts)) return false;
  }
  for (const sibling of childrenOf(server)) {
    const parts = locationParts(sibling);
    if (!parts || sibling === location) continue;
    if (parts.modifier === '=' && parts.pattern === uri) return false;
    if ((parts.modifier === '^~' || parts.modifier === '') && uri.startsWith(parts.pattern)) {
      if (parts.modifier === '^~') return false;
      if (childrenOf(sibling).some((d) => isRegexLocation(locationParts(d)))) return false;
    }
  }
  return true;
}

/**
 * `location ~ ^/robots\.txt$` matches one URI only: `location = /robots.txt` says the same,
 * is found by a lookup instead of running a regex for every request that reaches the regex
 * locations, and cannot be shadowed by an earlier regex location.
 */
export const regexExactMatch = defineRule<NginxFile>({
  meta: {
    id: 'nginx/regex-exact-match',
    format: 'nginx',
    severity: 'info',
    title: 'Use `location =` for a regex that matches one URI',
    presets: ['strict'],
    messages: {
      exact:
        '`location {{modifier}} {{pattern}}` matches only `{{uri}}`: `location = {{uri}}` does the same without running a regex',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    for (const use of regexUsages(context.ast)) {
      if (use.site !== 'location' || !use.parsed.root || use.pattern.length > ANALYSED_PATTERN_LIMIT)
        continue;
      const literal = literalText(use.parsed.root);
      if (!literal || !literal.startAnchored || !literal.endAnchored || !literal.text.startsWith('/'))
        continue;
      // `~*` matches other cases too, which `=` would not.
      if (use.caseInsensitive && /[a-z]/i.test(literal.text)) continue;
      const location = use.directive;
      const parts = locationParts(location)!;
      const first = location.args[0]!;
      const range = { start: first.range.start, end: parts.arg.range.end };
      const uri = literal.text;
      context.report({
        messageId: 'exact',
        data: { modifier: parts.modifier, pattern: parts.pattern, uri },
        range,
        fix: () =>
          canBecomeExact(location, uri)
            ? {
                title: `Replace with \`location = ${uri}\``,
                kind: 'safe',
                edits: [{ file, edits: [{ range, newText: `= ${formatArg(uri)}` }] }],
              }
            : undefined,
      });
    }
  },
});
