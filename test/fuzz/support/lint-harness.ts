import { ALL_RULES } from '../../../rules/index.ts';
import { defaultConfig, type ResolvedConfig } from '../../../server/src/engine/config-types.ts';
import { applyTextEdits, mergeFixes } from '../../../server/src/engine/fixes.ts';
import { LineIndex } from '../../../server/src/engine/line-index.ts';
import { Linter, type LintResult } from '../../../server/src/engine/linter.ts';
import type { AnyRule } from '../../../server/src/engine/rule.ts';
import type { Finding, Fix, FormatId, TextEdit } from '../../../server/src/engine/types.ts';
import { FORMATS } from '../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../helpers/memory-workspace.ts';
import { meaningViolations } from './fix-semantics.ts';
import { rangeProblem } from './range-checks.ts';
import { fastestMs } from './timing.ts';

export const FUZZ_ROOT = '/ws';

/**
 * The workspace around a fuzzed document: a git work tree with a `.gitignore` (so the
 * `.gitignore` fixes have a file to edit), nginx snippets that the generators `include`, one of
 * which includes the main config back (a cycle), and an upload directory.
 */
export const FUZZ_FILES: Readonly<Record<string, string>> = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.gitignore': '/vendor/\n/var/\n',
  'etc/nginx/snippets/headers.conf':
    'add_header X-Frame-Options SAMEORIGIN always;\nadd_header X-Content-Type-Options nosniff;\n',
  'etc/nginx/snippets/php.conf':
    'location ~ \\.php$ {\n    fastcgi_pass unix:/run/php/php-fpm.sock;\n}\ninclude nginx.conf;\n',
  'etc/nginx/sites-enabled/default': 'server {\n    listen 80;\n    include sites-enabled/*;\n}\n',
  'etc/nginx/conf.d/a.conf': 'include conf.d/*.conf;\n',
  'var/www/html/uploads/.keep': '',
};

export interface FuzzDocument {
  /** Absolute path inside FUZZ_ROOT. */
  path: string;
  format: FormatId;
  text: string;
}

/** Every rule on, at its default severity, including `strict`-only and off-by-default ones. */
export function everyRuleConfig(rules: readonly AnyRule[] = ALL_RULES): ResolvedConfig {
  const config = { ...defaultConfig(), presets: ['strict' as const] };
  config.rules = Object.fromEntries(rules.map((rule) => [rule.meta.id, { severity: rule.meta.severity }]));
  return config;
}

export interface Violation {
  /** What went wrong, without input-specific details: the key bugs are grouped and shrunk by. */
  kind: string;
  detail: string;
}

export interface HarnessOptions {
  /** Single fixes applied one by one per input (each costs a lint). */
  maxSingleFixes: number;
  /** Hang detector for one lint, in ms (fastest of three attempts). */
  slowLintMs: number;
}

/** Largest fix-all the harness checks (see checkFixAll). */
const MAX_FIX_ALL = 300;

const DEFAULTS: HarnessOptions = { maxSingleFixes: 6, slowLintMs: 1000 };

/** Files of the workspace (relative → text) with the document and any edited files. */
type Files = Map<string, string>;

function relative(path: string): string {
  return path.startsWith(`${FUZZ_ROOT}/`) ? path.slice(FUZZ_ROOT.length + 1) : path;
}

export class LintHarness {
  readonly linter: Linter;
  readonly config: ResolvedConfig;
  private readonly options: HarnessOptions;

  constructor(rules: readonly AnyRule[] = ALL_RULES, options: Partial<HarnessOptions> = {}) {
    this.linter = new Linter(rules, FORMATS);
    this.config = everyRuleConfig(rules);
    this.options = { ...DEFAULTS, ...options };
  }

  filesFor(document: FuzzDocument): Files {
    const files: Files = new Map(Object.entries(FUZZ_FILES));
    files.set(relative(document.path), document.text);
    return files;
  }

