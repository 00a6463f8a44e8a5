/**
 * Parity with Gixy's own fixtures (group A: regexes, headers, access control, paths): every
 * `*.conf` of a plugin's folder must make the matching Harden rule fire, every `*_fp.conf`
 * must leave it silent. Fixtures are read from ../shared/corpus (never copied into the repo).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { aliasTraversal } from '../../../../rules/nginx/alias-traversal.ts';
import { addHeaderMultiline } from '../../../../rules/nginx/add-header-multiline.ts';
import { origins } from '../../../../rules/nginx/origins.ts';
import { validReferers } from '../../../../rules/nginx/valid-referers.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import type { AnyRule } from '../../../../server/src/engine/rule.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';
import { REPO_ROOT } from '../../../helpers/rule-docs.ts';

const FIXTURES = path.join(REPO_ROOT, '..', 'shared', 'corpus', 'yandex-gixy', 'tests', 'plugins', 'simply');

/** Group A's plugins and the rule that answers each. */
const GROUP_A: Record<string, AnyRule> = {
  add_header_multiline: addHeaderMultiline,
  alias_traversal: aliasTraversal,
  origins,
  valid_referers: validReferers,
};

/** Plugins covered by the other groups' rules (issue 4), so that a new fixture folder is noticed. */
const OTHER_GROUPS: Record<string, string> = {
  add_header_redefinition: 'nginx/header-inheritance',
  host_spoofing: 'nginx/host-spoofing',
  http_splitting: 'nginx/http-splitting',
  ssrf: 'nginx/ssrf',
};

/** Gixy plugin options (`# Options: {...}` on a fixture's first line) in Harden's names. */
function optionsOf(text: string): Record<string, unknown> {
  const m = /^\s*(?:#|\/\/)\s*Options:\s*(\{.*\})\s*$/m.exec(text.split('\n').slice(0, 3).join('\n'));
  if (!m) return {};
  const gixy = JSON.parse(m[1]!) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (Array.isArray(gixy.domains)) out.domains = gixy.domains;
  if (typeof gixy.https_only === 'boolean') out.httpsOnly = gixy.https_only;
  return out;
}

function lint(rule: AnyRule, name: string, text: string) {
  const file = `etc/nginx/conf.d/${name}`;
  const config = defaultConfig();
  config.rules[rule.meta.id] = { severity: rule.meta.severity, options: optionsOf(text) };
  const result = new Linter([rule], FORMATS).lint(
    { path: `/ws/${file}`, text, format: 'nginx' },
    { config, workspace: new MemoryWorkspace('/ws', { [file]: text }) },
  );
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

const present = fs.existsSync(FIXTURES);

describe('Gixy fixture parity, group A', { skip: !present && 'no ../shared/corpus/yandex-gixy' }, () => {
  test('every Gixy plugin folder is covered by a rule of group A or of another group', () => {
    const dirs = fs.readdirSync(FIXTURES).filter((d) => fs.statSync(path.join(FIXTURES, d)).isDirectory());
    const uncovered = dirs.filter((d) => !(d in GROUP_A) && !(d in OTHER_GROUPS));
    assert.deepEqual(uncovered, []);
    for (const plugin of Object.keys(GROUP_A))
      assert.ok(dirs.includes(plugin), `${plugin} fixtures are missing`);
  });

  for (const [plugin, rule] of Object.entries(GROUP_A)) {
    const dir = path.join(FIXTURES, plugin);
    if (!present || !fs.existsSync(dir)) continue;
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.conf'))
      .sort();
    describe(`${plugin} → ${rule.meta.id}`, () => {
      test('has fixtures of both kinds', () => {
        assert.ok(files.some((f) => f.endsWith('_fp.conf')));
        assert.ok(files.some((f) => !f.endsWith('_fp.conf')));
      });
      for (const name of files) {
        const text = fs.readFileSync(path.join(dir, name), 'utf8');
        const silent = name.endsWith('_fp.conf');
        test(`${name} ${silent ? 'stays silent' : 'fires'}`, () => {
          const findings = lint(rule, name, text);
          if (silent)
            assert.deepEqual(
              findings.map((f) => f.message),
              [],
            );
          else assert.ok(findings.length > 0, `expected ${rule.meta.id} to fire on ${plugin}/${name}`);
        });
      }
    });
  }
});
