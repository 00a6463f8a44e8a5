/**
 * What a `.env` file is for, from its name. The security rules depend on it: a template holds
 * placeholders on purpose, Symfony's committed `.env` holds development defaults that
 * `.env.local` or the real environment override, and only local and production files hold the
 * values a live server runs with.
 *
 * Symfony loads `.env`, `.env.local`, `.env.<APP_ENV>`, `.env.<APP_ENV>.local`, the latter taking
 * precedence (https://symfony.com/doc/current/configuration.html#configuring-environment-variables-in-env-files).
 */

export type EnvFileRole =
  /** `.env.dist`, `.env.example`, `.env.sample`, `.env.template`: copied by every install. */
  | 'template'
  /** `.env.prod*`, `.env.production*`, or a file the config's `production` globs name. */
  | 'production'
  /** `.env.dev`, `.env.test`, `.env.test.local`…: development and CI settings. */
  | 'development'
  /** The committed `.env`: defaults that `.env.local` or the real environment override. */
  | 'defaults'
  /** Any other env file: `.env.local`, `.env.staging`, `docker/db.env`: values a server runs with. */
  | 'deployment';

export interface EnvFileKind {
  role: EnvFileRole;
  /** True for production files, templates included (`.env.prod.dist` hands production settings out). */
  production: boolean;
  template: boolean;
}

const TEMPLATE_SEGMENTS = new Set([
  'dist',
  'example',
  'examples',
  'sample',
  'samples',
  'template',
  'tpl',
  'tmpl',
]);
const DEVELOPMENT_SEGMENTS = new Set(['dev', 'development', 'test', 'tests', 'testing', 'ci', 'e2e']);

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The dot-separated parts of a file name, lower-cased, without empty parts and without `env`. */
function nameSegments(name: string): string[] {
  return name
    .toLowerCase()
    .split('.')
    .filter((segment) => segment !== '' && segment !== 'env');
}

export function isTemplateEnvFile(path: string): boolean {
  return nameSegments(baseName(path)).some((segment) => TEMPLATE_SEGMENTS.has(segment));
}

function isDevelopmentEnvFile(path: string): boolean {
  return nameSegments(baseName(path)).some((segment) => DEVELOPMENT_SEGMENTS.has(segment));
}

/** `production` comes from the engine (`context.isProduction()`), which also knows the config's globs. */
export function classifyEnvFile(path: string, production: boolean): EnvFileKind {
  const template = isTemplateEnvFile(path);
  let role: EnvFileRole;
  if (template) role = 'template';
  else if (production) role = 'production';
  else if (isDevelopmentEnvFile(path)) role = 'development';
  else if (baseName(path) === '.env') role = 'defaults';
  else role = 'deployment';
  return { role, production, template };
}

/**
 * Files that hold a machine's real values by Symfony's convention and must never be committed:
 * `.env.local`, `.env.<env>.local`, and the production files `.env.prod*` / `.env.production*`.
 * Templates (`.env.prod.dist`) are meant to be committed.
 */
export function isUncommittableEnvFileName(path: string): 'local' | 'production' | undefined {
  const name = baseName(path);
  if (!name.startsWith('.env.') || isTemplateEnvFile(path)) return undefined;
  if (name === '.env.local' || /^\.env\.[^/]+\.local$/.test(name)) return 'local';
  if (/^\.env\.prod(uction)?(\.|$)/.test(name)) return 'production';
  return undefined;
}
