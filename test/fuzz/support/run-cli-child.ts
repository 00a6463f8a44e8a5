/**
 * Runs one `harden` invocation in this process (runCli, as the CLI entry does) and prints
 * `{ code, stdout, stderr, ms }` as JSON. Bad-input tests start it as a child with a time limit,
 * so that a hang (a FIFO read, a runaway regex) fails the test instead of stalling the suite.
 * Usage: node --import tsx run-cli-child.ts <cwd> <harden arguments…>
 */
import { runCli } from '../../../server/src/cli/main.ts';

async function main(): Promise<void> {
  const [cwd, ...argv] = process.argv.slice(2);
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const code = await runCli(argv, {
    cwd: cwd ?? process.cwd(),
    env: {},
    stdoutIsTTY: false,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    version: '0.0.0-fuzz',
  });
  process.stdout.write(JSON.stringify({ code, stdout, stderr, ms: performance.now() - started }));
}

void main();
