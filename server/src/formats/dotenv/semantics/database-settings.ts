import type { LineIndex } from '../../../engine/line-index.ts';
import type { Range } from '../../../engine/types.ts';
import type { DotenvEntry } from '../ast.ts';
import { parseDatabaseUrl, URL_KEY, type DatabaseUrl, type UrlPart } from './database-url.ts';
import { valuePartRange, valueSource, type ValueSource } from './value-source.ts';

/** A database URL of the file (the last definition of its key), parsed from the value as written. */
export interface DatabaseUrlSetting {
  entry: DotenvEntry;
  url: DatabaseUrl;
  source: ValueSource;
}

/** The database URLs among `entries` (the file's entries in effect: `entriesInEffect`). */
export function databaseUrlSettings(entries: readonly DotenvEntry[], index: LineIndex): DatabaseUrlSetting[] {
  const settings: DatabaseUrlSetting[] = [];
  for (const entry of entries) {
    if (!URL_KEY.test(entry.key) || entry.startLine !== entry.endLine) continue;
    const source = valueSource(entry, index);
    const url = parseDatabaseUrl(source.text);
    if (url) settings.push({ entry, url, source });
  }
  return settings;
}

/**
 * True when the part is (or contains) a variable reference: `mysql://${DB_USER}:…`. Its value
 * comes from another key, which the rules check where it is defined.
 */
export function partIsReference(setting: DatabaseUrlSetting, part: UrlPart): boolean {
  return setting.source.text.slice(part.start, part.end).includes('$');
}

export function partRange(setting: DatabaseUrlSetting, index: LineIndex, start: number, end: number): Range {
  return valuePartRange(setting.source, index, start, end);
}
