import type * as Sarif from 'sarif';
import { runCli } from '../../../server/src/cli/main.ts';

/** The levels the acceptance metric counts: `note` (Harden's info) is ignored. */
const COUNTED_LEVELS: ReadonlySet<string> = new Set(['error', 'warning']);

export function keyOf(file: string, ruleId: string): string {
  return `${file} ${ruleId}`;
}

/**
 * The (file, rule id) keys of a SARIF log's error/warning results, files relative to the audited
 * folder. A result without a file or a rule id cannot be matched against an expectation, so it
 * becomes a key of its own that no expectation lists (it then counts as a false positive).
 */
export function countedKeys(log: Sarif.Log): Set<string> {
  const keys = new Set<string>();
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      // SARIF's default level is `warning` when a result does not say.
      if (!COUNTED_LEVELS.has(result.level ?? 'warning')) continue;
      const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
      const file = uri === undefined ? '<no file>' : decodeURIComponent(uri);
      keys.add(keyOf(file, result.ruleId ?? '<no rule id>'));
    }
  }
  return keys;
}

/**
 * Results reported more than once: the same rule, file, position and message (every level).
 * The metric counts keys, so a rule that reports one problem twice would pass it unseen.
 */
export function repeatedResults(log: Sarif.Log): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      const location = result.locations?.[0]?.physicalLocation;
      const at = `${location?.artifactLocation?.uri ?? ''}:${location?.region?.startLine ?? ''}:${location?.region?.startColumn ?? ''}`;
      const key = `${at} ${result.ruleId ?? ''} ${result.message.text ?? ''}`;
      if (seen.has(key)) repeated.add(key);
      seen.add(key);
    }
  }
  return [...repeated].sort();
}

/** What an audit of a case folder gives: its counted keys, and the results it repeats. */
export interface CaseAudit {
  keys: Set<string>;
  repeated: string[];
}

/** Runs `harden audit --format sarif .` in `dir`, in-process. */
export async function auditCaseFolder(dir: string): Promise<CaseAudit> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['audit', '--format', 'sarif', '.'], {
    cwd: dir,
    env: {},
    stdoutIsTTY: false,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    version: '0.0.0-acceptance',
  });
  // 0 = clean, 1 = findings; anything else is a usage or internal error, not a result.
  if (code !== 0 && code !== 1) throw new Error(`harden audit exited with ${code} in ${dir}: ${stderr}`);
  const log = JSON.parse(stdout) as Sarif.Log;
  return { keys: countedKeys(log), repeated: repeatedResults(log) };
}

export interface CaseComparison {
  truePositives: string[];
  falsePositives: string[];
  falseNegatives: string[];
  /** Results the audit reported more than once (see `repeatedResults`). */
  repeated: string[];
}

export function compareKeys(expected: ReadonlySet<string>, audit: CaseAudit): CaseComparison {
  const actual = audit.keys;
  return {
    repeated: audit.repeated,
    truePositives: [...actual].filter((k) => expected.has(k)).sort(),
    falsePositives: [...actual].filter((k) => !expected.has(k)).sort(),
    falseNegatives: [...expected].filter((k) => !actual.has(k)).sort(),
  };
}
