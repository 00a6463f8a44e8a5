import fs from 'node:fs';
import path from 'node:path';
import type { FormatId } from '../../../server/src/engine/types.ts';
import { ALL_RULES } from '../../../rules/index.ts';
import { docExamples, readDoc, REPO_ROOT } from '../../helpers/rule-docs.ts';

/** Real-world configs (read in place, never copied: see /work/shared/corpus/README.md). */
export const CORPUS_ROOT = path.resolve(REPO_ROOT, '../shared/corpus');

export interface SeedFile {
  /** Path relative to the corpus (or the repository, for the project's own examples). */
  name: string;
  format: FormatId;
  text: string;
}

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
}

function formatOf(file: string): FormatId | undefined {
  const name = path.basename(file);
  if (name === '.env' || name.startsWith('.env.') || name.endsWith('.env')) return 'dotenv';
  if (name.endsWith('.conf') && !file.includes('apache')) return 'nginx';
  return undefined;
}

/** Every nginx and `.env` file of the shared corpus and of the project's examples, as seeds for mutation. */
export function loadSeedFiles(): SeedFile[] {
  const seeds: SeedFile[] = [];
  const roots: [string, string][] = [
    [CORPUS_ROOT, CORPUS_ROOT],
    [path.join(REPO_ROOT, 'examples'), REPO_ROOT],
  ];
  for (const [root, base] of roots) {
    const files: string[] = [];
    walk(root, files);
    for (const file of files) {
      const format = formatOf(file);
      if (!format) continue;
      seeds.push({ name: path.relative(base, file), format, text: fs.readFileSync(file, 'utf8') });
    }
  }
  return seeds;
}

/**
 * The examples of every rule's documentation page (those that fire and those that stay silent):
 * each is a small file made to exercise one rule, its fix included, which random generation
 * rarely assembles on its own.
 */
export function loadRuleDocExamples(): SeedFile[] {
  const seeds: SeedFile[] = [];
  for (const rule of ALL_RULES) {
    const markdown = readDoc(rule.meta.id);
    if (markdown === undefined) continue;
    for (const example of docExamples(markdown)) {
      const format = example.format ?? rule.meta.format;
      if (format !== 'nginx' && format !== 'dotenv') continue;
      seeds.push({ name: `${rule.meta.id}.md:${example.line}`, format, text: example.code });
    }
  }
  return seeds;
}
