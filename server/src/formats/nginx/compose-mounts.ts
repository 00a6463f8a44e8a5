import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { WorkspaceView } from '../../engine/types.ts';
import { dirnameOf, isInside, joinPath } from './paths.ts';
import { memoByWorkspace } from './semantics-workspace-tree.ts';

/**
 * Bind mounts of the workspace's Docker Compose files: where a container path (`/var/www/html`)
 * comes from in the workspace (`./app`). An nginx container's `root /var/www/html/public;` names
 * a path of the container, and the workspace holds it under another name; without the mounts,
 * the rules that read the application tree (the scripts, the uploads, the private files below the
 * root) found nothing there. Compose's own files are read as data, never run; their variables
 * (`${APP_DIR:-./app}`) are not expanded: such a mount is left out.
 * https://docs.docker.com/reference/compose-file/services/#volumes
 */
export interface BindMount {
  /** The container path (`/var/www/html`), normalised. */
  target: string;
  /** The workspace path it comes from. */
  source: string;
}

/** Compose file names: the default ones and their override and environment files. */
const COMPOSE_FILE = /^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/;

/** A Compose file larger than this is not read (a real one is a few kilobytes). */
const MAX_COMPOSE_SIZE = 256 * 1024;

const mountsByWorkspace = memoByWorkspace<readonly BindMount[]>();

/** How many folders two levels down are looked into for Compose files. */
const SECOND_LEVEL_FOLDERS = 128;

/**
 * The bind mounts of the Compose files at the workspace's top, one folder down (`docker/`,
 * `deploy/`) and two (a workspace that mirrors a server's files: `srv/freshrss/compose.yaml`,
 * whose nginx container reads `./FreshRSS` as `/var/www/FreshRSS`: blind cases npm-proxy--inner-*).
 */
export function composeMounts(workspace: WorkspaceView): readonly BindMount[] {
  const root = workspace.root;
  if (root === undefined) return [];
  return mountsByWorkspace(workspace, '', () => {
    const out: BindMount[] = [];
    for (const file of composeFiles(workspace)) out.push(...mountsOf(file.text, dirnameOf(file.path), root));
    out.push(...easyEngineMounts(workspace, root));
    // The most specific target first: `/var/www/html/public` before `/var/www/html`.
    return out.sort((a, b) => b.target.length - a.target.length);
  });
}

interface ComposeFile {
  path: string;
  text: string;
}

const filesByWorkspace = memoByWorkspace<readonly ComposeFile[]>();

/** The Compose files at the workspace's top, one folder down and two (see `composeMounts`), with their text. */
function composeFiles(workspace: WorkspaceView): readonly ComposeFile[] {
  const root = workspace.root;
  if (root === undefined) return [];
  return filesByWorkspace(workspace, '', () => {
    const out: ComposeFile[] = [];
    const read = (folder: string, names: readonly string[]): void => {
      for (const name of names) {
        if (!COMPOSE_FILE.test(name)) continue;
        const path = joinPath(folder, name);
        const text = workspace.readText(path);
        if (text !== undefined && text.length <= MAX_COMPOSE_SIZE) out.push({ path, text });
      }
    };
    // The entries to look into: not hidden (but `.docker/`), not a Compose file itself.
    const below = (folder: string, names: readonly string[]): string[] =>
      names
        .filter((name) => (!name.startsWith('.') || name === '.docker') && !COMPOSE_FILE.test(name))
        .map((name) => joinPath(folder, name));
    const top = workspace.listDir(root) ?? [];
    read(root, top);
    const firstLevel: [string, readonly string[]][] = [];
    for (const folder of below(root, top)) {
      const names = workspace.listDir(folder);
      if (!names) continue;
      read(folder, names);
      firstLevel.push([folder, names]);
    }
    // Each folder is listed once: the first level's listings give the second level's folders.
    let left = SECOND_LEVEL_FOLDERS;
    for (const [folder, names] of firstLevel)
      for (const sub of below(folder, names)) {
        if (left-- <= 0) break;
        const subNames = workspace.listDir(sub);
        if (subNames) read(sub, subNames);
      }
    return out;
  });
}

/**
 * EasyEngine v4 mounts each site's `app/` folder (`/opt/easyengine/sites/<site>/app`, with
 * `htdocs/` in it) at `/var/www` of the site's nginx and PHP containers, through named volumes
 * its Compose file does not spell out. Read when the workspace holds exactly one such site: with
 * several, a `root /var/www/htdocs;` could be any of them (blind cases easyengine--*).
 */
function easyEngineMounts(workspace: WorkspaceView, root: string): BindMount[] {
  const sites = joinPath(root, 'opt/easyengine/sites');
  const apps = (workspace.listDir(sites) ?? [])
    .map((name) => joinPath(sites, `${name}/app`))
    .filter((app) => workspace.listDir(app) !== undefined);
  return apps.length === 1 ? [{ target: '/var/www', source: apps[0]! }] : [];
}

/** The bind mounts of one Compose file, sources resolved from its folder; those outside the workspace left out. */
function mountsOf(text: string, folder: string, workspaceRoot: string): BindMount[] {
  const services = servicesOf(text);
  if (!services) return [];
  const out: BindMount[] = [];
  for (const item of services.items) {
    const service = item.value as Node | null;
    const volumes = isMap(service) ? (service.get('volumes', true) as Node | undefined) : undefined;
    if (!isSeq(volumes)) continue;
    for (const entry of volumes.items) {
      const mount = bindMountOf(entry as Node);
      if (!mount || mount.source.includes('$') || mount.target.includes('$')) continue;
      // A named volume (`certbot-www:/var/www/certbot`) is not a path of the workspace.
      if (!/^(?:\.{1,2}(?:\/|$)|\/)/.test(mount.source) || !mount.target.startsWith('/')) continue;
      const source = mount.source.startsWith('/')
        ? joinPath(mount.source, '.')
        : joinPath(folder, mount.source);
      if (!isInside(source, workspaceRoot)) continue;
      out.push({ target: joinPath(mount.target, '.'), source });
    }
  }
  return out;
}

