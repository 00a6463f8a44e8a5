import type { WorkspaceView } from '../../../engine/types.ts';
import type { DotenvEntry, DotenvFile } from '../ast.ts';
import { parseDotenvShared } from '../shared-parse.ts';
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
 * `APP_ENV` is read after the first layer (default `dev`) and again after `.env.local`, unless the
 * real environment sets it: a variable of the real environment wins over every file, and
 * production servers commonly set `APP_ENV=prod` there (Docker's `ENV`, `composer dump-env
 * prod`). `forcedEnv` is that case. Undefined when an `APP_ENV` refers to another variable (which
 * layers load is then unknown).
 *
 * Only a Symfony application loads files this way: Laravel's and most other apps' loaders read
 * `.env` alone, so their `.env` values are in effect whatever other files say.
 */
function loadOrder(app: SymfonyFolder, workspace: WorkspaceView, forcedEnv?: string): string[] | undefined {
  const { folder, names, first } = app;
  const has = (name: string) => names.includes(name);
  const order = [first];
  let env = forcedEnv ?? envSetIn(folder, first, workspace) ?? 'dev';
  if (env === UNKNOWN) return undefined;
  if (env !== 'test' && has('.env.local')) {
    order.push('.env.local');
    if (forcedEnv === undefined) env = envSetIn(folder, '.env.local', workspace) ?? env;
    if (env === UNKNOWN) return undefined;
  }
  if (env === 'local') return order;
  for (const name of [`.env.${env}`, `.env.${env}.local`]) if (has(name)) order.push(name);
  return order;
}

/** An `APP_ENV` that refers to another variable. */
const UNKNOWN = '\u0000unknown';

/**
 * `APP_ENV` as Symfony reads it from a file: set even when empty (`APP_ENV=` selects no
 * `.env.<env>` file), not trimmed; UNKNOWN when it refers to a variable.
 */
function envSetIn(folder: string, name: string, workspace: WorkspaceView): string | undefined {
  return factsOf(folder, name, workspace).appEnv;
}

/** A folder whose env files Symfony loads in layers: its entries, and the first layer. */
interface SymfonyFolder {
  folder: string;
  names: readonly string[];
  /** `.env`, or `.env.dist` when there is no `.env`. */
  first: string;
}

/**
 * The folder, when it holds a Symfony application's env files: Flex's `symfony.lock`, the
 * kernel's `config/bundles.php`, or a first layer with the recipe markers Flex writes
 * (`###> symfony/framework-bundle ###`). Undefined next to a `.env.local.php` (`composer
 * dump-env`): Symfony then reads that file instead of the others, and it is PHP, not analysed
 * here.
 */
function symfonyFolder(folder: string, workspace: WorkspaceView): SymfonyFolder | undefined {
  // Each env file of the folder asks in turn: an audit goes folder by folder.
  let known = folders.get(workspace);
  if (known?.folder !== folder) {
    known = { folder, app: readSymfonyFolder(folder, workspace) };
    folders.set(workspace, known);
  }
  return known.app;
}

/** The last folder asked about, per workspace view (an audit's view lives for the whole audit). */
const folders = new WeakMap<WorkspaceView, { folder: string; app: SymfonyFolder | undefined }>();

function readSymfonyFolder(folder: string, workspace: WorkspaceView): SymfonyFolder | undefined {
  if (workspace.exists(`${folder}/.env.local.php`)) return undefined;
  const names = workspace.listDir(folder);
  if (!names) return undefined;
  const first = names.includes('.env') ? '.env' : names.includes('.env.dist') ? '.env.dist' : undefined;
  if (!first) return undefined;
  const symfony =
    names.includes('symfony.lock') ||
    workspace.exists(`${folder}/config/bundles.php`) ||
    workspace.readText(`${folder}/${first}`)?.includes('###> symfony/') === true;
  return symfony ? { folder, names, first } : undefined;
}

/** What the layering needs of one env file: the keys it replaces, and its `APP_ENV`. */
interface EnvFileFacts {
  /** Keys it sets, but those whose value refers to the key itself (`APP_SECRET=${APP_SECRET}` keeps the value loaded before). */
  replaces: ReadonlySet<string>;
  appEnv: string | undefined;
}

/**
 * An audit of thousands of env files asks about every file's neighbours: parsing them again for
 * each doubled its time, and keeping every file's facts for the whole audit cost 100 MB. The
 * facts of the last few dozen files are kept.
 */
function factsOf(folder: string, name: string, workspace: WorkspaceView): EnvFileFacts {
  const path = `${folder}/${name}`;
  let known = facts.get(workspace);
  if (!known) {
    known = new Map();
    facts.set(workspace, known);
  }
  let found = known.get(path);
  if (!found) {
    // The files of the folders asked about last: an audit goes folder by folder.
    if (known.size >= FACTS_KEPT) known.clear();
    const text = workspace.readText(path);
    const entries = text === undefined ? [] : effectiveEntries(parseDotenvShared(text).ast);
    const replaces = new Set<string>();
    let appEnv: string | undefined;
    for (const entry of entries) {
      if (!entry.references.some((r) => r.name === entry.key)) replaces.add(entry.key);
      if (entry.key === 'APP_ENV') appEnv = entry.references.length > 0 ? UNKNOWN : entry.value;
    }
    found = { replaces, appEnv };
    known.set(path, found);
  }
  return found;
}

const facts = new WeakMap<WorkspaceView, Map<string, EnvFileFacts>>();
const FACTS_KEPT = 32;

const NOTHING: ReadonlySet<string> = new Set();

/**
 * The keys of the env file at `path` that a file Symfony loads after it sets again: the app
 * never gets this file's value for them, so the value rules leave them to the file that wins
 * (Sulu's committed `.env` ships `APP_SECRET='$ecretf0rt3st'` and a root database URL, and the
 * install's `.env.local` replaces both, as Symfony's documentation asks). A key counts only when
 * it is replaced both in the environment the files select and with `APP_ENV=prod` set by the
 * server (the recipe's `.env` says `dev`, and `.env.dev` replacing its secret says nothing of
 * production). Nothing counts next to a `.env.local.php` (`composer dump-env`): Symfony then
 * reads that file instead of the others, and it is PHP, not analysed here.
 */
export function overriddenKeys(path: string, workspace: WorkspaceView): ReadonlySet<string> {
  // Seven value rules ask for the same file, one after the other, in one lint.
  const last = lastAnswer.get(workspace);
  if (last?.path === path) return last.keys;
  const keys = computeOverriddenKeys(path, workspace);
  lastAnswer.set(workspace, { path, keys });
  return keys;
}

/** The last answer per workspace view (an audit's view lives for the whole audit: one entry, not one per file). */
const lastAnswer = new WeakMap<WorkspaceView, { path: string; keys: ReadonlySet<string> }>();

function computeOverriddenKeys(path: string, workspace: WorkspaceView): ReadonlySet<string> {
  const slash = path.lastIndexOf('/');
  if (slash < 0) return NOTHING;
  const folder = path.slice(0, slash);
  const app = symfonyFolder(folder, workspace);
  if (!app) return NOTHING;
  const name = baseName(path);
  let keys: Set<string> | undefined;
  for (const forced of [undefined, 'prod']) {
    const order = loadOrder(app, workspace, forced);
    if (!order) return NOTHING;
    const at = order.indexOf(name);
    // A file this scenario does not load says nothing of it.
    if (at < 0) continue;
    const later = new Set<string>();
    for (const file of order.slice(at + 1))
      for (const key of factsOf(folder, file, workspace).replaces) later.add(key);
    keys = keys ? new Set([...keys].filter((k) => later.has(k))) : later;
  }
  return keys ?? NOTHING;
}

/**
 * The entries whose value the app gets from this file: its last definition of each key
 * (`effectiveEntries`) that no file Symfony loads later sets again.
 */
export function entriesInEffect(
  ast: DotenvFile,
  path: string,
  workspace: WorkspaceView,
): readonly DotenvEntry[] {
  const entries = effectiveEntries(ast);
  const overridden = overriddenKeys(path, workspace);
  return overridden.size === 0 ? entries : entries.filter((e) => !overridden.has(e.key));
}
