import { defineRule } from '../../server/src/engine/rule.ts';
import type { TextEdit } from '../../server/src/engine/types.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { effectiveConfig, type EffectiveNode } from '../../server/src/formats/nginx/effective.ts';
import { formatArg } from '../../server/src/formats/nginx/printer.ts';
import { inheritedDirective } from '../../server/src/formats/nginx/server-blocks.ts';
import {
  analyzeCipherString,
  isTls13Only,
  MOZILLA_INTERMEDIATE_CIPHERS,
  MOZILLA_INTERMEDIATE_PREFER_SERVER_CIPHERS,
  MOZILLA_INTERMEDIATE_PROTOCOLS,
  unguardedPostQuantumGroups,
  weakLabels,
  weakProtocols,
} from '../../server/src/formats/nginx/semantics-tls.ts';
import { ownNodesNamed } from '../../server/src/formats/nginx/semantics-node-index.ts';
import { answersOtherNamesNever } from '../../server/src/formats/nginx/semantics-sockets.ts';
import { serverOf } from '../../server/src/formats/nginx/semantics-tree-index.ts';

/**
 * TLS settings below Mozilla's "intermediate" profile (guidelines 6.0): deprecated protocol
 * versions (RFC 8996) and cipher strings that leave NULL, anonymous, export, RC4, DES, 3DES or
 * MD5 suites enabled. Also, at info level, gixy-ng's `ssl_ecdh_curve` check: a post-quantum
 * group without `?` stops nginx from starting on OpenSSL before 3.5.
 */
export const weakTls = defineRule<NginxFile>({
  meta: {
    id: 'nginx/weak-tls',
    format: 'nginx',
    severity: 'warning',
    title: 'TLS must not enable deprecated protocols or broken cipher suites',
    presets: ['recommended', 'strict'],
    messages: {
      protocols:
        '`ssl_protocols` enables {{protocols}}: these versions are deprecated (RFC 8996) and open to downgrade attacks such as POODLE and BEAST',
      protocolsLatent:
        "`ssl_protocols` lists {{protocols}}, deprecated (RFC 8996) and open to downgrade attacks: nginx takes a socket's protocols from its default server, another server here, so this line enables them as soon as this server becomes the default",
      ciphers:
        '`ssl_ciphers` leaves {{families}} cipher suites enabled: they give no or breakable encryption or authentication',
      securityLevel:
        "`ssl_ciphers` sets `@SECLEVEL=0`: OpenSSL then accepts TLS 1.0 and 1.1 again (wherever nginx's protocols list them, as nginx's default did before 1.23.4), SHA-1 signatures and keys too short to be safe",
      postQuantumGroup:
        '`ssl_ecdh_curve` names {{groups}} without the `?` prefix: OpenSSL before 3.5 does not know these groups, rejects the whole list, and nginx does not start',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const file = context.document.path;
    const config = effectiveConfig(context.ast, file, context.workspace);
    for (const node of ownNodesNamed(config, 'ssl_protocols', file)) checkProtocols(node);
    for (const node of ownNodesNamed(config, 'ssl_ciphers', file)) checkCiphers(node);
    for (const node of ownNodesNamed(config, 'ssl_ecdh_curve', file)) checkCurves(node);

    function replaceArgs(node: EffectiveNode, values: readonly string[]): TextEdit | undefined {
      const first = node.args[0];
      const last = node.args[node.args.length - 1];
      if (!first || !last) return undefined;
      return {
        range: { start: first.range.start, end: last.range.end },
        newText: values.map(formatArg).join(' '),
      };
    }

    function checkProtocols(node: EffectiveNode): void {
      const weak = weakProtocols(node.args.map((a) => a.value));
      if (weak.length === 0) return;
      // The protocol version is agreed before nginx picks the server by name: a server that is the
      // default of none of its sockets does not enable what it lists (nginx 1.22.1: TLSv1 refused
      // there, accepted where the same line sits in the default server). The line is still wrong.
      const server = serverOf(node);
      const latent = server !== undefined && answersOtherNamesNever(server, config);
      context.report({
        messageId: latent ? 'protocolsLatent' : 'protocols',
        data: { protocols: weak.join(', ') },
        range: node.directive.range,
        fix: () => {
          const edit = replaceArgs(node, MOZILLA_INTERMEDIATE_PROTOCOLS);
          if (!edit) return undefined;
          return {
            title: `Allow only ${MOZILLA_INTERMEDIATE_PROTOCOLS.join(' and ')} (Mozilla intermediate)`,
            kind: 'safe',
            edits: [{ file, edits: [edit] }],
          };
        },
      });
    }

    function checkCiphers(node: EffectiveNode): void {
      const value = node.args[0]?.value;
      if (value === undefined || node.args.length !== 1) return;
      // With only TLS 1.3 enabled, ssl_ciphers has no effect (TLS 1.3 suites are set apart).
      const protocols = node.parent
        ? inheritedDirective(node.parent, 'ssl_protocols')?.node
        : config.nodes.filter((n) => n.name === 'ssl_protocols').pop();
      if (protocols && isTls13Only(protocols.args.map((a) => a.value))) return;
      const analysis = analyzeCipherString(value);
      // Mozilla's "old" profile ends in `@SECLEVEL=0`: OpenSSL 3's default level 1 refuses TLS 1.0
      // and 1.1 and SHA-1 signatures, level 0 takes them back (the VuFind round's helper: nginx
      // 1.22.1 completed a TLS 1.0 handshake with it, its protocols left to the default).
      const levelZero = /(?:^|:)@SECLEVEL=0(?::|$)/.test(value);
      if (analysis.weak.length === 0 && !levelZero) return;
      context.report({
        messageId: analysis.weak.length > 0 ? 'ciphers' : 'securityLevel',
        data: { families: weakLabels(analysis.weak).join(', ') },
        range: node.directive.range,
        fix: () => {
          const edit = replaceArgs(node, [MOZILLA_INTERMEDIATE_CIPHERS.join(':')]);
          if (!edit) return undefined;
          const edits = [edit];
          // Mozilla's intermediate profile lets the client order the (all strong) suites.
          const prefer = node.parent
            ?.childrenNamed('ssl_prefer_server_ciphers')
            .filter((p) => p.path === file);
          for (const p of prefer ?? []) {
            const arg = p.args[0];
            if (arg && p.args.length === 1 && arg.value !== MOZILLA_INTERMEDIATE_PREFER_SERVER_CIPHERS)
              edits.push({ range: arg.range, newText: MOZILLA_INTERMEDIATE_PREFER_SERVER_CIPHERS });
          }
          return {
            title: 'Use the Mozilla intermediate cipher suites',
            kind: 'safe',
            edits: [{ file, edits }],
          };
        },
      });
    }

    function checkCurves(node: EffectiveNode): void {
      const value = node.args[0]?.value;
      if (value === undefined) return;
      const groups = unguardedPostQuantumGroups(value);
      if (groups.length === 0) return;
      context.report({
        messageId: 'postQuantumGroup',
        data: { groups: groups.join(', ') },
        range: node.directive.range,
        severity: 'info',
      });
    }
  },
});
