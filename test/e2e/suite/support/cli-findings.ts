import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Log, Result } from 'sarif';
import { runCli } from './extension.ts';

/** What `harden audit --format sarif` found, per absolute file path, as `rule@line:col-line:col` (0-based). */
export type FindingsByFile = Map<string, string[]>;

function resolveArtifact(uri: string, baseId: string | undefined, log: Log, root: string): string {
  if (uri.startsWith('file:')) return fileURLToPath(uri);
  const base = baseId ? log.runs[0]?.originalUriBaseIds?.[baseId]?.uri : undefined;
  if (base?.startsWith('file:')) return fileURLToPath(new URL(uri, base.endsWith('/') ? base : `${base}/`));
  const decoded = decodeURIComponent(uri);
  return isAbsolute(decoded) ? decoded : resolve(root, decoded);
}

/** SARIF regions are 1-based with an exclusive end column; the editor's ranges are 0-based. */
function describeResult(result: Result): string {
  const region = result.locations?.[0]?.physicalLocation?.region;
  const startLine = (region?.startLine ?? 1) - 1;
  const startColumn = (region?.startColumn ?? 1) - 1;
  const endLine = (region?.endLine ?? region?.startLine ?? 1) - 1;
  const endColumn = (region?.endColumn ?? region?.startColumn ?? 1) - 1;
  return `${result.ruleId}@${startLine}:${startColumn}-${endLine}:${endColumn}`;
}

export function parseSarifFindings(text: string, root: string): { log: Log; byFile: FindingsByFile } {
  const log = JSON.parse(text) as Log;
  const byFile: FindingsByFile = new Map();
  for (const result of log.runs[0]?.results ?? []) {
    const artifact = result.locations?.[0]?.physicalLocation?.artifactLocation;
    if (!artifact?.uri) continue;
    const file = resolveArtifact(artifact.uri, artifact.uriBaseId, log, root);
    byFile.set(file, [...(byFile.get(file) ?? []), describeResult(result)]);
  }
  for (const list of byFile.values()) list.sort();
  return { log, byFile };
}

/** Runs the CLI over `paths` (default: the whole root) and returns its findings. */
export function cliFindings(root: string, paths: string[] = ['.']): FindingsByFile {
  const result = runCli(['audit', ...paths, '--format', 'sarif', '--fail-on', 'never'], root);
  if (result.status !== 0) {
    throw new Error(
      `harden audit exited with ${result.status}: ${result.stderr.trim() || result.stdout.slice(0, 500)}`,
    );
  }
  return parseSarifFindings(result.stdout, root).byFile;
}

export interface RuleListing {
  id: string;
  format: string;
  severity: string;
  presets: string[];
}

/** The engine's rules (not its own harden/* findings), from `harden rules --format json`. */
export function listRules(root: string): RuleListing[] {
  const result = runCli(['rules', '--format', 'json'], root);
  if (result.status !== 0) throw new Error(`harden rules failed: ${result.stderr.trim()}`);
  const { rules } = JSON.parse(result.stdout) as { rules: RuleListing[] };
  return rules.filter((r) => !r.id.startsWith('harden/'));
}
