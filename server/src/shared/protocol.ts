/**
 * The contract between the VS Code client and the language server: custom request names,
 * their parameters and results, the settings shape and the command ids. Both sides import
 * this file (esbuild bundles it into each), so a name is declared exactly once.
 */

export type RunMode = 'onType' | 'onSave';

/** `harden.*` settings, per resource. */
export interface HardenSettings {
  enable: boolean;
  /** Preset used when the workspace has no `.harden.yaml` (the config file wins when present). */
  preset: 'recommended' | 'strict' | 'chamilo' | 'civicrm';
  /** Rule overrides: `{ "nginx/server-tokens": "off" }` or `{ "dotenv/weak-secret": { "severity": "warning" } }`. Applied on top of `.harden.yaml` only where it does not set the rule. */
  rules: Record<string, unknown>;
  run: RunMode;
  /** Files larger than this (bytes) are not linted. */
  maxFileSize: number;
  /** Read real file modes from disk for fs/* rules. */
  fileModeChecks: boolean;
}

export const DEFAULT_SETTINGS: HardenSettings = {
  enable: true,
  preset: 'recommended',
  rules: {},
  run: 'onType',
  maxFileSize: 5 * 1024 * 1024,
  fileModeChecks: true,
};

/** Request: audit every config of the workspace folders; diagnostics are published for every file. */
export const AUDIT_WORKSPACE_REQUEST = 'harden/auditWorkspace';
export interface AuditWorkspaceParams {
  /** Folder URIs to audit; default: every workspace folder. */
  folders?: string[];
  /** Globs of the editor's `files.exclude` to honour as well. */
  extraExcludes?: string[];
  /** LSP work-done progress token created by the client. */
  workDoneToken?: string | number;
}
export interface AuditSummary {
  files: number;
  filesWithProblems: number;
  problems: number;
  errors: number;
  warnings: number;
  infos: number;
  skipped: number;
  /** Why files were skipped, most frequent first (e.g. "Apache files are not checked yet"). */
  skippedReasons?: { reason: string; count: number }[];
  cancelled: boolean;
  durationMs: number;
}

/** Request: render the last audit (or a fresh one) as a report; the client writes it where the user chooses. */
export const EXPORT_REPORT_REQUEST = 'harden/exportReport';
export type ExportFormat = 'sarif' | 'markdown' | 'html' | 'json';
export interface ExportReportParams {
  format: ExportFormat;
}
export interface ExportReportResult {
  content: string;
  /** Suggested file name, e.g. `harden-report.sarif`. */
  fileName: string;
}

/** Request: a rule's documentation page as Markdown (for clients other than VS Code). */
export const RULE_DOCS_REQUEST = 'harden/ruleDocs';
export interface RuleDocsParams {
  ruleId: string;
}
export interface RuleDocsResult {
  ruleId: string;
  title: string;
  markdown: string;
  url: string;
}

/** Notification from the server: its state, for the language status item. */
export const STATUS_NOTIFICATION = 'harden/status';
export interface StatusParams {
  state: 'starting' | 'ready' | 'linting' | 'auditing' | 'error';
  /** Last lint: file URI, time taken and when. */
  lastLint?: { uri: string; durationMs: number; at: string };
  message?: string;
}

/** Client-side commands (contributed in package.json). */
export const COMMANDS = {
  auditWorkspace: 'harden.auditWorkspace',
  exportReport: 'harden.exportReport',
  showRuleDocumentation: 'harden.showRuleDocumentation',
  restartServer: 'harden.restartServer',
  showOutput: 'harden.showOutput',
} as const;

/**
 * Commands the server executes (`workspace/executeCommand`); the client library registers them
 * itself. `applyFileMode` is the code action of a file-permission fix: the server asks the user
 * to confirm before it changes any mode.
 */
export const SERVER_COMMANDS = {
  applyFileMode: 'harden.server.applyFileMode',
} as const;
export interface ApplyFileModeArguments {
  /** The fix's title, shown in the confirmation. */
  title: string;
  operations: { uri: string; mode: number }[];
}
