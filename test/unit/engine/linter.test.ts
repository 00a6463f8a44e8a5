import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, type ResolvedConfig } from '../../../server/src/engine/config-types.ts';
import type { Format } from '../../../server/src/engine/format.ts';
import { LineIndex } from '../../../server/src/engine/line-index.ts';
import { Linter } from '../../../server/src/engine/linter.ts';
import { defineRule, type AnyRule } from '../../../server/src/engine/rule.ts';
import type { Parsed } from '../../../server/src/engine/types.ts';
import { MemoryWorkspace } from '../../helpers/memory-workspace.ts';

/** A toy line format: every line is a "word"; enough to exercise the engine alone. */
const lines: Format<string[]> = {
  id: 'shell',
  commentPrefix: '#',
  parse(text): Parsed<string[]> {
    const problems = text.includes('BROKEN')
      ? [{ message: 'broken line', severity: 'error' as const, range: new LineIndex(text).range(0, 1) }]
      : [];
    return { ast: text.split('\n'), problems, fullyUnderstood: problems.length === 0 };
  },
};

const noWorld = defineRule<string[]>({
  meta: {
    id: 'shell/no-world',
    format: 'shell',
    severity: 'warning',
    title: 'No world',
    presets: ['recommended'],
    messages: { world: 'Line says {{word}}.' },
    fixable: true,
    defaultOptions: {},
  },
  check(context) {
    context.ast.forEach((text, line) => {
      const column = text.indexOf('world');
      if (column < 0 || text.startsWith('#')) return;
      const range = { start: { line, character: column }, end: { line, character: column + 5 } };
      context.report({
        messageId: 'world',
        data: { word: 'world' },
        range,
        fix: () => ({
          title: 'Say earth',
          kind: 'safe',
          edits: [{ file: context.document.path, edits: [{ range, newText: 'earth' }] }],
        }),
      });
    });
  },
});

const strictOnly = defineRule<string[]>({
  meta: {
    ...noWorld.meta,
    id: 'shell/strict-only',
    severity: 'info',
    presets: ['strict'],
    messages: { x: 'strict {{word}}' },
  },
  check(context) {
    if (context.ast.some((l) => l.includes('x'))) {
      context.report({
        messageId: 'x',
        data: { word: 'x' },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      });
    }
  },
});

const throws = defineRule<string[]>({
  meta: { ...noWorld.meta, id: 'shell/throws', messages: {} },
  check() {
    throw new Error('boom');
  },
});

function lint(text: string, rules: AnyRule[] = [noWorld], config: Partial<ResolvedConfig> = {}) {
  const linter = new Linter(rules, { shell: lines });
  const errors: string[] = [];
  const result = linter.lint(
    { path: '/ws/a.sh', text, format: 'shell' },
    {
      config: { ...defaultConfig(), ...config },
      workspace: new MemoryWorkspace('/ws'),
      onRuleError: (id) => errors.push(id),
    },
  );
  return { ...result, errors };
}

