import type { RuleMeta } from './rule.ts';

/**
 * Findings the engine itself produces (not a rule module's check). They have ids, metadata and
 * documentation pages (rules/harden/*.md) like every rule, so they can be configured, suppressed
 * in reports, and explained.
 */
function engineRule(id: string, severity: RuleMeta['severity'], title: string, message: string): RuleMeta {
  return {
    id,
    format: 'fs',
    severity,
    title,
    presets: ['recommended'],
    messages: { default: message },
    fixable: false,
    defaultOptions: {},
  };
}

export const PARSE_ERROR = engineRule(
  'harden/parse-error',
  'warning',
  'The file could not be fully parsed',
  '{{message}}',
);
export const RULE_FAILED = engineRule(
  'harden/rule-failed',
  'warning',
  'A rule failed on this file',
  'Rule {{ruleId}} failed on this file ({{error}}); the other rules still ran. Please report this.',
);
export const UNUSED_SUPPRESSION = engineRule(
  'harden/unused-suppression',
  'info',
  'A suppression comment suppresses nothing',
  'Unused suppression{{rules}}: no finding here matches it; remove the comment.',
);
export const FILE_SKIPPED = engineRule(
  'harden/file-skipped',
  'info',
  'A file was not analysed',
  '{{reason}}',
);
export const CONFIG_ERROR = engineRule(
  'harden/config-error',
  'error',
  'The Harden configuration file is invalid',
  '{{message}}',
);

export const ENCODING = engineRule(
  'harden/encoding',
  'info',
  'The file is not valid UTF-8',
  'The file is not valid UTF-8: it was read as Latin-1 (ISO-8859-1, one character per byte), and fixes write it back the same way. Save it as UTF-8 unless the program that reads it expects Latin-1.',
);

export const ENGINE_RULES: readonly RuleMeta[] = [
  ENCODING,
  PARSE_ERROR,
  RULE_FAILED,
  UNUSED_SUPPRESSION,
  FILE_SKIPPED,
  CONFIG_ERROR,
];
