import { defineRule } from '../../server/src/engine/rule.ts';
import type { Arg, Directive, NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { childrenOf } from '../../server/src/formats/nginx/ast.ts';
import {
  effectiveConfig,
  walkEffective,
  type EffectiveNode,
} from '../../server/src/formats/nginx/effective.ts';
import { formatArg } from '../../server/src/formats/nginx/printer.ts';
import { fileDirectivesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';

const HIDE_HEADER = new Set([
  'proxy_hide_header',
  'fastcgi_hide_header',
  'uwsgi_hide_header',
  'scgi_hide_header',
  'grpc_hide_header',
]);

/** Contexts where `default_type` is allowed. */
const DEFAULT_TYPE_CONTEXTS = new Set(['http', 'server', 'location']);

function isContentType(name: string): boolean {
  return name.toLowerCase() === 'content-type';
}

/** The Content-Type header an `add_header` or `more_set_headers` sets: its name token and value. */
function contentTypeOf(directive: Directive): { arg: Arg; value: string } | undefined {
  if (directive.name === 'add_header') {
    const [name, value] = directive.args;
    return name && value && isContentType(name.value) ? { arg: name, value: value.value } : undefined;
  }
  if (directive.name === 'more_set_headers') {
    for (const arg of directive.args) {
      const m = /^\s*([\w-]+)\s*:\s*(.*)$/s.exec(arg.value);
      if (m && isContentType(m[1]!)) return { arg, value: m[2]!.trim() };
    }
  }
  return undefined;
}

/** A `*_hide_header Content-Type` at the node's level or an outer one: the backend's header is dropped on purpose. */
function hidesBackendContentType(node: EffectiveNode): boolean {
  for (let level = node.parent; level; level = level.parent) {
    for (const child of level.children) {
      if (HIDE_HEADER.has(child.name) && child.args[0] && isContentType(child.args[0].value)) return true;
    }
  }
  return false;
}

/**
 * `add_header Content-Type` does not replace the type nginx sends: it adds a second
 * Content-Type header, and browsers pick one of the two (MIME sniffing confusion, the very
 * thing `X-Content-Type-Options` tries to prevent). The type of a response is set with
 * `default_type` (or `types`). Not reported when a `*_hide_header Content-Type` removes the
 * backend's header on purpose. Gixy `add_header_content_type`.
 */
export const addHeaderContentType = defineRule<NginxFile>({
  meta: {
    id: 'nginx/add-header-content-type',
    format: 'nginx',
    severity: 'info',
    title: 'Set the response type with `default_type`, not `add_header Content-Type`',
    presets: ['strict'],
    messages: {
      added:
        '`{{directive}}` adds a second Content-Type header instead of replacing the type nginx sends: use `default_type` so that clients see one type',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const candidates = [
      ...fileDirectivesNamed(context.ast, 'add_header'),
      ...fileDirectivesNamed(context.ast, 'more_set_headers'),
    ];
    if (!candidates.some((d) => contentTypeOf(d))) return;
    const config = effectiveConfig(context.ast, file, context.workspace);
    walkEffective(config, (node) => {
      if (node.path !== file) return;
      const found = contentTypeOf(node.directive);
      if (!found || hidesBackendContentType(node)) return;
      const directive = node.directive;
      context.report({
        messageId: 'added',
        data: { directive: directive.name },
        range: found.arg.range,
        fix: () => {
          const parent = directive.parent;
          if (directive.name !== 'add_header' || !parent || !DEFAULT_TYPE_CONTEXTS.has(parent.name))
            return undefined;
          if (found.value === '' || found.value.includes('$')) return undefined;
          if (childrenOf(parent).some((d) => d.name === 'default_type')) return undefined;
          const type = found.value.split(';', 1)[0]!.trim();
          return {
            title: `Replace with \`default_type ${type};\``,
            kind: 'safe',
            edits: [
              { file, edits: [{ range: directive.range, newText: `default_type ${formatArg(type)};` }] },
            ],
          };
        },
      });
    });
  },
});
