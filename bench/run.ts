/**
 * `npm run bench`: generates workloads and prints lint throughput and latency figures.
 * Figures are measured, never asserted: timing assertions make flaky tests.
 */
import { runDotenvBench } from './dotenv-bench.ts';
import { runAuditBench } from './audit-bench.ts';
import { runNginxBench } from './nginx-bench.ts';
import { runServerBench } from './server-bench.ts';

const only = process.argv[2];
const suites: Record<string, () => Promise<void> | void> = {
  dotenv: runDotenvBench,
  nginx: runNginxBench,
  audit: runAuditBench,
  server: runServerBench,
};

console.log(`Harden benchmark · node ${process.version} · ${process.platform}/${process.arch}`);
for (const [name, run] of Object.entries(suites)) {
  if (only && only !== name) continue;
  console.log(`\n## ${name}`);
  await run();
}
