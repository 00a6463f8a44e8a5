import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { documentView } from '../../server/src/formats/dotenv/semantics/document-view.ts';
import { entriesInEffect } from '../../server/src/formats/dotenv/semantics/overrides.ts';
import { parseEnvBoolean } from '../../server/src/formats/dotenv/semantics/env-booleans.ts';
import { replaceValueText, valueSource } from '../../server/src/formats/dotenv/semantics/value-source.ts';

/** `prod` is Symfony's name; `production` is what Laravel and most other PHP apps use. */
const PRODUCTION_ENVIRONMENTS = new Set(['prod', 'production']);

/**
 * Debug mode or a non-production environment in a production file. Symfony's debug mode shows
 * stack traces, configuration and the profiler to visitors, and `APP_DEBUG` defaults to on when
 * `APP_ENV` is not `prod`. Only production files count (`.env.prod*`, `.env.production*` and the
 * config's `production` globs): `.env` and `.env.local` legitimately say `dev` on a workstation.
 */
export const debugInProduction = defineRule<DotenvFile>({
  meta: {
    id: 'dotenv/debug-in-production',
    format: 'dotenv',
    severity: 'warning',
    title: 'Production files must not enable debug mode',
    presets: ['recommended', 'strict'],
    messages: {
      debug:
        '{{key}} turns debug mode on in a production file: stack traces, configuration and the profiler become visible to visitors',
      environment:
        '{{key}} is not `prod` in a production file: the app runs with its development configuration, and with debug mode on unless APP_DEBUG=0',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    if (!context.isProduction()) return;
    const { index } = documentView(context.ast, context.document.text);
    const file = context.document.path;
    const entries = entriesInEffect(context.ast, context.document.path, context.workspace);
    for (const entry of entries) {
      if (entry.references.length > 0 || entry.startLine !== entry.endLine) continue;
      const value = entry.literalValue.trim();
      let messageId: 'debug' | 'environment';
      let replacement: string;
      if (entry.key === 'APP_DEBUG' && parseEnvBoolean(value) === true) {
        messageId = 'debug';
        replacement = '0';
      } else if (
        entry.key === 'APP_ENV' &&
        value !== '' &&
        !PRODUCTION_ENVIRONMENTS.has(value.toLowerCase())
      ) {
        messageId = 'environment';
        replacement = 'prod';
      } else {
        continue;
      }
      const source = valueSource(entry, index);
      context.report({
        messageId,
        data: { key: entry.key },
        range: entry.valueRange,
        fix: () => ({
          title: `Set ${entry.key}=${replacement}`,
          kind: 'safe',
          edits: [{ file, edits: [replaceValueText(source, index, replacement)] }],
        }),
      });
    }
  },
});
