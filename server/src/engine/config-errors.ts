import type { ErrorObject } from 'ajv';
import { CONFIG_SETTINGS, RULE_LEVELS } from './config-schema.ts';
import { PRESET_NAMES, type OptionSchema, type RuleMeta } from './rule.ts';

/**
 * Turns ajv's errors about `.harden.yaml` into messages a user can act on ("Unknown rule
 * 'nginx/hsts-weakk'. Did you mean 'nginx/hsts-weak'?"), each tied to the path of the
 * offending key or value so that the caller can point at its line.
 */
export interface ConfigIssue {
  /** Path from the document root: keys and array indices (as strings). */
  path: string[];
  /** Whether the key itself is wrong (an unknown name) or its value. */
  target: 'key' | 'value';
  message: string;
}

const LIST_SETTINGS: Record<string, string> = {
  include: 'globs',
  exclude: 'globs',
  production: 'globs',
  uploadPaths: 'paths',
};

export function describeSchemaErrors(
  errors: readonly ErrorObject[],
  data: unknown,
  rules: readonly RuleMeta[],
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  for (const error of selectAnyOfBranches(errors)) {
    const path = parsePointer(error.instancePath);
    const extra =
      error.keyword === 'additionalProperties' ? String(error.params['additionalProperty']) : undefined;
    const issue: ConfigIssue = extra
      ? { path: [...path, extra], target: 'key', message: unknownKeyMessage(path, extra, rules) }
      : { path, target: 'value', message: valueMessage(error, path, valueAt(data, path), rules) };
    const key = `${issue.path.join('\u0000')}\u0001${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/**
 * ajv reports every failed branch of an `anyOf`. The branch whose type matches the value is
 * the one the user meant (a string is a severity, a mapping holds options): keep its errors
 * only. When no branch's type matches, the `anyOf` error alone stands for the value.
 */
function selectAnyOfBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const anyOf of errors) {
    if (anyOf.keyword !== 'anyOf') continue;
    const prefix = `${anyOf.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const error of errors) {
      if (!error.schemaPath.startsWith(prefix)) continue;
      const branch = error.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    const typed = [...branches].filter(
      ([branch, list]) =>
        !list.some(
          (e) => e.instancePath === anyOf.instancePath && e.schemaPath === `${prefix}${branch}/type`,
        ),
    );
    for (const [branch, list] of branches) {
      if (typed.length === 1 && typed[0]![0] === branch) continue;
      for (const error of list) dropped.add(error);
    }
    if (typed.length === 1) dropped.add(anyOf);
  }
  return errors.filter((error) => !dropped.has(error));
}

function unknownKeyMessage(path: readonly string[], name: string, rules: readonly RuleMeta[]): string {
  if (path.length === 0) {
    return `Unknown setting '${show(name)}'.${didYouMean(name, CONFIG_SETTINGS)} Valid settings: ${CONFIG_SETTINGS.join(', ')}.`;
  }
  if (path.length === 1 && path[0] === 'rules') return unknownRuleMessage(name, rules);
  if (path.length === 2 && path[0] === 'rules') {
    const ruleId = path[1]!;
    const options = optionNames(rules, ruleId);
    if (options.length === 0) {
      return `Unknown option '${show(name)}': rule '${ruleId}' has no options, only 'severity' can be set.`;
    }
    return `Unknown option '${show(name)}' for rule '${ruleId}'.${didYouMean(name, ['severity', ...options])} Valid options: severity, ${options.join(', ')}.`;
  }
  return `Unknown key '${show(name)}' in ${describePath(path)}.`;
}

function unknownRuleMessage(id: string, rules: readonly RuleMeta[]): string {
  const ids = rules.map((rule) => rule.id);
  let suggestion = closestMatch(id, ids);
  // The right rule name under the wrong format (`nginx/weak-secret` for `dotenv/weak-secret`).
  const name = id.slice(id.indexOf('/') + 1);
  suggestion ??= ids.find((candidate) => candidate.slice(candidate.indexOf('/') + 1) === name);
  if (suggestion) return `Unknown rule '${show(id)}'. Did you mean '${suggestion}'?`;
  if (!/^[a-z]+\/[a-z0-9-]+$/.test(id)) {
    return `Unknown rule '${show(id)}'. Rule ids look like 'nginx/server-tokens' (run \`harden rules\` for the list).`;
  }
  return `Unknown rule '${show(id)}' (run \`harden rules\` for the list).`;
}

function valueMessage(
  error: ErrorObject,
  path: readonly string[],
  value: unknown,
  rules: readonly RuleMeta[],
): string {
  const [setting, second, third] = path;
  if (setting === undefined)
    return 'The configuration must be a mapping of settings, e.g. `extends: recommended`.';
  if (setting === 'extends') {
    const presets = PRESET_NAMES.join(', ');
    if (error.keyword === 'enum' || (error.keyword === 'type' && second !== undefined)) {
      const hint = typeof value === 'string' ? didYouMean(value, PRESET_NAMES) : '';
      return `Unknown preset ${showValue(value)}.${hint} Valid presets: ${presets}.`;
    }
    if (error.keyword === 'minItems') return `'extends' needs at least one preset: ${presets}.`;
    return `'extends' must be a preset name or a list of preset names (${presets}).`;
  }
  if (setting === 'rules') {
    if (second === undefined) {
      return "'rules' must be a mapping from rule ids to a severity or to options, e.g. `nginx/server-tokens: off`.";
    }
    if (third === undefined || (third === 'severity' && path.length === 3)) {
      if (error.keyword === 'enum' && typeof value === 'string') {
        return `Invalid severity '${show(value)}' for rule '${second}'.${didYouMean(value, RULE_LEVELS)} Use one of: ${RULE_LEVELS.join(', ')}.`;
      }
      if (third === 'severity')
        return `The severity of rule '${second}' must be one of: ${RULE_LEVELS.join(', ')}.`;
      return `Invalid setting for rule '${second}': use a severity (${RULE_LEVELS.join(', ')}) or a mapping such as \`{ severity: warning }\` with the rule's options.`;
    }
    const item = path.length > 3 ? ` (item ${Number(path[3]) + 1})` : '';
    return `Invalid value for option '${third}' of rule '${second}'${item}: ${requirement(error, optionSchemaOf(rules, second, third))}.`;
  }
  const kind = LIST_SETTINGS[setting];
  if (kind) {
    if (second === undefined)
      return `'${setting}' must be a list of ${kind}, e.g. \`${setting}: ["deploy/**"]\`.`;
    return `Each entry of '${setting}' must be a non-empty string (one of the ${kind}).`;
  }
  if (setting === 'maxFileSize') {
    return "'maxFileSize' must be a whole number of bytes greater than 0, e.g. 5242880 (5 MB).";
  }
  if (setting === 'fileModes') return "'fileModes' must be true or false.";
  return `${describePath(path)}: ${error.message ?? 'invalid value'}.`;
}

/** What an option value must be, in words: "must be an integer", "must be one of: a, b". */
function requirement(error: ErrorObject, schema: OptionSchema | undefined): string {
  switch (error.keyword) {
    case 'type':
      return `must be ${typeInWords(String(error.params['type']))}`;
    case 'enum':
      return `must be one of: ${((error.params['allowedValues'] as unknown[]) ?? []).map(String).join(', ')}`;
    case 'minimum':
      return `must be at least ${String(error.params['limit'])}`;
    default:
      return schema
        ? `must be ${typeInWords(schema.type)} (${error.message ?? 'invalid'})`
        : (error.message ?? 'invalid');
  }
}

function typeInWords(type: string): string {
  switch (type) {
    case 'integer':
      return 'an integer';
    case 'number':
      return 'a number';
    case 'string':
      return 'a string';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    default:
      return type;
  }
}

function optionNames(rules: readonly RuleMeta[], ruleId: string): string[] {
  const rule = rules.find((r) => r.id === ruleId);
  return Object.keys(rule?.optionSchema ?? {});
}

function optionSchemaOf(
  rules: readonly RuleMeta[],
  ruleId: string,
  option: string,
): OptionSchema | undefined {
  const schema = rules.find((r) => r.id === ruleId)?.optionSchema as Record<string, OptionSchema> | undefined;
  return schema && Object.prototype.hasOwnProperty.call(schema, option) ? schema[option] : undefined;
}

function describePath(path: readonly string[]): string {
  return path.length === 0 ? 'the configuration' : `'${path.join('.')}'`;
}

function didYouMean(word: string, candidates: readonly string[]): string {
  const match = closestMatch(word, candidates);
  return match ? ` Did you mean '${match}'?` : '';
}

/**
 * The candidate a typo most likely meant: within an edit distance of a third of the word
 * (at least 1), or one the word is a prefix of (`warn` → `warning`).
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  if (word.length === 0 || word.length > 100) return undefined;
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best) return best;
  if (word.length >= 3)
    return candidates.find((candidate) => candidate !== word && candidate.startsWith(word));
  return undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** JSON pointer (`/rules/nginx~1hsts-weak`) to path segments. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.prototype.hasOwnProperty.call(value, segment)
      ? (value as Record<string, unknown>)[segment]
      : undefined;
  }
  return value;
}

/** User text in a message, cut short: a config key is never a secret, but it can be long. */
function show(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function showValue(value: unknown): string {
  if (typeof value === 'string') return `'${show(value)}'`;
  if (value === null) return 'null';
  if (typeof value === 'object') return Array.isArray(value) ? '(a list)' : '(a mapping)';
  return show(String(value));
}
