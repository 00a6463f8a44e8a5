import { ObjectMemo } from './object-memo.ts';
import { compareStrings } from './compare-strings.ts';
import type { ResolvedConfig } from './config-types.ts';
import { FILE_SKIPPED, PARSE_ERROR, RULE_FAILED, UNUSED_SUPPRESSION } from './engine-rules.ts';
import type { Format } from './format.ts';
import { compareRanges, LineIndex } from './line-index.ts';
import { isProductionPath } from './production.ts';
import { formatMessage, type AnyRule, type Report, type RuleContext, type RuleMeta } from './rule.ts';
import { effectiveRuleSetting } from './rule-settings.ts';
import { isSuppressed, mayHoldSuppressions, parseSuppressions } from './suppressions.ts';
import type {
  Finding,
  Fix,
  FormatId,
  Parsed,
  Range,
  Severity,
  SourceDocument,
  WorkspaceView,
} from './types.ts';

export interface LintOptions {
  config: ResolvedConfig;
  workspace: WorkspaceView;
  /** Give findings their quick-fixes (default true), each computed when first read. */
  fixes?: boolean;
  /** Called when a rule throws, with the error (the server logs the stack). */
  onRuleError?: (ruleId: string, file: string, error: unknown) => void;
}

export interface LintResult {
  file: string;
  format: FormatId;
  findings: Finding[];
  /** Set when the file was not analysed, with the reason. */
  skipped?: string;
  /** False when part of the file was not understood; such a file is never reported clean. */
  fullyUnderstood: boolean;
}

export type FormatTable = Partial<Record<FormatId, Format>>;

const WHOLE_FIRST_LINE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Why a text is not linted, or undefined when it is fine to lint. */
export function skipReason(text: string, maxFileSize: number): string | undefined {
  if (text.length > maxFileSize) {
    const mb = (maxFileSize / (1024 * 1024)).toFixed(1);
    return `Not analysed: the file is larger than the ${mb} MB limit (harden.maxFileSize / maxFileSize).`;
  }
  const head = text.length > 8192 ? text.slice(0, 8192) : text;
  if (head.includes('\u0000')) return 'Not analysed: the file looks binary (it contains NUL bytes).';
  return undefined;
}

/** Runs the rules of one format on one document. Pure: every input comes through the arguments. */
export class Linter {
  private readonly rulesByFormat = new Map<FormatId, AnyRule[]>();

  constructor(
    readonly rules: readonly AnyRule[],
    readonly formats: FormatTable,
  ) {
    for (const rule of rules) {
      const list = this.rulesByFormat.get(rule.meta.format) ?? [];
      list.push(rule);
      this.rulesByFormat.set(rule.meta.format, list);
    }
  }

  ruleById(id: string): AnyRule | undefined {
    return this.rules.find((rule) => rule.meta.id === id);
  }

  parse(document: SourceDocument): Parsed | undefined {
    return this.formats[document.format]?.parse(document.text, document.path);
  }

  lint(document: SourceDocument, options: LintOptions): LintResult {
    const { config } = options;
    const format = this.formats[document.format];
    const base = { file: document.path, format: document.format };
    const reason = format
      ? (skipReason(document.text, config.maxFileSize) ?? format.skipReason?.(document.text, document.path))
      : 'Not analysed: unsupported format.';
    if (reason) {
      const finding = engineFinding(FILE_SKIPPED, document.path, WHOLE_FIRST_LINE, { reason }, config);
      return { ...base, findings: finding ? [finding] : [], skipped: reason, fullyUnderstood: false };
    }
    const parsed = format!.parse(document.text, document.path);
    const raw: Finding[] = [];
    for (const problem of parsed.problems) {
      const finding = engineFinding(
        PARSE_ERROR,
        document.path,
        problem.range,
        { message: problem.message },
        config,
      );
      if (finding) raw.push({ ...finding, severity: problem.severity });
    }
    for (const rule of this.rulesByFormat.get(document.format) ?? []) {
      const setting = effectiveRuleSetting(rule, config);
      if (!setting.enabled) continue;
      const context = this.context(rule, setting.severity, setting.options, document, parsed, options, raw);
      try {
        rule.check(context);
      } catch (error) {
        options.onRuleError?.(rule.meta.id, document.path, error);
        const message = error instanceof Error ? error.message : String(error);
        const finding = engineFinding(
          RULE_FAILED,
          document.path,
          WHOLE_FIRST_LINE,
          { ruleId: rule.meta.id, error: message.slice(0, 200) },
          config,
        );
        if (finding) raw.push(finding);
      }
    }
    const findings = applySuppressions(raw, document.text, format!.commentPrefix, document.path, config);
    findings.sort((a, b) => compareRanges(a.range, b.range) || compareStrings(a.ruleId, b.ruleId));
    return { ...base, findings: withoutRepeats(findings), fullyUnderstood: parsed.fullyUnderstood };
  }

