import type {
  FormatId,
  Parsed,
  Range,
  RelatedLocation,
  Fix,
  Severity,
  SourceDocument,
  WorkspaceView,
} from './types.ts';
import type { ResolvedConfig } from './config-types.ts';

export type PresetName = 'recommended' | 'strict' | 'chamilo' | 'civicrm';
export const PRESET_NAMES: readonly PresetName[] = ['recommended', 'strict', 'chamilo', 'civicrm'];

/** JSON-schema fragment describing one option, used for `.harden.yaml` validation and the docs. */
export interface OptionSchema {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  description: string;
  items?: OptionSchema;
  enum?: readonly (string | number)[];
  minimum?: number;
}

export interface RuleMeta<O extends object = Record<string, never>> {
  /** `<format>/<name>`, e.g. `dotenv/weak-secret`. */
  id: string;
  format: FormatId;
  severity: Severity;
  /** One line, sentence case, no final period: used as SARIF shortDescription and in `harden rules`. */
  title: string;
  /** Presets that enable the rule. `strict` is a superset of `recommended` by construction (see config). */
  presets: readonly PresetName[];
  /** Message templates by id; `{{name}}` placeholders are filled from `data`. Never a secret value. */
  messages: Record<string, string>;
  fixable: boolean;
  /** Option defaults; the schema of each option is in `optionSchema`. */
  defaultOptions: O;
  optionSchema?: { [K in keyof O]: OptionSchema };
  /** Option values a preset sets (e.g. the Chamilo guide's exact header values). */
  presetOptions?: Partial<Record<PresetName, Partial<O>>>;
  /** Severity a preset sets, when it differs from `severity`. */
  presetSeverity?: Partial<Record<PresetName, Severity>>;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  range: Range;
  /** Overrides the rule's configured severity for this finding (e.g. a warning/info rule). */
  severity?: Severity;
  related?: RelatedLocation[];
  /** Computed only when the caller wants fixes. */
  fix?: () => Fix | undefined;
}

export interface RuleContext<A = unknown, O extends object = Record<string, never>> {
  readonly document: SourceDocument;
  readonly parsed: Parsed<A>;
  readonly ast: A;
  readonly options: O;
  readonly workspace: WorkspaceView;
  readonly config: ResolvedConfig;
  /** True when the path (default: this document) is a production file per the config's `production` globs and the format's conventions. */
  isProduction(path?: string): boolean;
  report(report: Report): void;
}

export interface Rule<A = unknown, O extends object = Record<string, never>> {
  meta: RuleMeta<O>;
  check(context: RuleContext<A, O>): void;
}

/** Type-erased rule, as held by the registry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, any>;

export function defineRule<A, O extends object = Record<string, never>>(rule: Rule<A, O>): Rule<A, O> {
  return rule;
}

/** Fills `{{name}}` placeholders; unknown placeholders are left visible so tests catch them. */
export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  const parts = compiledTemplate(template);
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i]!;
    out += Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : parts[i + 1]!;
    out += parts[i + 2]!;
  }
  return out;
}

/**
 * A message template split once into text and placeholders (text, name, placeholder as written, text, …): a
 * lint reports thousands of findings from a few dozen templates, and a regex replace with a
 * callback per finding showed in profiles.
 */
const templates = new Map<string, string[]>();
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function compiledTemplate(template: string): string[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      parts.push(template.slice(last, match.index), match[1]!, match[0]);
      last = match.index + match[0].length;
    }
    parts.push(template.slice(last));
    templates.set(template, parts);
  }
  return parts;
}

/** The URL of a rule's documentation page (the same page is bundled in the .vsix). */
export const DOCS_BASE_URL = 'https://github.com/harden-dev/harden/blob/main/rules/';
export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
