import fs from 'node:fs';
import nodePath from 'node:path';
import { ALL_RULE_METAS, ALL_RULES } from '../../../rules/index.ts';
import { configProblemsToFindings, findConfigFile, loadConfig } from '../engine/config.ts';
import { DEFAULT_MAX_FILE_SIZE, defaultConfig, type ResolvedConfig } from '../engine/config-types.ts';
import { discoverFiles } from '../engine/discovery.ts';
import { DiskWorkspace, normalizePath, readTextFile } from '../engine/disk-workspace.ts';
import { Linter } from '../engine/linter.ts';
import type { PresetName } from '../engine/rule.ts';
import { FORMATS } from '../formats/index.ts';
import { UsageError } from './options.ts';

/** A configuration problem: printed with its position, then exit 2. */
export class ConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(lines[0] ?? 'invalid configuration');
  }
}

export interface AuditTarget {
  /** Directory the report is relative to. */
  root: string;
  /** Explicit files, when the paths were not a single directory. */
  files?: string[];
  config: ResolvedConfig;
  workspace: DiskWorkspace;
  linter: Linter;
}

/**
 * Looks for `.harden.yaml` in `dir` and its ancestors, stopping at the first directory that is
 * a git work tree's top (holds `.git`), so a config outside the project is never picked up.
 */
export function locateConfig(dir: string): string | undefined {
  for (let current = dir; ;) {
    const found = findConfigFile(current, (path) => fs.existsSync(path));
    if (found) return found;
    const parent = nodePath.posix.dirname(current);
    if (parent === current || fs.existsSync(`${current}/.git`)) return undefined;
    current = parent;
  }
}

function readConfig(file: string): ResolvedConfig {
  // Checked before it is opened: a FIFO given as the configuration would block forever.
  const read = readTextFile(file, DEFAULT_MAX_FILE_SIZE);
  if (read.kind !== 'text') throw new ConfigError([`cannot read configuration ${file}: ${read.reason}`]);
  const { config, problems } = loadConfig(read.text, file, ALL_RULE_METAS);
  const errors = configProblemsToFindings(problems, file).filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((f) => `${file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.message}`),
    );
  }
  return config;
}

export function prepareTarget(
  paths: string[],
  cwd: string,
  options: { config?: string; preset?: PresetName; fileModes?: boolean },
): AuditTarget {
  const absolute = paths.map((p) => normalizePath(nodePath.resolve(cwd, p)));
  for (const path of absolute) {
    if (!fs.existsSync(path)) throw new UsageError(`no such file or directory: ${path}`);
  }
  const singleDirectory = absolute.length === 1 && fs.statSync(absolute[0]!).isDirectory();
  const root = singleDirectory ? absolute[0]! : normalizePath(cwd);
  const configFile = options.config
    ? normalizePath(nodePath.resolve(cwd, options.config))
    : locateConfig(root);
  const config = configFile ? readConfig(configFile) : defaultConfig();
  if (options.preset) config.presets = [options.preset];
  if (options.fileModes === false) config.fileModes = false;
  const workspace = new DiskWorkspace(root, { fileModes: config.fileModes, maxFileSize: config.maxFileSize });
  const linter = new Linter(ALL_RULES, FORMATS);
  if (singleDirectory) return { root, config, workspace, linter };
  return { root, files: expandPaths(absolute, config), config, workspace, linter };
}

/** Directories among several paths are discovered; files are taken as given. */
function expandPaths(paths: string[], config: ResolvedConfig): string[] {
  return paths.flatMap((path) =>
    fs.statSync(path).isDirectory() ? discoverFiles(path, config).files.map((f) => f.path) : [path],
  );
}
