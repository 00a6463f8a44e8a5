import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PRESET_NAMES, type PresetName } from '../engine/rule.ts';
import { REPORT_FORMATS, type ReportFormat } from '../engine/reports/index.ts';
import type { Severity } from '../engine/types.ts';

/** A usage problem: the CLI prints it on one line and exits with 2. */
export class UsageError extends Error {}

export type FailOn = Severity | 'never';
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'hint', 'never'];

export interface AuditArgs {
  command: 'audit';
  paths: string[];
  format: ReportFormat;
  output?: string;
  config?: string;
  preset?: PresetName;
  failOn: FailOn;
  fileModes: boolean;
  quiet: boolean;
}

export interface FixArgs {
  command: 'fix';
  paths: string[];
  dryRun: boolean;
  modes: boolean;
  config?: string;
  preset?: PresetName;
  failOn: FailOn;
}

export interface RulesArgs {
  command: 'rules';
  format: 'text' | 'md' | 'json';
}

export type CliArgs =
  AuditArgs | FixArgs | RulesArgs | { command: 'help'; topic?: string } | { command: 'version' };

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value "${value}" for ${flag}; expected one of: ${allowed.join(', ')}`);
}

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\.\s*To specify.*$/s, ''));
  }
}

const COMMON = {
  config: { type: 'string' },
  preset: { type: 'string' },
  'fail-on': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCliArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { command: 'help', topic: rest[0] };
  }
  if (command === '--version' || command === '-v' || command === 'version') return { command: 'version' };
  switch (command) {
    case 'audit': {
      const { values, positionals } = parse(rest, {
        ...COMMON,
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'no-file-modes': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
      });
      if (values.help) return { command: 'help', topic: 'audit' };
      return {
        command: 'audit',
        paths: positionals.length > 0 ? positionals : ['.'],
        format: oneOf(values.format as string | undefined, REPORT_FORMATS, '--format') ?? 'text',
        output: values.output as string | undefined,
        config: values.config as string | undefined,
        preset: oneOf(values.preset as string | undefined, PRESET_NAMES, '--preset'),
        failOn: oneOf(values['fail-on'] as string | undefined, FAIL_ON, '--fail-on') ?? 'warning',
        fileModes: !values['no-file-modes'],
        quiet: Boolean(values.quiet),
      };
    }
    case 'fix': {
      const { values, positionals } = parse(rest, {
        ...COMMON,
        'dry-run': { type: 'boolean' },
        modes: { type: 'boolean' },
      });
      if (values.help) return { command: 'help', topic: 'fix' };
      return {
        command: 'fix',
        paths: positionals.length > 0 ? positionals : ['.'],
        dryRun: Boolean(values['dry-run']),
        modes: Boolean(values.modes),
        config: values.config as string | undefined,
        preset: oneOf(values.preset as string | undefined, PRESET_NAMES, '--preset'),
        failOn: oneOf(values['fail-on'] as string | undefined, FAIL_ON, '--fail-on') ?? 'warning',
      };
    }
    case 'rules': {
      const { values, positionals } = parse(rest, {
        format: { type: 'string', short: 'f' },
        help: { type: 'boolean', short: 'h' },
      });
      if (values.help) return { command: 'help', topic: 'rules' };
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      return {
        command: 'rules',
        format:
          oneOf(values.format as string | undefined, ['text', 'md', 'json'] as const, '--format') ?? 'text',
      };
    }
    default:
      throw new UsageError(`unknown command "${command}"; expected audit, fix or rules (see harden --help)`);
  }
}

export const HELP: Record<string, string> = {
  main: `harden: finds and fixes security misconfigurations in Nginx, Apache, .env and Symfony configs

Usage:
  harden audit [paths…] [options]   report findings (text, json, sarif, markdown, html)
  harden fix [paths…] [--dry-run]   apply the safe quick-fixes
  harden rules [--format md|json]   list the rules

Run "harden <command> --help" for a command's options.
Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage, configuration or internal error.`,
  audit: `Usage: harden audit [paths…] [options]

Audits the given directories and files (default: the current directory).

Options:
  -f, --format FORMAT   text (default), json, sarif, markdown, html
  -o, --output FILE     write the report to FILE instead of standard output
      --config FILE     use this configuration instead of the nearest .harden.yaml
      --preset NAME     recommended, strict, chamilo or civicrm (replaces the config's extends)
      --fail-on LEVEL   error, warning (default), info, hint or never: the lowest severity that makes the exit code 1
      --no-file-modes   do not read file modes from disk
  -q, --quiet           report only findings at or above --fail-on`,
  fix: `Usage: harden fix [paths…] [options]

Applies the safe quick-fixes in place. Never generates secrets; changes file modes only with --modes.

Options:
      --dry-run         print a unified diff instead of writing files
      --modes           also apply file-mode fixes (chmod)
      --config FILE     use this configuration instead of the nearest .harden.yaml
      --preset NAME     recommended, strict, chamilo or civicrm
      --fail-on LEVEL   exit code 1 when findings at or above LEVEL remain (default warning)`,
  rules: `Usage: harden rules [--format text|md|json]

Lists every rule with its severity, presets and whether it has a fix.`,
};
