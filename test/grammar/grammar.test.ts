/**
 * Runs the TextMate grammar test cases of test/grammar/<language>/ with vscode-tmgrammar-test
 * (the vscode-textmate engine VS Code itself uses). The tool reads the grammars from the
 * manifest, so a `contributes.grammars` entry that points at a missing file fails here too.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CASES = path.join(ROOT, 'test/grammar');

interface ManifestGrammar {
  language?: string;
  scopeName: string;
  path: string;
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { grammars: ManifestGrammar[] };
};

function toolEntry(): string {
  const dir = path.join(ROOT, 'node_modules/vscode-tmgrammar-test');
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  const bin = pkg.bin['vscode-tmgrammar-test'];
  assert.ok(bin, 'vscode-tmgrammar-test has no CLI entry');
  return path.join(dir, bin);
}

interface RunResult {
  code: number;
  output: string;
}

/** The tool's assertion parser can loop on malformed assertions: a timeout turns that into a failure. */
function runTool(testCases: string): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [toolEntry(), '--compact', testCases],
      { cwd: ROOT, timeout: 60_000, env: { ...process.env, FORCE_COLOR: '0' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        const killed = error?.killed ? '\n(killed after the 60 s timeout)' : '';
        resolve({ code, output: `${stdout}${stderr}${killed}` });
      },
    );
  });
}

describe('TextMate grammars', () => {
  for (const grammar of manifest.contributes.grammars) {
    const language = grammar.language ?? grammar.scopeName;
    test(`${language} (${grammar.scopeName}) passes its test cases`, async () => {
      const dir = path.join(CASES, language);
      const cases = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(dir) : [];
      assert.ok(cases.length > 0, `no test cases in test/grammar/${language}/ for ${grammar.path}`);
      const result = await runTool(path.join(dir, '*'));
      assert.equal(result.code, 0, result.output);
      // One success line per file: a glob that silently matched nothing would not pass.
      assert.equal(result.output.match(/run successfuly/g)?.length, cases.length, result.output);
    });
  }

  test('a wrong scope assertion makes the run fail', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'harden-grammar-'));
    try {
      const file = path.join(dir, 'wrong.env');
      writeFileSync(
        file,
        '# SYNTAX TEST "source.dotenv"\nAPP_ENV=prod\n# <------- string.quoted.double.dotenv\n',
      );
      const result = await runTool(file);
      assert.notEqual(result.code, 0, result.output);
      assert.match(result.output, /Missing required scopes: \[ string\.quoted\.double\.dotenv \]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
