import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  isRuleId,
  pageTitle,
  ruleIdFromArgument,
  rulePageSegments,
  rulesInDiagnostics,
} from '../../../client/src/rule-ids.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('rule ids', () => {
  test('accepts <format>/<name>', () => {
    assert.ok(isRuleId('nginx/hsts-missing'));
    assert.ok(isRuleId('harden/parse-error'));
    assert.ok(isRuleId('dotenv/trailing-whitespace'));
  });

  test('refuses anything that could leave the rules folder or is not a rule', () => {
    for (const value of [
      '../secret',
      'nginx/../../x',
      'nginx/a/b',
      '/etc/passwd',
      'Nginx/HSTS',
      'nginx/',
      'hsts',
      42,
    ]) {
      assert.equal(isRuleId(value), false, String(value));
    }
  });

  test('maps a rule to its page', () => {
    assert.deepEqual(rulePageSegments('nginx/hsts-missing'), ['rules', 'nginx', 'hsts-missing.md']);
  });

  test('reads the command argument in its usual shapes', () => {
    assert.equal(ruleIdFromArgument('dotenv/weak-secret'), 'dotenv/weak-secret');
    assert.equal(ruleIdFromArgument({ ruleId: 'dotenv/weak-secret' }), 'dotenv/weak-secret');
    assert.equal(ruleIdFromArgument({ value: 'nginx/server-tokens', target: 'x' }), 'nginx/server-tokens');
    assert.equal(ruleIdFromArgument('../../package'), undefined);
    assert.equal(ruleIdFromArgument({}), undefined);
    assert.equal(ruleIdFromArgument(null), undefined);
  });
});

describe('rulesInDiagnostics', () => {
  test("lists Harden's rules once each, in order, with a count and the first message", () => {
    const rules = rulesInDiagnostics([
      { source: 'harden', code: { value: 'nginx/hsts-missing' }, message: 'No HSTS header' },
      { source: 'eslint', code: 'no-unused-vars', message: 'other tool' },
      { source: 'harden', code: 'nginx/server-tokens', message: 'server_tokens is on' },
      { source: 'harden', code: { value: 'nginx/hsts-missing' }, message: 'No HSTS header either' },
      { source: 'harden', message: 'no code' },
      { source: 'harden', code: 7, message: 'numeric code' },
    ]);
    assert.deepEqual(rules, [
      { ruleId: 'nginx/hsts-missing', count: 2, firstMessage: 'No HSTS header' },
      { ruleId: 'nginx/server-tokens', count: 1, firstMessage: 'server_tokens is on' },
    ]);
  });
});

describe('pageTitle', () => {
  test('is the first paragraph line under the heading', () => {
    assert.equal(pageTitle('# nginx/x\n\nThe title\n\n| a | b |\n'), 'The title');
    assert.equal(pageTitle('# nginx/x\r\n\r\nCRLF title\r\n'), 'CRLF title');
    assert.equal(pageTitle('# nginx/x\n\n| Severity |\n'), undefined);
    assert.equal(pageTitle(''), undefined);
  });

  test('every bundled page has one', () => {
    const rulesDir = path.join(ROOT, 'rules');
    const pages = readdirSync(rulesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((dir) =>
        readdirSync(path.join(rulesDir, dir.name))
          .filter((name) => name.endsWith('.md'))
          .map((name) => path.join(rulesDir, dir.name, name)),
      );
    assert.ok(pages.length > 0);
    for (const page of pages) {
      const ruleId = path.relative(rulesDir, page).replace(/\\/g, '/').replace(/\.md$/, '');
      assert.ok(isRuleId(ruleId), `${ruleId} is not a valid rule id`);
      assert.ok(pageTitle(readFileSync(page, 'utf8')), `${ruleId} has no title line`);
    }
  });
});
