import { ObjectMemo } from '../../engine/object-memo.ts';
import type { WorkspaceView } from '../../engine/types.ts';
import type { NginxFile } from './ast.ts';
import { parseNginx } from './parser.ts';

/** Parses a text; injected so callers (and tests) can count or replace parsing. */
export type NginxParse = (text: string, path: string) => NginxFile;

export const defaultParse: NginxParse = (text) => parseNginx(text).ast;

interface Entry {
  text: string;
  file: NginxFile;
}

/**
 * Parsed files of a workspace view, reused while their text is unchanged: the same snippet is
 * included by many files and every rule asks for the includes of the file it checks. The cache
 * hangs off the view object itself (an ObjectMemo), so it lives exactly as long as the view; an
 * entry is only reused when the text read now is the text that was parsed.
 */
const caches = new ObjectMemo<WorkspaceView, Map<NginxParse, Map<string, Entry>>>('caches');

const MAX_ENTRIES = 4096;

export function parsedFileAt(
  path: string,
  workspace: WorkspaceView,
  parse: NginxParse,
): NginxFile | undefined {
  const text = workspace.readText(path);
  if (text === undefined) return undefined;
  let byParser = caches.get(workspace);
  if (!byParser) {
    byParser = new Map();
    caches.set(workspace, byParser);
  }
  let entries = byParser.get(parse);
  if (!entries) {
    entries = new Map();
    byParser.set(parse, entries);
  }
  const hit = entries.get(path);
  if (hit && hit.text === text) return hit.file;
  const file = parse(text, path);
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(path, { text, file });
  return file;
}
