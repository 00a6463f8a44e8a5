import { ALL_RULES } from '../rules/index.ts';
import { defaultConfig } from '../server/src/engine/config-types.ts';
import { Linter } from '../server/src/engine/linter.ts';
import { FORMATS } from '../server/src/formats/index.ts';
import { MemoryWorkspace } from '../test/helpers/memory-workspace.ts';
import { mbPerSecond, ms, summarizeSamples, timeRuns } from './stats.ts';
import { generateDotenvFile, seededRandom } from './workloads/dotenv.ts';

export function runDotenvBench(): void {
  const random = seededRandom(42);
  const linter = new Linter(ALL_RULES, FORMATS);
  const config = defaultConfig();
  const files = Array.from({ length: 2000 }, (_, i) => ({
    path: `/ws/app${i}/.env${i % 3 === 0 ? '.prod.local' : ''}`,
    text: generateDotenvFile(random, 30 + Math.floor(random() * 60)),
  }));
  const workspace = new MemoryWorkspace('/ws', Object.fromEntries(files.map((f) => [f.path, f.text])));
  const lintOne = (f: { path: string; text: string }) =>
    linter.lint({ path: f.path, text: f.text, format: 'dotenv' }, { config, workspace });
  for (const f of files.slice(0, 200)) lintOne(f); // warm-up
  const samples: number[] = [];
  let bytes = 0;
  let findings = 0;
  const start = performance.now();
  for (const f of files) {
    const t0 = performance.now();
    findings += lintOne(f).findings.length;
    samples.push(performance.now() - t0);
    bytes += f.text.length;
  }
  const total = performance.now() - start;
  const s = summarizeSamples(samples);
  console.log(
    `dotenv: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MB, ${findings} findings: ` +
      `${mbPerSecond(bytes, total)}; per file median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)}`,
  );
  const big = { path: '/ws/big/.env', text: generateDotenvFile(random, 20000) };
  const bigSamples = summarizeSamples(timeRuns(() => lintOne(big), 10));
  console.log(
    `dotenv: one file of ${(big.text.length / 1024 / 1024).toFixed(2)} MB (20,000 lines): median ${ms(bigSamples.median)}, p95 ${ms(bigSamples.p95)}`,
  );
}
