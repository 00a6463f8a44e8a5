import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { documentView } from '../../server/src/formats/dotenv/semantics/document-view.ts';
import { entriesInEffect } from '../../server/src/formats/dotenv/semantics/overrides.ts';
import { hostScope } from '../../server/src/formats/dotenv/semantics/host-scope.ts';
import { valuePartRange, valueSource } from '../../server/src/formats/dotenv/semantics/value-source.ts';

/** `APP_URL`, `*_URL`, `*_URI` (`OAUTH_REDIRECT_URI`). DSNs are connection strings, not links. */
const URL_KEY = /(?:^|_)(?:URL|URI)$/i;
const HTTP_URL = /^http:\/\/(?:[^@/?#\s]*@)?(\[[^\]]*\]|[^:/?#\s]*)/i;

/**
 * A production URL on plain `http://` to a host that is not local. The guides ask for HTTPS
 * everywhere: links, redirects and callbacks built from `APP_URL` then downgrade visitors to
 * HTTP. Local and internal hosts (`localhost`, private addresses, single-label container names,
 * `*.internal`) are fine: that traffic does not leave the machine or the private network.
 */
export const insecureUrl = defineRule<DotenvFile>({
  meta: {
    id: 'dotenv/insecure-url',
    format: 'dotenv',
    severity: 'info',
    title: 'Production URLs must use HTTPS',
    presets: ['strict'],
    messages: { http: '{{key}} points to a non-local host over plain http://: use https://' },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    if (!context.isProduction()) return;
    const { index } = documentView(context.ast, context.document.text);
    const entries = entriesInEffect(context.ast, context.document.path, context.workspace);
    for (const entry of entries) {
      if (!URL_KEY.test(entry.key) || entry.startLine !== entry.endLine) continue;
      const source = valueSource(entry, index);
      const match = HTTP_URL.exec(source.text);
      if (!match || match[1]!.includes('$') || match[1] === '') continue;
      const scope = hostScope(match[1]!);
      if (scope !== 'public-ip' && scope !== 'name') continue;
      const scheme = valuePartRange(source, index, 0, 'http'.length);
      context.report({
        messageId: 'http',
        data: { key: entry.key },
        range: valuePartRange(source, index, 0, match[0].length),
        fix: () => ({
          title: 'Use https://',
          kind: 'safe',
          edits: [{ file: context.document.path, edits: [{ range: scheme, newText: 'https' }] }],
        }),
      });
    }
  },
});
