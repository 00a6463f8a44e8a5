/**
 * Runs one workspace audit in a fresh process and prints its figures as JSON, so the parent
 * measures wall time and peak memory of the audit alone (not of the workload generator).
 */
import { version } from '../package.json';
import { ALL_RULE_METAS, ALL_RULES } from '../rules/index.ts';
import { runAudit } from '../server/src/engine/audit.ts';
import { defaultConfig } from '../server/src/engine/config-types.ts';
import { DiskWorkspace } from '../server/src/engine/disk-workspace.ts';
import { Linter } from '../server/src/engine/linter.ts';
import { FORMATS } from '../server/src/formats/index.ts';

async function main(root: string): Promise<void> {
  const config = defaultConfig();
  const start = performance.now();
  const report = await runAudit({
    root,
    config,
    workspace: new DiskWorkspace(root, { fileModes: true, maxFileSize: config.maxFileSize }),
    linter: new Linter(ALL_RULES, FORMATS),
    ruleMetas: ALL_RULE_METAS,
    version,
    fixes: false,
  });
  const ms = performance.now() - start;
  const findings = report.files.reduce((n: number, f) => n + f.findings.length, 0);
  process.stdout.write(
    JSON.stringify({ ms, files: report.files.length, findings, maxRssKb: process.resourceUsage().maxRSS }) +
      '\n',
  );
}

void main(process.argv[2]!);
