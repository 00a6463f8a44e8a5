/**
 * Parity with Gixy's own fixtures (group C: header inheritance, SSRF, HTTP splitting, host
 * spoofing): every `*.conf` of a plugin's folder must make the matching Harden rule fire, every
 * `*_fp.conf` must leave it silent — all of them, no exceptions. Fixtures are read from
 * ../shared/corpus (never copied into the repo), linted as a conf.d file of a workspace that
 * holds nothing else, as Gixy reads them.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { headerInheritance } from '../../../../rules/nginx/header-inheritance.ts';
import { hostSpoofing } from '../../../../rules/nginx/host-spoofing.ts';
import { httpSplitting } from '../../../../rules/nginx/http-splitting.ts';
import { ssrf } from '../../../../rules/nginx/ssrf.ts';
import { defaultConfig } from '../../../../server/src/engine/config-types.ts';
import { Linter } from '../../../../server/src/engine/linter.ts';
import type { AnyRule } from '../../../../server/src/engine/rule.ts';
import { FORMATS } from '../../../../server/src/formats/index.ts';
import { MemoryWorkspace } from '../../../helpers/memory-workspace.ts';
import { REPO_ROOT } from '../../../helpers/rule-docs.ts';

const FIXTURES = path.join(REPO_ROOT, '..', 'shared', 'corpus', 'yandex-gixy', 'tests', 'plugins', 'simply');

/** Group C's plugins and the rule that answers each. */
const GROUP_C: Record<string, AnyRule> = {
  add_header_redefinition: headerInheritance,
  host_spoofing: hostSpoofing,
  http_splitting: httpSplitting,
  ssrf,
};

function lint(rule: AnyRule, name: string, text: string) {
  const file = `etc/nginx/conf.d/${name}`;
  const config = defaultConfig();
  config.rules[rule.meta.id] = { severity: rule.meta.severity };
  const result = new Linter([rule], FORMATS).lint(
    { path: `/ws/${file}`, text, format: 'nginx' },
    { config, workspace: new MemoryWorkspace('/ws', { [file]: text }) },
  );
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

const present = fs.existsSync(FIXTURES);

describe('Gixy fixture parity, group C', { skip: !present && 'no ../shared/corpus/yandex-gixy' }, () => {
  const totals = { fires: 0, silent: 0 };
  for (const [plugin, rule] of Object.entries(GROUP_C)) {
    const dir = path.join(FIXTURES, plugin);
    test(`${plugin} has fixtures of both kinds`, () => {
      assert.ok(fs.existsSync(dir), `${plugin} fixtures are missing`);
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.conf'));
      assert.ok(files.some((f) => f.endsWith('_fp.conf')));
      assert.ok(files.some((f) => !f.endsWith('_fp.conf')));
    });
    if (!fs.existsSync(dir)) continue;
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.conf'))
      .sort();
    describe(`${plugin} → ${rule.meta.id}`, () => {
      for (const name of files) {
        const text = fs.readFileSync(path.join(dir, name), 'utf8');
        const silent = name.endsWith('_fp.conf');
        if (silent) totals.silent++;
        else totals.fires++;
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
  test('every fixture of the four plugins was checked', () => {
    assert.ok(totals.fires >= 20, `only ${totals.fires} firing fixtures`);
    assert.ok(totals.silent >= 10, `only ${totals.silent} silent fixtures`);
  });
});