  lint(document: FuzzDocument, files: Files = this.filesFor(document)): LintResult {
    const workspace = new MemoryWorkspace(FUZZ_ROOT, Object.fromEntries(files));
    return this.linter.lint(
      { path: document.path, text: document.text, format: document.format },
      { config: this.config, workspace },
    );
  }

  /**
   * Lints the document with every rule and checks the findings and every safe fix against the
   * Reliability contract of DESIGN.md. Returns what it found wrong (empty: all good).
   */
  check(document: FuzzDocument): Violation[] {
    const violations: Violation[] = [];
    let result: LintResult | undefined;
    let thrown: unknown;
    const ms = fastestMs(() => {
      try {
        result = this.lint(document);
      } catch (error) {
        thrown = error;
      }
    }, this.options.slowLintMs);
    if (thrown !== undefined || result === undefined) {
      return [{ kind: 'lint threw', detail: String((thrown as Error)?.stack ?? thrown) }];
    }
    if (ms > this.options.slowLintMs) {
      violations.push({
        kind: 'lint too slow',
        detail: `${ms.toFixed(0)} ms for ${document.text.length} characters`,
      });
    }
    violations.push(...checkFindings(document.text, result.findings));
    const fixable = result.findings.filter((f) => f.fix?.kind === 'safe');
    violations.push(
      ...this.checkSingleFixes(document, result.findings, pickSpread(fixable, this.options.maxSingleFixes)),
    );
    for (const ruleId of new Set(fixable.map((f) => f.ruleId))) {
      violations.push(...this.checkFixAll(document, result.findings, ruleId));
    }
    return violations;
  }

  /** Each fix alone: its edits are in range, it applies, its finding goes away, no new error appears. */
  private checkSingleFixes(document: FuzzDocument, before: Finding[], picked: Finding[]): Violation[] {
    const violations: Violation[] = [];
    for (const finding of picked) {
      const fix = finding.fix!;
      const applied = this.applyFixes(document, [fix]);
      if ('violation' in applied) {
        violations.push({ ...applied.violation, kind: `${finding.ruleId}: ${applied.violation.kind}` });
        continue;
      }
      const text = applied.files.get(relative(document.path))!;
      const after = this.lint({ ...document, text }, applied.files).findings;
      const same = (f: Finding) => f.ruleId === finding.ruleId && f.message === finding.message;
      const sameRule = (f: Finding) => f.ruleId === finding.ruleId;
      let gone = count(after, same) < count(before, same) || count(after, sameRule) < count(before, sameRule);
      // In a file with syntax errors a fix may let the parser read further and reveal the same
      // problem elsewhere (`L="${t` ⏎ `"${`): there the finding only has to leave its own line.
      if (!gone && hasSyntaxError(before)) {
        const line = finding.range.start.line + lineShift(fix, document.path, finding.range.start.line);
        gone = !after.some((f) => same(f) && f.range.start.line === line);
      }
      if (!gone) {
        violations.push({
          kind: `${finding.ruleId}: the finding is still there after its fix`,
          detail: `${finding.message} (fix "${fix.title}")`,
        });
      }
      violations.push(
        ...newErrors(
          before,
          after,
          finding.ruleId,
          `fix of ${finding.ruleId} ("${fix.title}")`,
          [fix],
          document.path,
        ),
      );
      violations.push(...meaningViolations(document.format, finding.ruleId, document.text, text));
    }
    return violations;
  }

