import type { WorkspaceView } from '../../../engine/types.ts';
import type { DotenvEntry } from '../ast.ts';
import { parseDotenv } from '../parser.ts';
import { baseName } from './env-files.ts';
import { effectiveEntries } from './effective-entries.ts';

/**
 * Symfony loads a folder's env files in layers, each later file replacing the keys it sets
 * (symfony/dotenv `Dotenv::loadEnv`, https://symfony.com/doc/current/configuration.html#overriding-environment-values-via-env-local):
 *
 * 1. `.env` (`.env.dist` when there is no `.env`);
 * 2. `.env.local`, unless the environment is `test`;
 * 3. `.env.<APP_ENV>` and `.env.<APP_ENV>.local`, unless the environment is `local`.
 *
 * `APP_ENV` is read after the first layer (default `dev`) and again after `.env.local`. Real
 * environment variables win over every file, but a workspace does not show them.
 *
 * Only a Symfony application loads files this way: Laravel's and most other apps' loaders read
 * `.env` alone, so their `.env` values are in effect whatever other files say.
 */
function loadOrder(folder: string, workspace: WorkspaceView): string[] | undefined {
  const names = workspace.listDir(folder);
  if (!names) return undefined;
  const has = (name: string) => names.includes(name);
  const first = has('.env') ? '.env' : has('.env.dist') ? '.env.dist' : undefined;
  if (!first || !isSymfonyApp(folder, names, workspace)) return undefined;
  const order = [first];
  let env = lastValue(folder, first, 'APP_ENV', workspace) ?? 'dev';
  if (env !== 'test' && has('.env.local')) {
    order.push('.env.local');
    env = lastValue(folder, '.env.local', 'APP_ENV', workspace) ?? env;
  }
  if (env === 'local') return order;
  for (const name of [`.env.${env}`, `.env.${env}.local`]) if (has(name)) order.push(name);
  return order;
}

/**
 * A Symfony application's folder: Flex's `symfony.lock`, the kernel's `config/bundles.php`, or a
 * `.env` with the recipe markers Flex writes (`###> symfony/framework-bundle ###`).
 */
function isSymfonyApp(folder: string, names: readonly string[], workspace: WorkspaceView): boolean {
  if (names.includes('symfony.lock')) return true;
  if (workspace.exists(`${folder}/config/bundles.php`)) return true;
  return workspace.readText(`${folder}/.env`)?.includes('###> symfony/') === true;
}

function entriesOf(folder: string, name: string, workspace: WorkspaceView): readonly DotenvEntry[] {
  const text = workspace.readText(`${folder}/${name}`);
  return text === undefined ? [] : effectiveEntries(parseDotenv(text).ast);
}

function lastValue(folder: string, name: string, key: string, workspace: WorkspaceView): string | undefined {
  const value = entriesOf(folder, name, workspace)
    .find((e) => e.key === key)
    ?.literalValue.trim();
  return value === '' ? undefined : value;
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * The keys of the env file at `path` that a file Symfony loads after it sets again: the app
 * never gets this file's value for them, so the value rules leave them to the file that wins
 * (Sulu's committed `.env` ships `APP_SECRET='$ecretf0rt3st'` and a root database URL, and the
 * install's `.env.local` replaces both, as Symfony's documentation asks).
 */
export function overriddenKeys(path: string, workspace: WorkspaceView): ReadonlySet<string> {
  const slash = path.lastIndexOf('/');
  if (slash < 0) return NOTHING;
  const folder = path.slice(0, slash);
  const order = loadOrder(folder, workspace);
  const at = order?.indexOf(baseName(path)) ?? -1;
  if (!order || at < 0 || at === order.length - 1) return NOTHING;
  const keys = new Set<string>();
  for (const later of order.slice(at + 1))
    for (const entry of entriesOf(folder, later, workspace)) keys.add(entry.key);
  return keys;
}

/** The entries whose value the app gets from this file: its last definition of each key that no later file sets. */
export function entriesInEffect(
  entries: readonly DotenvEntry[],
  path: string,
  workspace: WorkspaceView,
): readonly DotenvEntry[] {
  const overridden = overriddenKeys(path, workspace);
  return overridden.size === 0 ? entries : entries.filter((e) => !overridden.has(e.key));
}
