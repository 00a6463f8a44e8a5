import { defineRule } from '../../server/src/engine/rule.ts';
import type { RelatedLocation } from '../../server/src/engine/types.ts';
import type { Arg, NginxFile } from '../../server/src/formats/nginx/ast.ts';
import {
  effectiveConfig,
  samePlace,
  walkEffective,
  type EffectiveNode,
} from '../../server/src/formats/nginx/effective.ts';
import { formatArg } from '../../server/src/formats/nginx/printer.ts';
import {
  readReturn,
  headRange,
  isRedirectCode,
  rewriteRedirectsClient,
} from '../../server/src/formats/nginx/semantics-tls-server.ts';
import { effectiveHeaders, effectiveProxyHeaders } from '../../server/src/formats/nginx/headers.ts';
import {
  namesCapture,
  scriptParts,
  setsOwnedBy,
  type FlowOptions,
  type ScriptPart,
} from '../../server/src/formats/nginx/semantics-taint-flow.ts';
import { nodesNamed } from '../../server/src/formats/nginx/semantics-tree-index.ts';
import { variablesIn } from '../../server/src/formats/nginx/variables.ts';

/** The value of a directive that ends up in a header or a request line, with how to read it. */
function headerValue(node: EffectiveNode): { arg: Arg; options: FlowOptions; upstream: boolean } | undefined {
  const args = node.args;
  switch (node.name) {
    case 'add_header':
    case 'proxy_set_header':
      return args[1] ? { arg: args[1], options: {}, upstream: node.name === 'proxy_set_header' } : undefined;
    case 'proxy_pass':
      return args[0] ? { arg: args[0], options: {}, upstream: true } : undefined;
    case 'return': {
      const ret = readReturn(node);
      if (!ret || !isRedirectCode(ret.code)) return undefined;
      // `return URL` or `return 3xx URL`: the URL becomes the Location header.
      const arg = args.length === 1 ? args[0] : args[1];
      return arg ? { arg, options: {}, upstream: false } : undefined;
    }
    case 'rewrite': {
      const replacement = args[1];
      if (!replacement) return undefined;
      const redirect = rewriteRedirectsClient(node);
      // nginx escapes the captures of a redirecting rewrite's own regex; its other variables are copied as they are.
      return redirect ? { arg: replacement, options: { ownRegex: node }, upstream: false } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The locations below an `add_header`'s (or `proxy_set_header`'s) level that inherit it and set
 * one of its variables, or capture it by name: a server's `add_header X-Page $page;` sends what
 * `set $page $uri;` in the location that answers put there. A `proxy_set_header` only counts in a
 * location that proxies. Only the locations inside the level are read (once per directive).
 */
function inheritingSetters(node: EffectiveNode, value: string): EffectiveNode[] {
  if (node.name !== 'add_header' && node.name !== 'proxy_set_header') return [];
  const level = node.parent;
  if (!level) return [];
  const names = variablesIn(value).map((ref) => ref.name);
  const effective = node.name === 'add_header' ? effectiveHeaders : effectiveProxyHeaders;
  const out: EffectiveNode[] = [];
  walkEffective(level.children, (child) => {
    if (child.directive.kind !== 'block') return false;
    // Servers of an `http` level, locations of a server and the locations nested in them.
    if (child.name !== 'location') return child.name === 'server' ? undefined : false;
    if (node.name === 'proxy_set_header' && !proxies(child)) return undefined;
    if (names.some((name) => setsOwnedBy(child, name).length > 0 || namesCapture(child, name)))
      if (effective(child).entries.some((entry) => samePlace(entry.node, node))) out.push(child);
    return undefined;
  });
  return out;
}

/** Whether a location passes requests to a proxied server (itself or in one of its `if`s). */
function proxies(location: EffectiveNode): boolean {
  return (
    location.childrenNamed('proxy_pass').length > 0 ||
    location.childrenNamed('if').some((branch) => branch.childrenNamed('proxy_pass').length > 0)
  );
}

/**
 * A variable that can hold a line break written into a response header (`add_header`, the
 * `Location` of `return`/`rewrite`) or into the request nginx sends upstream (`proxy_pass`,
 * `proxy_set_header`): `$uri` and `$document_uri` are percent-decoded (`%0d%0a` becomes CR LF),
 * and so are regex captures of the URI whose group can match a line feed (`([^/]+)`, `(\W*)`).
 * The client then writes its own headers — or a whole second response. Gixy `http_splitting`.
 */
export const httpSplitting = defineRule<NginxFile>({
  meta: {
    id: 'nginx/http-splitting',
    format: 'nginx',
    severity: 'error',
    title: 'Header values and upstream URLs must not carry variables that can hold CR/LF',
    presets: ['recommended', 'strict'],
    messages: {
      newline:
        '`{{variable}}` in `{{directive}}` can contain a line break ({{char}}): {{reason}}, so a request can inject headers (HTTP response splitting)',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const doc = context.document.path;
    const config = effectiveConfig(context.ast, doc, context.workspace);
    const visit = (node: EffectiveNode): void => {
      if (node.path !== doc) return;
      const value = headerValue(node);
      if (!value || !value.arg.value.includes('$')) return;
      const options = { ...value.options, tree: config.nodes };
      // Read where the directive is, then in each nested location that inherits it and sets one
      // of its variables (nginx evaluates the header when that location answers).
      const readings = [undefined, ...inheritingSetters(node, value.arg.value)];
      for (const readIn of readings)
        if (reportFirst(node, value, scriptParts(value.arg.value, node, { ...options, readIn }))) return;
    };
    const reportFirst = (
      node: EffectiveNode,
      value: NonNullable<ReturnType<typeof headerValue>>,
      parts: ScriptPart[],
    ): boolean => {
      for (const part of parts) {
        if (part.kind !== 'variable' || !part.flow || !part.flow.clientControlled) continue;
        // A lone CR does not end a line of the request nginx writes upstream (Gixy ignores it there too).
        const char = part.flow.lf ? '\\n' : !value.upstream && part.flow.cr ? '\\r' : undefined;
        if (!char) continue;
        const related: RelatedLocation[] = [];
        const provider = part.flow.provider;
        if (provider && provider !== node)
          related.push({
            file: provider.path,
            range: headRange(provider.directive),
            message: `$${part.ref.name} comes from here`,
          });
        const arg = value.arg;
        const replaced =
          node.name === 'return'
            ? arg.value.replace(/\$(uri|document_uri)(\$is_args\$args)?\b/g, '$request_uri')
            : undefined;
        context.report({
          messageId: 'newline',
          data: {
            variable: `$${part.ref.name}`,
            directive: node.name,
            char,
            reason: part.flow.reason.replace(/\.$/, ''),
          },
          range: arg.range,
          related,
          fix: () => {
            // In a redirect, the raw `$request_uri` (never decoded, query string included) says the same safely.
            if (replaced === undefined || replaced === arg.value || /\$(uri|document_uri)\b/.test(replaced))
              return undefined;
            if (
              scriptParts(replaced, node, { tree: config.nodes }).some(
                (p) => p.kind === 'variable' && p.flow?.lf,
              )
            )
              return undefined;
            return {
              title: `Use \`$request_uri\` in the redirect`,
              kind: 'safe',
              edits: [{ file: doc, edits: [{ range: arg.range, newText: formatArg(replaced) }] }],
            };
          },
        });
        return true;
      }
      return false;
    };
    for (const name of ['add_header', 'proxy_set_header', 'proxy_pass', 'return', 'rewrite'])
      for (const node of nodesNamed(config, name)) visit(node);
  },
});
