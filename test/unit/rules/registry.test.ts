/**
 * The rule catalogue's promises: every rule module is registered, every rule has a documentation
 * page that follows the template, the README lists them, the design's catalogue is implemented
 * for every format that has rules, and the pages' examples really fire or stay silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ALL_RULE_METAS, ALL_RULES } from '../../../rules/index.ts';
import { rulesMarkdown } from '../../../server/src/cli/rules-command.ts';
import { defaultConfig } from '../../../server/src/engine/config-types.ts';
import { Linter } from '../../../server/src/engine/linter.ts';
import { FORMATS } from '../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../helpers/memory-workspace.ts';
import { DOC_HEADINGS, docExamples, readDoc, REPO_ROOT } from '../../helpers/rule-docs.ts';

const ids = ALL_RULES.map((r) => r.meta.id);

function ruleModules(): string[] {
  const modules: string[] = [];
  const rulesDir = path.join(REPO_ROOT, 'rules');
  for (const format of fs.readdirSync(rulesDir)) {
    const dir = path.join(rulesDir, format);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir)) {
      if (name.endsWith('.ts') && name !== 'index.ts' && !name.endsWith('.test.ts')) {
        modules.push(`${format}/${name.slice(0, -3)}`);
      }
    }
  }
  return modules.sort();
}

describe('rule registry', () => {
  test('ids are unique, well-formed and sorted', () => {
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.deepEqual(ids, [...ids].sort());
  });

  test('every rule module is registered, and each rule id names its module', () => {
    assert.deepEqual([...ids].sort(), ruleModules());
    for (const rule of ALL_RULES) assert.equal(rule.meta.id.split('/')[0], rule.meta.format);
  });

  test('every message id is used with filled placeholders only (no secret-looking data names)', () => {
    for (const rule of ALL_RULES) {
      for (const [id, template] of Object.entries(rule.meta.messages)) {
        assert.ok(template.length > 0, `${rule.meta.id}.${id} is empty`);
        assert.doesNotMatch(
          template,
          /\{\{\s*(value|secret|password)\s*\}\}/,
          `${rule.meta.id}.${id} prints a value`,
        );
      }
    }
  });

  const design = path.join(REPO_ROOT, '..', 'shared', 'DESIGN.md');
  test(
    'every rule of DESIGN.md is implemented for each format that has rules',
    { skip: !fs.existsSync(design) && 'no ../shared/DESIGN.md' },
    () => {
      const text = fs.readFileSync(design, 'utf8');
      const designIds = new Set<string>();
      // Not an npm scope such as `@nginx/reference-lib`.
      for (const m of text.matchAll(
        /(?<![@\w])(dotenv|nginx|apache|symfony|shell|php|fs)\/([a-z0-9]+(?:-[a-z0-9]+)*)\b/g,
      )) {
        designIds.add(`${m[1]}/${m[2]}`);
      }
      // dotenv-linter parity names are listed as `dotenv/a, dotenv/b, …` in one cell.
      for (const m of text.matchAll(/\| (dotenv\/duplicated-key[^|]*)\|/g)) {
        for (const id of m[1]!.split(/,\s*/)) designIds.add(id.replace(/\s.*$/, '').trim());
      }
      const implementedFormats = new Set(ALL_RULES.map((r) => r.meta.format));
      const missing = [...designIds].filter(
        (id) => implementedFormats.has(id.split('/')[0] as never) && !ids.includes(id),
      );
      assert.deepEqual(missing, [], 'rules in DESIGN.md without an implementation');
    },
  );

  test('the README lists every rule', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- rules:start -->\n');
    const end = readme.indexOf('<!-- rules:end -->');
    assert.ok(start >= 0 && end > start, 'README rule markers');
    assert.equal(
      readme.slice(start + '<!-- rules:start -->\n'.length, end),
      rulesMarkdown(),
      'README rule list is stale: run `npm run docs:rules`',
    );
  });
});

describe('rule documentation pages', () => {
  for (const meta of ALL_RULE_METAS) {
    test(`${meta.id} follows the template`, () => {
      const doc = readDoc(meta.id);
      assert.ok(doc, `rules/${meta.id}.md is missing`);
      const lines = doc.split('\n');
      assert.equal(lines[0], `# ${meta.id}`);
      assert.equal(lines[2], meta.title, 'the line after the heading is the rule title');
      assert.equal(lines[4], '| Severity | Presets | Fix |');
      assert.ok(
        lines[6]?.startsWith(`| ${meta.severity}`),
        `the table gives the default severity ${meta.severity}`,
      );
      let from = 0;
      for (const heading of DOC_HEADINGS) {
        const at = lines.indexOf(heading, from);
        assert.ok(at >= 0, `missing or misplaced heading "${heading}"`);
        from = at + 1;
      }
    });
  }
});

describe('rule documentation examples', () => {
  const linter = new Linter(ALL_RULES, FORMATS);
  for (const meta of ALL_RULE_METAS) {
    // `.harden.yaml` problems come from the config loader, not the linter (see config tests).
    if (meta.id === 'harden/config-error') continue;
    const examples = docExamples(readDoc(meta.id) ?? '').filter((e) => e.format && FORMATS[e.format]);
    examples.forEach((example) => {
      test(`${meta.id}: example at line ${example.line} ${example.section === 'fires' ? 'fires' : 'stays silent'}`, () => {
        const file = example.file ?? defaultExampleFile(example.format!);
        const workspace = new MemoryWorkspace('/ws', { ...example.context, [file]: example.code });
        const config = defaultConfig();
        config.rules[meta.id] = { severity: meta.severity };
        const result = linter.lint(
          { path: `/ws/${file}`, text: example.code, format: example.format! },
          { config, workspace },
        );
        const fired = result.findings.filter((f) => f.ruleId === meta.id);
        if (example.section === 'fires') assert.ok(fired.length > 0, `expected ${meta.id} to fire`);
        else
          assert.deepEqual(
            fired.map((f) => f.message),
            [],
            `expected ${meta.id} to stay silent`,
          );
      });
    });
  }
});

function defaultExampleFile(format: string): string {
  switch (format) {
    case 'dotenv':
      return '.env';
    case 'nginx':
      return 'etc/nginx/sites-available/example.conf';
    case 'apache':
      return 'etc/apache2/sites-available/example.conf';
    case 'symfony':
      return 'config/packages/example.yaml';
    default:
      return 'deploy.sh';
  }
}
