import Ajv, { type ValidateFunction } from 'ajv';
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { defaultConfig, type ResolvedConfig, type RuleLevel, type RuleOverride } from './config-types.ts';
import { describeSchemaErrors, type ConfigIssue } from './config-errors.ts';
import { buildConfigSchema } from './config-schema.ts';
import { CONFIG_ERROR } from './engine-rules.ts';
import { LineIndex } from './line-index.ts';
import type { PresetName, RuleMeta } from './rule.ts';
import type { Finding, Range } from './types.ts';

export type { ConfigIssue } from './config-errors.ts';

export interface ConfigProblem {
  message: string;
  range: Range;
  severity: 'error' | 'warning';
}

export interface LoadedConfig {
  config: ResolvedConfig;
  problems: ConfigProblem[];
}

/** Looked for in this order at the workspace root. */
export const CONFIG_FILE_NAMES: readonly string[] = ['.harden.yaml', '.harden.yml'];

export function findConfigFile(root: string, exists: (path: string) => boolean): string | undefined {
  const base = root.endsWith('/') || root.endsWith('\\') ? root.slice(0, -1) : root;
  for (const name of CONFIG_FILE_NAMES) {
    const path = `${base}/${name}`;
    if (exists(path)) return path;
  }
  return undefined;
}

/**
 * Reads `.harden.yaml`. Never throws: YAML and schema problems come back with the range of the
 * offending key or value, and every broken part of the file falls back to its default while the
 * valid parts still apply.
 */
export function loadConfig(text: string, file: string, rules: readonly RuleMeta[]): LoadedConfig {
  const index = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  for (const error of document.errors) problems.push(yamlProblem(error, 'error', index));
  for (const warning of document.warnings) problems.push(yamlProblem(warning, 'warning', index));

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Only alias bombs get here (`maxAliasCount`): the whole file is then unusable.
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ message: `Invalid YAML: ${reason}`, range: index.range(0, 0), severity: 'error' });
    return { config: { ...defaultConfig(), file }, problems };
  }
  const { config, issues } = resolveConfigValue(data ?? {}, rules, file);
  for (const issue of issues) {
    problems.push({ message: issue.message, range: issueRange(document, issue, index), severity: 'error' });
  }
  problems.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  return { config, problems };
}

/**
 * Validates a configuration that is already a plain value (the parsed YAML, or the editor's
 * `harden.*` settings shaped like it) and resolves it; invalid parts are left at their default.
 */
export function resolveConfigValue(
  value: unknown,
  rules: readonly RuleMeta[],
  file?: string,
): { config: ResolvedConfig; issues: ConfigIssue[] } {
  const validate = validatorFor(rules);
  const valid = validate(value);
  const issues = valid ? [] : describeSchemaErrors(validate.errors ?? [], value, rules);
  const broken = new Set(issues.map((issue) => issue.path.join('\u0000')));
  const clean = broken.has('') ? {} : prune(value, [], broken);
  const config = toResolvedConfig(isRecord(clean) ? clean : {});
  if (file !== undefined) config.file = file;
  return { config, issues };
}

export function configProblemsToFindings(problems: readonly ConfigProblem[], file: string): Finding[] {
  return problems.map((problem) => ({
    ruleId: CONFIG_ERROR.id,
    messageId: 'default',
    severity: problem.severity,
    message: problem.message,
    file,
    range: problem.range,
  }));
}

const validators = new WeakMap<readonly RuleMeta[], ValidateFunction>();

function validatorFor(rules: readonly RuleMeta[]): ValidateFunction {
  let validate = validators.get(rules);
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: true, logger: false });
    validate = ajv.compile(buildConfigSchema(rules));
    validators.set(rules, validate);
  }
  return validate;
}

