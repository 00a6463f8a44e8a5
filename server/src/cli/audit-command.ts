import fs from 'node:fs';
import { ALL_RULE_METAS } from '../../../rules/index.ts';
import { runAudit } from '../engine/audit.ts';
import type { AuditReport } from '../engine/reports/audit-report.ts';
import { renderReport } from '../engine/reports/index.ts';
import { SEVERITY_RANK, type Finding } from '../engine/types.ts';
import { prepareTarget } from './context.ts';
import type { AuditArgs, FailOn } from './options.ts';
import type { CliIO } from './io.ts';

export function meetsThreshold(finding: Finding, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn];
}

export function exitCodeFor(report: AuditReport, failOn: FailOn): 0 | 1 {
  return report.files.some((file) => file.findings.some((f) => meetsThreshold(f, failOn))) ? 1 : 0;
}

export async function auditCommand(args: AuditArgs, io: CliIO): Promise<number> {
  const target = prepareTarget(args.paths, io.cwd, args);
  let report = await runAudit({
    root: target.root,
    files: target.files,
    config: target.config,
    workspace: target.workspace,
    linter: target.linter,
    ruleMetas: ALL_RULE_METAS,
    version: io.version,
    // Reports carry fixes (SARIF `fixes`), so compute them; the text format ignores them.
    fixes: args.format !== 'text',
  });
  report = { ...report, failOn: args.failOn };
  if (args.quiet) {
    report = {
      ...report,
      files: report.files.map((file) => ({
        ...file,
        findings: file.findings.filter((f) => meetsThreshold(f, args.failOn)),
      })),
    };
  }
  const color = args.format === 'text' && !args.output && io.stdoutIsTTY && !io.env.NO_COLOR;
  const rendered = renderReport(args.format, report, { color });
  if (args.output) fs.writeFileSync(args.output, rendered.endsWith('\n') ? rendered : `${rendered}\n`);
  else io.stdout(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
  return exitCodeFor(report, args.failOn);
}