  private context(
    rule: AnyRule,
    severity: Severity,
    ruleOptions: Record<string, unknown>,
    document: SourceDocument,
    parsed: Parsed,
    options: LintOptions,
    sink: Finding[],
  ): RuleContext<unknown, Record<string, unknown>> {
    const meta = rule.meta as RuleMeta<Record<string, unknown>>;
    const wantFixes = options.fixes !== false;
    const onFixError = (error: unknown) => options.onRuleError?.(meta.id, document.path, error);
    const fixFits = this.formats[document.format]?.fixFits;
    const fitting = (compute: () => Fix | undefined): (() => Fix | undefined) =>
      fixFits
        ? () => {
            const fix = compute();
            return fix && fixFits(parsed, document.path, fix) ? fix : undefined;
          }
        : compute;
    return {
      document,
      parsed,
      ast: parsed.ast,
      options: ruleOptions,
      workspace: options.workspace,
      config: options.config,
      isProduction: (path = document.path) => isProductionPath(path, options.config, options.workspace.root),
      report: (report: Report) => {
        const template = meta.messages[report.messageId];
        if (template === undefined) throw new Error(`unknown messageId "${report.messageId}"`);
        const finding: Finding = {
          ruleId: meta.id,
          messageId: report.messageId,
          severity: report.severity ?? severity,
          message: formatMessage(template, report.data),
          file: document.path,
          range: report.range,
        };
        if (report.related?.length) finding.related = report.related;
        if (wantFixes && report.fix) defineLazyFix(finding, fitting(report.fix), onFixError);
        sink.push(finding);
      },
    };
  }
}

/**
 * The findings less those that repeat an earlier one word for word at the same place: a block
 * nginx reads twice from one document (a snippet of an `nginx -T` dump included by a server and
 * by one of its locations) is judged once per placement, and the user would see the same line
 * twice. The first, with its fix, is kept.
 */
function withoutRepeats(sorted: Finding[]): Finding[] {
  // Sorted by range, then rule: a repeat is in the run of findings of its rule at its range.
  const kept: Finding[] = [];
  let runStart = 0;
  for (const finding of sorted) {
    const previous = kept[kept.length - 1];
    if (!previous || previous.ruleId !== finding.ruleId || compareRanges(previous.range, finding.range) !== 0)
      runStart = kept.length;
    let repeat = false;
    for (let k = runStart; k < kept.length && !repeat; k++) repeat = kept[k]!.message === finding.message;
    if (!repeat) kept.push(finding);
  }
  return kept;
}

/**
 * Gives a finding its fix, computed on first read of `finding.fix` and kept. Most findings'
 * fixes are never read (a lint of a 10,000-line configuration reports thousands; the editor
 * asks for the fixes of the lines under the cursor), and computing them all at lint time was
 * a sixth of the lint. A fix that throws is no fix: the error goes to `onError` (the server
 * logs it) instead of reaching a reporter.
 *
 * Every finding gets the same accessor functions, its computation waiting in `pendingFixes`:
 * an accessor with closures of its own gave each finding a V8 map (hidden class) of its own,
 * and defining them was an eighth of nginx/security-headers-missing.
 */
function defineLazyFix(
  finding: Finding,
  compute: () => Fix | undefined,
  onError: (error: unknown) => void,
): void {
  pendingFixes.set(finding, { compute, onError });
  Object.defineProperty(finding, 'fix', LAZY_FIX);
}

const pendingFixes = new ObjectMemo<
  Finding,
  { compute: () => Fix | undefined; onError: (error: unknown) => void }
>('pendingFix');

const LAZY_FIX: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Finding): Fix | undefined {
    const pending = pendingFixes.get(this);
    let fix: Fix | undefined;
    try {
      fix = pending?.compute();
    } catch (error) {
      pending?.onError(error);
    }
    return settleFix(this, fix);
  },
  set(this: Finding, fix: Fix | undefined) {
    settleFix(this, fix);
  },
};

/** Replaces the lazy accessor by the fix itself; a finding without a fix has no `fix` key, as if the rule gave none. */
function settleFix(finding: Finding, fix: Fix | undefined): Fix | undefined {
  pendingFixes.delete(finding);
  if (fix === undefined) delete finding.fix;
  else
    Object.defineProperty(finding, 'fix', {
      value: fix,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return fix;
}

/** A finding of an engine rule (harden/*), at the severity the configuration gives it; undefined when it is off. */
export function engineFinding(
  meta: RuleMeta,
  file: string,
  range: Range,
  data: Record<string, string>,
  config: ResolvedConfig,
): Finding | undefined {
  const override = config.rules[meta.id];
  if (override?.severity === 'off') return undefined;
  const severity = override?.severity ?? meta.severity;
  return {
    ruleId: meta.id,
    severity,
    message: formatMessage(meta.messages.default ?? '', data),
    file,
    range,
  };
}

function applySuppressions(
  findings: Finding[],
  text: string,
  commentPrefix: string | undefined,
  file: string,
  config: ResolvedConfig,
): Finding[] {
  // The line index is only worth building when the text can have a suppression comment at all.
  if (!commentPrefix || !mayHoldSuppressions(text)) return findings;
  const suppressions = parseSuppressions(new LineIndex(text), commentPrefix);
  if (suppressions.length === 0) return findings;
  const kept = findings.filter((f) => !isSuppressed(suppressions, f.ruleId, f.range.start.line));
  for (const s of suppressions) {
    const unused =
      s.ruleIds.length === 0 ? (s.used.size === 0 ? [''] : []) : s.ruleIds.filter((id) => !s.used.has(id));
    if (unused.length === 0) continue;
    const rules = unused[0] === '' ? '' : ` of ${unused.join(', ')}`;
    const finding = engineFinding(UNUSED_SUPPRESSION, file, s.range, { rules }, config);
    if (finding) kept.push(finding);
  }
  return kept;
}