/** A copy of the value without the parts that failed validation. */
function prune(value: unknown, path: string[], broken: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    value.forEach((item, i) => {
      const childPath = [...path, String(i)];
      if (!broken.has(childPath.join('\u0000'))) items.push(prune(item, childPath, broken));
    });
    return items;
  }
  if (isRecord(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const childPath = [...path, key];
      if (broken.has(childPath.join('\u0000'))) continue;
      // defineProperty: a `__proto__` key must stay data, never become the prototype.
      Object.defineProperty(copy, key, {
        value: prune(item, childPath, broken),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  }
  return value;
}

/** Builds the config from a value that only holds valid parts (see `prune`). */
function toResolvedConfig(data: Record<string, unknown>): ResolvedConfig {
  const config = defaultConfig();
  const presets = typeof data['extends'] === 'string' ? [data['extends']] : data['extends'];
  if (Array.isArray(presets) && presets.length > 0) config.presets = [...new Set(presets as PresetName[])];
  if (isRecord(data['rules'])) {
    for (const [id, setting] of Object.entries(data['rules'])) {
      const override = toRuleOverride(setting);
      if (override)
        Object.defineProperty(config.rules, id, { value: override, enumerable: true, writable: true });
    }
  }
  if (Array.isArray(data['include'])) config.include = globs(data['include']);
  if (Array.isArray(data['exclude'])) config.exclude = globs(data['exclude']);
  if (Array.isArray(data['production'])) config.production = globs(data['production']);
  if (Array.isArray(data['uploadPaths'])) config.uploadPaths = data['uploadPaths'].map(String);
  if (typeof data['maxFileSize'] === 'number') config.maxFileSize = data['maxFileSize'];
  if (typeof data['fileModes'] === 'boolean') config.fileModes = data['fileModes'];
  return config;
}

function toRuleOverride(setting: unknown): RuleOverride | undefined {
  if (typeof setting === 'string') return { severity: setting as RuleLevel };
  if (!isRecord(setting)) return undefined;
  const override: RuleOverride = {};
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(setting)) {
    if (key === 'severity') override.severity = value as RuleLevel;
    else Object.defineProperty(options, key, { value, enumerable: true, writable: true });
  }
  if (Object.keys(options).length > 0) override.options = options;
  return override;
}

/** `./deploy/**` and `deploy/**` mean the same; the matchers want the latter. */
function globs(list: unknown[]): string[] {
  return list.map((glob) => String(glob).replace(/^(?:\.\/)+/, ''));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function yamlProblem(
  error: { message: string; pos: [number, number] },
  severity: ConfigProblem['severity'],
  index: LineIndex,
): ConfigProblem {
  const [start, end] = error.pos;
  return {
    message: `Invalid YAML: ${error.message}`,
    range: lineRange(index, start, Math.max(start, end)),
    severity,
  };
}

/**
 * The range of the key or value an issue is about. A value that is a whole mapping or list is
 * pointed at through its key, so that the squiggle stays on one line.
 */
function issueRange(document: Document, issue: ConfigIssue, index: LineIndex): Range {
  let node: unknown = document.contents;
  let key: Node | undefined;
  for (const segment of issue.path) {
    const current: unknown = isAlias(node) ? node.resolve(document) : node;
    let next: unknown;
    if (isMap(current)) {
      const pair = current.items.find((item) => keyText(item.key) === segment);
      if (!pair) break;
      key = isScalar(pair.key) ? pair.key : undefined;
      next = pair.value ?? undefined;
    } else if (isSeq(current)) {
      next = current.items[Number(segment)];
      key = undefined;
      if (next === undefined) break;
    } else break;
    node = next;
  }
  const target = issue.target === 'key' || !node || isMap(node) || isSeq(node) ? (key ?? node) : node;
  const range = (target as { range?: [number, number, number] | null } | undefined)?.range;
  if (!range) return lineRange(index, 0, 0);
  return lineRange(index, range[0], range[1]);
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return key === null || key === undefined ? undefined : String(key);
}

/** A range clipped to its first line (editors show multi-line squiggles badly). */
function lineRange(index: LineIndex, start: number, end: number): Range {
  const from = index.positionAt(start);
  const to = index.positionAt(end);
  if (to.line > from.line)
    return { start: from, end: { line: from.line, character: lineLength(index, from.line) } };
  return { start: from, end: to };
}

function lineLength(index: LineIndex, line: number): number {
  return index.lineEnd(line) - (index.lineStarts[line] ?? 0);
}
