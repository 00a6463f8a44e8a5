import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { encodingFindings } from './encoding-findings.ts';
import type { ResolvedConfig } from './config-types.ts';
import { discoverFiles } from './discovery.ts';
import { detectFormat } from './format-detection.ts';
import type { Linter, LintResult } from './linter.ts';
import type { AuditReport } from './reports/audit-report.ts';
import type { RuleMeta } from './rule.ts';
import type { FormatId, WorkspaceView } from './types.ts';

export interface AuditOptions {
  /** Absolute, normalised directory the audit covers (paths in reports are relative to it). */
  root: string;
  /** Explicit files to audit instead of discovering the whole root (CLI paths that are files). */
  files?: string[];
  config: ResolvedConfig;
  workspace: WorkspaceView;
  linter: Linter;
  ruleMetas: readonly RuleMeta[];
  version: string;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, file: string) => void;
  /** The editor's `files.exclude` globs. */
  extraExcludes?: string[];
  /** Results to add as they are (e.g. `.harden.yaml` problems on the config file). */
  extraResults?: LintResult[];
  fixes?: boolean;
  /** Called when a rule throws (the server logs the stack). */
  onRuleError?: (ruleId: string, file: string, error: unknown) => void;
}

export class AuditCancelled extends Error {
  constructor() {
    super('The audit was cancelled.');
  }
}

const FORMAT_NAMES: Record<FormatId, string> = {
  dotenv: '.env',
  nginx: 'Nginx',
  apache: 'Apache',
  symfony: 'Symfony YAML',
  shell: 'Shell script',
  php: 'PHP',
  fs: 'File',
};

/** How long the audit may hold the event loop before letting other requests (and cancellation) through. */
const SLICE_MS = 15;

/**
 * Discovers every config under `root` (or takes the given files), lints each one and returns the
 * report. The same function serves `harden audit` and the editor's "Audit Workspace", so both
 * see the same files and findings.
 */
export async function runAudit(options: AuditOptions): Promise<AuditReport> {
  const started = Date.now();
  const { config, workspace, linter } = options;
  const candidates: { path: string; format: FormatId }[] = [];
  const skipped: { path: string; reason: string }[] = [];
  if (options.files) {
    for (const path of options.files) {
      const format = detectFormat(path, () => workspace.readText(path)?.slice(0, 8192));
      if (format) candidates.push({ path, format });
      else skipped.push({ path, reason: 'not a configuration file Harden knows' });
    }
  } else {
    const discovered = discoverFiles(options.root, config, {
      signal: options.signal,
      extraExcludes: options.extraExcludes,
    });
    candidates.push(...discovered.files);
    skipped.push(...discovered.skipped);
  }
  const results: LintResult[] = [...(options.extraResults ?? [])];
  const targets = candidates.filter((target) => {
    if (linter.formats[target.format]) return true;
    skipped.push({ path: target.path, reason: `${FORMAT_NAMES[target.format]} files are not checked yet` });
    return false;
  });
  let sliceStart = Date.now();
  for (let i = 0; i < targets.length; i++) {
    if (options.signal?.aborted) throw new AuditCancelled();
    const { path, format } = targets[i]!;
    const text = workspace.readText(path);
    if (text === undefined) {
      skipped.push({ path, reason: 'unreadable, binary or larger than the size limit' });
    } else {
      const result = linter.lint(
        { path, text, format },
        { config, workspace, fixes: options.fixes, onRuleError: options.onRuleError },
      );
      const read = encodingFindings(path, workspace.encodingOf?.(path), linter.formats[format], config);
      if (read.length > 0) result.findings.unshift(...read);
      // A fix is computed when first read, from the file's parse and analysis: read them now,
      // while they are at hand, so that an audit of thousands of files keeps only the fixes
      // (the reports print them all), not every file's tree.
      if (options.fixes !== false) for (const finding of result.findings) void finding.fix;
      results.push(result);
    }
    options.onProgress?.(i + 1, targets.length, path);
    if (Date.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = Date.now();
    }
  }
  if (options.signal?.aborted) throw new AuditCancelled();
  return {
    tool: { name: 'harden', version: options.version },
    root: options.root,
    files: results,
    skipped,
    rules: options.ruleMetas,
    startedAt: new Date(started),
    durationMs: Date.now() - started,
  };
}
