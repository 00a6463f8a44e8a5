import type { WorkspaceView } from '../../engine/types.ts';
import { samePlace, type EffectiveNode } from './effective.ts';
import { locationInfo, matchLocation } from './locations.ts';
import { joinPath } from './paths.ts';
import { renderedTemplateValue } from './compose-mounts.ts';
import { isDenyAll } from './semantics-acl.ts';
import { accessRulesAt, refusesRequests } from './semantics-php-locations.ts';
import { canProbe } from './semantics-probe-safety.ts';
import { addressCheckFor } from './semantics-restrictions.ts';
import { workspaceRootsFor } from './semantics-upload-paths.ts';
import { rewriteTarget } from './semantics-if-flow.ts';
import { triesOnlyFixedFiles, tryFilesFolder } from './semantics-try-files-fallback.ts';
import { filesBelow, foldersBelow, memoByWorkspace, readSmallText } from './semantics-workspace-tree.ts';
import { documentRoot, lastDirectiveIn, locationBlocks } from './server-blocks.ts';
import { locationsOfServer } from './semantics-tree-index.ts';
import { isSlash, trimEndOf } from '../../engine/text-runs.ts';
import { NodeMemo } from './node-memo.ts';
import { mayKeepRequestPath } from './semantics-server-rewrites.ts';

/**
 * Files that sit in a web root but must never be served: dotfiles (`.env` with the database
 * password and APP_SECRET, `.git/`, `.htaccess`), logs, database dumps and backups, and — when
 * the root is the application itself rather than its `public/` or `web/` folder — Composer's
 * manifest and lock file (exact versions to look vulnerabilities up). Each category is probed
 * with requests nginx would really route (location order followed): below the server's root,
 * and below the prefix of each location that publishes another folder with `alias`
 * (`aliasExposure`).
 */

export type PrivateCategory =
  'dotfiles' | 'logs' | 'backups' | 'databases' | 'data' | 'config' | 'keys' | 'composer';

const PROBES: Record<PrivateCategory, string[]> = {
  dotfiles: ['/.env', '/.git/config', '/.htaccess'],
  logs: ['/app.log', '/var/log/prod.log', '/sites/default/files/civicrm/ConfigAndLog/CiviCRM.log'],
  backups: ['/dump.sql', '/index.php.bak'],
  // Only the files the workspace tree shows: an application's database has no usual name.
  databases: [],
  // Only the files the workspace tree shows in the folders of DATA_FOLDERS.
  data: [],
  // Only the files the workspace tree shows in a configuration folder (CONFIG_FOLDER).
  config: [],
  // Only the private keys the workspace tree shows (`isPrivateKeyFile`).
  keys: [],
  composer: ['/composer.json', '/composer.lock'],
};

/** The categories, in the order messages list them and the fix writes their denies. */
const CATEGORIES = Object.keys(PROBES) as PrivateCategory[];

/** Each category's probes that `of` keeps. */
function perCategory<T extends readonly string[]>(
  of: (category: PrivateCategory) => T,
): Record<PrivateCategory, T> {
  const out = {} as Record<PrivateCategory, T>;
  for (const category of CATEGORIES) out[category] = of(category);
  return out;
}

/** Whether a probe is one of a category's fixed ones (not a file found in the workspace tree). */
export function isFixedProbe(category: PrivateCategory, probe: string): boolean {
  return PROBES[category].includes(probe);
}

/** Directives that pass the request on to another server (an application, a proxy, a cache). */
export const PASSING_HANDLERS = [
  'proxy_pass',
  'fastcgi_pass',
  'uwsgi_pass',
  'scgi_pass',
  'grpc_pass',
  'memcached_pass',
];

/** Directives after which nginx does not read the file from the root itself. */
const HANDLERS = [...PASSING_HANDLERS, 'return'];

/**
 * Whether the block hands its requests to an application or answers them itself (no file is
 * read), or sends every request elsewhere with a rewrite before any file is read (Winter CMS's
 * `location / { rewrite ^ /index.php last; }`).
 */
export function handsOver(block: EffectiveNode): boolean {
  return HANDLERS.some((h) => block.childrenNamed(h).length > 0) || rewriteTarget(block) !== undefined;
}

function servesFromRoot(block: EffectiveNode): boolean {
  return !handsOver(block) && !triesOnlyFixedFiles(block) && documentRoot(block) !== undefined;
}

/**
 * Whether the block only answers some addresses (`allow …; deny all;`, or an `if ($remote_addr
 * != …) { return 403; }` of its own or of its server, which run for the requests it answers):
 * not a public exposure.
 */
export function restricted(block: EffectiveNode): boolean {
  return accessRulesAt(block).some(isDenyAll) || addressCheckFor(block) !== undefined;
}

const blockServes = new NodeMemo<boolean>();

/** Whether the requests a block answers get files of the root, for anybody (many probes land in the same block). */
function blockServesFiles(block: EffectiveNode): boolean {
  let known = blockServes.get(block);
  if (known === undefined) {
    known = !refusesRequests(block) && !restricted(block) && servesFromRoot(block);
    blockServes.set(block, known);
  }
  return known;
}

/** The probes of each category that nginx would serve from the root, by server (the message and the fix read them again). */
const servedByServer = new NodeMemo<Record<PrivateCategory, readonly string[]>>();

function servedOf(
  server: EffectiveNode,
  workspace: WorkspaceView,
): Record<PrivateCategory, readonly string[]> {
  let served = servedByServer.get(server);
  if (!served) {
    const probes = rootProbes(server, workspace);
    // Asked of every server: a list is made only for a category with a served probe.
    served = perCategory((category): readonly string[] => {
      let kept: string[] | undefined;
      for (const probe of probes[category]) {
        // The server's rewrite phase may send the request elsewhere before any location reads it.
        if (!canProbe(server, probe) || !mayKeepRequestPath(server, probe)) continue;
        const chosen = matchLocation(server, probe).location?.node ?? server;
        if (blockServesFiles(chosen) && readsProbe(server, chosen, category, probe, workspace))
          (kept ??= []).push(probe);
      }
      return kept ?? NO_PROBES;
    });
    servedByServer.set(server, served);
  }
  return served;
}

const NO_PROBES: readonly string[] = Object.freeze([]);

