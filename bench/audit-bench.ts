import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { referenceLibPlugin } from '../scripts/reference-lib-plugin.mjs';
import { mbPerSecond } from './stats.ts';
import { generateDotenvFile, seededRandom } from './workloads/dotenv.ts';
import { generateNginxConfig } from './workloads/nginx.ts';
import { generatedWorkloadFiles } from './workloads/workspace.ts';

/** DESIGN target: 5,000 config files (~50 MB) audited at ≥ 30 MB/s, in ≤ 5 s, ≤ 200 MB RSS. */
export async function runAuditBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'harden-bench-'));
  try {
    const random = seededRandom(7);
    let bytes = 0;
    let nginxFiles = 0;
    // About 10 KB a file: .env files of 260 lines, nginx sites of 25 servers (~330 lines).
    const files = generatedWorkloadFiles(5000, random, {
      dotenv: (r) => generateDotenvFile(r, 260),
      nginx: (r) => generateNginxConfig(25, r),
    });
    for (const file of files) {
      const full = path.join(dir, file.path);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, file.text);
      bytes += Buffer.byteLength(file.text);
      if (file.path.endsWith('.conf')) nginxFiles++;
    }
    const child = path.join(os.tmpdir(), 'harden-bench-audit-child.cjs');
    await build({
      entryPoints: ['bench/audit-child.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: child,
      logLevel: 'warning',
      // As the CLI ships (scripts/build.mjs).
      plugins: [referenceLibPlugin({ descriptions: 'omit' })],
    });
    const wallStart = performance.now();
    const result = spawnSync(process.execPath, [child, dir], { encoding: 'utf8' });
    const wall = performance.now() - wallStart;
    if (result.status !== 0) {
      console.log(`audit: the child process failed: ${result.stderr}`);
      return;
    }
    const figures = JSON.parse(result.stdout.trim().split('\n').pop()!) as {
      ms: number;
      files: number;
      findings: number;
      maxRssKb: number;
    };
    console.log(
      `audit: ${figures.files} files (${figures.files - nginxFiles} .env, ${nginxFiles} nginx), ${(bytes / 1024 / 1024).toFixed(1)} MB, ${figures.findings} findings: ` +
        `audit ${(figures.ms / 1000).toFixed(2)} s (${mbPerSecond(bytes, figures.ms)}), whole process ${(wall / 1000).toFixed(2)} s, ` +
        `peak RSS ${(figures.maxRssKb / 1024).toFixed(0)} MB`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
