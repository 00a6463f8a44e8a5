/**
 * The `.harden.yaml` snippets of the nginx rule pages are what users copy: each must load
 * without a configuration error (found by the acceptance suite: `{ options: { … } }` made
 * `harden audit` exit 2 with "Unknown option 'options'").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ALL_RULE_METAS } from '../../../../rules/index.ts';
import { configProblemsToFindings, loadConfig } from '../../../../server/src/engine/config.ts';
import { REPO_ROOT } from '../../../helpers/rule-docs.ts';

const PAGES_DIR = path.join(REPO_ROOT, 'rules/nginx');

/** The ```yaml blocks of a page that configure rules (`rules:` at the top). */
function configExamples(text: string): { line: number; yaml: string }[] {
  const out: { line: number; yaml: string }[] = [];
  const fence = /^```ya?ml[^\n]*\n([\s\S]*?)^```/gm;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const yaml = m[1] ?? '';
    if (!/^(rules|extends|uploadPaths):/m.test(yaml)) continue;
    out.push({ line: text.slice(0, m.index).split('\n').length, yaml });
  }
  return out;
}

const pages = fs
  .readdirSync(PAGES_DIR)
  .filter((name) => name.endsWith('.md'))
  .sort();

test('the nginx rule pages have configuration examples to check', () => {
  const count = pages.reduce(
    (n, page) => n + configExamples(fs.readFileSync(path.join(PAGES_DIR, page), 'utf8')).length,
    0,
  );
  assert.ok(count >= 5, `${count} examples`);
});

for (const page of pages) {
  const examples = configExamples(fs.readFileSync(path.join(PAGES_DIR, page), 'utf8'));
  if (examples.length === 0) continue;
  test(`rules/nginx/${page}: its .harden.yaml examples load without errors`, () => {
    for (const { line, yaml } of examples) {
      const file = path.join(REPO_ROOT, '.harden.yaml');
      const { problems } = loadConfig(yaml, file, ALL_RULE_METAS);
      const errors = configProblemsToFindings(problems, file)
        .filter((f) => f.severity === 'error' || f.severity === 'warning')
        .map((f) => f.message);
      assert.deepEqual(errors, [], `example at line ${line}`);
    }
  });
}
