import type { FileStat, WorkspaceView } from '../../server/src/engine/types.ts';

/** An in-memory workspace for tests: paths are absolute; directories are implied by the files. */
export class MemoryWorkspace implements WorkspaceView {
  readonly files = new Map<string, string>();
  readonly modes = new Map<string, number>();

  constructor(
    readonly root: string | undefined,
    files: Record<string, string> = {},
    modes: Record<string, number> = {},
  ) {
    for (const [path, text] of Object.entries(files)) this.files.set(this.absolute(path), text);
    for (const [path, mode] of Object.entries(modes)) this.modes.set(this.absolute(path), mode);
  }

  absolute(path: string): string {
    if (path.startsWith('/')) return path;
    return `${this.root ?? ''}/${path}`;
  }

  readText(path: string): string | undefined {
    return this.files.get(path);
  }

  exists(path: string): boolean {
    return this.files.has(path) || this.isDirectory(path);
  }

  stat(path: string): FileStat | undefined {
    const isFile = this.files.has(path);
    const isDirectory = !isFile && this.isDirectory(path);
    if (!isFile && !isDirectory) return undefined;
    const mode = this.modes.get(path) ?? (isDirectory ? 0o40755 : 0o100644);
    return { mode, isFile, isDirectory, isSymbolicLink: false, size: this.files.get(path)?.length ?? 0 };
  }

  listDir(path: string): string[] | undefined {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const names = new Set<string>();
    for (const file of [...this.files.keys(), ...this.modes.keys()]) {
      if (file.startsWith(prefix)) names.add(file.slice(prefix.length).split('/')[0]!);
    }
    return names.size > 0 ? [...names].sort() : undefined;
  }

  private isDirectory(path: string): boolean {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    for (const file of [...this.files.keys(), ...this.modes.keys()]) if (file.startsWith(prefix)) return true;
    return false;
  }
}
