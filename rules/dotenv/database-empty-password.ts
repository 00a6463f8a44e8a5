import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { isDatabasePasswordKey } from '../../server/src/formats/dotenv/semantics/database-url.ts';
import {
  databaseUrlSettings,
  partIsReference,
  partRange,
} from '../../server/src/formats/dotenv/semantics/database-settings.ts';
import { documentView } from '../../server/src/formats/dotenv/semantics/document-view.ts';
import { entriesInEffect } from '../../server/src/formats/dotenv/semantics/overrides.ts';
import { classifyEnvFile } from '../../server/src/formats/dotenv/semantics/env-files.ts';
import { isUnsetValue, secretKeyKind } from '../../server/src/formats/dotenv/semantics/secrets.ts';

/**
 * A database login without a password, in a file a server runs with (local, deployment and
 * production files). In the committed `.env` an empty value means "set in .env.local", by
 * Symfony's convention; templates and development files are not checked. A URL through a Unix
 * socket (`?unix_socket=`, `?host=/run/postgresql`) is left alone: peer authentication needs no
 * password and is not reachable over the network.
 */
export const databaseEmptyPassword = defineRule<DotenvFile>({
  meta: {
    id: 'dotenv/database-empty-password',
    format: 'dotenv',
    severity: 'error',
    title: 'Database logins must have a password',
    presets: ['recommended', 'strict'],
    messages: {
      passwordKey: '{{key}} is empty: the database user has no password',
      url: 'The database URL in {{key}} has a user but no password',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    const { role } = classifyEnvFile(context.document.path, context.isProduction());
    if (role !== 'deployment' && role !== 'production') return;
    const { index } = documentView(context.ast, context.document.text);
    const entries = entriesInEffect(context.ast, context.document.path, context.workspace);
    for (const entry of entries) {
      if (!isDatabasePasswordKey(entry.key) || secretKeyKind(entry.key) !== 'password') continue;
      if (entry.references.length > 0 || !isUnsetValue(entry.literalValue)) continue;
      context.report({ messageId: 'passwordKey', data: { key: entry.key }, range: entry.keyRange });
    }
    for (const setting of databaseUrlSettings(entries, index)) {
      const { user, password, userInfoEnd, viaSocket, scheme } = setting.url;
      if (!user || user.text === '' || viaSocket || scheme.includes('sqlite') || userInfoEnd === undefined)
        continue;
      if (
        partIsReference(setting, user) ||
        (password && (password.text !== '' || partIsReference(setting, password)))
      )
        continue;
      context.report({
        messageId: 'url',
        data: { key: setting.entry.key },
        range: partRange(setting, index, user.start, userInfoEnd),
      });
    }
  },
});
