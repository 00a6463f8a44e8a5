import { DEFAULT_MAX_FILE_SIZE, DEFAULT_UPLOAD_PATHS } from './config-types.ts';
import { PRESET_NAMES, ruleDocsUrl, type OptionSchema, type RuleMeta } from './rule.ts';

/**
 * The JSON Schema (draft-07, which VS Code's `yamlValidation` and redhat.vscode-yaml read) of
 * `.harden.yaml`. `buildConfigSchema(rules)` is the one `loadConfig` validates with: it knows
 * every rule id and its options. `buildGenericConfigSchema()` is the shape without the rule
 * list; `schemas/harden.schema.json` is exactly that object (a test keeps them equal).
 */

export type JsonSchema = { [keyword: string]: unknown };

export const RULE_LEVELS = ['off', 'error', 'warning', 'info', 'hint'] as const;
export const RULE_ID_PATTERN = '^[a-z]+/[a-z0-9-]+$';
export const CONFIG_SETTINGS = [
  'extends',
  'rules',
  'include',
  'exclude',
  'production',
  'uploadPaths',
  'maxFileSize',
  'fileModes',
] as const;

const LEVEL_SCHEMA: JsonSchema = {
  type: 'string',
  enum: [...RULE_LEVELS],
  description: "The rule's severity, or `off` to disable it.",
};

function globList(description: string): JsonSchema {
  return { type: 'array', description, items: { type: 'string', minLength: 1 } };
}

function topLevel(rulesSchema: JsonSchema): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Harden configuration (.harden.yaml)',
    description:
      'Configures Harden, the security linter for Nginx, Apache, .env and Symfony configs. The CLI and the editor read the same file.',
    type: 'object',
    additionalProperties: false,
    properties: {
      extends: {
        description:
          'Rule presets to start from, in order: `recommended` (the default), `strict` (adds the info-level rules), `chamilo` and `civicrm` (the exact values of those projects\u2019 security guides).',
        default: 'recommended',
        anyOf: [
          { type: 'string', enum: [...PRESET_NAMES] },
          { type: 'array', minItems: 1, items: { type: 'string', enum: [...PRESET_NAMES] } },
        ],
      },
      rules: rulesSchema,
      include: globList(
        'Globs (relative to this file\u2019s directory) of the files to audit; when given, other files are ignored. A glob without `/` matches a file name at any depth.',
      ),
      exclude: globList(
        'Globs (relative to this file\u2019s directory) of files and directories not to audit, besides .gitignore and the default excludes (node_modules, vendor, .git, .cache).',
      ),
      production: globList(
        'Globs of files that count as production, besides the conventions (`.env.prod*`, `.env.local.php`, `config/packages/prod/`, `when@prod`).',
      ),
      uploadPaths: {
        type: 'array',
        description:
          'Upload directories (path prefixes, `*` matches one segment) where the web server must never execute a script. Replaces the default list.',
        default: [...DEFAULT_UPLOAD_PATHS],
        items: { type: 'string', minLength: 1 },
      },
      maxFileSize: {
        type: 'integer',
        minimum: 1,
        default: DEFAULT_MAX_FILE_SIZE,
        description: 'Largest file that is analysed, in bytes; larger files are reported as skipped.',
      },
      fileModes: {
        type: 'boolean',
        default: true,
        description:
          'Read real file modes from disk (world-writable files, .env permissions). Turn off where the checkout\u2019s modes mean nothing (e.g. on Windows).',
      },
    },
  };
}

const RULES_DESCRIPTION =
  'Per-rule settings: a severity (`off`, `error`, `warning`, `info`, `hint`), or a mapping with an optional `severity` and the rule\u2019s options, e.g. `nginx/hsts-weak: { severity: error, minMaxAge: 63072000 }`.';

/** The shape of `.harden.yaml` without knowing the rules: what `schemas/harden.schema.json` holds. */
export function buildGenericConfigSchema(): JsonSchema {
  return topLevel({
    type: 'object',
    description: RULES_DESCRIPTION,
    additionalProperties: false,
    patternProperties: {
      [RULE_ID_PATTERN]: {
        description: 'A rule id, `<format>/<name>` (`harden rules` lists them), and its setting.',
        anyOf: [
          LEVEL_SCHEMA,
          {
            type: 'object',
            description: 'The severity and the options of the rule.',
            properties: { severity: LEVEL_SCHEMA },
          },
        ],
      },
    },
  });
}

/** The full schema: every rule id, with its options and their types. */
export function buildConfigSchema(rules: readonly RuleMeta[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const rule of [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    properties[rule.id] = ruleSchema(rule);
  }
  return topLevel({
    type: 'object',
    description: RULES_DESCRIPTION,
    additionalProperties: false,
    properties,
  });
}

function ruleSchema(rule: RuleMeta): JsonSchema {
  const optionProperties: Record<string, JsonSchema> = { severity: LEVEL_SCHEMA };
  const optionSchema = rule.optionSchema as Record<string, OptionSchema> | undefined;
  for (const [name, schema] of Object.entries(optionSchema ?? {})) {
    optionProperties[name] = optionToJsonSchema(schema);
  }
  const description = `${rule.title} (default: ${rule.severity}). ${ruleDocsUrl(rule.id)}`;
  return {
    description,
    anyOf: [
      LEVEL_SCHEMA,
      { type: 'object', description, properties: optionProperties, additionalProperties: false },
    ],
  };
}

function optionToJsonSchema(option: OptionSchema): JsonSchema {
  const schema: JsonSchema = { type: option.type, description: option.description };
  if (option.items) schema['items'] = optionToJsonSchema(option.items);
  if (option.enum) schema['enum'] = [...option.enum];
  if (option.minimum !== undefined) schema['minimum'] = option.minimum;
  return schema;
}
