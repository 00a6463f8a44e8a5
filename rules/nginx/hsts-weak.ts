import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import { formatArg } from '../../server/src/formats/nginx/printer.ts';
import { isDynamicValue } from '../../server/src/formats/nginx/semantics-header-levels.ts';
import { hstsPolicy, hstsValue } from '../../server/src/formats/nginx/semantics-hsts.ts';
import { redirectsBehindTlsProxy } from '../../server/src/formats/nginx/semantics-https-redirect.ts';
import {
  contextualAnchor,
  placementsOf,
  relatedFor,
} from '../../server/src/formats/nginx/semantics-report-scope.ts';
import { servesPlainHttp, servesTls } from '../../server/src/formats/nginx/listen.ts';
import { parseHsts } from '../../server/src/formats/nginx/semantics-tls-server.ts';
import { nodesNamed, serverOf } from '../../server/src/formats/nginx/semantics-tree-index.ts';

interface Options {
  minMaxAge: number;
  requireIncludeSubDomains: boolean;
}

type Problem = 'noMaxAge' | 'shortMaxAge' | 'noIncludeSubDomains' | 'notAlways';

/**
 * `Strict-Transport-Security` that does not protect as much as it seems: a max-age under a
 * year (the guides and the HSTS preload list ask for 31536000), no `includeSubDomains` (a
 * sibling host can set cookies for the domain over HTTP), no `always` (nginx then leaves the
 * header off 4xx/5xx responses, RFC 6797 wants it on every secure response), or sent by a
 * server that only speaks plain HTTP (browsers ignore it there: RFC 6797 §8.1).
 */
/** Whether the node's server serves plain HTTP only, and no TLS-terminating proxy stands before it. */
function plainHttpOnly(node: EffectiveNode): boolean {
  const server = serverOf(node);
  return (
    server !== undefined && servesPlainHttp(server) && !servesTls(server) && !redirectsBehindTlsProxy(server)
  );
}

export const hstsWeak = defineRule<NginxFile, Options>({
  meta: {
    id: 'nginx/hsts-weak',
    format: 'nginx',
    severity: 'warning',
    title: '`Strict-Transport-Security` must last a year, cover subdomains and be sent `always`',
    presets: ['recommended', 'strict'],
    messages: {
      noMaxAge: 'The `Strict-Transport-Security` header has no valid `max-age`: browsers ignore it',
      shortMaxAge:
        '`Strict-Transport-Security` max-age={{maxAge}} is shorter than {{minMaxAge}} seconds: browsers forget the HTTPS-only policy too soon',
      noIncludeSubDomains:
        '`Strict-Transport-Security` lacks `includeSubDomains`: subdomains can still be reached over plain HTTP and set cookies for this domain',
      notAlways:
        '`add_header Strict-Transport-Security` lacks `always`: nginx leaves the header off error responses (4xx, 5xx)',
      plainHttp:
        '`Strict-Transport-Security` is sent by a server that only serves plain HTTP: browsers ignore it there (redirect to HTTPS and send it from the HTTPS server)',
    },
    fixable: true,
    // Mozilla's generated configurations send `max-age=63072000` without includeSubDomains
    // (a subdomain still on HTTP would break): required by the strict and the app presets, whose
    // guides ask for it, not by `recommended`.
    defaultOptions: { minMaxAge: 31536000, requireIncludeSubDomains: false },
    presetOptions: {
      strict: { requireIncludeSubDomains: true },
      chamilo: { requireIncludeSubDomains: true },
      civicrm: { requireIncludeSubDomains: true },
    },
    optionSchema: {
      minMaxAge: { type: 'integer', minimum: 0, description: 'Smallest accepted max-age, in seconds.' },
      requireIncludeSubDomains: { type: 'boolean', description: 'Require the includeSubDomains directive.' },
    },
  },
  check(context) {
    const doc = context.document.path;
    const { minMaxAge, requireIncludeSubDomains } = context.options;
    const config = effectiveConfig(context.ast, doc, context.workspace);
    const policy = { ...hstsPolicy(context.config), minMaxAge, requireIncludeSubDomains };
    for (const node of nodesNamed(config, 'add_header')) {
      if (node.directive.kind !== 'simple') continue;
      const [name, value, flag] = node.args;
      if (!name || !value || name.value.toLowerCase() !== 'strict-transport-security' || value.value === '')
        continue;

      // Behind a TLS-terminating proxy the plain-HTTP server's headers reach browsers over HTTPS. A
      // snippet that the HTTPS server includes too sends it there (Dokku's `nginx.conf.d/*.conf`
      // go into both of an app's servers: blind cases dokku--*).
      if (plainHttpOnly(node) && placementsOf(node, context.workspace).every(plainHttpOnly)) {
        const anchor = contextualAnchor(node, doc, context.workspace);
        if (anchor)
          context.report({
            messageId: 'plainHttp',
            range: anchor.range,
            related: relatedFor(node, doc, 'Strict-Transport-Security sent here'),
          });
      }
      if (node.path !== doc || isDynamicValue(value.value)) continue;

      const hsts = parseHsts(value.value);
      const problems: { id: Problem; data?: Record<string, number> }[] = [];
      if (hsts.maxAge === undefined) problems.push({ id: 'noMaxAge' });
      else if (hsts.maxAge < minMaxAge)
        problems.push({ id: 'shortMaxAge', data: { maxAge: hsts.maxAge, minMaxAge } });
      if (requireIncludeSubDomains && !hsts.includeSubDomains) problems.push({ id: 'noIncludeSubDomains' });
      if (flag?.value !== 'always') problems.push({ id: 'notAlways' });
      if (problems.length === 0) continue;

      const directive = node.directive;
      // A value the file quotes stays quoted (`"max-age=63072000"`), as most configs write it.
      const newValue = hstsValue(policy, hsts);
      const printed =
        /^["']/.test(value.raw) && formatArg(newValue) === newValue ? `"${newValue}"` : formatArg(newValue);
      const rewritten = [directive.nameRaw, name.raw, printed, 'always'].join(' ') + ';';
      for (const problem of problems) {
        context.report({
          messageId: problem.id,
          data: problem.data,
          range: problem.id === 'notAlways' ? directive.range : value.range,
          fix: () => ({
            title: `Rewrite as \`${rewritten}\``,
            kind: 'safe',
            edits: [{ file: doc, edits: [{ range: directive.range, newText: rewritten }] }],
          }),
        });
      }
    }
  },
});
