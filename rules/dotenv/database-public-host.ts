import { defineRule } from '../../server/src/engine/rule.ts';
import type { Range } from '../../server/src/engine/types.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { isDatabaseHostKey } from '../../server/src/formats/dotenv/semantics/database-url.ts';
import {
  databaseUrlSettings,
  partIsReference,
  partRange,
} from '../../server/src/formats/dotenv/semantics/database-settings.ts';
import { documentView } from '../../server/src/formats/dotenv/semantics/document-view.ts';
import { entriesInEffect } from '../../server/src/formats/dotenv/semantics/overrides.ts';
import { classifyEnvFile } from '../../server/src/formats/dotenv/semantics/env-files.ts';
import { hostScope } from '../../server/src/formats/dotenv/semantics/host-scope.ts';

/**
 * The database is reached at a public IP address, or told to use every interface (`0.0.0.0`).
 * The guides want the database bound to localhost or a private network: a database port on the
 * Internet is brute-forced within hours. Host names are not judged (they may resolve anywhere).
 */
export const databasePublicHost = defineRule<DotenvFile>({
  meta: {
    id: 'dotenv/database-public-host',
    format: 'dotenv',
    severity: 'info',
    title: 'The database must be on localhost or a private network',
    presets: ['strict'],
    messages: {
      publicIp:
        'The database host in {{key}} is a public IP address: keep the database on localhost or a private network, behind a firewall',
      allInterfaces:
        'The database host in {{key}} is the any-address (0.0.0.0 or ::): bind and connect to localhost or a private address instead',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    const { role } = classifyEnvFile(context.document.path, context.isProduction());
    if (role === 'template' || role === 'development') return;
    const { index } = documentView(context.ast, context.document.text);
    const report = (key: string, host: string, range: Range) => {
      const scope = hostScope(host);
      if (scope === 'public-ip') context.report({ messageId: 'publicIp', data: { key }, range });
      else if (scope === 'any') context.report({ messageId: 'allInterfaces', data: { key }, range });
    };
    const entries = entriesInEffect(context.ast, context.document.path, context.workspace);
    for (const entry of entries) {
      if (!isDatabaseHostKey(entry.key) || entry.references.length > 0) continue;
      if (entry.literalValue.trim() !== '') report(entry.key, entry.literalValue, entry.valueRange);
    }
    for (const setting of databaseUrlSettings(entries, index)) {
      const host = setting.url.host;
      if (!host || partIsReference(setting, host)) continue;
      report(setting.entry.key, host.text, partRange(setting, index, host.start, host.end));
    }
  },
});
