import type { Connection } from 'vscode-languageserver';
import { PRESET_NAMES, type PresetName } from '../engine/rule.ts';
import { DEFAULT_SETTINGS, type HardenSettings, type RunMode } from '../shared/protocol.ts';

export const SETTINGS_SECTION = 'harden';

/**
 * `harden.*` settings are per resource (a folder may set its own preset), so they are asked for
 * with the document as scope, cached per document, and dropped when the client says they changed.
 * Clients without `workspace/configuration` push them with `didChangeConfiguration` instead.
 */
export class DocumentSettings {
  private readonly cache = new Map<string, Promise<HardenSettings>>();
  private pushed: HardenSettings = { ...DEFAULT_SETTINGS };

  constructor(
    private readonly connection: Connection,
    private readonly pull: boolean,
  ) {}

  get(uri: string): Promise<HardenSettings> {
    if (!this.pull) return Promise.resolve(this.pushed);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(parseSettings, (error: unknown) => {
          this.connection.console.warn(
            `Could not read the harden.* settings (${String(error)}); using the defaults.`,
          );
          return { ...DEFAULT_SETTINGS };
        });
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** After `didChangeConfiguration`: `pushed` is the notification's `settings` payload. */
  changed(pushed: unknown): void {
    this.cache.clear();
    if (!this.pull) {
      const section = isRecord(pushed) ? pushed[SETTINGS_SECTION] : undefined;
      this.pushed = parseSettings(section);
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

/** The client's raw value, checked field by field: a wrong value falls back to its default. */
export function parseSettings(raw: unknown): HardenSettings {
  const value = isRecord(raw) ? raw : {};
  const settings: HardenSettings = { ...DEFAULT_SETTINGS, rules: {} };
  if (typeof value['enable'] === 'boolean') settings.enable = value['enable'];
  if (typeof value['preset'] === 'string' && (PRESET_NAMES as readonly string[]).includes(value['preset']))
    settings.preset = value['preset'] as PresetName;
  if (isRecord(value['rules'])) settings.rules = { ...value['rules'] };
  if (value['run'] === 'onType' || value['run'] === 'onSave') settings.run = value['run'] as RunMode;
  if (
    typeof value['maxFileSize'] === 'number' &&
    Number.isFinite(value['maxFileSize']) &&
    value['maxFileSize'] > 0
  )
    settings.maxFileSize = value['maxFileSize'];
  if (typeof value['fileModeChecks'] === 'boolean') settings.fileModeChecks = value['fileModeChecks'];
  return settings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
