/** Hand-built audits for the report tests: made-up rules, files and findings under the root /ws. */
import type { LintResult } from '../../../server/src/engine/linter.ts';
import type { AuditReport } from '../../../server/src/engine/reports/audit-report.ts';
import type { RuleMeta } from '../../../server/src/engine/rule.ts';
import type { Finding, Fix, FormatId, Range, RelatedLocation } from '../../../server/src/engine/types.ts';

export const ROOT = '/ws';

export function ruleMeta(
  id: string,
  severity: RuleMeta['severity'],
  title: string,
  format?: FormatId,
): RuleMeta {
  return {
    id,
    format: format ?? (id.slice(0, id.indexOf('/')) as FormatId),
    severity,
    title,
    presets: ['recommended'],
    messages: { default: title },
    fixable: true,
    defaultOptions: {},
  };
}

export const RULES: readonly RuleMeta[] = [
  ruleMeta('dotenv/debug-in-production', 'warning', 'Debug mode is on in a production file'),
  ruleMeta('dotenv/weak-secret', 'error', 'A secret is a placeholder or too short'),
  ruleMeta('dotenv/quote-character', 'warning', 'A value is quoted'),
  ruleMeta('nginx/hsts-missing', 'warning', 'A TLS server sends no Strict-Transport-Security header'),
  ruleMeta('nginx/server-tokens', 'info', 'The nginx version is disclosed'),
  ruleMeta('fs/env-permissions', 'warning', 'A .env file is readable by others', 'fs'),
  ruleMeta('harden/parse-error', 'warning', 'The file could not be fully parsed', 'fs'),
];

/** A range on one line, 0-based like the engine's. */
export function at(line: number, character: number, length = 3): Range {
  return { start: { line, character }, end: { line, character: character + length } };
}

export function finding(
  file: string,
  ruleId: string,
  severity: Finding['severity'],
  range: Range,
  message: string,
  extra: { fix?: Fix; related?: RelatedLocation[] } = {},
): Finding {
  return { ruleId, severity, message, file, range, ...extra };
}

export function lintResult(file: string, findings: Finding[], extra: Partial<LintResult> = {}): LintResult {
  return {
    file,
    format: file.endsWith('.conf') ? 'nginx' : 'dotenv',
    findings,
    fullyUnderstood: true,
    ...extra,
  };
}

export function auditReport(files: LintResult[], extra: Partial<AuditReport> = {}): AuditReport {
  return {
    tool: { name: 'harden', version: '1.2.3' },
    root: ROOT,
    files,
    skipped: [],
    rules: RULES,
    ...extra,
  };
}

/** What a `secret` fix would write, and the file text a `sensitive` fix re-emits: neither may appear in a report. */
export const GENERATED_SECRET = '7f3e9a1c5b2d8e4f6a0c9b3d5e7f1a2c';
export const REEMITTED_VALUE = 'hunter2-Kq7vN2pXw9';

const PROD = `${ROOT}/app/.env.prod`;

/** A production .env with a safe fix, a secret fix, a sensitive fix and a mode fix. */
export const prodEnv: LintResult = lintResult(PROD, [
  finding(PROD, 'dotenv/debug-in-production', 'warning', at(1, 4), 'APP_DEBUG turns debug mode on', {
    fix: {
      title: 'Set APP_DEBUG=0',
      kind: 'safe',
      edits: [{ file: PROD, edits: [{ range: at(1, 10, 1), newText: '0' }] }],
    },
  }),
  finding(PROD, 'dotenv/weak-secret', 'error', at(2, 0, 10), 'APP_SECRET is a placeholder', {
    fix: {
      title: 'Generate a random APP_SECRET',
      kind: 'secret',
      edits: [{ file: PROD, edits: [{ range: at(2, 11, 8), newText: GENERATED_SECRET }] }],
    },
  }),
  finding(PROD, 'dotenv/quote-character', 'warning', at(3, 12, 20), 'DB_PASSWORD is quoted', {
    fix: {
      title: 'Remove the quotes',
      kind: 'safe',
      sensitive: true,
      edits: [{ file: PROD, edits: [{ range: at(3, 12, 20), newText: REEMITTED_VALUE }] }],
    },
  }),
  finding(PROD, 'fs/env-permissions', 'warning', at(0, 0, 0), 'The file is readable by others (mode 0644)', {
    fix: { title: 'chmod 640', kind: 'mode', edits: [], chmod: [{ file: PROD, mode: 0o640 }] },
  }),
]);

const SITE = `${ROOT}/nginx/sites-enabled/site.conf`;
const SNIPPET = `${ROOT}/nginx/snippets/headers.conf`;

/** An nginx file whose finding points at another file and whose fix edits two files. */
export const nginxSite: LintResult = lintResult(SITE, [
  finding(
    SITE,
    'nginx/hsts-missing',
    'warning',
    at(4, 2, 6),
    'This TLS server sends no Strict-Transport-Security header',
    {
      related: [
        { file: SNIPPET, range: at(0, 0, 10), message: 'add_header here is dropped by the location' },
        { file: SITE, range: at(9, 4, 8), message: 'this location declares its own add_header' },
      ],
      fix: {
        title: 'Add `add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;`',
        kind: 'safe',
        edits: [
          {
            file: SITE,
            edits: [
              {
                range: at(5, 0, 0),
                newText: '    add_header Strict-Transport-Security "max-age=31536000" always;\n',
              },
              { range: at(12, 0, 9), newText: '' },
            ],
          },
          {
            file: SNIPPET,
            edits: [{ range: at(1, 0, 0), newText: 'add_header X-Content-Type-Options nosniff always;\n' }],
          },
        ],
      },
    },
  ),
  finding(SITE, 'nginx/server-tokens', 'info', at(0, 0, 6), 'server_tokens is not off'),
]);

export const cleanEnv: LintResult = lintResult(`${ROOT}/.env`, []);