  /** All fixes of one rule at once, then again: the second round changes nothing. */
  private checkFixAll(document: FuzzDocument, before: Finding[], ruleId: string): Violation[] {
    const fixes = before.filter((f) => f.ruleId === ruleId && f.fix?.kind === 'safe').map((f) => f.fix!);
    // mergeFixes is quadratic in the number of fixes (a known bug): a few hundred are plenty here.
    if (fixes.length > MAX_FIX_ALL) return [];
    const first = this.applyFixes(document, fixes);
    if ('violation' in first)
      return [{ ...first.violation, kind: `${ruleId}: ${first.violation.kind} (fix all)` }];
    // Fixes that overlap an earlier one are left for a later round: then a second round may change more.
    if (first.refused > 0) return [];
    const path = relative(document.path);
    const once = { ...document, text: first.files.get(path)! };
    const afterOnce = this.lint(once, first.files).findings;
    const violations = newErrors(before, afterOnce, ruleId, `all fixes of ${ruleId}`, fixes, document.path);
    // In a file with syntax errors a fix may change how the rest is read: only the single-fix
    // checks and "no new syntax error" hold there.
    if (hasSyntaxError(before)) return violations;
    if (count(afterOnce, (f) => f.ruleId === ruleId) >= count(before, (f) => f.ruleId === ruleId)) {
      violations.push({ kind: `${ruleId}: fixing all findings does not reduce them`, detail: '' });
    }
    const again = afterOnce.filter((f) => f.ruleId === ruleId && f.fix?.kind === 'safe').map((f) => f.fix!);
    const second = this.applyFixes(once, again, first.files);
    if ('violation' in second)
      return [
        ...violations,
        { ...second.violation, kind: `${ruleId}: ${second.violation.kind} (second round)` },
      ];
    violations.push(...meaningViolations(document.format, ruleId, document.text, once.text));
    for (const [file, text] of second.files) {
      if (first.files.get(file) !== text) {
        violations.push({
          kind: `${ruleId}: applying all fixes twice differs from once`,
          detail: `${file}: ${JSON.stringify(first.files.get(file))} → ${JSON.stringify(text)}`,
        });
      }
    }
    return violations;
  }

  /** Applies fixes (through mergeFixes) to the document and the workspace files they touch. */
  private applyFixes(
    document: FuzzDocument,
    fixes: readonly Fix[],
    files: Files = this.filesFor(document),
  ): { files: Files; refused: number } | { violation: Violation } {
    for (const fix of fixes) {
      for (const fileEdit of fix.edits) {
        const text = files.get(relative(fileEdit.file));
        if (text === undefined) {
          return { violation: { kind: 'a fix edits a file that does not exist', detail: fileEdit.file } };
        }
        const bad = firstBadEdit(text, fileEdit.edits);
        if (bad)
          return { violation: { kind: 'a fix edit is outside its file', detail: `${fileEdit.file} ${bad}` } };
      }
    }
    const { byFile, refused } = mergeFixes(fixes);
    const out: Files = new Map(files);
    for (const [file, edits] of byFile) {
      try {
        out.set(relative(file), applyTextEdits(files.get(relative(file))!, edits));
      } catch (error) {
        return { violation: { kind: 'a fix cannot be applied', detail: String(error) } };
      }
    }
    return { files: out, refused: refused.length };
  }
}

/** How many lines the fix's edits above `line` add (or remove) in the document. */
function lineShift(fix: Fix, path: string, line: number): number {
  let shift = 0;
  for (const fileEdit of fix.edits) {
    if (fileEdit.file !== path) continue;
    for (const edit of fileEdit.edits) {
      if (edit.range.end.line >= line) continue;
      shift += (edit.newText.match(/\n/g)?.length ?? 0) - (edit.range.end.line - edit.range.start.line);
    }
  }
  return shift;
}

function count(findings: readonly Finding[], predicate: (f: Finding) => boolean): number {
  let n = 0;
  for (const f of findings) if (predicate(f)) n++;
  return n;
}

