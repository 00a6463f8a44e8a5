import type { Connection } from 'vscode-languageserver';
import { configProblemsToFindings } from '../engine/config.ts';
import type { ConfigFiles } from './config-files.ts';
import { toDiagnostic, type UriOf } from './conversions.ts';
import type { WorkspaceFolders } from './workspace-folders.ts';

/**
 * Problems of each folder's `.harden.yaml`, published on the file itself (code
 * `harden/config-error`) whether it is open or not: a broken config silently falling back to
 * the defaults is exactly what the user must see.
 */
export class ConfigDiagnostics {
  private readonly published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly configs: ConfigFiles,
    private readonly folders: WorkspaceFolders,
    private readonly uriOf: UriOf,
  ) {}

  publishAll(): void {
    const current = new Set<string>();
    for (const folder of this.folders.all()) {
      const loaded = this.configs.forRoot(folder.path);
      if (!loaded.file) continue;
      const uri = this.uriOf(loaded.file);
      current.add(uri);
      const diagnostics = configProblemsToFindings(loaded.problems, loaded.file).map((finding) =>
        toDiagnostic(finding, this.uriOf),
      );
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const uri of this.published) {
      if (!current.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    this.published.clear();
    for (const uri of current) this.published.add(uri);
  }

  /** Whether the URI is a config file whose diagnostics this class owns. */
  owns(uri: string): boolean {
    return this.published.has(uri);
  }
}