/**
 * Whether the file a probe names is the one nginx reads for it, where the location that answers
 * reads. Composer's files (and `var/log/`) are probed because the server's root is the
 * application's directory: a location that reads another root (`location / { root
 * /var/www/html/public; }` under a server whose root is the repository) sends that folder's
 * files, which must be an application's directory too. A location whose `try_files` reads the
 * request in a folder below the root (`try_files /public$uri …`) reads `public/composer.json`
 * for `/composer.json`: the fixed probes then stand for that folder's files, and a file the tree
 * shows at the probe's own path is not the one read.
 */
function readsProbe(
  server: EffectiveNode,
  /** The block nginx chooses for the probe. */
  chosen: EffectiveNode,
  category: PrivateCategory,
  probe: string,
  workspace: WorkspaceView,
): boolean {
  // A data folder the configuration refuses with a prefix location that a regex location then
  // bypasses is nginx/regex-location-bypass's finding (its page: folders of data), not a second one.
  if (category === 'data' && refusedByPrefix(server, probe)) return false;
  // A location that reads another folder through `alias` is asked about that folder's own files
  // (`aliasExposure`): the root's fixed probes name the application's paths below the root, not
  // files of that folder (blind case templates-civi--legacy-files-alias-slash: nginx 1.22.1, 404).
  if (documentRoot(chosen)?.kind === 'alias') return false;
  const applicationFile = category === 'composer' || (category === 'logs' && probe.startsWith('/var/'));
  const folder = tryFilesFolder(chosen);
  if (folder !== undefined) {
    if (!isFixedProbe(category, probe)) return false;
    const root = documentRoot(chosen);
    return (
      !applicationFile ||
      (root !== undefined && applicationDirVerdict(joinPath(root.path, folder.slice(1)), workspace) === true)
    );
  }
  const sameRoot = documentRoot(chosen)?.path === documentRoot(server)?.path;
  if (category === 'composer' && (chosen === server || sameRoot) && isFixedProbe(category, probe)) {
    const root = documentRoot(server);
    if (root?.kind === 'root' && showsCodeWithoutComposer(root.path, workspace)) return false;
  }
  if (chosen === server) return true;
  // A file the tree shows below the server's root is not what a location with a root of its
  // own sends (Laravel's `location / { root …/public; }` under a server whose root is the
  // repository: blind case laravel-docker--server-root-mount-point).
  if (!sameRoot && !isFixedProbe(category, probe)) return false;
  if (!applicationFile || sameRoot) return true;
  return isApplicationRoot(server, workspace, chosen);
}

/** What the tree says of a root's Composer files, by workspace and path. */
const composerVerdicts = memoByWorkspace<boolean>();
/** How many folders of a root are listed for scripts one folder down. */
const FOLDERS_LISTED = 16;

/**
 * Whether the workspace tree holds the root with the application's code (PHP scripts at its top
 * or one folder down) and no Composer file: nginx answers 404 for `/composer.json` there (Phorge's
 * clone: `src/`, `scripts/`, `webroot/`, no Composer). Not with a `vendor/`: Composer installed
 * it, and its files may just be left out of the workspace (a deployment repository).
 */
function showsCodeWithoutComposer(path: string, workspace: WorkspaceView): boolean {
  return composerVerdicts(workspace, path, () =>
    workspaceRootsFor(path, workspace).some((dir) => {
      const names = workspace.listDir(dir) ?? [];
      if (names.includes('vendor') || names.includes('composer.json') || names.includes('composer.lock'))
        return false;
      return names.some((name) => name.endsWith('.php')) || holdsScriptsOneDown(dir, names, workspace);
    }),
  );
}

/** Whether one of the first folders of `dir` (its entries `names`) holds an entry `isCode` accepts (PHP scripts by default). */
function holdsScriptsOneDown(
  dir: string,
  names: readonly string[],
  workspace: WorkspaceView,
  isCode: (name: string) => boolean = (name) => name.endsWith('.php'),
): boolean {
  return someFolderOneDown(dir, names, workspace, (_, entries) => entries.some(isCode));
}

/** Whether one of the first folders of `dir` (its entries `names`), listed, satisfies `test`. */
function someFolderOneDown(
  dir: string,
  names: readonly string[],
  workspace: WorkspaceView,
  test: (path: string, entries: readonly string[]) => boolean,
): boolean {
  return names
    .filter((name) => !name.startsWith('.') && !name.includes('.'))
    .slice(0, FOLDERS_LISTED)
    .some((name) => {
      const path = joinPath(dir, name);
      const entries = workspace.listDir(path);
      return entries !== undefined && test(path, entries);
    });
}

/** Whether the longest plain prefix location of the server for `uri` refuses every request. */
function refusedByPrefix(server: EffectiveNode, uri: string): boolean {
  let longest: EffectiveNode | undefined;
  let length = -1;
  for (const location of locationsOfServer(server)) {
    const info = locationInfo(location);
    if (!info || info.modifier !== '' || !uri.startsWith(info.pattern) || info.pattern.length <= length)
      continue;
    longest = location;
    length = info.pattern.length;
  }
  return longest !== undefined && refusesRequests(longest);
}

/** The probes of a category that nginx would serve from the root (those `exposedCategories` tries). */
export function servedProbes(
  server: EffectiveNode,
  category: PrivateCategory,
  workspace: WorkspaceView,
): readonly string[] {
  return servedOf(server, workspace)[category];
}

/**
 * The private files asked about below the server's root, by category, before any routing: the
 * fixed probes and those the workspace tree shows (`probesFor`). nginx/private-paths-exposed
 * asks them through a prefix location's `rewrite … break` too.
 */
export function rootProbes(
  server: EffectiveNode,
  workspace: WorkspaceView,
): Record<PrivateCategory, readonly string[]> {
  const appRoot = isApplicationRoot(server, workspace);
  const root = documentRoot(server);
  const found = root?.kind === 'root' ? treeProbes(root.path, 0, workspace) : NO_TREE_PROBES;
  if (root?.kind === 'root' && holdsOnlyStockPages(root.path, workspace)) return found;
  return perCategory((category) => probesFor(category, appRoot, found));
}

/** The pages nginx's packages put in their default root (RHEL's and Alpine's `/usr/share/nginx/html`, nginx.org's). */
const STOCK_PAGES = /^(?:index\.html?|404\.html|50x\.html|nginx-logo\.png|poweredby\.png|icons|img)$/;

