import nodePath from 'node:path';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { AuditCancelled, runAudit } from '../engine/audit.ts';
import { configProblemsToFindings } from '../engine/config.ts';
import { DiskWorkspace } from '../engine/disk-workspace.ts';
import type { Linter, LintResult } from '../engine/linter.ts';
import { summarize, type AuditReport } from '../engine/reports/audit-report.ts';
import type { RuleMeta } from '../engine/rule.ts';
import type { Finding } from '../engine/types.ts';
import type { AuditSummary, AuditWorkspaceParams } from '../shared/protocol.ts';
import { publishedDiagnostics } from './conversions.ts';
import type { DocumentLinter } from './document-lint.ts';
import type { OpenDocuments } from './documents.ts';
import type { Logger } from './logger.ts';
import { startProgress, type AuditProgress } from './audit-progress.ts';
import type { StatusReporter } from './status.ts';
import { uriToPath } from './uris.ts';
import type { Folder, WorkspaceFolders } from './workspace-folders.ts';

export interface WorkspaceAuditDependencies {
  connection: Connection;
  documents: OpenDocuments;
  folders: WorkspaceFolders;
  documentLinter: DocumentLinter;
  linter: Linter;
  ruleMetas: readonly RuleMeta[];
  version: string;
  status: StatusReporter;
  log: Logger;
  /** The client can show progress the server starts (`window/workDoneProgress/create`). */
  serverProgress: boolean;
}

/**
 * "Audit Workspace": every config of the workspace folders through the same `runAudit` as
 * `harden audit`, with progress and cancellation, diagnostics for every audited file, and the
 * report kept for "Export Report".
 */
export class WorkspaceAudit {
  private last: AuditReport | undefined;
  /** Paths (and their URIs) that have audit diagnostics in the Problems panel. */
  private readonly published = new Map<string, string>();

  constructor(private readonly deps: WorkspaceAuditDependencies) {}

  get lastReport(): AuditReport | undefined {
    return this.last;
  }

  /** Whether a closed file keeps diagnostics from the audit. */
  covers(path: string): boolean {
    return this.published.has(path);
  }

