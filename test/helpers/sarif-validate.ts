/**
 * Validates a SARIF log with Microsoft's official validator (`sarif-multitool validate`, from the
 * npm package @microsoft/sarif-multitool; it runs offline). Its output is itself a SARIF log:
 * results of level "error" are schema or rule violations.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './rule-docs.ts';

const run = promisify(execFile);
const MULTITOOL = path.join(REPO_ROOT, 'node_modules', '.bin', 'sarif-multitool');

export async function validateSarif(sarifText: string): Promise<{ errors: string[]; warnings: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'harden-sarif-'));
  try {
    const input = path.join(dir, 'report.sarif');
    const output = path.join(dir, 'validation.sarif');
    fs.writeFileSync(input, sarifText);
    // The .NET single-file binary needs no ICU data in invariant mode.
    await run(MULTITOOL, ['validate', input, '--output', output], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    }).catch((error: { stdout?: string; stderr?: string }) => {
      if (!fs.existsSync(output))
        throw new Error(`sarif-multitool failed: ${error.stderr ?? error.stdout ?? String(error)}`);
    });
    const log = JSON.parse(fs.readFileSync(output, 'utf8')) as {
      runs: {
        results?: {
          level?: string;
          ruleId?: string;
          message: { text?: string; id?: string; arguments?: string[] };
        }[];
      }[];
    };
    const errors: string[] = [];
    const warnings: string[] = [];
    for (const result of log.runs.flatMap((r) => r.results ?? [])) {
      const text = `${result.ruleId}: ${result.message.text ?? result.message.id} ${(result.message.arguments ?? []).join(' | ')}`;
      if ((result.level ?? 'warning') === 'error') errors.push(text);
      else warnings.push(text);
    }
    return { errors, warnings };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