/**
 * Whether the workspace shows the root as a package's page folder and nothing else: its test page
 * and error pages. No application was deployed there, so the fixed probes (`/.env`, `*.log`…) name
 * files it does not have (blind case rocky-drupal--stock-default-server: RHEL 9's default server,
 * nginx 1.22.1 answered 404); the files the tree shows are still asked.
 */
function holdsOnlyStockPages(path: string, workspace: WorkspaceView): boolean {
  return stockPageRoots(workspace, path, () => {
    const trees = workspaceRootsFor(path, workspace);
    if (trees.length === 0) return false;
    return trees.every((tree) => {
      const names = workspace.listDir(tree);
      return names !== undefined && names.length > 0 && names.every((name) => STOCK_PAGES.test(name));
    });
  });
}

/** `holdsOnlyStockPages` by workspace and root: every server's probes ask it. */
const stockPageRoots = memoByWorkspace<boolean>();

/**
 * A category's probes: the fixed ones (the application's own log directory and Composer files
 * only where the folder is the application's directory), then the private files the workspace
 * tree shows below the folder (`treeProbes`).
 */
function probesFor(category: PrivateCategory, appRoot: boolean, found: TreeProbes): readonly string[] {
  const fixed =
    category === 'composer' && !appRoot
      ? NO_PROBES
      : category === 'logs' && !appRoot
        ? LOG_PROBES_OUTSIDE_APPLICATION
        : PROBES[category];
  const tree = found[category];
  if (tree.length === 0) return fixed;
  const below = tree.filter((probe) => !fixed.includes(probe));
  return below.length === 0 ? fixed : [...fixed, ...below];
}

/** The fixed log probes of a folder that is not the application's own (no `/var/log/…`). */
const LOG_PROBES_OUTSIDE_APPLICATION = PROBES.logs.filter((p) => !p.startsWith('/var/'));

/** Files that only a git checkout has at its top (`.git/` itself is never committed into a repository). */
const CHECKOUT_MARKS = new Set(['.git', '.gitreview', '.gitmodules']);
/**
 * How deep below the root, and how many directories, the tree is read for private files:
 * TYPO3 leaves logs in `typo3temp/var/log/`, three levels down.
 */
const TREE_DEPTH = 3;
const TREE_LISTINGS = 64;
/** Private files of one category found in a folder, at most: a log folder may hold hundreds. */
const PER_FOLDER = 2;

type TreeProbes = Record<PrivateCategory, string[]>;

const NO_TREE_PROBES: TreeProbes = Object.freeze(perCategory(() => []));

/** Names of configuration folders, as a regex alternation (the probe and the fix's deny share it). */
const CONFIG_NAMES = 'config|conf|configs|configuration|settings';
/**
 * Extensions of settings files: INI, YAML, NEON, TOML, `.conf`, `.cfg`, `.properties`, read by
 * the application and never meant for a browser. Not JSON or XML, which front-end code fetches
 * from folders of that name; not PHP (run, not sent).
 */
const SETTINGS_EXTENSIONS = 'ini|ya?ml|neon|toml|conf|cfg|properties';

/** A folder of settings, or a folder inside one, one or two levels below the root (`/config/users/`, `/user/config/`). */
const CONFIG_FOLDER = new RegExp(`^/(?:[^/]+/)?(?:${CONFIG_NAMES})/(?:[^/]+/)?$`, 'i');
const SETTINGS_FILE = new RegExp(`\\.(?:${SETTINGS_EXTENSIONS})$`, 'i');

/**
 * Settings files of known applications that the configuration folders' regex does not name, by
 * folder: Magento 1's (OpenMage's) `app/etc/local.xml`, the database password and the key that
 * encrypts payment data; WonderCMS's `data/database.js`, JSON with the admin's password hash and
 * the secret login slug. Each application's `.htaccess` refuses them for Apache; nginx sends them
 * to whoever asks.
 */
const KNOWN_SETTINGS: readonly { folder: string; name: string }[] = [
  { folder: '/app/etc/', name: 'local.xml' },
  { folder: '/data/', name: 'database.js' },
];

/**
 * Settings files an application keeps in its own folder, at the root: selfoss's `config.ini`
 * (the login's password hash and salt, the database's settings), which its `.htaccess` refuses
 * (blind case selfoss--config-ini-deny-dropped, nginx 1.22.1: 200). Not in other folders, where a
 * library's `config.ini` is as often its defaults.
 */
const ROOT_SETTINGS: ReadonlySet<string> = new Set(['config.ini']);

/** A settings file (SETTINGS_EXTENSIONS), not a dotfile (the dotfiles category). */
function isSettingsFile(name: string): boolean {
  return !name.startsWith('.') && SETTINGS_FILE.test(name);
}

/**
 * A folder of logs, or one of its subfolders (ProcessWire's `site/assets/logs/`, whose logs are
 * `errors.txt`, `session.txt`; Flow's `Data/Logs/Exceptions/`, whose error reports are `.txt`).
 */
const LOG_FOLDER = /\/logs?\/(?:[^/]+\/)?$/i;

/**
 * A file of a log folder that is a log: written as text (`errors.txt`), or rotated
 * (`error.1`, `error.txt.gz`), or named by what it logs without an extension (Jeedom's
 * `log/jeedom`, `log/http.error`); not a dotfile, nor a page, stylesheet or script some plugin
 * keeps in a folder it calls `log`.
 */
function isLogFile(name: string): boolean {
  return !name.startsWith('.') && (/\.(?:txt|log|out|err|error|\d+|gz)$/i.test(name) || !name.includes('.'));
}

/** A database dump or a backup copy left in the tree (`site/assets/backups/db.sql`, `dump.sql.gz`, `config.php.bak`). */
const DUMP_FILE = /\.(?:sql(?:\.(?:gz|bz2|xz|zst))?|dump|bak)$/i;
/**
 * An editor's or an admin's copy of a script or settings file (`wp-config.php~`,
 * `config.php.old`, `settings.php.orig`, nano's `.save`): nginx sends it as text, the database
 * password with it, where the original would have been run.
 */
