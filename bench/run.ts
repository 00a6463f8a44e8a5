/**
 * `npm run bench`: generates workloads and prints lint throughput and latency figures.
 * Figures are measured, never asserted: timing assertions make flaky tests.
 * `npm run bench -- nginx` runs one suite.
 */
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
  console.log(`Harden benchmark · node ${process.version} · ${process.platform}/${process.arch}`);
  for (const [name, run] of Object.entries(suites)) {
    if (only && only !== name) continue;
    console.log(`\n## ${name}`);
    await run();
  }
}

void main(process.argv[2]);
