import { resolveConfigValue } from '../engine/config.ts';
import { DEFAULT_MAX_FILE_SIZE, defaultConfig, type ResolvedConfig } from '../engine/config-types.ts';
import type { RuleMeta } from '../engine/rule.ts';
import type { HardenSettings } from '../shared/protocol.ts';
import type { FolderConfig } from './config-files.ts';

export interface EffectiveConfig {
  config: ResolvedConfig;
  /** Problems with the `harden.rules` setting (unknown rule, bad severity), for the log. */
  settingsIssues: string[];
}

/**
 * The config a document is linted with. `.harden.yaml` is what CI uses, so the editor settings
 * only fill what the file leaves open: the preset applies when there is no file, a rule
 * override only for a rule the file does not configure, the size limit only when the file
 * keeps the default. File-mode checks are off when either side turns them off (reading modes
 * is about this machine, which the editor setting describes).
 */
export function effectiveConfig(
  folder: FolderConfig | undefined,
  settings: HardenSettings,
  ruleMetas: readonly RuleMeta[],
): EffectiveConfig {
  const fromFile = folder?.config;
  const config: ResolvedConfig = fromFile
    ? { ...fromFile, presets: [...fromFile.presets], rules: { ...fromFile.rules } }
    : defaultConfig();
  if (!folder?.file) config.presets = [settings.preset];
  const settingsIssues: string[] = [];
  if (Object.keys(settings.rules).length > 0) {
    const { config: fromSettings, issues } = resolveConfigValue({ rules: settings.rules }, ruleMetas);
    for (const issue of issues) settingsIssues.push(`harden.rules: ${issue.message}`);
    for (const [id, override] of Object.entries(fromSettings.rules)) {
      if (!Object.prototype.hasOwnProperty.call(config.rules, id))
        Object.defineProperty(config.rules, id, {
          value: override,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  }
  if (!fromFile || fromFile.maxFileSize === DEFAULT_MAX_FILE_SIZE) config.maxFileSize = settings.maxFileSize;
  config.fileModes = config.fileModes && settings.fileModeChecks;
  return { config, settingsIssues };
}
