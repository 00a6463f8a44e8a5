import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiskWorkspace, readTextFile } from '../engine/disk-workspace.ts';
import { detectFormat, SNIFF_LENGTH } from '../engine/format-detection.ts';
import type { FormatTable, Linter, LintResult } from '../engine/linter.ts';
import type { RuleMeta } from '../engine/rule.ts';
import type { FormatId } from '../engine/types.ts';
import type { HardenSettings } from '../shared/protocol.ts';
import type { ConfigFiles, FolderConfig } from './config-files.ts';
import type { OpenDocuments } from './documents.ts';
import { effectiveConfig, type EffectiveConfig } from './effective-config.ts';
import type { Logger } from './logger.ts';
import type { DocumentSettings } from './settings.ts';
import type { WorkspaceFolders } from './workspace-folders.ts';

/** One lint of one open document, for one version of its text. */
export interface DocumentLint {
  uri: string;
  version: number;
  path: string;
  settings: HardenSettings;
  /** Undefined when Harden does not lint the document (disabled, or a format it does not know). */
  result?: LintResult;
  format?: FormatId;
  durationMs: number;
}

export interface DocumentLinterDependencies {
  linter: Linter;
  formats: FormatTable;
  ruleMetas: readonly RuleMeta[];
  documents: OpenDocuments;
  folders: WorkspaceFolders;
  configs: ConfigFiles;
  settings: DocumentSettings;
  log: Logger;
}

/** Runs the engine on open documents (and on files from disk), with the config that applies to each. */
export class DocumentLinter {
  private readonly reportedIssues = new Set<string>();

  constructor(private readonly deps: DocumentLinterDependencies) {}

  /** The folder config and the effective config for a path, given the settings of its resource. */
  configFor(path: string, settings: HardenSettings): EffectiveConfig & { folder?: FolderConfig } {
    const root = this.deps.folders.containing(path)?.path;
    const folder = root === undefined ? undefined : this.deps.configs.forRoot(root);
    const effective = effectiveConfig(folder, settings, this.deps.ruleMetas);
    for (const issue of effective.settingsIssues) {
      // Once per distinct problem: the settings are re-read on every lint.
      if (this.reportedIssues.has(issue)) continue;
      this.reportedIssues.add(issue);
      this.deps.log.warn(issue);
    }
    return folder ? { ...effective, folder } : effective;
  }

  settingsFor(uri: string): Promise<HardenSettings> {
    return this.deps.settings.get(uri);
  }

  /** Settings changed: their problems may be reported again. */
  settingsChanged(): void {
    this.reportedIssues.clear();
  }

  async lint(document: TextDocument): Promise<DocumentLint | undefined> {
    const path = this.deps.documents.pathOf(document.uri);
    if (path === undefined) return undefined;
    const settings = await this.deps.settings.get(document.uri);
    // The settings arrive asynchronously: lint the text as it is now, with its version.
    const version = document.version;
    const base = { uri: document.uri, version, path, settings, durationMs: 0 };
    if (!settings.enable) return base;
    const format = this.deps.documents.formatOf(document);
    if (!format || !this.deps.formats[format]) return base;
    const started = performance.now();
    const result = this.lintText(path, document.getText(), format, settings);
    return { ...base, format, result, durationMs: performance.now() - started };
  }

  /** Lints a file as the disk holds it (a closed file whose audit diagnostics stay visible). */
  async lintFromDisk(path: string, scopeUri: string): Promise<LintResult | undefined> {
    const settings = await this.deps.settings.get(scopeUri);
    if (!settings.enable) return undefined;
    const { config } = this.configFor(path, settings);
    const read = readTextFile(path, config.maxFileSize);
    const text = read.kind === 'text' ? read.text : undefined;
    const format = detectFormat(path, () => text?.slice(0, SNIFF_LENGTH));
    if (!format || !this.deps.formats[format] || text === undefined) return undefined;
    return this.lintText(path, text, format, settings);
  }

  private lintText(path: string, text: string, format: FormatId, settings: HardenSettings): LintResult {
    const { config } = this.configFor(path, settings);
    const root = this.deps.folders.containing(path)?.path;
    // A fresh view per lint: its read cache then never outlives a change on disk.
    const workspace = new DiskWorkspace(root, {
      overlay: this.deps.documents.overlay(),
      fileModes: config.fileModes,
      maxFileSize: config.maxFileSize,
    });
    return this.deps.linter.lint(
      { path, text, format },
      {
        config,
        workspace,
        fixes: true,
        onRuleError: (ruleId, file, error) => this.ruleFailed(ruleId, file, error),
      },
    );
  }

  ruleFailed(ruleId: string, file: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.deps.log.error(`Rule ${ruleId} failed on ${file}:\n${detail}`);
  }
}