/** The `services:` map of a Compose file, or undefined when the file is not valid YAML with one. */
function servicesOf(text: string): YAMLMap | undefined {
  try {
    const document = parseDocument(text, { uniqueKeys: false });
    if (document.errors.length > 0) return undefined;
    const top = document.contents;
    const services = isMap(top) ? (top.get('services', true) as Node | undefined) : undefined;
    return isMap(services) ? services : undefined;
  } catch {
    return undefined;
  }
}

/** `./app:/var/www/html:ro`, or the long form `{ type: bind, source: ./app, target: /var/www/html }`. */
function bindMountOf(entry: Node): { source: string; target: string } | undefined {
  if (isScalar(entry) && typeof entry.value === 'string') {
    const [source, target] = entry.value.split(':');
    return source !== undefined && target !== undefined ? { source, target } : undefined;
  }
  if (!isMap(entry)) return undefined;
  const type = entry.get('type');
  const source = entry.get('source');
  const target = entry.get('target');
  if (type !== 'bind' || typeof source !== 'string' || typeof target !== 'string') return undefined;
  return { source, target };
}

/** The workspace paths a container path comes from, through the bind mounts (most specific first). */
export function mountedPaths(path: string, workspace: WorkspaceView): string[] {
  const out: string[] = [];
  for (const mount of composeMounts(workspace)) {
    if (!isInside(path, mount.target)) continue;
    const candidate = joinPath(mount.source, path.slice(mount.target.length));
    if (!out.includes(candidate)) out.push(candidate);
  }
  return out;
}

/** Where the nginx image reads its templates from. */
const TEMPLATES_TARGET = '/etc/nginx/templates';

const environments = memoByWorkspace<ReadonlyMap<string, string> | null>();

/**
 * The variables the nginx Docker image's entrypoint renders a template with: the `environment:`
 * of the Compose service that mounts the template's folder at `/etc/nginx/templates`. Its envsubst
 * replaces `${NAME}` and `$NAME` of the variables set there and leaves nginx's own variables
 * (`$uri`) as they are (https://hub.docker.com/_/nginx, "Using environment variables in nginx
 * configuration"). Values that Compose itself interpolates (`${X:-y}`) are left out.
 */
export function templateEnvironment(
  templatePath: string,
  workspace: WorkspaceView,
): ReadonlyMap<string, string> | undefined {
  const folder = dirnameOf(templatePath);
  return (
    environments(workspace, folder, () => {
      for (const file of composeFiles(workspace)) {
        const found = environmentMounting(file.text, dirnameOf(file.path), folder);
        if (found) return found;
      }
      return null;
    }) ?? undefined
  );
}

/** The environment of the service of a Compose file that bind-mounts `folder` at the templates' target. */
function environmentMounting(
  text: string,
  composeFolder: string,
  folder: string,
): Map<string, string> | undefined {
  const services = servicesOf(text);
  if (!services) return undefined;
  for (const item of services.items) {
    const service = item.value as Node | null;
    if (!isMap(service)) continue;
    const volumes = service.get('volumes', true) as Node | undefined;
    if (!isSeq(volumes)) continue;
    const mounts = volumes.items.some((entry) => {
      const mount = bindMountOf(entry as Node);
      return (
        mount !== undefined &&
        joinPath(mount.target, '.') === TEMPLATES_TARGET &&
        /^\.{1,2}(?:\/|$)/.test(mount.source) &&
        joinPath(composeFolder, mount.source) === folder
      );
    });
    if (mounts) return environmentOf(service.get('environment', true) as Node | undefined);
  }
  return undefined;
}

/** `environment:` as a map (`NAME: value`) or a list (`- NAME=value`); interpolated values left out. */
function environmentOf(node: Node | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: unknown, value: unknown): void => {
    if (typeof name !== 'string' || (typeof value !== 'string' && typeof value !== 'number')) return;
    const text = String(value);
    if (!text.includes('$')) out.set(name, text);
  };
  if (isMap(node))
    for (const item of node.items)
      add(
        isScalar(item.key) ? item.key.value : undefined,
        isScalar(item.value) ? item.value.value : undefined,
      );
  else if (isSeq(node))
    for (const entry of node.items) {
      const line = isScalar(entry) ? entry.value : undefined;
      if (typeof line !== 'string') continue;
      const equals = line.indexOf('=');
      if (equals > 0) add(line.slice(0, equals), line.slice(equals + 1));
    }
  return out;
}

/**
 * A template's argument as the image renders it: `${NAME}` and `$NAME` of its environment's
 * variables replaced (`root ${NGINX_ROOT}/public;`), anything else kept. A file that is not a
 * template (`*.template`) is returned as it is.
 */
export function renderedTemplateValue(value: string, path: string, workspace: WorkspaceView): string {
  if (!path.endsWith('.template') || !value.includes('$')) return value;
  const environment = templateEnvironment(path, workspace);
  if (!environment || environment.size === 0) return value;
  return value.replace(
    /\$\{(\w+)\}|\$(\w+)/g,
    (whole, braced?: string, bare?: string) => environment.get((braced ?? bare)!) ?? whole,
  );
}
