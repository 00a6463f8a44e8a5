import fs from 'node:fs';
import { CONFIG_FILE_NAMES, findConfigFile, loadConfig, type ConfigProblem } from '../engine/config.ts';
import { DEFAULT_MAX_FILE_SIZE, type ResolvedConfig } from '../engine/config-types.ts';
import { readTextFile } from '../engine/disk-workspace.ts';
import type { RuleMeta } from '../engine/rule.ts';

/** The `.harden.yaml` of one workspace folder, as loaded. */
export interface FolderConfig {
  /** The folder (engine path). */
  root: string;
  /** The config file, when the folder has one. */
  file?: string;
  /** What the file says (invalid parts fall back to their defaults); absent without a file. */
  config?: ResolvedConfig;
  problems: ConfigProblem[];
}

/** Reads a file's text: the open buffer when there is one, else the disk. */
export type ReadConfigText = (path: string) => { text: string } | { error: string } | undefined;

/**
 * `.harden.yaml` per workspace folder root, loaded once and kept until the file changes (on disk,
 * reported by the file watcher, or in an open editor).
 */
export class ConfigFiles {
  private readonly cache = new Map<string, FolderConfig>();

  constructor(
    private readonly ruleMetas: readonly RuleMeta[],
    private readonly readText: ReadConfigText,
    private readonly exists: (path: string) => boolean,
  ) {}

  forRoot(root: string): FolderConfig {
    let loaded = this.cache.get(root);
    if (!loaded) {
      loaded = this.load(root);
      this.cache.set(root, loaded);
    }
    return loaded;
  }

  /** Forgets the loaded config of a root, or of every root. */
  invalidate(root?: string): void {
    if (root === undefined) this.cache.clear();
    else this.cache.delete(root);
  }

  loaded(): FolderConfig[] {
    return [...this.cache.values()];
  }

  private load(root: string): FolderConfig {
    const file = findConfigFile(root, this.exists);
    if (!file) return { root, problems: [] };
    const read = this.readText(file);
    if (read === undefined) return { root, problems: [] };
    if ('error' in read) {
      const start = { line: 0, character: 0 };
      return {
        root,
        file,
        problems: [
          {
            message: `Cannot read the configuration: ${read.error}.`,
            range: { start, end: start },
            severity: 'error',
          },
        ],
      };
    }
    const { config, problems } = loadConfig(read.text, file, this.ruleMetas);
    return { root, file, config, problems };
  }
}

export function isConfigFileName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return CONFIG_FILE_NAMES.includes(name);
}

/** Disk reader for `ConfigFiles`, with the open buffers first. */
export function configTextReader(overlayText: (path: string) => string | undefined): ReadConfigText {
  return (path) => {
    const open = overlayText(path);
    if (open !== undefined) return { text: open };
    if (!fs.existsSync(path)) return undefined;
    // Checked before it is opened: a FIFO named .harden.yaml would block the server forever.
    const read = readTextFile(path, DEFAULT_MAX_FILE_SIZE);
    return read.kind === 'text' ? { text: read.text } : { error: read.reason };
  };
}
