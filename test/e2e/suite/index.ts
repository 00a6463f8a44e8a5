/**
 * Entry point that VS Code's extension host calls (`extensionTestsPath`) when the harness opens
 * code-server with a test payload: runs every compiled `*.test.js` beside this file with Mocha.
 * Progress goes to `$HARDEN_E2E_RESULTS/progress.log` line by line (the harness prints it live:
 * the extension host's own stdout is not visible from outside) and the totals to `summary.json`.
 * Under `@vscode/test-cli` this file is not used: the CLI runs the same test files itself.
 */
import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

interface Summary {
  passed: string[];
  failed: { title: string; error: string }[];
  pending: string[];
  durationMs: number;
}

function progressReporter(resultsDir: string) {
  const progress = join(resultsDir, 'progress.log');
  const line = (text: string) => appendFileSync(progress, text + '\n');
  return class ProgressFileReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      const started = Date.now();
      const summary: Summary = { passed: [], failed: [], pending: [], durationMs: 0 };
      runner.on('suite', (suite) => {
        if (suite.title) line(`${'  '.repeat(Math.max(0, suite.titlePath().length - 1))}${suite.title}`);
      });
      runner.on('pass', (test) => {
        summary.passed.push(test.fullTitle());
        line(`${'  '.repeat(test.titlePath().length - 1)}✔ ${test.title} (${test.duration ?? 0} ms)`);
      });
      runner.on('pending', (test) => {
        summary.pending.push(test.fullTitle());
        line(`${'  '.repeat(test.titlePath().length - 1)}- ${test.title} (skipped)`);
      });
      runner.on('fail', (test, error: Error) => {
        summary.failed.push({ title: test.fullTitle(), error: error.stack ?? String(error) });
        line(
          `${'  '.repeat(Math.max(0, test.titlePath().length - 1))}✘ ${test.title}\n${indent(error.stack ?? String(error))}`,
        );
      });
      runner.once('end', () => {
        summary.durationMs = Date.now() - started;
        writeFileSync(join(resultsDir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
      });
    }
  };
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');
}

export function run(): Promise<void> {
  const resultsDir = process.env.HARDEN_E2E_RESULTS;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  if (resultsDir) {
    mkdirSync(resultsDir, { recursive: true });
    mocha.reporter(progressReporter(resultsDir));
  }
  const grep = process.env.HARDEN_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const name of readdirSync(__dirname).sort()) {
    if (name.endsWith('.test.js')) mocha.addFile(join(__dirname, name));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) =>
      failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve(),
    );
    // Without a working extension every other test would only wait for its timeout.
    runner.on('fail', (test) => {
      if (test.titlePath()[0] === 'activation') runner.abort();
    });
  });
}
