import { existsSync, readFileSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';

/**
 * Resolves with a file's content once it exists and `accept` takes it (e.g. it parses as JSON:
 * a writer may still be busy), woken by file-system events of its directory, not by polling.
 */
export function waitForFile(
  path: string,
  accept: (text: string) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<string> {
  const attempt = (): string | undefined => {
    if (!existsSync(path)) return undefined;
    const text = readFileSync(path, 'utf8');
    return accept(text) ? text : undefined;
  };
  const now = attempt();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const watcher = watch(dirname(path), (_event, name) => {
      if (name !== null && name !== basename(path)) return;
      const text = attempt();
      if (text === undefined) return;
      clearTimeout(timer);
      watcher.close();
      resolve(text);
    });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} (${path})`));
    }, timeoutMs);
  });
}

export function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
