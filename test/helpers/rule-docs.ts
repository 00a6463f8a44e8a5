/** Reads the rule documentation pages (rules/<format>/<name>.md) and their examples. */
import fs from 'node:fs';
import path from 'node:path';
import type { FormatId } from '../../server/src/engine/types.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export const DOC_HEADINGS = [
  '## What it checks',
  '## Why it matters',
  '## How to fix',
  '## Examples',
  '### Fires',
  '### Stays silent',
  '## Options',
  '## When not to use it',
];

export interface DocExample {
  section: 'fires' | 'silent';
  format: FormatId | undefined;
  lang: string;
  /** File name from the info string (`file=.env.prod`), relative to the example workspace. */
  file: string | undefined;
  code: string;
  line: number;
  /**
   * Files of the example's workspace besides its own: the blocks written just before it in its
   * section whose info string says `context` (```php file=var/www/app/info.php context```), for a
   * rule that reads the application tree beside a configuration.
   */
  context: Record<string, string>;
}

const LANG_FORMAT: Record<string, FormatId> = {
  dotenv: 'dotenv',
  env: 'dotenv',
  nginx: 'nginx',
  apache: 'apache',
  apacheconf: 'apache',
  yaml: 'symfony',
  sh: 'shell',
  bash: 'shell',
  shell: 'shell',
  dockerfile: 'shell',
  php: 'php',
};

export function docPath(ruleId: string): string {
  return path.join(REPO_ROOT, 'rules', `${ruleId}.md`);
}

export function readDoc(ruleId: string): string | undefined {
  const file = docPath(ruleId);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

export function docExamples(markdown: string): DocExample[] {
  const examples: DocExample[] = [];
  const lines = markdown.split('\n');
  let section: DocExample['section'] | undefined;
  let context: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('#')) {
      section = line === '### Fires' ? 'fires' : line === '### Stays silent' ? 'silent' : undefined;
      context = {};
      continue;
    }
    const fence = /^```(\w+)(.*)$/.exec(line);
    if (!fence) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j] !== '```'; j++) body.push(lines[j]!);
    if (section) {
      const lang = fence[1]!;
      const file = /\bfile=(\S+)/.exec(fence[2] ?? '')?.[1];
      const code = body.join('\n') + '\n';
      if (file !== undefined && /\bcontext\b/.test(fence[2] ?? '')) context[file] = code;
      else {
        examples.push({ section, lang, format: LANG_FORMAT[lang], file, code, line: i + 1, context });
        context = {};
      }
    }
    i = j;
  }
  return examples;
}
