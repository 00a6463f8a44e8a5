/**
 * Rule ids as the client meets them: in diagnostics' `code`, as command arguments and as the
 * documentation pages bundled in the extension (`rules/<format>/<name>.md`).
 */

/** `<format>/<name>`, lowercase: also what keeps a page path inside `rules/`. */
const RULE_ID = /^[a-z][a-z0-9]*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isRuleId(value: unknown): value is string {
  return typeof value === 'string' && RULE_ID.test(value);
}

/** Path segments of a rule's page, relative to the extension's root. */
export function rulePageSegments(ruleId: string): [string, string, string] {
  const [format = '', name = ''] = ruleId.split('/');
  return ['rules', format, `${name}.md`];
}

/** The command's argument: a rule id, or an object carrying one (`{ ruleId }`, a diagnostic `code` `{ value }`). */
export function ruleIdFromArgument(arg: unknown): string | undefined {
  if (isRuleId(arg)) return arg;
  if (typeof arg === 'object' && arg !== null) {
    const record = arg as { ruleId?: unknown; value?: unknown };
    if (isRuleId(record.ruleId)) return record.ruleId;
    if (isRuleId(record.value)) return record.value;
  }
  return undefined;
}

export interface DiagnosticLike {
  source?: string;
  message: string;
  code?: string | number | { value: string | number };
}

export interface RuleInDocument {
  ruleId: string;
  count: number;
  /** The message of its first diagnostic. */
  firstMessage: string;
}

/** The rules Harden reported in one document, in order of first appearance. */
export function rulesInDiagnostics(diagnostics: readonly DiagnosticLike[]): RuleInDocument[] {
  const rules = new Map<string, RuleInDocument>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'harden') continue;
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    if (!isRuleId(code)) continue;
    const known = rules.get(code);
    if (known) known.count++;
    else rules.set(code, { ruleId: code, count: 1, firstMessage: diagnostic.message });
  }
  return [...rules.values()];
}

/** A page's one-line title: the first paragraph line under its `# <rule id>` heading. */
export function pageTitle(markdown: string): string | undefined {
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('|') || line.startsWith('```')) return undefined;
    return line;
  }
  return undefined;
}
