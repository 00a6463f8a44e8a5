import picomatch from 'picomatch';
import type { ResolvedConfig } from './config-types.ts';

/**
 * Production files by convention: `.env.prod*`, `.env.production*`, `.env.local.php`, and
 * Symfony's `config/packages/prod/`. The config's `production` globs (relative to the
 * workspace root) add more.
 */
const CONVENTIONAL = [
  /(^|\/)\.env\.prod(uction)?(\.[^/]*)?$/,
  /(^|\/)\.env\.local\.php$/,
  /(^|\/)config\/packages\/prod\//,
];

const matcherCache = new Map<string, (path: string) => boolean>();

export function isProductionPath(path: string, config: ResolvedConfig, root: string | undefined): boolean {
  if (CONVENTIONAL.some((pattern) => pattern.test(path))) return true;
  if (config.production.length === 0) return false;
  const relative = root && path.startsWith(root + '/') ? path.slice(root.length + 1) : path;
  const key = config.production.join('\u0000');
  let matcher = matcherCache.get(key);
  if (!matcher) {
    matcher = picomatch(config.production, { dot: true, matchBase: false });
    matcherCache.set(key, matcher);
  }
  const baseName = relative.slice(relative.lastIndexOf('/') + 1);
  return matcher(relative) || matcher(baseName);
}
