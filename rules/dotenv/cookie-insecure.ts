import { defineRule } from '../../server/src/engine/rule.ts';
import type { DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { documentView } from '../../server/src/formats/dotenv/semantics/document-view.ts';
import { entriesInEffect } from '../../server/src/formats/dotenv/semantics/overrides.ts';
import { parseEnvBoolean } from '../../server/src/formats/dotenv/semantics/env-booleans.ts';
import { classifyEnvFile } from '../../server/src/formats/dotenv/semantics/env-files.ts';
import { replaceValueText, valueSource } from '../../server/src/formats/dotenv/semantics/value-source.ts';

/** `SESSION_COOKIE_SECURE` (Symfony configs that read it), `SESSION_SECURE_COOKIE` (Laravel). */
const SECURE_KEY = /COOKIE_?SECURE|SECURE_?COOKIE/i;
const HTTP_ONLY_KEY = /COOKIE_?HTTP_?ONLY|HTTP_?ONLY_?COOKIE/i;
const SAME_SITE_KEY = /SAME_?SITE/i;

type Problem = { messageId: 'secure' | 'httpOnly' | 'sameSite'; replacement: string };

function problemOf(key: string, value: string): Problem | undefined {
  if (SECURE_KEY.test(key) && parseEnvBoolean(value) === false)
    return { messageId: 'secure', replacement: 'true' };
  if (HTTP_ONLY_KEY.test(key) && parseEnvBoolean(value) === false)
    return { messageId: 'httpOnly', replacement: 'true' };
  if (SAME_SITE_KEY.test(key) && value.trim().toLowerCase() === 'none')
    return { messageId: 'sameSite', replacement: 'lax' };
  return undefined;
}

/**
 * Session cookie flags turned off through the environment (the guides ask for secure, httponly
 * and samesite cookies). Development files are not checked: a workstation on plain HTTP needs
 * `COOKIE_SECURE=false`. Templates are, since every install inherits the setting.
 */
export const cookieInsecure = defineRule<DotenvFile>({
  meta: {
    id: 'dotenv/cookie-insecure',
    format: 'dotenv',
    severity: 'warning',
    title: 'Session cookies must keep their Secure, HttpOnly and SameSite protections',
    presets: ['recommended', 'strict'],
    messages: {
      secure:
        '{{key}} turns the Secure flag off: the session cookie is also sent over plain HTTP, where it can be stolen',
      httpOnly: '{{key}} turns the HttpOnly flag off: any injected script can read the session cookie',
      sameSite:
        '{{key}} sets SameSite=None: the cookie goes with cross-site requests, which opens the way to CSRF; use Lax unless the app is embedded cross-site',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { role } = classifyEnvFile(context.document.path, context.isProduction());
    if (role === 'development') return;
    const { index } = documentView(context.ast, context.document.text);
    const entries = entriesInEffect(context.ast, context.document.path, context.workspace);
    for (const entry of entries) {
      if (entry.references.length > 0 || entry.startLine !== entry.endLine) continue;
      const problem = problemOf(entry.key, entry.literalValue);
      if (!problem) continue;
      const source = valueSource(entry, index);
      context.report({
        messageId: problem.messageId,
        data: { key: entry.key },
        range: entry.valueRange,
        fix: () => ({
          title: `Set ${entry.key}=${problem.replacement}`,
          kind: 'safe',
          edits: [
            { file: context.document.path, edits: [replaceValueText(source, index, problem.replacement)] },
          ],
        }),
      });
    }
  },
});
