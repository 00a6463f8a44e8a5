import type { WorkspaceView } from '../../engine/types.ts';
import type { EffectiveNode } from './effective.ts';
import { locationInfo } from './locations.ts';
import { joinPath } from './paths.ts';
import { folderAndProject, memoByWorkspace } from './semantics-workspace-tree.ts';
import { documentRoot } from './server-blocks.ts';
import { locationsOfServer } from './semantics-tree-index.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * Default upload folders whose name alone says little. `images/` is where Joomla's media manager
 * and MediaWiki (`$wgUploadDirectory`) put what users upload, but in most sites it holds the
 * theme's own pictures, which no request can write: there, a PHP location that would run
 * `/images/x.php` is `nginx/php-any-file`'s concern, not an uploaded file executed. Such a folder
 * counts only where the application that uploads to it shows: in the folder that holds it or the
 * project folder above the root (in the workspace tree), in the server's locations, or in the
 * name of its root.
 */
export interface ApplicationSigns {
  /**
   * Entries of the folder that holds the upload folder, or of the project folder above the root:
   * Joomla's `administrator/`, MediaWiki's `LocalSettings.php`, Flarum's `extend.php`. A name
   * with a slash is a path inside that folder (phpMyFAQ's `src/phpMyFAQ`).
   */
  names: ReadonlySet<string>;
  /** A location pattern written for that application (`/administrator`, MediaWiki's `load.php`). */
  locations?: RegExp;
  /** A root named after it (`/var/www/joomla`, `/srv/mediawiki`). */
  root: RegExp;
  /** The names are looked for in the root too, beside the upload folder's first segment (Concrete's `concrete/` beside `application/`). */
  inRoot?: boolean;
}

