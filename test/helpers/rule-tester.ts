/**
 * Table-driven rule tests in the style of ESLint's RuleTester: `valid` cases must stay silent,
 * `invalid` cases must produce exactly the listed findings (1-based line/column), and when an
 * `output` is given every fix of the rule is applied and checked: the text equals `output`,
 * the rule is then silent (idempotence: a second round changes nothing), and no finding of any
 * other rule of the format appears that was not there before.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_RULES } from '../../rules/index.ts';
import { defaultConfig, type ResolvedConfig } from '../../server/src/engine/config-types.ts';
import { applyTextEdits, mergeFixes } from '../../server/src/engine/fixes.ts';
import { Linter } from '../../server/src/engine/linter.ts';
import type { AnyRule } from '../../server/src/engine/rule.ts';
import type { Finding, FormatId, Severity } from '../../server/src/engine/types.ts';
import { FORMATS } from '../../server/src/formats/index.ts';
import { MemoryWorkspace } from './memory-workspace.ts';

export const TEST_ROOT = '/ws';

export interface RuleTestCase {
  name?: string;
  code: string;
  /** Path of the document, relative to the test workspace root (default per format, e.g. `.env`). */
  path?: string;
  /** Other workspace files, relative to the root. */
  files?: Record<string, string>;
  /** File modes for `stat`, relative to the root. */
  modes?: Record<string, number>;
  options?: Record<string, unknown>;
  config?: Partial<ResolvedConfig>;
}

export interface ExpectedFinding {
  messageId?: string;
  /** Exact message, or a pattern it must match. */
  message?: string | RegExp;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
}

export interface InvalidCase extends RuleTestCase {
  errors: ExpectedFinding[];
  /** Text after applying every fix of the rule; a RegExp for fixes with random content; null = no fix offered. */
  output?: string | RegExp | null;
  /** Rule ids allowed to appear after the fix although they were absent before. */
  allowNewFindings?: string[];
}

const DEFAULT_PATHS: Partial<Record<FormatId, string>> = {
  dotenv: '.env',
  nginx: 'etc/nginx/sites-available/app.conf',
  apache: 'etc/apache2/sites-available/app.conf',
  symfony: 'config/packages/framework.yaml',
  shell: 'deploy.sh',
};

function setup(rule: AnyRule, c: RuleTestCase) {
  const relative = c.path ?? DEFAULT_PATHS[rule.meta.format] ?? 'file';
  const path = `${TEST_ROOT}/${relative}`;
  const workspace = new MemoryWorkspace(TEST_ROOT, { ...c.files, [relative]: c.code }, c.modes);
  const config: ResolvedConfig = { ...defaultConfig(), ...c.config };
  config.rules = { ...config.rules, [rule.meta.id]: { severity: rule.meta.severity, options: c.options ?? {} } };
  return { path, workspace, config };
}

function lintWith(rules: readonly AnyRule[], rule: AnyRule, c: RuleTestCase, code: string) {
  const { path, workspace, config } = setup(rule, { ...c, code });
  workspace.files.set(path, code);
  const linter = new Linter(rules, FORMATS);
  return linter.lint(
    { path, text: code, format: rule.meta.format },
    {
      config,
      workspace,
      onRuleError: (id, _file, error) => {
        throw error instanceof Error ? error : new Error(`${id}: ${String(error)}`);
      },
    },
  );
}

function ownFindings(rule: AnyRule, findings: Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId === rule.meta.id);
}

function describeFindings(findings: Finding[]): string {
  return findings
    .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId} ${f.message}`)
    .join('\n');
}

/** Applies every fix of `rule` once and returns the new text (and whether a fix was offered). */
export function applyRuleFixes(rule: AnyRule, c: RuleTestCase, code: string): { text: string; fixed: boolean } {
  const result = lintWith([rule], rule, c, code);
  const fixes = ownFindings(rule, result.findings).flatMap((f) => (f.fix ? [f.fix] : []));
  if (fixes.length === 0) return { text: code, fixed: false };
  const { byFile } = mergeFixes(fixes);
  const edits = byFile.get(result.file) ?? [];
  return { text: applyTextEdits(code, edits), fixed: true };
}

export function testRule(rule: AnyRule, cases: { valid: (RuleTestCase | string)[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    cases.valid.forEach((raw, i) => {
      const c = typeof raw === 'string' ? { code: raw } : raw;
      test(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const findings = ownFindings(rule, lintWith([rule], rule, c, c.code).findings);
        assert.equal(findings.length, 0, `expected no findings, got:\n${describeFindings(findings)}`);
      });
    });
    cases.invalid.forEach((c, i) => {
      test(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const findings = ownFindings(rule, lintWith([rule], rule, c, c.code).findings);
        assert.equal(
          findings.length,
          c.errors.length,
          `expected ${c.errors.length} finding(s), got:\n${describeFindings(findings)}`,
        );
        c.errors.forEach((expected, j) => checkFinding(findings[j]!, expected, j));
        if (c.output !== undefined) checkFix(rule, c);
      });
    });
  });
}

function checkFinding(actual: Finding, expected: ExpectedFinding, j: number): void {
  const where = `finding #${j + 1} (${actual.message})`;
  assert.equal(actual.range.start.line + 1, expected.line, `${where}: line`);
  assert.equal(actual.range.start.character + 1, expected.column, `${where}: column`);
  if (expected.endLine !== undefined) assert.equal(actual.range.end.line + 1, expected.endLine, `${where}: endLine`);
  if (expected.endColumn !== undefined)
    assert.equal(actual.range.end.character + 1, expected.endColumn, `${where}: endColumn`);
  if (expected.messageId !== undefined) assert.equal(actual.messageId, expected.messageId, `${where}: messageId`);
  if (typeof expected.message === 'string') assert.equal(actual.message, expected.message, `${where}: message`);
  else if (expected.message) assert.match(actual.message, expected.message, `${where}: message`);
  if (expected.severity !== undefined) assert.equal(actual.severity, expected.severity, `${where}: severity`);
  assert.doesNotMatch(actual.message, /\{\{\w+\}\}/, `${where}: unfilled placeholder`);
}

function checkFix(rule: AnyRule, c: InvalidCase): void {
  const first = applyRuleFixes(rule, c, c.code);
  if (c.output === null) {
    assert.equal(first.fixed, false, 'expected no fix to be offered');
    return;
  }
  assert.ok(first.fixed, 'expected a fix to be offered');
  if (c.output instanceof RegExp) assert.match(first.text, c.output);
  else assert.equal(first.text, c.output);
  const after = ownFindings(rule, lintWith([rule], rule, c, first.text).findings);
  assert.equal(after.length, 0, `the rule still fires after its fix:\n${describeFindings(after)}`);
  const second = applyRuleFixes(rule, c, first.text);
  assert.equal(second.text, first.text, 'applying the fix twice changed the text again');
  const formatRules = ALL_RULES.filter((r) => r.meta.format === rule.meta.format);
  const key = (f: Finding) => `${f.ruleId}\u0000${f.message}`;
  const before = new Set(lintWith(formatRules, rule, c, c.code).findings.map(key));
  const allowed = new Set(c.allowNewFindings ?? []);
  const fresh = lintWith(formatRules, rule, c, first.text).findings.filter(
    (f) => !before.has(key(f)) && !allowed.has(f.ruleId),
  );
  assert.equal(fresh.length, 0, `the fix introduced new findings:\n${describeFindings(fresh)}`);
}
