import { defineRule } from '../../server/src/engine/rule.ts';
import type { Position, Range } from '../../server/src/engine/types.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import {
  effectiveConfig,
  walkEffective,
  type EffectiveNode,
} from '../../server/src/formats/nginx/effective.ts';
import { accessRulesIn, isAccessRule, satisfyAt } from '../../server/src/formats/nginx/semantics-acl.ts';
import { layoutOf } from '../../server/src/formats/nginx/semantics-insertion.ts';
import { directivesNamed } from '../../server/src/formats/nginx/semantics-regex-sources.ts';

/**
 * Where `deny all;` goes: on a new line after the last `allow`, with its indentation; after a
 * trailing comment of that line (`allow 10.0.0.0/8; # office`) rather than before it.
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
 * `allow 10.0.0.0/8;` alone restricts nothing: a request no rule matches is allowed, so
 * everyone else gets in too. The rules of a block only deny what a `deny` says (and a block
 * that declares rules drops the outer ones, so an outer `deny all` does not help). Under
 * `satisfy any` an `allow` alone is meaningful (it lets those addresses skip authentication).
 * Gixy-ng `allow_without_deny`.
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
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const text = context.document.text;
    if (directivesNamed(context.ast, 'allow').length === 0) return;
    const config = effectiveConfig(context.ast, file, context.workspace);
    const seen = new Set<EffectiveNode>();
    walkEffective(config, (node) => {
      if (node.name !== 'allow' || node.path !== file || !isAccessRule(node)) return;
      const level = node.parent;
      const address = node.args[0]?.value;
      if (!level || address === undefined || address === 'all') return;
      const rules = accessRulesIn(level);
      if (rules.some((r) => r.name === 'deny') || satisfyAt(level) === 'any') return;
      if (seen.has(level)) return;
      seen.add(level);
      const allows = rules.filter((r) => r.name === 'allow');
      const last = allows[allows.length - 1]!;
      // `deny all;` goes after the last rule when all the rules are written in this block of this file.
      const local =
        level.path === file && allows.every((r) => r.path === file && r.directive.parent === level.directive);
      context.report({
        messageId: 'noDeny',
        data: { address, block: level.name },
        range: node.directive.range,
        fix: () => {
          // After an `allow` that lacks its `;`, the new text would become its arguments.
          if (!local || !last.directive.terminated) return undefined;
          const { at, newText } = insertionAfter(text, last.directive.range);
          return {
            title: 'Add `deny all;` after the `allow` rules',
            kind: 'safe',
            edits: [
              {
                file,
                edits: [{ range: { start: at, end: at }, newText }],
              },
            ],
          };
        },
      });
    });
  },
});
