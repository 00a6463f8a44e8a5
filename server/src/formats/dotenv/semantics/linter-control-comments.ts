import type { PhysicalLine } from './physical-lines.ts';

/**
 * dotenv-linter's control comments, `# dotenv-linter:off QuoteCharacter, UnorderedKey` …
 * `# dotenv-linter:on QuoteCharacter`. Files that already use them were tuned for dotenv-linter,
 * so the parity rules honour them: a check named in an `off` comment is silent until an `on`
 * comment names it again. A comment without check names changes nothing, as in dotenv-linter.
 */
const CONTROL = /^#\s*dotenv-linter:(on|off)(?:\s+(.*))?$/;

export function parseControlComment(text: string): { off: boolean; checks: string[] } | undefined {
  const match = CONTROL.exec(text.trim());
  if (!match) return undefined;
  const checks = (match[2] ?? '').split(/[\s,]+/).filter((name) => name !== '');
  return { off: match[1] === 'off', checks };
}

/** `dotenv/quote-character` → `QuoteCharacter`, dotenv-linter's name for the same check. */
export function linterCheckName(ruleId: string): string {
  const name = ruleId.slice(ruleId.indexOf('/') + 1);
  return name.replace(/(^|-)([a-z])/g, (_whole, _dash: string, letter: string) => letter.toUpperCase());
}

/** For each line, whether dotenv-linter's control comments have turned the check off there. */
export function disabledByControlComments(
  lines: readonly PhysicalLine[],
  ruleId: string,
): (line: number) => boolean {
  const controls = controlCommentsOf(lines);
  if (controls.length === 0) return NEVER;
  const check = linterCheckName(ruleId);
  const disabled = new Set<number>();
  let off = false;
  let next = 0;
  for (const line of lines) {
    const control = controls[next];
    if (control && control.line === line.line) {
      next++;
      if (control.checks.includes(check)) off = control.off;
    }
    if (off) disabled.add(line.line);
  }
  return (line) => disabled.has(line);
}

const NEVER = (): boolean => false;

interface ControlComment {
  line: number;
  off: boolean;
  checks: string[];
}

/**
 * The control comments of a file, found once per parse (the line array is cached with the
 * parse) instead of once per parity rule: most files have none, and then every rule skips the scan.
 */
const controlCache = new WeakMap<readonly PhysicalLine[], ControlComment[]>();

function controlCommentsOf(lines: readonly PhysicalLine[]): ControlComment[] {
  let controls = controlCache.get(lines);
  if (controls) return controls;
  controls = [];
  for (const line of lines) {
    if (line.kind !== 'comment' || !line.text.includes('dotenv-linter:')) continue;
    const control = parseControlComment(line.text);
    if (control) controls.push({ line: line.line, ...control });
  }
  controlCache.set(lines, controls);
  return controls;
}
