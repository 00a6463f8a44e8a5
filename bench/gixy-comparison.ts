import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ms, summarizeSamples } from './stats.ts';

/**
 * Gixy and Harden on the same generated files, on this machine, as whole processes: what a user
 * who times both in CI sees. Runs when `HARDEN_BENCH_GIXY` holds a shell command that runs a
 * Gixy-family checker on the file path appended to it, e.g.
 * `PYTHONPATH=/src/gixy-ng python3 -m gixy.cli.main` (yandex/gixy: `python3 -c 'from gixy.cli.main
 * import main; main()'`). Gixy is a Python program that npm and
 * Debian do not ship, so the bench cannot install it: without the variable, it says so.
 *
 * Harden is timed twice: its CLI (`dist/cli.js audit <folder> --format json`: Node's start, the
 * bundle's load, a lint by code V8 has not optimised yet, the report), and the engine's warm
 * median from the suite above (the language server's case: it lints the file again at each edit).
 */
export function runGixyComparison(cases: readonly { label: string; text: string; engineMs: number }[]): void {
  const command = process.env['HARDEN_BENCH_GIXY'];
  if (!command) {
    console.log(
      'nginx: Gixy not run here (set HARDEN_BENCH_GIXY to a command that runs it on a file to compare on this machine)',
    );
    return;
  }
  const cli = path.resolve('dist/cli.js');
  if (!existsSync(cli)) {
    console.log(`nginx: Gixy comparison skipped: ${cli} is missing (npm run build makes it)`);
    return;
  }
  const root = mkdtempSync(path.join(tmpdir(), 'harden-gixy-'));
  try {
    for (const { label, text, engineMs } of cases) {
      // One folder per file: Harden audits the folder, Gixy reads the file.
      const folder = path.join(root, label.replace(/\W+/g, '-'));
      mkdirSync(folder);
      const file = path.join(folder, 'nginx.conf');
      writeFileSync(file, text);
      const gixy = timeProcess('sh', ['-c', `${command} "$1"`, 'sh', file]);
      if (typeof gixy === 'string') {
        console.log(`nginx: ${label}: Gixy did not run: ${gixy}`);
        return;
      }
      const harden = timeProcess(process.execPath, [
        cli,
        'audit',
        folder,
        '--format',
        'json',
        '--fail-on',
        'never',
      ]);
      if (typeof harden === 'string') {
        console.log(`nginx: ${label}: the CLI did not run: ${harden}`);
        return;
      }
      console.log(
        `nginx: ${label}, whole processes on this machine (median of 3): Gixy ${ms(gixy)}, ` +
          `harden audit ${ms(harden)} (${(gixy / harden).toFixed(1)}× faster); ` +
          `the engine's warm lint ${ms(engineMs)} (${Math.round(gixy / engineMs)}× faster)`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The median wall time of three runs in ms, or why the program failed. */
function timeProcess(program: string, args: string[]): number | string {
  const samples: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = spawnSync(program, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const elapsed = performance.now() - start;
    if (result.error) return result.error.message;
    // Gixy exits 1 when it reports issues; 127 and other codes with no output are failures.
    if (result.status !== 0 && result.status !== 1) {
      return `exit ${result.status}: ${(result.stderr || result.stdout).trim().slice(0, 300)}`;
    }
    // A Gixy that cannot parse the file (yandex/gixy under pyparsing 3) says so, exits 0 and
    // reports nothing: fast, and not a comparison.
    const failed = /Failed to parse|Skip unparseable/.exec(result.stdout + result.stderr);
    if (failed) return `it could not parse the file ("${failed[0]}")`;
    // `python3 -m gixy.cli.main` runs nothing for yandex/gixy, whose module has no `__main__`
    // guard: it exits 0 at once, printing nothing.
    if (result.stdout.trim() === '') return 'it printed nothing (check the command)';
    samples.push(elapsed);
  }
  return summarizeSamples(samples).median;
}
