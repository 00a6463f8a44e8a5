import { defineRule } from '../../server/src/engine/rule.ts';
import type { NginxFile } from '../../server/src/formats/nginx/ast.ts';
import { findRedos } from '../../server/src/formats/nginx/semantics-regex-redos.ts';
import {
  ANALYSED_PATTERN_LIMIT,
  patternRange,
  regexUsages,
} from '../../server/src/formats/nginx/semantics-regex-sources.ts';

/**
 * Regexes that a crafted request makes PCRE backtrack for exponential (or high polynomial)
 * time: nested unbounded repeats over the same characters (`(a+)+`, `(\w+\s?)*`, `(.*a){8}`)
 * and repeated alternatives that overlap (`(a|aa)+`, `(\d|\w)*`). One request then keeps a
 * worker busy until PCRE's match limit, and a few requests a second stop the server.
 * Gixy-ng `regex_redos` sends patterns to an online service; this is a static analysis
 * (see semantics-regex-redos.ts) that never runs the expression.
 */
export const regexRedos = defineRule<NginxFile>({
  meta: {
    id: 'nginx/regex-redos',
    format: 'nginx',
    severity: 'warning',
    title: 'Regexes must not backtrack catastrophically',
    presets: ['recommended', 'strict'],
    messages: {
      nested:
        '`{{loop}}` repeats `{{inner}}` over the same characters: a crafted request makes the regex backtrack for exponential time (ReDoS)',
      polynomial:
        '`{{loop}}` nests `{{inner}}` in a repeat of up to {{max}}: a crafted request makes the regex backtrack for polynomial time of degree {{max}} (ReDoS)',
      sequence:
        '`{{loop}}` has {{max}} unbounded repeats in a row over the same characters: on a request that almost matches, the regex tries every way of splitting it, for polynomial time of degree {{max}} (ReDoS)',
      overlap:
        'The alternatives of `{{loop}}` can match the same text in several ways: a crafted request makes the regex backtrack for exponential time (ReDoS)',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    for (const use of regexUsages(context.ast)) {
      const { root } = use.parsed;
      if (!root || use.pattern.length > ANALYSED_PATTERN_LIMIT) continue;
      const found = findRedos(root);
      if (!found) continue;
      const { loop, inner } = found;
      // A row of repeats is shown and marked whole, from its first item to its last.
      const { start, end } = found.span ?? loop;
      context.report({
        messageId: found.kind,
        data: {
          loop: use.pattern.slice(start, end),
          inner: inner ? use.pattern.slice(inner.start, inner.end) : '',
          max: found.degree ?? loop.max,
        },
        range: patternRange(use, start, end),
      });
    }
  },
});