  async run(params: AuditWorkspaceParams | undefined, token: CancellationToken): Promise<AuditSummary> {
    const started = Date.now();
    const folders = this.foldersToAudit(params?.folders);
    const controller = new AbortController();
    const cancel = token.onCancellationRequested(() => controller.abort());
    if (token.isCancellationRequested) controller.abort();
    const progress = await startProgress(
      this.deps.connection,
      params?.workDoneToken,
      this.deps.serverProgress,
    );
    const progressCancel = progress.token?.onCancellationRequested(() => controller.abort());
    this.deps.status.auditStarted();
    let summary: AuditSummary;
    try {
      const reports: AuditReport[] = [];
      for (const [i, folder] of folders.entries()) {
        const label = folders.length > 1 ? `${folder.name} (${i + 1}/${folders.length}): ` : '';
        const report = await this.auditFolder(
          folder,
          params?.extraExcludes,
          controller.signal,
          progress,
          label,
        );
        if (report) reports.push(report);
      }
      const report = mergeReports(reports, folders, this.deps.version, this.deps.ruleMetas, started);
      this.last = report;
      this.publish(report);
      summary = summarizeAudit(report, Date.now() - started);
    } catch (error) {
      if (!(error instanceof AuditCancelled) && !controller.signal.aborted) {
        this.deps.status.auditFailed(
          `The audit failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        throw error;
      }
      summary = { ...emptySummary(), cancelled: true, durationMs: Date.now() - started };
    } finally {
      cancel.dispose();
      progressCancel?.dispose();
      progress.done();
    }
    this.deps.status.auditEnded(describeSummary(summary));
    return summary;
  }

  /** A closed file that the audit covered: its diagnostics now come from its text on disk. */
  async refreshFromDisk(path: string): Promise<boolean> {
    const uri = this.published.get(path);
    if (uri === undefined) return false;
    const result = await this.deps.documentLinter.lintFromDisk(path, uri);
    const findings = result?.findings ?? [];
    void this.deps.connection.sendDiagnostics({ uri, diagnostics: this.diagnostics(findings) });
    return true;
  }

  private foldersToAudit(uris: string[] | undefined): Folder[] {
    if (!uris || uris.length === 0) return [...this.deps.folders.all()];
    const folders: Folder[] = [];
    for (const uri of uris) {
      const path = uriToPath(uri);
      if (path === undefined) continue;
      const known = this.deps.folders.all().find((f) => f.path === path);
      folders.push(known ?? { uri, path, name: nodePath.posix.basename(path) });
    }
    return folders;
  }

  private async auditFolder(
    folder: Folder,
    extraExcludes: string[] | undefined,
    signal: AbortSignal,
    progress: AuditProgress,
    label: string,
  ): Promise<AuditReport | undefined> {
    const settings = await this.deps.documentLinter.settingsFor(folder.uri);
    if (!settings.enable) return undefined;
    const { config, folder: folderConfig } = this.deps.documentLinter.configFor(folder.path, settings);
    const workspace = new DiskWorkspace(folder.path, {
      overlay: this.deps.documents.overlay(),
      fileModes: config.fileModes,
      maxFileSize: config.maxFileSize,
    });
    const extraResults: LintResult[] = [];
    if (folderConfig?.file && folderConfig.problems.length > 0) {
      extraResults.push({
        file: folderConfig.file,
        format: 'fs',
        findings: configProblemsToFindings(folderConfig.problems, folderConfig.file),
        fullyUnderstood: false,
      });
    }
    return runAudit({
      root: folder.path,
      config,
      workspace,
      linter: this.deps.linter,
      ruleMetas: this.deps.ruleMetas,
      version: this.deps.version,
      signal,
      extraExcludes,
      extraResults,
      fixes: true,
      onProgress: (done, total) => progress.report(done, total, label),
      onRuleError: (ruleId, file, error) => this.deps.documentLinter.ruleFailed(ruleId, file, error),
    });
  }

  /** Diagnostics for every audited file; open documents keep their live diagnostics. */
  private publish(report: AuditReport): void {
    const previous = new Map(this.published);
    this.published.clear();
    for (const result of report.files) {
      const uri = this.deps.documents.uriOf(result.file);
      this.published.set(result.file, uri);
      previous.delete(result.file);
      if (this.deps.documents.get(uri)) continue;
      void this.deps.connection.sendDiagnostics({ uri, diagnostics: this.diagnostics(result.findings) });
    }
    for (const uri of previous.values()) {
      if (!this.deps.documents.get(uri)) void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  private diagnostics(findings: readonly Finding[]) {
    return publishedDiagnostics(findings, (path) => this.deps.documents.uriOf(path));
  }
}

function mergeReports(
  reports: AuditReport[],
  folders: readonly Folder[],
  version: string,
  ruleMetas: readonly RuleMeta[],
  started: number,
): AuditReport {
  const [first] = reports;
  const base: AuditReport = first ?? {
    tool: { name: 'harden', version },
    root: folders[0]?.path ?? '/',
    files: [],
    skipped: [],
    rules: ruleMetas,
    startedAt: new Date(started),
    durationMs: 0,
  };
  if (reports.length <= 1) return base;
  return {
    ...base,
    root: commonDirectory(reports.map((r) => r.root)),
    files: reports.flatMap((r) => r.files),
    skipped: reports.flatMap((r) => r.skipped),
    durationMs: Date.now() - started,
  };
}

function commonDirectory(paths: readonly string[]): string {
  const split = paths.map((p) => p.split('/'));
  const first = split[0] ?? [];
  let length = 0;
  while (length < first.length && split.every((parts) => parts[length] === first[length])) length++;
  return first.slice(0, length).join('/') || '/';
}

function emptySummary(): AuditSummary {
  return {
    files: 0,
    filesWithProblems: 0,
    problems: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    skipped: 0,
    cancelled: false,
    durationMs: 0,
  };
}

export function summarizeAudit(report: AuditReport, durationMs: number): AuditSummary {
  const summary = summarize(report);
  return {
    files: summary.filesChecked,
    filesWithProblems: summary.filesWithFindings,
    problems: summary.findings,
    errors: summary.bySeverity.error,
    warnings: summary.bySeverity.warning,
    infos: summary.bySeverity.info + summary.bySeverity.hint,
    // Files the linter skipped (an open buffer over the size limit) as well as discovery's.
    skipped: summary.skipped + report.files.filter((file) => file.skipped).length,
    skippedReasons: skippedReasons(report),
    cancelled: false,
    durationMs,
  };
}

/** "14 problems in 9 files — 3 errors", for the status item and the log. */
export function describeSummary(summary: AuditSummary): string {
  if (summary.cancelled) return 'Audit cancelled';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(summary.problems, 'problem')} in ${plural(summary.filesWithProblems, 'file')} — ${plural(summary.errors, 'error')} (${plural(summary.files, 'file')} audited)`;
}

/** Skip reasons grouped and counted, most frequent first, for the audit's summary message. */
function skippedReasons(report: AuditReport): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  const reasons = [
    ...report.skipped.map((s) => s.reason),
    ...report.files.flatMap((f) => (f.skipped ? [f.skipped] : [])),
  ];
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}
