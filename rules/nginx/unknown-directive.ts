import { defineRule } from '../../server/src/engine/rule.ts';
import { LineIndex } from '../../server/src/engine/line-index.ts';
import type { ParseProblem } from '../../server/src/engine/types.ts';
import { ancestorsOf, type Directive, type NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { acceptsArgumentCount } from '../../server/src/formats/nginx/directive-arity.ts';
import {
  directiveInfo,
  isAllowedIn,
  isDataBlock,
  isKnownDirective,
  type DirectiveInfo,
} from '../../server/src/formats/nginx/directives.ts';
import { parseNginx } from '../../server/src/formats/nginx/parser.ts';
import { closestDirective } from '../../server/src/formats/nginx/semantics-directive-names.ts';
import { isThirdPartyDirective } from '../../server/src/formats/nginx/semantics-third-party.ts';
import { walkDirectives } from '../../server/src/formats/nginx/walk.ts';

interface Options {
  extraDirectives: string[];
  thirdPartyModules: boolean;
}

/**
 * A name nginx does not know stops it from starting ("unknown directive"): usually a typo, or
 * a directive of a module this build lacks. Known from the official reference
 * (`@nginx/reference-lib`), plus the popular third-party modules and the user's own list.
 */
export const unknownDirective = defineRule<NginxFile, Options>({
  meta: {
    id: 'nginx/unknown-directive',
    format: 'nginx',
    severity: 'info',
    title: 'Directives must be known to nginx',
    presets: ['strict'],
    messages: {
      unknown:
        '`{{name}}` is not an nginx directive{{hint}}: nginx refuses to start with "unknown directive" unless a module that provides it is loaded',
    },
    fixable: true,
    defaultOptions: { extraDirectives: [], thirdPartyModules: true },
    optionSchema: {
      extraDirectives: {
        type: 'array',
        items: { type: 'string', description: 'A directive name.' },
        description: 'Directives of other modules to accept (their blocks are not looked into).',
      },
      thirdPartyModules: {
        type: 'boolean',
        description:
          'Accept the directives of well-known third-party modules (headers-more, lua, brotli, VTS, GeoIP2, ModSecurity…); false checks against the official nginx modules only.',
      },
    },
  },
  check(context) {
    const file = context.document.path;
    const extra = new Set(
      Array.isArray(context.options.extraDirectives) ? context.options.extraDirectives : [],
    );
    const thirdParty = context.options.thirdPartyModules !== false;
    const tops = context.ast.dump
      ? context.ast.dump.flatMap((part) => part.directives)
      : context.ast.directives;
    walkDirectives(tops, (directive) => {
      const known = isKnownDirective(directive.name);
      if (known) return directive.kind === 'block' && !isDataBlock(directive.name);
      // Accepted names of other modules: their blocks hold that module's own syntax.
      if (extra.has(directive.name) || (thirdParty && isThirdPartyDirective(directive.name))) return false;
      // An unfinished statement is already a parse error.
      if (!directive.terminated && directive.kind === 'simple') return false;
      const suggestion = closestDirective(directive.name);
      const meant = suggestion === undefined ? undefined : directiveInfo(suggestion);
      context.report({
        messageId: 'unknown',
        data: { name: directive.name, hint: suggestion ? ` (did you mean \`${suggestion}\`?)` : '' },
        range: directive.nameRange,
        // Renaming is only safe when the result is a valid directive: a block for a block, and
        // an argument count the documentation allows (`sinclude a b;` is not `include a b;`).
        fix:
          suggestion && meant && renameFits(directive, meant)
            ? () =>
                renameParses(context.document.text, context.parsed.problems, directive, suggestion)
                  ? {
                      title: `Change to \`${suggestion}\``,
                      kind: 'safe',
                      edits: [{ file, edits: [{ range: directive.nameRange, newText: suggestion }] }],
                    }
                  : undefined
            : undefined,
      });
      // A misspelt block (`locaton / {`) holds directives of the block it means: check them too,
      // so that fixing the name does not reveal findings that were hidden.
      return directive.kind === 'block' && meant?.isBlock === true && !isDataBlock(meant.name);
    });
  },
});

/**
 * Whether `directive` stays well-formed under the name of `meant`: a block for a block, an
 * argument count the documentation allows, and a place nginx accepts it in (`mp $a $b {}` in a
 * `server` is not `map`, which only `http` takes).
 */
function renameFits(directive: Directive, meant: DirectiveInfo): boolean {
  if ((directive.kind !== 'simple') !== meant.isBlock) return false;
  if (!acceptsArgumentCount(meant, directive.args.length)) return false;
  // At the top of a file the context depends on who includes it, and inside a misspelt block
  // on what that block becomes: both left to nginx/wrong-context once the names are known.
  const enclosing = ancestorsOf(directive).map((d) => d.name);
  if (enclosing.length === 0 || !enclosing.every(isKnownDirective)) return true;
  return isAllowedIn(meant.name, enclosing) !== false;
}

/**
 * Whether the file parses as well with the new name: a block renamed to `map`, `types` or
 * `geo` has its body read as that block's entries, which may not fit (`* html htm;`).
 */
function renameParses(
  text: string,
  problems: readonly ParseProblem[],
  directive: Directive,
  name: string,
): boolean {
  const index = new LineIndex(text);
  const start = index.offsetAt(directive.nameRange.start);
  const end = index.offsetAt(directive.nameRange.end);
  const renamed = text.slice(0, start) + name + text.slice(end);
  const errors = (list: readonly ParseProblem[]) => list.filter((p) => p.severity === 'error').length;
  return errors(parseNginx(renamed).problems) <= errors(problems);
}
