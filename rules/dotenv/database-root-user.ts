import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { isDatabaseUserKey } from '../../server/src/formats/dotenv/semantics/database-url.ts';
import {
  databaseUrlSettings,
  partIsReference,
  partRange,
} from '../../server/src/formats/dotenv/semantics/database-settings.ts';
import { documentView } from '../../server/src/formats/dotenv/semantics/document-view.ts';
import { entriesInEffect } from '../../server/src/formats/dotenv/semantics/overrides.ts';
import { classifyEnvFile } from '../../server/src/formats/dotenv/semantics/env-files.ts';

/**
 * The app logs in to its database as `root`. The Chamilo and CiviCRM guides ask for a dedicated
 * user with rights on the app's database only: with `root`, an SQL injection or a leaked `.env`
 * reaches every database of the server and can read and write files (`FILE` privilege).
 * Templates (`DB_USERNAME=root` in Laravel's `.env.example`) and development files are not checked.
 */
export const databaseRootUser = defineRule<DotenvFile>({
  meta: {
    id: 'dotenv/database-root-user',
    format: 'dotenv',
    severity: 'warning',
    title: 'The app must not connect to its database as root',
    presets: ['recommended', 'strict'],
    messages: {
      userKey:
        '{{key}} makes the app log in to the database as root: create a dedicated user with rights on the app database only',
      url: 'The database URL in {{key}} logs in as root: create a dedicated user with rights on the app database only',
    },
    fixable: false,
    defaultOptions: {},
  },
  check(context) {
    const { role } = classifyEnvFile(context.document.path, context.isProduction());
    if (role === 'template' || role === 'development') return;
    const { index } = documentView(context.ast, context.document.text);
    const entries = entriesInEffect(context.ast, context.document.path, context.workspace);
    for (const entry of entries) {
      if (!isDatabaseUserKey(entry.key) || entry.references.length > 0) continue;
      if (entry.literalValue.trim().toLowerCase() !== 'root') continue;
      context.report({ messageId: 'userKey', data: { key: entry.key }, range: entry.valueRange });
    }
    for (const setting of databaseUrlSettings(entries, index)) {
      const user = setting.url.user;
      if (!user || partIsReference(setting, user) || user.text.toLowerCase() !== 'root') continue;
      context.report({
        messageId: 'url',
        data: { key: setting.entry.key },
        range: partRange(setting, index, user.start, user.end),
      });
    }
  },
});