const JOOMLA_OR_MEDIAWIKI: ApplicationSigns = {
  names: new Set([
    'administrator',
    'configuration.php',
    'LocalSettings.php',
    'load.php',
    'thumb.php',
    'img_auth.php',
    'mw-config',
  ]),
  locations: /(?:^|[/|(])(?:administrator|(?:load|thumb|img_auth)\\?\.php|mw-config|LocalSettings)/,
  root: /(^|\/)(joomla|mediawiki|wiki)[^/]*(\/|$)/i,
};

/**
 * Flarum keeps avatars and fof/upload's attachments in `public/assets/`, a name most
 * applications give to their built CSS and scripts. Its project folder holds `flarum` (the
 * console), `site.php` and `extend.php`.
 */
const FLARUM: ApplicationSigns = {
  names: new Set(['flarum', 'site.php', 'extend.php']),
  root: /(^|\/)flarum[^/]*(\/|$)/i,
};

/**
 * Concrete CMS keeps its File Manager's files in `application/files/`, a name other frameworks
 * give to their code. Its root (the release zip's folder, or `public/` of the composer layout)
 * holds the core, `concrete/` (with `dispatcher.php`), beside `application/`.
 */
const CONCRETE: ApplicationSigns = {
  names: new Set(['concrete']),
  locations: /\/(?:concrete|application)\//,
  root: /(^|\/)concrete[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * phpMyFAQ keeps what editors upload in `content/user/images/` and `content/user/attachments/`.
 * Its root (the release archive's folder) holds its code in `src/phpMyFAQ/` (the `phpMyFAQ\`
 * namespace); a location is written for `/content/user/`, or named after it (`@phpmyfaq`). Not
 * `/content/`: its pretty URLs live there, and other applications use the name.
 */
const PHPMYFAQ: ApplicationSigns = {
  names: new Set(['src/phpMyFAQ']),
  locations: /\/content\/user\/|phpmyfaq/i,
  root: /(^|\/)phpmyfaq[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * ProcessWire writes what file and image fields receive to `site/assets/files/<page id>/`; its
 * root (the installation itself) holds the core, `wire/` (with `wire/core/ProcessWire.php`),
 * beside `site/`. A location is written for `/site/assets/` or `/wire/`, or the root is named
 * after it.
 */
const PROCESSWIRE: ApplicationSigns = {
  names: new Set(['wire/core/ProcessWire.php']),
  locations: /\/site\/assets\/|\/wire\/|processwire/i,
  root: /(^|\/)processwire[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * Silverstripe (4 and 5) writes what the CMS receives to `public/assets/`, the name most
 * applications give to their built CSS and scripts. Its public folder holds the exposed module
 * files, `_resources/`, and its project folder `silverstripe-cache/` and the framework in
 * `vendor/silverstripe/`; Silverstripe 3 kept the project's code in `mysite/` beside `assets/`.
 */
const SILVERSTRIPE: ApplicationSigns = {
  names: new Set(['_resources', 'silverstripe-cache', 'vendor/silverstripe', 'mysite']),
  locations: /\/_resources\/|silverstripe/i,
  root: /(^|\/)silverstripe[^/]*(\/|$)/i,
};

/**
 * OpenEMR keeps what is attached to patients' charts in `sites/<site>/documents/`; its root (the
 * application itself) holds `interface/globals.php` and each site's `sqlconf.php`. A location is
 * written for `/interface/` or `/portal/`, or the root is named after it.
 */
const OPENEMR: ApplicationSigns = {
  names: new Set(['interface/globals.php', 'sites/default/sqlconf.php']),
  locations: /\/interface\/|\/portal\/|openemr/i,
  root: /(^|\/)openemr[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * Statamic (a Laravel application) keeps its default asset container, what editors upload, in
 * `public/assets/`; its project folder holds `please` (its console), `config/statamic/` and the
 * package in `vendor/statamic/`.
 */
const STATAMIC: ApplicationSigns = {
  names: new Set(['please', 'config/statamic', 'vendor/statamic']),
  root: /(^|\/)statamic[^/]*(\/|$)/i,
};

/**
 * phpIPAM's import forms upload to `app/admin/import-export/upload/` and
 * `app/subnets/import-subnet/upload/`; its root (the application itself) holds
 * `functions/classes/class.Rewrite.php` beside `app/`.
 */
const PHPIPAM: ApplicationSigns = {
  names: new Set(['functions/classes/class.Rewrite.php']),
  locations: /phpipam/i,
  root: /(^|\/)phpipam[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * PKP's applications (Open Journal Systems, Open Monograph Press, Open Preprint Systems) write
 * journal logos, covers and what editors insert in pages to `public/` in the application's own
 * folder, beside the PKP library, `lib/pkp/`.
 */
const PKP: ApplicationSigns = {
  names: new Set(['lib/pkp']),
  locations: /lib\/pkp|\bojs\b/i,
  // The root's own folder only, named `ojs`, `omp`, `ojs3`, `ojs-3.4` (`/srv/opsdashboard` is not).
  root: /(^|\/)(?:ojs|omp)(?:[-_.]?\d[^/]*)?\/?$/i,
  inRoot: true,
};

/**
 * Chevereto (V4) stores what users upload in `images/` (its local storage) and their avatars in
 * `content/images/users/`. Its root (the release's folder) holds `app/env-default.php`, the
 * settings template beside the application's code; its documented server refuses `/importing/`.
 */
const CHEVERETO: ApplicationSigns = {
  names: new Set(['app/env-default.php']),
  locations: /\/importing\b|chevereto/i,
  root: /(^|\/)chevereto[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * ExpressionEngine writes what editors and members send below `images/` (`uploads/`,
 * `avatars/`, `member_photos/`, `pm_attachments/`, `signature_attachments/`, `captchas/`); its
 * root (the release's folder) holds the core in `system/ee/` and the site's settings in
 * `system/user/config/`.
 */
const EXPRESSIONENGINE: ApplicationSigns = {
  names: new Set(['system/ee', 'system/user/config/config.php']),
  locations: /expressionengine/i,
  root: /(^|\/)expressionengine[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * SPIP keeps the documents and logos editors upload in `IMG/` (`IMG/jpg/`, `IMG/pdf/`,
 * `IMG/logo/`), a name a static site may give to its own pictures. Its root (the installation
 * itself) holds `spip.php` and the private area's `ecrire/inc_version.php`; its documented server
 * rewrites to `spip.php` from a location named `@spip`.
 */
const SPIP: ApplicationSigns = {
  names: new Set(['spip.php', 'ecrire/inc_version.php']),
  locations: /spip/i,
  root: /(^|\/)spip[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * Coppermine keeps the pictures members upload in `albums/` (`albums/userpics/<user id>/`,
 * `albums/edit/` while they are processed), a name a static gallery may give its own pictures.
 * Its root (the installation itself) holds `displayimage.php` and `albmgr.php` among its scripts.
 */
const COPPERMINE: ApplicationSigns = {
  names: new Set(['displayimage.php', 'albmgr.php']),
  locations: /coppermine|\/albums\/userpics/i,
  root: /(^|\/)(?:coppermine|cpg)[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * Jeedom keeps what users add (object and scenario images, designs, custom files) in `data/`, a
 * name many applications give to anything. Its root (the installation itself, `/var/www/html` by
 * its installer) holds the core's `core/class/jeedom.class.php`.
 */
const JEEDOM: ApplicationSigns = {
  names: new Set(['core/class/jeedom.class.php']),
  locations: /jeedom/i,
  root: /(^|\/)jeedom[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * Dotclear's media manager stores what authors upload in `public/`, in the installation's own
 * folder beside `inc/` (its settings template `inc/config.php.in`) and `admin/`.
 */
const DOTCLEAR: ApplicationSigns = {
  names: new Set(['inc/config.php.in']),
  locations: /dotclear/i,
  root: /(^|\/)dotclear[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * WonderCMS stores what the admin uploads in `data/files/`, beside its database,
 * `data/database.js`, in the installation's own folder.
 */
const WONDERCMS: ApplicationSigns = {
  names: new Set(['database.js']),
  locations: /wondercms/i,
  root: /(^|\/)wondercms[^/]*(\/|$)/i,
};

/**
 * Automad keeps each page's files beside its data in `pages/<path>/`, and the files every page
 * shares in `shared/`. Its root (the installation itself) holds the core in `automad/`.
 */
const AUTOMAD: ApplicationSigns = {
  names: new Set(['automad/src', 'automad/init.php']),
  locations: /automad/i,
  root: /(^|\/)automad[^/]*(\/|$)/i,
};

/**
 * Centreon Web keeps the images uploaded in Administration > Parameters > Media in
 * `www/img/media/`; its public folder (`www/`, published at `/centreon/`) holds `main.get.php`.
 */
const CENTREON: ApplicationSigns = {
  names: new Set(['main.get.php']),
  locations: /centreon/i,
  root: /(^|\/)centreon[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * FileGator keeps its users' files in `repository/` (the storage adapter's root in
 * `configuration.php`), in the project folder beside the public `dist/`, whose settings template
 * is `configuration_sample.php`.
 */
const FILEGATOR: ApplicationSigns = {
  names: new Set(['configuration_sample.php']),
  locations: /filegator/i,
  root: /(^|\/)filegator[^/]*(\/|$)/i,
};

/**
 * HTMLy's editor uploads pictures into `content/images/` (`upload.php`); its root (the
 * installation itself) holds the application in `system/htmly.php`.
 */
const HTMLY: ApplicationSigns = {
  names: new Set(['system/htmly.php']),
  locations: /htmly/i,
  root: /(^|\/)htmly[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * Passbolt's legacy avatar folder, `webroot/img/public/`, is writable by the web server; its
 * project folder above `webroot/` holds `config/passbolt.default.php`.
 */
const PASSBOLT: ApplicationSigns = {
  names: new Set(['config/passbolt.default.php']),
  locations: /passbolt/i,
  root: /(^|\/)passbolt[^/]*(\/|$)/i,
};

/** Tiny File Manager's files are in `data/` beside `tinyfilemanager.php` in its docker image. */
const TINYFILEMANAGER: ApplicationSigns = {
  names: new Set(['tinyfilemanager.php']),
  root: /(^|\/)tinyfilemanager[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * UVdesk writes knowledgebase and website images and attachments under `public/assets/`; its
 * project folder holds the helpdesk's bundles in `vendor/uvdesk/`.
 */
const UVDESK: ApplicationSigns = {
  names: new Set(['vendor/uvdesk']),
  locations: /uvdesk/i,
  root: /(^|\/)uvdesk[^/]*(\/|$)/i,
};

/**
 * Zenphoto keeps the photos and archives uploaded from its admin in `albums/`; its root (the
 * installation itself) holds the core, `zp-core/`, and its data, `zp-data/`.
 */
const ZENPHOTO: ApplicationSigns = {
  names: new Set(['zp-core', 'zp-data']),
  locations: /zenphoto|\/zp-core\//i,
  root: /(^|\/)zenphoto[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * osCommerce (2.x and CE Phoenix) writes the product images its admin uploads to `images/`; its
 * root (the shop itself) holds its scripts by page, `product_info.php`, `checkout_process.php`.
 */
const OSCOMMERCE: ApplicationSigns = {
  names: new Set(['product_info.php', 'checkout_process.php']),
  locations: /oscommerce|phoenix/i,
  root: /(^|\/)(?:oscommerce|phoenix)[^/]*(\/|$)/i,
};

/**
 * Zen Cart writes product images to `images/` and what customers attach to an order's attributes
 * to `images/uploads/`; its root holds `ipn_main_handler.php` and `zc_plugins/`.
 */
const ZENCART: ApplicationSigns = {
  names: new Set(['ipn_main_handler.php', 'zc_plugins']),
  locations: /zencart|zen-cart/i,
  root: /(^|\/)zen-?cart[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * CubeCart writes the product images its admin uploads to `images/source/`; its root holds
 * `ini.inc.php` and the settings it writes at install, `includes/global.inc.php`.
 */
const CUBECART: ApplicationSigns = {
  names: new Set(['ini.inc.php', 'includes/global.inc.php']),
  locations: /cubecart/i,
  root: /(^|\/)cubecart[^/]*(\/|$)/i,
  inRoot: true,
};

/** Flyspray writes users' avatars to `avatars/`; its root holds its settings, `flyspray.conf.php`. */
const FLYSPRAY: ApplicationSigns = {
  names: new Set(['flyspray.conf.php']),
  locations: /flyspray/i,
  root: /(^|\/)flyspray[^/]*(\/|$)/i,
};

/**
 * WordPress on Roots Bedrock keeps the media library in `app/uploads/`, in the web root beside the
 * core, `wp/` (with `wp/wp-includes/`), and a small `wp-config.php` loader.
 */
const BEDROCK: ApplicationSigns = {
  names: new Set(['wp/wp-includes', 'wp/wp-settings.php']),
  locations: /\/wp\/wp-admin|bedrock/i,
  root: /(^|\/)bedrock[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * SLiMS (Senayan Library Management System) writes the covers librarians upload to `images/docs/`
 * and members' photos to `images/persons/`; its root holds `sysconfig.inc.php` and the `simbio2/`
 * framework.
 */
const SLIMS: ApplicationSigns = {
  names: new Set(['sysconfig.inc.php', 'simbio2']),
  locations: /slims/i,
  root: /(^|\/)slims[^/]*(\/|$)/i,
  inRoot: true,
};

/**
 * Chamilo 2 writes every resource (course documents, assignments, users' files) to
 * `var/upload/resource/` in its project folder, served only where the root is that folder rather
 * than `public/`. Its project holds the course tools' bundle, `src/CourseBundle/`.
 */
const CHAMILO_2: ApplicationSigns = {
  names: new Set(['var/upload', 'src/CourseBundle']),
  locations: /chamilo|var\/upload\//i,
  root: /(^|\/)chamilo[^/]*(\/|$)/i,
};

/**
 * Ibexa DXP (and eZ Platform before it) stores what editors upload in its public folder,
 * `public/var/<site>/storage/` (`web/var/` in eZ Platform 2); the project folder holds its
 * settings, `config/packages/ibexa.yaml` (`ezplatform.yaml`), and its packages, and the public
 * folder the admin interface's assets, `bundles/ibexaadminui/` (`bundles/ezplatformadminui/`).
 */
const IBEXA: ApplicationSigns = {
  names: new Set([
    'config/packages/ibexa.yaml',
    'config/packages/ezplatform.yaml',
    'vendor/ibexa',
    'vendor/ezsystems',
    'bundles/ibexaadminui',
    'bundles/ezplatformadminui',
  ]),
  locations: /ibexa|ez(?:platform|publish)|var\/.*storage/i,
  root: /(^|\/)(?:ibexa|ezplatform|ezpublish)[^/]*(\/|$)/i,
};

/**
 * Pimcore keeps its digital assets, what editors upload to the DAM, in `public/var/assets/`
 * (`web/var/` before Pimcore 10), and their thumbnails in `public/var/tmp/`; its public folder
 * holds the admin interface's assets, `bundles/pimcoreadmin/`, its project folder the package in
 * `vendor/pimcore/`. Its documented server serves `/var/assets` and the `-thumb__` thumbnails.
 */
const PIMCORE: ApplicationSigns = {
  names: new Set(['bundles/pimcoreadmin', 'vendor/pimcore']),
  locations: /pimcore|var\/assets|-thumb__/i,
  root: /(^|\/)pimcore[^/]*(\/|$)/i,
};

/** Signs of any of these applications, for a folder each uploads to. */
function anyOf(...all: ApplicationSigns[]): ApplicationSigns {
  const locations = all.flatMap((signs) => (signs.locations === undefined ? [] : [signs.locations]));
  return {
    names: new Set(all.flatMap((signs) => [...signs.names])),
    locations: locations.length === 0 ? undefined : new RegExp(locations.map((r) => r.source).join('|'), 'i'),
    root: new RegExp(all.map((signs) => signs.root.source).join('|'), 'i'),
    inRoot: all.some((signs) => signs.inRoot === true),
  };
}

/** The default upload paths that need their application's signs (by pattern, as `uploadPath` trims it). */
const GUARDED: ReadonlyMap<string, ApplicationSigns> = new Map([
  // `var/` is where Symfony applications and many others keep their cache, logs and sessions
  // (PrestaShop 1.7+, Mautic, Shopware, Sylius, Magento 2): files the application writes itself,
  // which no upload reaches. It holds uploads only for the few applications that put them there,
  // so it counts only where one of them shows, as the other folders here do. Elsewhere a script
  // under `var/` is the application's own (PrestaShop's compiled container), and a deny of it
  // that a PHP location bypasses is `nginx/regex-location-bypass`'s finding, not an upload run.
  ['var', anyOf(CHAMILO_2, IBEXA, PIMCORE)],
  ['images', anyOf(JOOMLA_OR_MEDIAWIKI, CHEVERETO, OSCOMMERCE, ZENCART)],
  ['w/images', JOOMLA_OR_MEDIAWIKI],
  ['assets/avatars', FLARUM],
  ['assets/files', FLARUM],
  ['application/files', CONCRETE],
  ['content/user/images', PHPMYFAQ],
  ['content/user/attachments', PHPMYFAQ],
  ['site/assets/files', PROCESSWIRE],
  ['assets', anyOf(SILVERSTRIPE, STATAMIC, UVDESK)],
  ['sites/*/documents', OPENEMR],
  ['app/admin/import-export/upload', PHPIPAM],
  ['app/subnets/import-subnet/upload', PHPIPAM],
  ['public', anyOf(PKP, DOTCLEAR)],
  ['content/images/users', CHEVERETO],
  ['images/uploads', anyOf(EXPRESSIONENGINE, ZENCART)],
  ['images/avatars', EXPRESSIONENGINE],
  ['images/member_photos', EXPRESSIONENGINE],
  ['images/pm_attachments', EXPRESSIONENGINE],
  ['images/signature_attachments', EXPRESSIONENGINE],
  ['images/captchas', EXPRESSIONENGINE],
  ['IMG', SPIP],
  ['albums', anyOf(COPPERMINE, ZENPHOTO)],
  ['data', anyOf(JEEDOM, TINYFILEMANAGER)],
  ['data/files', WONDERCMS],
  ['pages', AUTOMAD],
  ['shared', AUTOMAD],
  ['img/media', CENTREON],
  ['repository', FILEGATOR],
  ['content/images', HTMLY],
  ['img/public', PASSBOLT],
  ['images/source', CUBECART],
  ['avatars', FLYSPRAY],
  ['app/uploads', BEDROCK],
  ['images/docs', SLIMS],
  ['images/persons', SLIMS],
]);

/** The signs a default upload pattern needs, if any. */
export function signsNeededBy(pattern: string): ApplicationSigns | undefined {
  return GUARDED.get(pattern);
}

/**
 * Whether the server shows the application: `treeRoots` are the workspace folders that hold
 * the server's root, `pattern` the upload folder (its parent folder is listed).
 */
export function applicationShows(
  signs: ApplicationSigns,
  server: EffectiveNode,
  pattern: string,
  treeRoots: readonly string[],
  workspace: WorkspaceView,
): boolean {
  // Asked for each signed folder of each server, by every rule that reads upload folders.
  let byPattern = shownByServer.get(server);
  if (!byPattern) {
    byPattern = new Map();
    shownByServer.set(server, byPattern);
  }
  let shown = byPattern.get(pattern);
  if (shown === undefined) {
    shown = serverShows(signs, server, pattern, treeRoots, workspace);
    byPattern.set(pattern, shown);
  }
  return shown;
}

/** Answers by server and upload pattern (the pattern names its signs; the server, its root and tree). */
const shownByServer = new NodeMemo<Map<string, boolean>>();

function serverShows(
  signs: ApplicationSigns,
  server: EffectiveNode,
  pattern: string,
  treeRoots: readonly string[],
  workspace: WorkspaceView,
): boolean {
  const root = documentRoot(server);
  if (root?.kind === 'root' && signs.root.test(root.path)) return true;
  if (treeShows(signs, pattern, treeRoots, workspace)) return true;
  return locationsOfServer(server).some((node) => {
    const location = locationInfo(node)?.pattern;
    return location !== undefined && signs.locations?.test(location) === true;
  });
}

/** What the tree shows, by workspace, upload pattern (which names the signs) and tree roots. */
const treeSigns = memoByWorkspace<boolean>();

function treeShows(
  signs: ApplicationSigns,
  pattern: string,
  treeRoots: readonly string[],
  workspace: WorkspaceView,
): boolean {
  return treeSigns(workspace, `${pattern}\u0000${treeRoots.join('\u0000')}`, () => {
    const slash = pattern.lastIndexOf('/');
    const parent = slash < 0 ? '' : pattern.slice(0, slash);
    return treeRoots.some((dir) =>
      [
        parent === '' ? dir : joinPath(dir, parent),
        ...(signs.inRoot && parent !== '' ? [dir] : []),
        ...folderAndProject(dir, workspace).slice(1),
      ].some((folder) => [...signs.names].some((name) => folderHolds(folder, name, workspace))),
    );
  });
}

/** Whether `folder` holds `name`, an entry or a path inside it (`src/phpMyFAQ`). */
function folderHolds(folder: string, name: string, workspace: WorkspaceView): boolean {
  const slash = name.lastIndexOf('/');
  const listed = slash < 0 ? folder : joinPath(folder, name.slice(0, slash));
  return workspace.listDir(listed)?.includes(name.slice(slash + 1)) === true;
}

/**
 * Whether an application published by `alias` shows, for one of its upload folders: the aliased
 * folder (`dir`) holds its signs, or the location's URL (`/centreon/`) or the folder is named
 * after it.
 */
export function aliasedApplicationShows(
  signs: ApplicationSigns,
  location: string,
  dir: string,
  pattern: string,
  workspace: WorkspaceView,
): boolean {
  return (
    signs.root.test(dir) ||
    signs.locations?.test(location) === true ||
    treeShows(signs, pattern, [dir], workspace)
  );
}
