import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

/** What Symfony Dotenv's `parse()` did with one input. */
export type SymfonyOutcome =
  | { values: Record<string, string> }
  | { error: string; line: number }
  /** The input contains `$(`: it is never given to Symfony, which would run it in a shell. */
  | { skipped: string };

const SCRIPT = new URL('./symfony-dotenv.php', import.meta.url).pathname;
/** Where Debian's php-symfony-dotenv puts it; HARDEN_SYMFONY_DOTENV_AUTOLOAD overrides it. */
const SYMFONY_AUTOLOAD =
  process.env.HARDEN_SYMFONY_DOTENV_AUTOLOAD ?? '/usr/share/php/Symfony/Component/Dotenv/autoload.php';

function findPhp(): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  return [...dirs, '/usr/bin', '/usr/local/bin'].map((d) => join(d, 'php')).find((p) => existsSync(p));
}

/** Why the Symfony side cannot run here, or undefined when it can. */
export function symfonyUnavailable(): string | undefined {
  if (!findPhp()) return 'php is not installed (apt-get install php-cli php-symfony-dotenv)';
  if (!existsSync(SYMFONY_AUTOLOAD))
    return `Symfony Dotenv is not installed (${SYMFONY_AUTOLOAD}; apt-get install php-symfony-dotenv)`;
  return undefined;
}

/**
 * Parses every input with Symfony Dotenv in one PHP process. The environment is empty (as with
 * `env -i`) but for the autoloader's path, which the script removes before parsing: Symfony
 * resolves `$NAME` from the environment first, and the comparison must only depend on the inputs. Inputs with `$(` are filtered out here and again by the script.
 */
export function parseWithSymfony(inputs: readonly string[]): SymfonyOutcome[] {
  const php = findPhp();
  if (!php) throw new Error('php is not installed');
  const sent = inputs.map((text) => (text.includes('$(') ? '' : text));
  const run = spawnSync(php, ['-n', SCRIPT], {
    input: JSON.stringify(sent),
    env: { HARDEN_SYMFONY_DOTENV_AUTOLOAD: SYMFONY_AUTOLOAD },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (run.status !== 0)
    throw new Error(`symfony-dotenv.php failed (${run.status}): ${run.stderr || run.error?.message}`);
  const outcomes = JSON.parse(run.stdout) as SymfonyOutcome[];
  if (outcomes.length !== inputs.length)
    throw new Error('symfony-dotenv.php returned a different number of outcomes');
  return outcomes.map((outcome, i) =>
    inputs[i]!.includes('$(') ? { skipped: 'command substitution' } : outcome,
  );
}

const require = createRequire(import.meta.url);
const npmDotenv = require('dotenv') as { parse(src: string): Record<string, string> };

/** The `dotenv` npm package's reading of an input. */
export function parseWithNpmDotenv(text: string): Record<string, string> {
  return npmDotenv.parse(text);
}
