import type { WorkspaceFolder } from 'vscode-languageserver';
import { uriToPath } from './uris.ts';

export interface Folder {
  uri: string;
  /** Engine path (normalised, forward slashes). */
  path: string;
  name: string;
}

/** The workspace folders the client has open: each is the root of its own `.harden.yaml`. */
export class WorkspaceFolders {
  private folders: Folder[] = [];

  set(folders: readonly WorkspaceFolder[] | null | undefined): void {
    this.folders = [];
    for (const folder of folders ?? []) this.add(folder);
  }

  add(folder: WorkspaceFolder): void {
    const path = uriToPath(folder.uri);
    if (path === undefined || this.folders.some((f) => f.path === path)) return;
    this.folders.push({ uri: folder.uri, path, name: folder.name });
  }

  remove(folder: WorkspaceFolder): void {
    const path = uriToPath(folder.uri);
    this.folders = this.folders.filter((f) => f.path !== path);
  }

  all(): readonly Folder[] {
    return this.folders;
  }

  /** The innermost folder that contains the path (nested folders each have their own config). */
  containing(path: string): Folder | undefined {
    let best: Folder | undefined;
    for (const folder of this.folders) {
      const inside = path === folder.path || path.startsWith(folder.path === '/' ? '/' : `${folder.path}/`);
      if (inside && (!best || folder.path.length > best.path.length)) best = folder;
    }
    return best;
  }
}