describe('Linter', () => {
  test('reports with message templates, ranges and lazy fixes', () => {
    const { findings } = lint('hello\nhello world\n');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.message, 'Line says world.');
    assert.equal(findings[0]!.messageId, 'world');
    assert.deepEqual(findings[0]!.range.start, { line: 1, character: 6 });
    assert.equal(findings[0]!.fix?.title, 'Say earth');
  });

  test('skips fixes when asked (bulk audits)', () => {
    const linter = new Linter([noWorld], { shell: lines });
    const result = linter.lint(
      { path: '/ws/a.sh', text: 'world', format: 'shell' },
      { config: defaultConfig(), workspace: new MemoryWorkspace('/ws'), fixes: false },
    );
    assert.equal(result.findings[0]!.fix, undefined);
  });

  test('a fix is computed when first read, once, and a finding without one has no fix key', () => {
    let computed = 0;
    const counted = defineRule<string[]>({
      meta: { ...noWorld.meta, id: 'shell/counted' },
      check(context) {
        context.ast.forEach((text, line) => {
          const range = { start: { line, character: 0 }, end: { line, character: text.length } };
          context.report({
            messageId: 'world',
            data: { word: text },
            range,
            fix: () => {
              computed++;
              if (text === 'none') return undefined;
              return {
                title: 'Clear',
                kind: 'safe',
                edits: [{ file: context.document.path, edits: [{ range, newText: '' }] }],
              };
            },
          });
        });
      },
    });
    const { findings } = lint('a\nnone', [counted]);
    assert.equal(computed, 0, 'nothing computed at lint time');
    assert.equal(findings[0]!.fix?.title, 'Clear');
    assert.equal(findings[0]!.fix?.title, 'Clear');
    assert.equal(computed, 1, 'computed once');
    assert.equal(findings[1]!.fix, undefined);
    assert.equal('fix' in findings[1]!, false);
    assert.deepEqual(JSON.parse(JSON.stringify(findings[0])).fix.title, 'Clear');
  });

  test('a fix that throws is no fix, and the error goes to onRuleError', () => {
    const brokenFix = defineRule<string[]>({
      meta: { ...noWorld.meta, id: 'shell/broken-fix' },
      check(context) {
        const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
        context.report({
          messageId: 'world',
          data: { word: 'x' },
          range,
          fix: () => {
            throw new Error('no fix');
          },
        });
      },
    });
    const { findings, errors } = lint('x', [brokenFix]);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.fix, undefined);
    assert.deepEqual(errors, ['shell/broken-fix']);
  });

  test('a rule that throws becomes one harden/rule-failed finding and the others still run', () => {
    const { findings, errors } = lint('world', [throws, noWorld]);
    assert.deepEqual(
      findings.map((f) => f.ruleId),
      ['harden/rule-failed', 'shell/no-world'],
    );
    assert.match(findings[0]!.message, /shell\/throws failed on this file \(boom\)/);
    assert.deepEqual(errors, ['shell/throws']);
  });

  test('parse problems become harden/parse-error findings and the file is not fully understood', () => {
    const result = lint('BROKEN world');
    assert.equal(result.fullyUnderstood, false);
    assert.equal(result.findings[0]!.ruleId, 'harden/parse-error');
    assert.equal(result.findings[0]!.severity, 'error');
  });

  test('presets: strict adds info rules, recommended does not', () => {
    assert.equal(lint('x', [strictOnly]).findings.length, 0);
    assert.equal(lint('x', [strictOnly], { presets: ['strict'] }).findings.length, 1);
  });

  test('rule overrides: off, severity, enabling a preset-less rule', () => {
    assert.equal(
      lint('world', [noWorld], { rules: { 'shell/no-world': { severity: 'off' } } }).findings.length,
      0,
    );
    assert.equal(
      lint('world', [noWorld], { rules: { 'shell/no-world': { severity: 'error' } } }).findings[0]!.severity,
      'error',
    );
    assert.equal(
      lint('x', [strictOnly], { rules: { 'shell/strict-only': { severity: 'warning' } } }).findings.length,
      1,
    );
  });

  test('suppressions: next-line, file, unused ones reported', () => {
    assert.equal(lint('# harden-disable-next-line shell/no-world -- test data\nworld').findings.length, 0);
    assert.equal(lint('# harden-disable-file shell/no-world\nworld\nworld').findings.length, 0);
    const { findings } = lint('# harden-disable-next-line shell/no-world\nhello\nworld');
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.range.start.line]),
      [
        ['harden/unused-suppression', 0],
        ['shell/no-world', 2],
      ],
    );
    assert.match(findings[0]!.message, /of shell\/no-world/);
  });

  test('a next-line suppression skips blank and comment lines to reach its target', () => {
    assert.equal(lint('# harden-disable-next-line shell/no-world\n\n# why\nworld').findings.length, 0);
  });

  test('huge and binary files are skipped with a reason, not linted', () => {
    const huge = lint('world '.repeat(100), [noWorld], { maxFileSize: 100 });
    assert.equal(huge.skipped?.includes('larger than'), true);
    assert.deepEqual(
      huge.findings.map((f) => f.ruleId),
      ['harden/file-skipped'],
    );
    const binary = lint('world\u0000\u0001');
    assert.match(binary.skipped ?? '', /binary/);
  });

  test('a finding repeated word for word at the same place is shown once, a different one kept', () => {
    const twice = defineRule<string[]>({
      ...noWorld,
      meta: { ...noWorld.meta, id: 'shell/twice', messages: { a: 'Same {{n}}.' } },
      check(context) {
        const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
        // A block read twice from one document (a dump's snippet under a server and a location).
        for (const n of ['1', '1', '2']) context.report({ messageId: 'a', data: { n }, range });
      },
    });
    assert.deepEqual(
      lint('world', [twice]).findings.map((f) => f.message),
      ['Same 1.', 'Same 2.'],
    );
  });
});
