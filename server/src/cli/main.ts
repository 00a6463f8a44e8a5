import { auditCommand } from './audit-command.ts';
import { ConfigError } from './context.ts';
import { fixCommand } from './fix-command.ts';
import type { CliIO } from './io.ts';
import { HELP, parseCliArgs, UsageError } from './options.ts';
import { rulesCommand } from './rules-command.ts';

/** Runs one CLI invocation and returns its exit code: 0 clean, 1 findings, 2 usage/config/internal error. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    switch (args.command) {
      case 'help':
        io.stdout(`${HELP[args.topic ?? 'main'] ?? HELP.main}\n`);
        return 0;
      case 'version':
        io.stdout(`${io.version}\n`);
        return 0;
      case 'audit':
        return await auditCommand(args, io);
      case 'fix':
        return await fixCommand(args, io);
      case 'rules':
        return rulesCommand(args, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`harden: ${error.message}\n`);
    } else if (error instanceof ConfigError) {
      io.stderr(error.lines.map((line) => `harden: ${line}\n`).join(''));
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(`harden: internal error: ${message}\n`);
      if (io.env.HARDEN_DEBUG) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
    }
    return 2;
  }
}