const BACKUP_COPY = /\.(?:php\d?|inc|ini|ya?ml|xml|json|conf|cfg)(?:\.(?:old|orig|save)|~)$/i;
/** A folder of backups, whose archives are backups too (ProcessWire's `site/assets/backups/`, Zenphoto's `backup/`). */
const BACKUP_FOLDER = /\/backups?\/$/i;
/** An archive or an application's own backup format (Zenphoto's `.zdb` database dumps). */
const ARCHIVE_FILE = /\.(?:zip|tar|tgz|tar\.(?:gz|bz2|xz|zst)|gz|bz2|xz|zst|7z|rar|zdb)$/i;

/**
 * A database file: SQLite's (`database.sqlite`, Laravel's default; Baïkal's `db.sqlite`;
 * `*.db`, `*.db3`, `*.sqlite3`). Not Windows' thumbnail cache `Thumbs.db`, which holds no data
 * of the application.
 */
function isDatabaseFile(name: string): boolean {
  return /\.(?:sqlite3?|db3?)$/i.test(name) && name.toLowerCase() !== 'thumbs.db';
}

/**
 * A session file of PHP's `files` handler (`sess_<id>`) or of CodeIgniter's (`ci_session<id>`):
 * whoever reads one has the session's data and can take the session over with its id.
 */
const SESSION_FILE = /^(sess_|ci_session)[A-Za-z0-9,-]{8,}$/;

function isSessionFile(name: string): boolean {
  return SESSION_FILE.test(name);
}

/**
 * A probe as a message shows it. A session file's name holds the session id, a credential that
 * must not reach a report: the folder and the handler's prefix are shown (`/var/sessions/prod/sess_…`),
 * and a file of a `sessions` folder (Laravel's, named by the id alone) as `…`.
 */
export function shownProbe(uri: string): string {
  const slash = uri.lastIndexOf('/');
  const folder = uri.slice(0, slash + 1);
  const prefix = SESSION_FILE.exec(uri.slice(slash + 1))?.[1];
  if (prefix !== undefined) return `${folder}${prefix}…`;
  return /\/sessions?\/$/i.test(folder) ? `${folder}…` : uri;
}

/** Names a private key file goes by: PEM and armored OpenPGP files, and OpenSSH's own names. */
const KEY_FILE_NAME = /\.(?:pem|key|asc|gpg|priv)$|^id_(?:rsa|dsa|ecdsa|ed25519)$/i;
/** The armor line that opens a private key: PEM's (`RSA`, `EC`, `ENCRYPTED`, `OPENSSH`…) and OpenPGP's. */
const PRIVATE_KEY_ARMOR = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
/** A key file is small; a larger file of that name is not read. */
const KEY_FILE_MAX_BYTES = 64 * 1024;

/**
 * A private key the workspace tree shows, told by its content, not only its name: Symfony's JWT
 * key pair (`config/jwt/private.pem`, LexikJWTAuthenticationBundle's default), Laravel Passport's
 * `storage/oauth-private.key`, Passbolt's `config/gpg/serverkey_private.asc`. A certificate or
 * a public key of the same extension is no finding. Read-only, and never quoted: only the path
 * appears in a message.
 */
function isPrivateKeyFile(path: string, name: string, workspace: WorkspaceView): boolean {
  if (!KEY_FILE_NAME.test(name)) return false;
  const text = readSmallText(workspace, path, KEY_FILE_MAX_BYTES);
  return text !== undefined && PRIVATE_KEY_ARMOR.test(text.slice(0, 4096));
}

/** Tree probes by workspace, first depth and folder path. */
const treeProbesOf = memoByWorkspace<TreeProbes>();

/**
 * Requests (relative to the folder) for the private files the workspace tree shows below a
 * server's root or a location's alias folder: an
 * application checked out or installed in a subfolder (MediaWiki's `/w/` cloned with git:
 * `.git/config` and the whole history under `/w/.git/`; SuiteCRM 8's `public/legacy/` with its
 * `suitecrm.log` and `composer.json`), and `.env` files there. A deny written for the root's own
 * files (`location = /.env`), or a `^~` prefix location that serves the subfolder (the
 * server's regex denies are then never tried), can leave them out. Only these names: `.gitkeep`,
 * `.gitignore` and `.htaccess` files sit in many folders and reveal little.
 */
function treeProbes(path: string, fromDepth: 0 | 1, workspace: WorkspaceView): TreeProbes {
  return treeProbesOf(workspace, `${fromDepth}${path}`, () => {
    const found: TreeProbes = perCategory(() => []);
    for (const tree of workspaceRootsFor(path, workspace)) {
      collectBelow(tree, fromDepth, workspace, found);
      collectDataFolders(tree, workspace, found);
    }
    return found;
  });
}

/**
 * Folders of private data that applications keep in the web root and protect with an
 * `.htaccess` nginx never reads: Drupal's private file system when it is set inside the root
 * (`sites/default/private`, `sites/default/files/private`), CiviCRM's import files and custom-field
 * uploads (`civicrm/upload`, `civicrm/custom`: ID scans, signed forms) under Drupal's, Backdrop's,
 * WordPress's and Joomla's files folders (https://docs.civicrm.org/sysadmin/en/latest/setup/security/),
 * Laravel's private disk and session files, Symfony's and CodeIgniter's session files (whoever reads
 * one takes over that session), and a root's own `private/`. Paths relative to the root; `*` is one folder.
 */
const DATA_FOLDERS = [
  'private',
  'sites/*/private',
  'sites/*/files/private',
  'sites/*/files/civicrm/custom',
  'sites/*/files/civicrm/upload',
  'files/civicrm/custom',
  'files/civicrm/upload',
  'wp-content/uploads/civicrm/custom',
  'wp-content/uploads/civicrm/upload',
  // A WordPress network keeps each sub-site's in its own uploads folder (blind case
  // civi-wp-network--civicrm-deny-main-site-only: nginx 1.22.1 sent site 2's ID scans and imports).
  'wp-content/uploads/sites/*/civicrm/custom',
  'wp-content/uploads/sites/*/civicrm/upload',
  // WooCommerce's downloadable products (paid files), guarded for Apache by an `.htaccess` only
  // (blind case spinupwp-woo-civi--uploads-caret-expires's helper: nginx 1.22.1 sent one).
  'wp-content/uploads/woocommerce_uploads',
  'media/civicrm/custom',
  'media/civicrm/upload',
  // Laravel's private disk (storage/app/private since Laravel 11) and its file sessions, reached
  // when the root is the project's folder instead of public/.
  'storage/app/private',
  'storage/framework/sessions',
  // Symfony's file sessions (`session.save_path: '%kernel.project_dir%/var/sessions/%kernel.environment%'`,
  // its recipes' setting) and CodeIgniter 4's (`writable/session`, its FileHandler's default),
  // reached when the root is the project's folder instead of public/.
  'var/sessions',
  'writable/session',
  // Flow's and Neos's resources as stored (`Data/Persistent/Resources/<sha1>`): the originals of
  // every asset, protected ones included, which the application publishes itself.
  'Data/Persistent',
];

