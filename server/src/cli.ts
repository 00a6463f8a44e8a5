/**
 * The `harden` command: a composition root like server.ts, wiring the engine to the terminal.
 * Everything testable lives in ./cli/; this file only binds the process.
 */
import { version } from '../../package.json';
import { runCli } from './cli/main.ts';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  version,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`harden: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
