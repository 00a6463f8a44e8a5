import { defineRule } from '../../server/src/engine/rule.ts';
import type { Fix, Position, Range } from '../../server/src/engine/types.ts';
import type { Directive, NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { blockHeadText } from '../../server/src/formats/nginx/conditions.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import { accessRulesIn, isAccessRule, satisfyAt } from '../../server/src/formats/nginx/semantics-acl.ts';
import { layoutOf } from '../../server/src/formats/nginx/semantics-insertion.ts';
import {
  effectiveNodesNamed,
  fileDirectivesNamed,
} from '../../server/src/formats/nginx/semantics-node-index.ts';
import { relatedFor } from '../../server/src/formats/nginx/semantics-report-scope.ts';

/**
 * Where `deny all;` goes: on a new line after the directive at `range` (the last `allow`, or
 * the `include` that brings it), with its indentation; after a trailing comment of that line
 * (`allow 10.0.0.0/8; # office`) rather than before it.
 */
function insertionAfter(text: string, range: Range): { at: Position; newText: string } {
  // The shared layout: lines as LSP counts them (a lone CR ends one) and the file's line ending.
  const { index, eol } = layoutOf(text);
  const line = index.lineText(range.end.line);
  const indent = /^[ \t]*/.exec(index.lineText(range.start.line))![0];
  const rest = line.slice(range.end.character);
  const at = /^\s*(#.*)?$/.test(rest) ? { line: range.end.line, character: line.length } : range.end;
  return { at, newText: `${eol}${indent}deny all;` };
}

/**
 * The directive written in `level`'s block that puts `rule` there: the rule itself, or the
 * outermost `include` of the block on the rule's chain (a snippet's children are read in place
 * of that include, so the chain of the rule extends the chain of its block by that step).
 */
function carrierIn(level: EffectiveNode, rule: EffectiveNode): Directive {
  return rule.via[level.via.length]?.directive ?? rule.directive;
}

/**
 * `allow 10.0.0.0/8;` alone restricts nothing: a request no rule matches is allowed, so
 * everyone else gets in too. The rules of a block only deny what a `deny` says (and a block
 * that declares rules drops the outer ones, so an outer `deny all` does not help). Under
 * `satisfy any` an `allow` alone is meaningful (it lets those addresses skip authentication).
 * Gixy-ng `allow_without_deny`.
 *
 * What lacks the `deny` is the block, so the file of the block reports it, once per block: an
 * `allow` list that a snippet brings is reported on the block's `include` line (the snippet is
 * right where another block follows the include with `deny all`), never in the snippet.
 */
export const allowWithoutDeny = defineRule<NginxFile>({
  meta: {
    id: 'nginx/allow-without-deny',
    format: 'nginx',
    severity: 'warning',
    title: '`allow` must be followed by `deny all` in the same block',
    presets: ['recommended', 'strict'],
    messages: {
      noDeny:
        '`allow {{address}}` has no `deny` in the same `{{block}}` block: requests from every other address are allowed too',
      noDenyAfterInclude:
        '`include {{include}}` brings `allow {{address}}` into `{{block}}`, which has no `deny`: requests from every other address are allowed too',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const text = context.document.text;
    // A file without `allow` can still hold the block: its includes bring the rules.
    if (
      fileDirectivesNamed(context.ast, 'allow').length === 0 &&
      fileDirectivesNamed(context.ast, 'include').length === 0
    )
      return;
    const config = effectiveConfig(context.ast, file, context.workspace);
    const reported = new Set<Directive>();
    for (const node of effectiveNodesNamed(config, 'allow')) {
      const level = node.parent;
      const address = node.args[0]?.value;
      if (!level || level.path !== file || !isAccessRule(node) || address === undefined || address === 'all')
        continue;
      // A block placed twice (a snippet of a dump included in two servers) is one place to fix.
      if (reported.has(level.directive)) continue;
      const rules = accessRulesIn(level);
      if (rules.some((r) => r.name === 'deny') || satisfyAt(level) === 'any') continue;
      reported.add(level.directive);
      const carrier = carrierIn(level, node);
      // No deny: every rule is an `allow`, and `deny all;` goes after what brings the last one.
      const last = carrierIn(level, rules[rules.length - 1]!);
      const fix = (): Fix | undefined => {
        // After a directive that lacks its `;`, the new text would become its arguments.
        if (!last.terminated) return undefined;
        const { at, newText } = insertionAfter(text, last.range);
        return {
          title: 'Add `deny all;` after the `allow` rules',
          kind: 'safe',
          edits: [{ file, edits: [{ range: { start: at, end: at }, newText }] }],
        };
      };
      if (carrier === node.directive) {
        context.report({
          messageId: 'noDeny',
          data: { address, block: level.name },
          range: carrier.range,
          fix,
        });
        continue;
      }
      context.report({
        messageId: 'noDenyAfterInclude',
        data: { address, block: blockHeadText(level.directive), include: carrier.args[0]?.raw ?? '' },
        range: carrier.range,
        related: relatedFor(node, file, `\`allow ${address}\` is here`),
        fix,
      });
    }
  },
});
