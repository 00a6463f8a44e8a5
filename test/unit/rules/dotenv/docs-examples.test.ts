/**
 * Every dotenv rule page follows the documentation template, agrees with the rule's metadata,
 * and its examples behave as the page says: each "Fires" example makes the rule fire, each
 * "Stays silent" example does not. Examples run with the Linter directly, the rule enabled, in
 * a workspace holding only the example file (`file=` in the info string; `.env` by default).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DOTENV_RULES } from '../../../../rules/dotenv/index.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import type { AnyRule } from '../../../../server/src/engine/rule.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';
import { DOC_HEADINGS, docExamples, readDoc } from '../../../helpers/rule-docs.ts';

function lintExample(rule: AnyRule, file: string, code: string) {
  const workspace = new MemoryWorkspace('/ws', { [file]: code });
  const config = defaultConfig();
  config.rules[rule.meta.id] = { severity: rule.meta.severity };
  const linter = new Linter([rule], FORMATS);
  const result = linter.lint({ path: `/ws/${file}`, text: code, format: 'dotenv' }, { config, workspace });
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

for (const rule of DOTENV_RULES) {
  const { meta } = rule;
  describe(`${meta.id} documentation`, () => {
    const doc = readDoc(meta.id) ?? '';

    test('follows the template and agrees with the metadata', () => {
      assert.ok(doc, `rules/${meta.id}.md is missing`);
      const lines = doc.split('\n');
      assert.equal(lines[0], `# ${meta.id}`);
      assert.equal(lines[2], meta.title);
      assert.equal(lines[4], '| Severity | Presets | Fix |');
      assert.equal(lines[5], '|---|---|---|');
      const cells = (lines[6] ?? '').split('|').map((c) => c.trim());
      assert.equal(cells[1], meta.severity);
      assert.equal(cells[2], meta.presets.length > 0 ? meta.presets.join(', ') : 'none (off by default)');
      assert.equal(
        cells[3]?.startsWith('yes'),
        meta.fixable,
        'the Fix column says yes exactly when the rule is fixable',
      );
      let from = 0;
      for (const heading of DOC_HEADINGS) {
        const at = lines.indexOf(heading, from);
        assert.ok(at >= 0, `missing or misplaced heading "${heading}"`);
        from = at + 1;
      }
    });

    const examples = docExamples(doc);
    test('has examples that fire and examples that stay silent', () => {
      assert.ok(
        examples.some((e) => e.section === 'fires'),
        'no "Fires" example',
      );
      assert.ok(
        examples.some((e) => e.section === 'silent' && e.format === 'dotenv'),
        'no runnable "Stays silent" example',
      );
    });

    for (const example of examples.filter((e) => e.format === 'dotenv')) {
      const file = example.file ?? '.env';
      test(`example at line ${example.line} (${file}) ${example.section === 'fires' ? 'fires' : 'stays silent'}`, () => {
        const findings = lintExample(rule, file, example.code);
        if (example.section === 'fires') assert.ok(findings.length > 0, `expected ${meta.id} to fire`);
        else
          assert.deepEqual(
            findings.map((f) => `${f.range.start.line + 1}: ${f.message}`),
            [],
          );
      });
    }
  });
}