/** How many `sites/*` folders are looked into (a Drupal multisite has a few). */
const SITES_LISTED = 16;

/** Requests for files of each private data folder the tree shows below `tree`. */
function collectDataFolders(tree: string, workspace: WorkspaceView, into: TreeProbes): void {
  for (const pattern of DATA_FOLDERS) {
    // An application installed in a folder of the root (a WordPress with CiviCRM in `/civi/`)
    // keeps its data one folder down: only for folders named by several segments and no `*`, as
    // no other folder is (blind case civi-wp-subdir--root-denies-miss-subdir, nginx 1.22.1 sent
    // the scans); expandStar reads one `*`.
    const patterns = pattern.includes('/') && !pattern.includes('*') ? [pattern, `*/${pattern}`] : [pattern];
    for (const each of patterns)
      for (const folder of expandStar(each, tree, workspace))
        for (const file of dataFilesBelow(joinPath(tree, folder), workspace))
          pushOnce(into.data, `/${folder}/${file}`);
  }
}

/** Adds a probe a category does not hold yet (a session file is met by both lookups). */
function pushOnce(list: string[], probe: string): void {
  if (!list.includes(probe)) list.push(probe);
}

/** How many files of a data folder are asked about: one per subfolder, as a deny may name some. */
const DATA_FILES = 4;

/**
 * Files of the folder or of its subfolders, the first of each folder: not a dotfile (the
 * `.htaccess` these folders hold for Apache), nor a PHP script (run, not sent: CiviCRM
 * Standalone's `private/civicrm.settings.php`), in no hidden folder.
 */
function dataFilesBelow(folder: string, workspace: WorkspaceView): string[] {
  const walk = { depth: FILE_DEPTH, listings: 8, descend: (name: string) => !name.startsWith('.') };
  const isData = (name: string) => !name.startsWith('.') && !/\.(?:php\d?|phtml|phar)$/i.test(name);
  const out: string[] = [];
  const folders = new Set<string>();
  for (const file of filesBelow(workspace, folder, '', walk, () => true, isData)) {
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    if (folders.has(dir)) continue;
    folders.add(dir);
    out.push(file);
    if (out.length >= DATA_FILES) break;
  }
  return out;
}

/** The folders a pattern names below `tree` (`sites/*` read from the tree). */
function expandStar(pattern: string, tree: string, workspace: WorkspaceView): string[] {
  const star = pattern.indexOf('*');
  if (star < 0) return workspace.listDir(joinPath(tree, pattern)) === undefined ? [] : [pattern];
  // `sites/*/private`, or `*/wp-content/…` for a folder of the root itself.
  const parent = star === 0 ? '' : pattern.slice(0, star - 1);
  const rest = pattern.slice(star + 1);
  const names = workspace.listDir(parent === '' ? tree : joinPath(tree, parent)) ?? [];
  return names
    .filter((name) => !name.startsWith('.'))
    .slice(0, SITES_LISTED)
    .map((name) => (parent === '' ? `${name}${rest}` : `${parent}/${name}${rest}`))
    .filter((folder) => workspace.listDir(joinPath(tree, folder)) !== undefined);
}

/** The private files of the folders below `tree`, from `fromDepth` (0: the folder's own files too). */
function collectBelow(tree: string, fromDepth: 0 | 1, workspace: WorkspaceView, into: TreeProbes): void {
  const walk = {
    depth: TREE_DEPTH,
    listings: TREE_LISTINGS,
    descend: (name: string) => !name.startsWith('.') && !name.includes('.'),
  };
  for (const { path, uri, depth, names } of foldersBelow(workspace, tree, '/', walk)) {
    for (const name of names)
      if (PRIVATE_DOT_FOLDERS.has(name)) {
        const file = fileBelow(joinPath(path, name), workspace);
        if (file !== undefined) into.dotfiles.push(`${uri}${name}/${file}`);
      }
    // A database has no fixed probe: the root's own are looked for too (`public/data.sqlite`).
    const databases = names.filter(isDatabaseFile).slice(0, PER_FOLDER);
    into.databases.push(...databases.map((name) => `${uri}${name}`));
    // PHP's file sessions wherever an application keeps them (YetiForce's `cache/session/`): the
    // first of a folder, beside those of the data folders above.
    const session = names.find(isSessionFile);
    if (session !== undefined) pushOnce(into.data, `${uri}${session}`);
    const keys = names.filter((name) => isPrivateKeyFile(joinPath(path, name), name, workspace));
    into.keys.push(...keys.slice(0, PER_FOLDER).map((name) => `${uri}${name}`));
    // Settings that flat-file applications keep in the root, guarded by an `.htaccess` nginx never
    // reads: HTMLy's `config/users/admin.ini` (password hash and TOTP secret), Pico's
    // `config/config.yml`, Grav's `user/config/`. One file per folder, first found.
    if (CONFIG_FOLDER.test(uri)) {
      const settings = names.find(isSettingsFile);
      if (settings !== undefined) into.config.push(`${uri}${settings}`);
    }
    // Known applications' settings in a format the deny above leaves out (XML, JSON).
    for (const { folder, name } of KNOWN_SETTINGS)
      if (uri.endsWith(folder) && names.includes(name)) into.config.push(`${uri}${name}`);
    if (depth === 0) for (const name of names) if (ROOT_SETTINGS.has(name)) into.config.push(`${uri}${name}`);
    // Copies of scripts and settings, the root's own too: no fixed probe names them.
    const copies = names.filter((name) => BACKUP_COPY.test(name)).slice(0, PER_FOLDER);
    into.backups.push(...copies.map((name) => `${uri}${name}`));
    // A root's own files are the fixed probes.
    if (depth < fromDepth) continue;
    if (names.some((name) => CHECKOUT_MARKS.has(name))) into.dotfiles.push(`${uri}.git/config`);
    if (names.includes('.env')) into.dotfiles.push(`${uri}.env`);
    const logFolder = LOG_FOLDER.test(uri);
    // Two `*.log` files, and two of the folder's other logs: a rotated `vtigercrm.log.1` is what a
    // `\.log$` deny lets through (blind case vtiger--logs-deny-removed, nginx 1.22.1: 200).
    const logs = names.filter((name) => name.endsWith('.log')).slice(0, PER_FOLDER);
    // A name without an extension may be a subfolder (`Data/Logs/Exceptions/`), which is no log.
    const isFile = (name: string) =>
      name.includes('.') || workspace.listDir(joinPath(path, name)) === undefined;
    if (logFolder)
      logs.push(
        ...names
          .filter((name) => !name.endsWith('.log') && isLogFile(name) && isFile(name))
          .slice(0, PER_FOLDER),
      );
    into.logs.push(...logs.map((name) => `${uri}${name}`));
    // In a backup folder, its archives too (Zenphoto's `backup/*.zdb`, a `backups/site.tar.gz`).
    const isDump = BACKUP_FOLDER.test(uri)
      ? (name: string) => DUMP_FILE.test(name) || ARCHIVE_FILE.test(name)
      : (name: string) => DUMP_FILE.test(name);
    const dumps = names.filter(isDump).slice(0, PER_FOLDER);
    into.backups.push(...dumps.map((name) => `${uri}${name}`));
    // An application installed there, not a front-end library that ships a manifest
    // (`public/lib/bootstrap/composer.json`): its folder holds PHP scripts or `vendor/`, or its
    // scripts one folder down (civicrm-core in CiviCRM Standalone's `web/core/`: `CRM/`, `Civi/`,
    // `extern/`; blind case civi-mozilla--composer-deny-dropped, nginx 1.22.1 sent its composer.lock).
    const manifests = names.filter((name) => name === 'composer.json' || name === 'composer.lock');
    if (
      manifests.length > 0 &&
      (names.includes('vendor') ||
        names.some((name) => name.endsWith('.php')) ||
        holdsScriptsOneDown(path, names, workspace))
    )
      into.composer.push(...manifests.map((name) => `${uri}${name}`));
  }
}