/** Findings a fix may never produce: messages with unfilled placeholders, ranges off the text, rules that threw. */
export function checkFindings(text: string, findings: readonly Finding[]): Violation[] {
  const index = new LineIndex(text);
  const violations: Violation[] = [];
  for (const f of findings) {
    if (f.ruleId === 'harden/rule-failed')
      violations.push({ kind: `rule threw: ${f.message.replace(/\(.*$/s, '')}`, detail: f.message });
    // `{{` that the file itself holds may be quoted in a message; a placeholder name may not.
    const placeholder = /\{\{\s*\w+\s*\}\}/.exec(f.message);
    if (placeholder && !text.includes(placeholder[0])) {
      violations.push({ kind: `${f.ruleId}: unfilled placeholder`, detail: f.message });
    }
    const bad = rangeProblem(index, f.range);
    if (bad)
      violations.push({
        kind: `${f.ruleId}: finding range outside the text`,
        detail: `${JSON.stringify(f.range)} ${bad}`,
      });
    for (const related of f.related ?? []) {
      if (related.file !== f.file) continue;
      const badRelated = rangeProblem(index, related.range);
      if (badRelated)
        violations.push({ kind: `${f.ruleId}: related range outside the text`, detail: badRelated });
    }
  }
  return violations;
}

function firstBadEdit(text: string, edits: readonly TextEdit[]): string | undefined {
  const index = new LineIndex(text);
  for (const edit of edits) {
    const bad = rangeProblem(index, edit.range);
    if (bad) return `${JSON.stringify(edit.range)}: ${bad}`;
  }
  return undefined;
}

const PARSE_ERROR = 'harden/parse-error';

function touchesBrokenLine(before: readonly Finding[], fix: Fix, path: string): boolean {
  const broken = before.filter((f) => f.ruleId === PARSE_ERROR && f.severity === 'error');
  return fix.edits.some(
    (fileEdit) =>
      fileEdit.file === path &&
      fileEdit.edits.some((edit) =>
        broken.some(
          (f) => edit.range.start.line <= f.range.end.line && f.range.start.line <= edit.range.end.line,
        ),
      ),
  );
}

function hasSyntaxError(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.ruleId === PARSE_ERROR && f.severity === 'error');
}

/**
 * Error-level findings that a fix added, counted per rule (messages may hold line numbers that
 * a fix legitimately shifts). In a file that already has syntax errors, a fix that repairs a
 * line lets the rules read it for the first time (`MY-KEY=x` renamed to `MY_KEY=x` is now a
 * declaration the secret rules look at): there only new syntax errors count.
 */
function newErrors(
  before: readonly Finding[],
  after: readonly Finding[],
  fixedRule: string,
  what: string,
  fixes: readonly Fix[],
  path: string,
): Violation[] {
  const onlySyntax = hasSyntaxError(before);
  // A fix that repairs a broken line changes how everything after it is read: what follows
  // may now parse worse or better, which says nothing about the fix.
  if (onlySyntax && fixes.some((fix) => touchesBrokenLine(before, fix, path))) return [];
  const tally = (list: readonly Finding[]) => {
    const counts = new Map<string, number>();
    for (const f of list) {
      if (f.severity !== 'error' || f.ruleId === fixedRule) continue;
      if (onlySyntax && f.ruleId !== PARSE_ERROR) continue;
      counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    }
    return counts;
  };
  const was = tally(before);
  const violations: Violation[] = [];
  for (const [ruleId, n] of tally(after)) {
    if (n > (was.get(ruleId) ?? 0)) {
      const example = after.find((f) => f.ruleId === ruleId && f.severity === 'error')!;
      violations.push({
        kind: `${what.replace(/ \(".*"\)$/, '')} adds an error of ${ruleId}`,
        detail: `${what}: ${example.message}`,
      });
    }
  }
  return violations;
}

/** Up to `max` findings, one per rule first, so every rule's fixes get exercised. */
function pickSpread(findings: readonly Finding[], max: number): Finding[] {
  const picked: Finding[] = [];
  const rules = new Set<string>();
  for (const f of findings) {
    if (picked.length >= max) break;
    if (!rules.has(f.ruleId)) {
      rules.add(f.ruleId);
      picked.push(f);
    }
  }
  for (const f of findings) {
    if (picked.length >= max) break;
    if (!picked.includes(f)) picked.push(f);
  }
  return picked;
}
