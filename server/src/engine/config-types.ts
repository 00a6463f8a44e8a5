import type { PresetName } from './rule.ts';
import type { Severity } from './types.ts';

export type RuleLevel = Severity | 'off';

export interface RuleOverride {
  severity?: RuleLevel;
  options?: Record<string, unknown>;
}

/** `.harden.yaml` after validation and merging with the defaults. */
export interface ResolvedConfig {
  /** Presets in the order given (`extends`); `recommended` when none is given. */
  presets: PresetName[];
  rules: Record<string, RuleOverride>;
  /** Globs (relative to the workspace root) that limit discovery; empty = everything. */
  include: string[];
  exclude: string[];
  /** Globs of files that count as production (besides each format's conventions). */
  production: string[];
  /** Upload directories (URL/path prefixes, `*` allowed), see nginx/upload-execution. */
  uploadPaths: string[];
  /** Largest file that is linted, in bytes. */
  maxFileSize: number;
  /** Whether real file modes are read from disk. */
  fileModes: boolean;
  /** The file it came from, when there is one. */
  file?: string;
}

export const DEFAULT_UPLOAD_PATHS: readonly string[] = [
  // Chamilo 2's resources (var/upload/), Ibexa's storage and Pimcore's assets (public/var/): only
  // where one of them shows, since `var/` is most applications' cache and logs (semantics-upload-signs.ts).
  'var',
  'app/upload',
  'app/courses',
  'app/home',
  'sites/*/files',
  'wp-content/uploads',
  // Laravel: `php artisan storage:link` publishes storage/app/public as public/storage.
  'storage',
  'uploads',
  'upload',
  'media',
  'files',
  // Joomla's media manager and MediaWiki's $wgUploadDirectory (MediaWiki lives under /w/ with short URLs).
  'images',
  'w/images',
  // SuiteCRM 8: the legacy application's uploads, under public/legacy/.
  'legacy/upload',
  // TYPO3: editors' uploads (fileadmin/) and generated files (typo3temp/).
  'fileadmin',
  'typo3temp',
  // Flarum: avatars, and fof/upload's attachments, under public/assets/.
  'assets/avatars',
  'assets/files',
  // phpList: the editor's image uploads (UPLOADIMAGES_DIR), at the root or beside lists/.
  'uploadimages',
  'lists/uploadimages',
  // Concrete CMS: the File Manager's files, application/files/ beside the core's concrete/.
  'application/files',
  // phpMyFAQ: what editors upload, FAQ images and attachments, under content/user/.
  'content/user/images',
  'content/user/attachments',
  // Leantime's uploads (public/userfiles), and CKFinder's default folder in many applications.
  'userfiles',
  // ProcessWire: file and image fields, site/assets/files/<page id>/, beside the core's wire/.
  'site/assets/files',
  // Silverstripe's CMS files (drafts and restricted ones in assets/.protected/), and Statamic's
  // default asset container: public/assets/.
  'assets',
  // OpenEMR: patients' documents and scans, sites/<site>/documents/, in the application's own folder.
  'sites/*/documents',
  // phpIPAM: the imports' upload folders, writable by the web server (its install guide).
  'app/admin/import-export/upload',
  'app/subnets/import-subnet/upload',
  // PKP's OJS, OMP and OPS: journal logos, covers and editors' images, public/ in the application's folder.
  'public',
  // Bludit: what editors upload (bl-content/uploads/), and where an upload is staged before it is
  // checked (bl-content/tmp/, where CVE-2019-16113 ran an uploaded script).
  'bl-content/uploads',
  'bl-content/tmp',
  // Chevereto: members' avatars and profile backgrounds (its uploaded images are in images/).
  'content/images/users',
  // ExpressionEngine: the File Manager's upload destinations, members' avatars and photos,
  // private-message and signature attachments, and the CAPTCHA images it writes.
  'images/uploads',
  'images/avatars',
  'images/member_photos',
  'images/pm_attachments',
  'images/signature_attachments',
  'images/captchas',
  // SPIP: the documents and logos editors upload (_DIR_IMG), IMG/ in the installation's own folder.
  'IMG',
  // Coppermine: the pictures members upload (albums/userpics/<user>/, albums/edit/).
  'albums',
  // Jeedom: the images and files users add to objects, scenarios and designs (data/); Tiny File
  // Manager's files ($root_path in its docker image).
  'data',
  // WonderCMS: what the admin uploads (Settings > Files), beside its database in data/.
  'data/files',
  // FlatPress: the uploader's and media manager's images, and attachments.
  'fp-content/images',
  'fp-content/attachs',
  // Automad: the files of each page, beside its data (pages/<path>/), and the shared files.
  'pages',
  'shared',
  // e107: the media manager's files and members' avatars (e107_media/<site hash>/), and where
  // each upload is staged (e107_system/<site hash>/temp/).
  'e107_media',
  'e107_system/*/temp',
  // Centreon: the images uploaded in Administration > Parameters > Media (www/img/media/).
  'img/media',
  // FileGator: the storage adapter's root, beside the public dist/ folder.
  'repository',
  // Fork CMS: what editors upload (CKFinder, media library, avatars, module images).
  'src/Frontend/Files',
  // HESK's and SMF's attachments; SMF's custom avatar folder.
  'attachments',
  'custom_avatar',
  // HTMLy: the pictures its editor uploads through upload.php.
  'content/images',
  // LibreBooking: resource images and reservation attachments (Web/uploads/ in its project).
  'Web/uploads',
  // MODX: a media source's usual base path for editors' uploads.
  'assets/uploads',
  // Neos (Flow): the assets editors upload, published one folder per content hash.
  '_Resources/Persistent',
  // Passbolt: the legacy avatar folder, writable by the web server.
  'img/public',
  // Zenphoto: files sent through its file manager and editor's image dialog (its photos are in albums/).
  'uploaded',
  // ResourceSpace: every uploaded asset and its previews (filestore/, $storagedir).
  'filestore',
  // CubeCart: the product images its admin uploads.
  'images/source',
  // SLiMS: the covers librarians upload and members' photos.
  'images/docs',
  'images/persons',
  // RosarioSIS: students' and staff's files, and their photos ($FileUploadsPath,
  // $StudentPicturesPath, $UserPicturesPath).
  'assets/FileUploads',
  'assets/StudentPhotos',
  'assets/UserPhotos',
  // Flyspray: users' avatars (its attachments are in attachments/).
  'avatars',
  // WordPress on Roots Bedrock: the media library, web/app/uploads/ beside the core in web/wp/.
  'app/uploads',
];

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** The `uploadPaths` lists `defaultConfig` made: a setting that lists the same folders is the user's own. */
const defaultUploadLists = new WeakSet<readonly string[]>();

/**
 * Whether a list is the default `uploadPaths`, not a setting: some default folders (`images`)
 * only count where their application shows, a folder the user lists counts everywhere.
 */
export function isDefaultUploadPaths(list: readonly string[]): boolean {
  return defaultUploadLists.has(list);
}

export function defaultConfig(): ResolvedConfig {
  const uploadPaths = [...DEFAULT_UPLOAD_PATHS];
  defaultUploadLists.add(uploadPaths);
  return {
    presets: ['recommended'],
    rules: {},
    include: [],
    exclude: [],
    production: [],
    uploadPaths,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    fileModes: true,
  };
}