/**
 * Hidden folders that hold private files wherever they are: Silverstripe's `assets/.protected/`
 * (draft and restricted files, served only through its front controller), the checkouts of
 * other version control systems than git, and keys. Probed with a file the tree shows in them
 * (a `^~ /assets/` location serves them past the server's dotfile deny: blind case
 * silverstripe--assets-caret-without-dot-deny, nginx 1.22.1).
 */
const PRIVATE_DOT_FOLDERS = new Set(['.protected', '.svn', '.hg', '.bzr', '.ssh']);

/** How deep below a hidden folder a file is looked for (`.protected/Uploads/<hash>/file.pdf`). */
const FILE_DEPTH = 3;

/** A file of the folder or of its subfolders, as a path relative to it (breadth first, sampled). */
function fileBelow(folder: string, workspace: WorkspaceView): string | undefined {
  const walk = { depth: FILE_DEPTH, listings: 8, descend: () => true };
  for (const file of filesBelow(workspace, folder, '', walk)) return file;
  return undefined;
}

/** Whether the server's root looks like the application's own directory (not `public/`, `web/`, Magento's `pub/`…). */
export function isApplicationRoot(
  server: EffectiveNode,
  workspace: WorkspaceView,
  /** A location whose files are asked about: an alias it has or inherits is its folder. */
  location?: EffectiveNode,
): boolean {
  const root = documentRoot(location ?? server);
  if (!root) return false;
  if (root.kind === 'alias') return applicationDirVerdict(root.path, workspace) === true;
  const tree = applicationDirVerdict(root.path, workspace);
  if (tree !== undefined) return tree;
  // Without the tree: an application that runs PHP from a root that is not a public folder. Only
  // PHP run from this root counts: a PHP location under an `alias` (a Laravel application
  // published at `/crm/` beside a static site) runs another folder's scripts.
  return locationsOfServer(server).some(
    (l) => l.childrenNamed('fastcgi_pass').length > 0 && documentRoot(l)?.path === root.path,
  );
}

/**
 * Whether a folder is the application's own directory, by its name (`public/`, `web/`, Magento's
 * `pub/`… are not) and the workspace tree (`treeVerdict`); undefined when neither tells.
 */
function applicationDirVerdict(folder: string, workspace: WorkspaceView): boolean | undefined {
  const path = trimEndOf(folder, isSlash, 1);
  const named = /\/(public|pub|web|public_html|htdocs|html|www|dist|build|static)$/.test(path);
  // Without the folder in the workspace, the name is all there is to go by.
  if (named && workspaceRootsFor(path, workspace).length === 0) return false;
  const tree = treeVerdict(path, workspace);
  // The tree wins over the name: a repository mounted whole at the image's `/var/www/html`
  // (`./:/var/www/html` in a Compose file) is the application's directory, `composer.json` and all.
  if (tree === true) return true;
  return named ? false : tree;
}

/** What the tree says of a root, by workspace and path. */
const treeVerdicts = memoByWorkspace<boolean | undefined>();

/**
 * Whether the workspace tree shows the root as the application's directory: a `composer.json`
 * there says yes; the application's scripts without one say no (EspoCRM's portal root
 * `public/portal/` runs PHP and has no Composer file), and so does a static site's home page
 * without any script; undefined when the tree holds neither (a deployment repository named like
 * the root holds only configuration).
 */
function treeVerdict(path: string, workspace: WorkspaceView): boolean | undefined {
  return treeVerdicts(workspace, path, () => {
    const inWorkspace = workspaceRootsFor(path, workspace);
    if (inWorkspace.some((dir) => workspace.exists(joinPath(dir, 'composer.json')))) return true;
    if (inWorkspace.some((dir) => workspace.listDir(dir)?.some((name) => name.endsWith('.php'))))
      return false;
    if (inWorkspace.some((dir) => isStaticSite(dir, workspace))) return false;
    return undefined;
  });
}

/**
 * A folder holding a static site: an `index.html` and no PHP, at its top or one folder down, and
 * no `vendor/`. A PHP location beside it does not make it an application's directory (blind case
 * osticket-alias--php-location-at-server-level: the company's static site under a server-level
 * PHP location, nginx 1.22.1 answered 404 for `/composer.json`).
 */
