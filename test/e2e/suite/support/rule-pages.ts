import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from './extension.ts';

/**
 * Where an example of each format is written when its page names no file (`file=…` in the fence's
 * info string): the same places the documentation conformance test uses.
 */
const DEFAULT_FILE: Record<string, string> = {
  dotenv: '.env',
  nginx: 'etc/nginx/sites-available/example.conf',
  apache: 'etc/apache2/sites-available/example.conf',
  symfony: 'config/packages/example.yaml',
  shell: 'deploy.sh',
};

export interface FiringExample {
  file: string;
  code: string;
}

/** The first example of a rule's page under "### Fires" (pages follow a fixed template). */
export function firstFiringExample(ruleId: string, format: string): FiringExample | undefined {
  const page = join(repositoryRoot(), 'rules', `${ruleId}.md`);
  if (!existsSync(page)) return undefined;
  const lines = readFileSync(page, 'utf8').split('\n');
  let inFires = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('#')) {
      inFires = line === '### Fires';
      continue;
    }
    const fence = /^```(\w+)(.*)$/.exec(line);
    if (!fence) continue;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) return undefined;
    if (inFires) {
      const file = /\bfile=(\S+)/.exec(fence[2] ?? '')?.[1] ?? DEFAULT_FILE[format];
      if (file) return { file, code: lines.slice(i + 1, end).join('\n') + '\n' };
    }
    i = end;
  }
  return undefined;
}
