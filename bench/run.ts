/**
 * `npm run bench`: generates workloads and prints lint throughput and latency figures.
 * Figures are measured, never asserted: timing assertions make flaky tests.
 * `npm run bench -- nginx` runs one suite.
 */
import { spawnSync } from 'node:child_process';
import { runAuditBench } from './audit-bench.ts';
import { runDotenvBench } from './dotenv-bench.ts';
import { runNginxBench, runNginxDefaultHeapBench } from './nginx-bench.ts';
import { runServerBench } from './server-bench.ts';
import { SERVER_NODE_FLAGS } from '../server/src/shared/node-flags.ts';

const suites: Record<string, () => Promise<void> | void> = {
  dotenv: runDotenvBench,
  nginx: runNginxBench,
  'nginx-default-heap': runNginxDefaultHeapBench,
  audit: runAuditBench,
  server: runServerBench,
};

/** `nginx-default-heap` is run by the nginx suite itself, in a process without the flags. */
const SUITES_RUN_BY_DEFAULT = ['dotenv', 'nginx', 'audit', 'server'];

async function main(only: string | undefined): Promise<void> {
  if (only) {
    const run = suites[only];
    if (!run) {
      console.error(`unknown suite "${only}": ${Object.keys(suites).join(', ')}`);
      process.exitCode = 2;
      return;
    }
    if (only !== 'nginx-default-heap') {
      // `npm run bench -- nginx`: the suite runs as the language server runs, with its flags.
      if (!SERVER_NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) {
        process.exitCode = runSuite(only);
        return;
      }
      console.log(`\n## ${only}`);
    }
    await run();
    return;
  }
  console.log(
    `Harden benchmark · node ${process.version} · ${process.platform}/${process.arch} · ` +
      `node flags of the language server: ${SERVER_NODE_FLAGS.join(' ')}`,
  );
  // Each suite in a process of its own, run as the language server runs (its node flags): a
  // suite's figures must not depend on the garbage and heap sizing the suites before it left.
  for (const name of SUITES_RUN_BY_DEFAULT) {
    const status = runSuite(name);
    if (status !== 0) process.exitCode = status;
  }
}

function runSuite(name: string): number {
  const child = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, process.argv[1]!, name], {
    stdio: 'inherit',
  });
  return child.status ?? 1;
}

void main(process.argv[2]);