function isStaticSite(dir: string, workspace: WorkspaceView): boolean {
  const names = workspace.listDir(dir) ?? [];
  if (!names.includes('index.html') && !names.includes('index.htm')) return false;
  if (names.includes('vendor') || names.includes('composer.lock')) return false;
  return !holdsScriptsOneDown(dir, names, workspace);
}

/** The categories whose probes nginx would serve from the root. */
export function exposedCategories(server: EffectiveNode, workspace: WorkspaceView): PrivateCategory[] {
  const served = servedOf(server, workspace);
  return CATEGORIES.filter((category) => served[category].length > 0);
}

/**
 * The fix's deny of DATA_FOLDERS, one pattern for nginx and JavaScript alike (PCRE and JavaScript
 * read it the same way: no syntax of either's own).
 */
const DATA_DENY =
  '^/(?:private|sites/[^/]+/(?:private|files/private|files/civicrm/(?:custom|upload))|(?:files|wp-content/uploads(?:/sites/[^/]+)?|media)/civicrm/(?:custom|upload)|wp-content/uploads/woocommerce_uploads|storage/(?:app/private|framework/sessions)|var/sessions|writable/session|Data/Persistent)/';

/** A location the fix writes, and the requests it refuses (its regex, as JavaScript reads it). */
export interface DenyLocation {
  head: string;
  body: string[];
  refuses: RegExp;
}

/** The deny location the fix writes for each category but private keys, which have no usual name. */
export const DENY_LOCATIONS: Record<Exclude<PrivateCategory, 'keys'>, DenyLocation> = {
  dotfiles: { head: 'location ~ /\\.(?!well-known/)', body: ['deny all;'], refuses: /\/\.(?!well-known\/)/ },
  logs: { head: 'location ~* \\.log$', body: ['deny all;'], refuses: /\.log$/i },
  backups: {
    head: 'location ~* \\.(sql(\\.(gz|bz2|xz|zst))?|dump|bak)$',
    body: ['deny all;'],
    refuses: /\.(sql(\.(gz|bz2|xz|zst))?|dump|bak)$/i,
  },
  databases: {
    head: 'location ~* \\.(sqlite3?|db3?)$',
    body: ['deny all;'],
    refuses: /\.(sqlite3?|db3?)$/i,
  },
  data: {
    head: `location ~ ${DATA_DENY}`,
    body: ['deny all;'],
    refuses: new RegExp(DATA_DENY),
  },
  config: {
    head: `location ~* ^/(?:[^/]+/)?(?:${CONFIG_NAMES})/.*\\.(?:${SETTINGS_EXTENSIONS})$`,
    body: ['deny all;'],
    refuses: new RegExp(`^/(?:[^/]+/)?(?:${CONFIG_NAMES})/.*\\.(?:${SETTINGS_EXTENSIONS})$`, 'i'),
  },
  composer: {
    head: 'location ~ /composer\\.(json|lock)$',
    body: ['deny all;'],
    refuses: /\/composer\.(json|lock)$/,
  },
};

/** A request path that an exact location can name unquoted. */
const PLAIN_URI = /^\/[A-Za-z0-9._~/-]+$/;

/**
 * The deny locations the fix writes for a category's served requests: its regex location, or, for
 * private keys, an exact location per key (`location = /config/jwt/private.pem { deny all; }`: an
 * exact match wins over every other location, and a deny by extension would also refuse the
 * public keys and certificates a site publishes). Undefined when a key's path would need quoting.
 */
export function denyLocationsFor(
  category: PrivateCategory,
  uris: readonly string[],
): DenyLocation[] | undefined {
  const exact = uris.filter((uri) => deniedExactly(category, uri));
  if (!exact.every((uri) => PLAIN_URI.test(uri))) return undefined;
  const denies = exact.map((uri) => ({
    head: `location = ${uri}`,
    body: ['deny all;'],
    // PLAIN_URI leaves only the dot to escape.
    refuses: new RegExp(`^${uri.replaceAll('.', '\\.')}$`),
  }));
  // The category's regex deny, when a request needs it (not for keys, which have none).
  if (category === 'keys' || exact.length === uris.length) return denies;
  return [DENY_LOCATIONS[category], ...denies];
}

/**
 * Whether the fix refuses this request with an exact location of its own: a private key always;
 * a settings file that the configuration folders' deny does not name (Magento 1's
 * `app/etc/local.xml`); a script's or settings file's copy (`config.php~`), which the dumps'
 * deny by extension does not name.
 */
export function deniedExactly(category: PrivateCategory, uri: string): boolean {
  if (category === 'keys') return true;
  if (category === 'config') return !DENY_LOCATIONS.config.refuses.test(uri);
  return category === 'backups' && BACKUP_COPY.test(uri);
}

/** What a prefix location with `alias` serves of the private files of its folder. */
export interface AliasExposure {
  /** The location's URI prefix (`/webmail/`). */
  prefix: string;
  /** The aliased folder, as written (`/var/www/roundcube/`). */
  alias: string;
  /** The served probes of each category, relative to the folder (`/.env`, `/logs/errors.log`). */
  served: Record<PrivateCategory, string[]>;
  /** The categories with a served probe. */
  categories: PrivateCategory[];
}

/** The request for a probe of the aliased folder: `/webmail/` and `/.env` give `/webmail/.env`. */
export function aliasUri(prefix: string, probe: string): string {
  return `${trimEndOf(prefix, isSlash)}${probe}`;
}

/**
 * The location whose `alias` gives `block` its files: the block itself, or the location it is
 * nested in (nginx merges a location's `alias` into the nested locations that set neither
 * `alias` nor `root`); undefined when a `root` decides first.
 */
function aliasSource(block: EffectiveNode): EffectiveNode | undefined {
  const root = documentRoot(block);
  return root?.kind === 'alias' ? root.node.parent : undefined;
}

/**
 * The folder a prefix location (`location /x/`, `location ^~ /x/`) aliases, when requests below
 * its prefix are files of that folder: not for an alias with variables, nor for a prefix that
 * ends with `/` over an alias that does not (`/x/.env` is then `/folder.env`,
 * nginx/alias-traversal's business), nor for a location that hands its requests over
 * (`proxy_pass`, `return`…). A regex location that maps the whole rest of the path onto a folder
 * reads as that prefix (`PREFIX_REGEX`); other regex locations build their paths from captures
 * and are left out.
 */
