import { randomBytes } from 'node:crypto';
import { defineRule } from '../../server/src/engine/rule.ts';
import type { Fix } from '../../server/src/engine/types.ts';
import type { DotenvEntry, DotenvFile } from '../../server/src/formats/dotenv/ast.ts';
import { documentView } from '../../server/src/formats/dotenv/semantics/document-view.ts';
import { entriesInEffect } from '../../server/src/formats/dotenv/semantics/overrides.ts';
import { classifyEnvFile, type EnvFileRole } from '../../server/src/formats/dotenv/semantics/env-files.ts';
import {
  isIndirectValue,
  isLowEntropy,
  isPlaceholderValue,
  isTemplateMarker,
  isUnsetValue,
  looksLikeRealSecret,
  secretKeyKind,
} from '../../server/src/formats/dotenv/semantics/secrets.ts';
import { replaceValueText, valueSource } from '../../server/src/formats/dotenv/semantics/value-source.ts';

/** Symfony's recommendation for `APP_SECRET` (https://symfony.com/doc/current/reference/configuration/framework.html#secret). */
const APP_SECRET_MIN_LENGTH = 32;

type Verdict = 'empty' | 'placeholder' | 'short' | 'lowEntropy' | 'shipped';

/**
 * Which problems count depends on the file (see env-files.ts):
 * - templates ship placeholders on purpose: only a real-looking secret is reported (`shipped`);
 * - the committed `.env` holds defaults that `.env.local` or the real environment override: an
 *   empty value or an installer marker (`{{APP_SECRET}}`) there means "set elsewhere" and is not
 *   reported, but a value the app would really run with (a placeholder word, a short or
 *   low-entropy value) is, since many deployments (Chamilo's installer among them) keep `.env`;
 * - development files (`.env.dev`, `.env.test`): nothing;
 * - local, deployment and production files: everything.
 */
function verdict(entry: DotenvEntry, role: EnvFileRole): Verdict | undefined {
  const kind = secretKeyKind(entry.key);
  if (!kind || role === 'development' || entry.references.length > 0) return undefined;
  const value = entry.literalValue;
  if (isIndirectValue(value)) return undefined;
  if (role === 'template') return looksLikeRealSecret(value) ? 'shipped' : undefined;
  if (isUnsetValue(value)) {
    // An empty third-party key or password usually means "feature not used"; an empty framework
    // secret means CSRF tokens, signed URLs and remember-me cookies are signed with nothing.
    return kind === 'app-secret' && role !== 'defaults' ? 'empty' : undefined;
  }
  if (isTemplateMarker(value)) return role === 'defaults' ? undefined : 'placeholder';
  if (isPlaceholderValue(value)) return 'placeholder';
  if (entry.key.toUpperCase() === 'APP_SECRET' && [...value].length < APP_SECRET_MIN_LENGTH) return 'short';
  return isLowEntropy(value) ? 'lowEntropy' : undefined;
}

export const weakSecret = defineRule<DotenvFile>({
  meta: {
    id: 'dotenv/weak-secret',
    format: 'dotenv',
    severity: 'error',
    title: 'Secrets must be set, random and not shipped in templates',
    presets: ['recommended', 'strict'],
    messages: {
      empty:
        '{{key}} is empty: everything Symfony signs with it (CSRF tokens, signed URLs, remember-me cookies) can be forged',
      placeholder: '{{key}} holds a well-known placeholder value: anyone can guess it',
      short: '{{key}} is shorter than 32 characters: use a random value of at least 32 characters',
      lowEntropy:
        '{{key}} holds a low-entropy value (repeated or sequential characters, or too short): it can be guessed',
      shipped:
        '{{key}} holds a real-looking secret in a template: every install that copies this file shares it, and everyone who can read the repository knows it',
    },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    const { index } = documentView(context.ast, context.document.text);
    const { role } = classifyEnvFile(context.document.path, context.isProduction());
    const entries = entriesInEffect(context.ast, context.document.path, context.workspace);
    for (const entry of entries) {
      const found = verdict(entry, role);
      if (!found) continue;
      const source = valueSource(entry, index);
      const range = source.singleLine && entry.literalValue.trim() !== '' ? entry.valueRange : entry.keyRange;
      const file = context.document.path;
      const fix = (): Fix | undefined => {
        if (!source.singleLine) return undefined;
        if (found === 'shipped') {
          return {
            title: `Remove the value of ${entry.key} from the template (set the real one in .env.local)`,
            kind: 'secret',
            edits: [{ file, edits: [replaceValueText(source, index, '')] }],
          };
        }
        return {
          title: `Replace ${entry.key} with a new random 64-character value (also update whatever must match it)`,
          kind: 'secret',
          // A generated secret must not appear in reports.
          sensitive: true,
          edits: [{ file, edits: [replaceValueText(source, index, randomBytes(32).toString('hex'))] }],
        };
      };
      context.report({ messageId: found, data: { key: entry.key }, range, fix });
    }
  },
});
