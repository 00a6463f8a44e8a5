/**
 * `npm run bench`: generates workloads and prints lint throughput and latency figures.
 * Figures are measured, never asserted: timing assertions make flaky tests.
 * `npm run bench -- nginx` runs one suite.
 */
import { spawnSync } from 'node:child_process';
import { runAuditBench } from './audit-bench.ts';
import { runDotenvBench } from './dotenv-bench.ts';
import { runNginxBench } from './nginx-bench.ts';
import { runServerBench } from './server-bench.ts';

const suites: Record<string, () => Promise<void> | void> = {
  dotenv: runDotenvBench,
  nginx: runNginxBench,
  audit: runAuditBench,
  server: runServerBench,
};

async function main(only: string | undefined): Promise<void> {
  if (only) {
    const run = suites[only];
    if (!run) {
      console.error(`unknown suite "${only}": ${Object.keys(suites).join(', ')}`);
      process.exitCode = 2;
      return;
    }
    console.log(`\n## ${only}`);
    await run();
    return;
  }
  console.log(`Harden benchmark · node ${process.version} · ${process.platform}/${process.arch}`);
  // Each suite in a process of its own: a suite's figures must not depend on the garbage and
  // heap sizing the suites before it left behind.
  for (const name of Object.keys(suites)) {
    const child = spawnSync(process.execPath, [process.argv[1]!, name], { stdio: 'inherit' });
    if (child.status !== 0) process.exitCode = child.status ?? 1;
  }
}

void main(process.argv[2]);