export function aliasedFolder(location: EffectiveNode): { prefix: string; alias: string } | undefined {
  const info = locationInfo(location);
  if (!info || handsOver(location)) return undefined;
  const aliasNode = lastDirectiveIn(location, 'alias');
  const alias =
    aliasNode && renderedTemplateValue(aliasNode.args[0]?.value ?? '', aliasNode.path, aliasNode.workspace);
  if (!alias || !alias.startsWith('/')) return undefined;
  if (info.modifier === '~') {
    // AtoM's documented `location ~ ^/private/(.*)$ { alias /usr/share/nginx/atom/$1; }`, left
    // without its `internal` (blind case atom--private-alias-not-internal, nginx 1.22.1 sent
    // /private/composer.json): every `/private/X` is the folder's `X`.
    const prefix = PREFIX_REGEX.exec(info.pattern)?.[1];
    const folder = /^([^$]*\/)\$1$/.exec(alias)?.[1];
    return prefix !== undefined && folder !== undefined ? { prefix, alias: folder } : undefined;
  }
  if (info.modifier !== '' && info.modifier !== '^~') return undefined;
  if (alias.includes('$')) return undefined;
  if (info.pattern.endsWith('/') && !alias.endsWith('/')) return undefined;
  return { prefix: info.pattern, alias };
}

/** `^/literal/(.*)$` or `^/literal/(.+)$`: a folder's prefix, then the rest of the path as `$1`. */
const PREFIX_REGEX = /^\^(\/(?:[\w-]+\/)+)\(\.[*+]\)\$$/;

/** Whether nginx answers `uri`, to anybody, with a file read through `location`'s alias. */
function servesFromAlias(server: EffectiveNode, location: EffectiveNode, uri: string): boolean {
  if (!canProbe(server, uri) || !mayKeepRequestPath(server, uri)) return false;
  const chosen = matchLocation(server, uri).location?.node;
  const source = chosen && aliasSource(chosen);
  // The server's copy of a snippet's location is the document's location (samePlace).
  if (!source || !samePlace(source, location)) return false;
  return (
    !refusesRequests(chosen) && !restricted(chosen) && !handsOver(chosen) && !triesOnlyFixedFiles(chosen)
  );
}

/** Results by location (a snippet's location is asked about by each of its placements' lints). */
const aliasExposures = new NodeMemo<AliasExposure | null>();

/**
 * The private files of a prefix location's `alias` folder that nginx serves through it: the
 * fixed probes of each category and those the workspace tree shows below the folder, joined to
 * the location's prefix and routed the way nginx routes them. Only requests that end in this
 * location (or a location nested in it that keeps its alias) count: the others are the root's.
 * Composer's files (and `var/log/`) are probed only when the tree shows the folder as the
 * application's own directory (a `composer.json` in it). Undefined for a location that serves no
 * alias folder (see `aliasedFolder`) and when nothing is served.
 */
export function aliasExposure(
  server: EffectiveNode,
  location: EffectiveNode,
  workspace: WorkspaceView,
): AliasExposure | undefined {
  let known = aliasExposures.get(location);
  if (known === undefined) {
    known = computeAliasExposure(server, location, workspace) ?? null;
    aliasExposures.set(location, known);
  }
  return known ?? undefined;
}

function computeAliasExposure(
  server: EffectiveNode,
  location: EffectiveNode,
  workspace: WorkspaceView,
): AliasExposure | undefined {
  const folder = aliasedFolder(location);
  if (!folder) return undefined;
  const path = trimEndOf(folder.alias, isSlash, 1);
  const found = treeProbes(path, 0, workspace);
  // Through a regex location, only the private files the tree shows: its folder is often a
  // theme's or a plugin's, read for its assets (VuFind's `^/vufind/themes/(.+)$`).
  const application =
    locationInfo(location)?.isRegex !== true && (holdsApplication(path, workspace) ?? runsScripts(location));
  const appRoot = application && applicationDirVerdict(path, workspace) === true;
  const of = (category: PrivateCategory) =>
    (application ? probesFor(category, appRoot, found) : found[category]).filter((probe) =>
      servesFromAlias(server, location, aliasUri(folder.prefix, probe)),
    );
  const served = perCategory(of);
  const categories = CATEGORIES.filter((c) => served[c].length > 0);
  if (categories.length === 0) return undefined;
  return { ...folder, served, categories };
}

/** What the tree says of an aliased folder, by workspace and path. */
const applicationVerdicts = memoByWorkspace<boolean | undefined>();

/**
 * Whether the workspace tree shows an application in the aliased folder (Roundcube's release
 * folder: `composer.json`, `index.php`, `vendor/`), or code one folder down (a folder of plugins,
 * widgets or modules, each with its scripts or manifest: RackTables' `plugins/cacti/plugin.php`, blind case
 * racktables--plugins-caret-alias, nginx 1.22.1 served a `.env` dropped there): false for a
 * folder of images or downloads; undefined when the workspace does not hold the folder.
 */
function holdsApplication(path: string, workspace: WorkspaceView): boolean | undefined {
  return applicationVerdicts(workspace, path, () => {
    const dirs = workspaceRootsFor(path, workspace);
    if (dirs.length === 0) return undefined;
    const isCode = (name: string) => name === 'composer.json' || name === 'vendor' || name.endsWith('.php');
    return dirs.some((dir) => {
      const names = workspace.listDir(dir) ?? [];
      // One folder down, a package's manifest counts too: a Laravel application's `Modules/`,
      // each module with its `composer.json` and its code deeper (blind case
      // invoiceshelf--module-assets-caret-alias, nginx 1.22.1 sent a module's composer.json).
      if (names.some(isCode) || holdsScriptsOneDown(dir, names, workspace, isCode)) return true;
      // A folder of apps, each with its scripts one folder deeper: Nextcloud's `custom_apps/`,
      // `news/appinfo/routes.php` (blind case nextcloud-alias--custom-apps-alias).
      return someFolderOneDown(dir, names, workspace, (below, entries) =>
        holdsScriptsOneDown(below, entries, workspace),
      );
    });
  });
}

/** Whether a location nested in the alias location hands scripts to PHP (the aliased folder is then an application's). */
function runsScripts(location: EffectiveNode): boolean {
  return locationBlocks(location).some((nested) => nested.childrenNamed('fastcgi_pass').length > 0);
}
