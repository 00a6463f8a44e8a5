/**
 * Which documents the client hands to the server. The server decides the format of each file
 * from its path (server/src/engine/format-detection.ts), exactly as the CLI does; these filters
 * only need to cover every file it can lint, whatever language id another extension gave it.
 */

/** Structurally both a `vscode.DocumentFilter` and an LSP `DocumentFilter` (which needs a language or a scheme). */
export type DocumentFilter =
  | { readonly language: string; readonly scheme?: string; readonly pattern?: string }
  | { readonly scheme: string; readonly language?: string; readonly pattern?: string };

/** The languages whose grammars and settings this extension contributes. */
export const CONTRIBUTED_LANGUAGES = ['dotenv', 'nginx', 'apacheconf'] as const;

/** Languages worth linting in unsaved buffers too: their format does not depend on a path. */
const LANGUAGES = [...CONTRIBUTED_LANGUAGES, 'shellscript', 'dockerfile', 'makefile'];

/** Path patterns: Symfony YAML, shell commands in compose/composer files, and files another extension may have claimed. */
const FILE_PATTERNS = [
  '**/config/packages/**/*.{yaml,yml}',
  '**/config/services*.{yaml,yml}',
  '**/{security,framework,monolog}.{yaml,yml}',
  '**/.harden.{yaml,yml}',
  '**/{docker-compose,compose}*.{yaml,yml}',
  '**/composer.json',
  '**/*.sh',
  '**/{Dockerfile,dockerfile}*',
  '**/{Makefile,makefile,GNUmakefile}',
  '**/*.conf',
  '**/.htaccess',
  '**/{.env,.env.*,*.env}',
  // Debian names nginx/Apache sites without an extension (`sites-enabled/default`).
  '**/sites-{available,enabled}/*',
];

export const SERVER_DOCUMENT_SELECTOR: readonly DocumentFilter[] = [
  ...LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  ...FILE_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
];

export const STATUS_DOCUMENT_SELECTOR: readonly DocumentFilter[] = CONTRIBUTED_LANGUAGES.map((language) => ({
  language,
}));
