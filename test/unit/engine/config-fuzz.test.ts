import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadConfig } from '../../../server/src/engine/config.ts';
import { RULE_LEVELS } from '../../../server/src/engine/config-schema.ts';
import { ENGINE_RULES } from '../../../server/src/engine/engine-rules.ts';
import { LineIndex } from '../../../server/src/engine/line-index.ts';
import { PRESET_NAMES, type RuleMeta } from '../../../server/src/engine/rule.ts';

const RULES: readonly RuleMeta[] = [
  ...ENGINE_RULES,
  {
    id: 'nginx/hsts-weak',
    format: 'nginx',
    severity: 'warning',
    title: 'HSTS is weak',
    presets: ['recommended'],
    messages: { default: 'x' },
    fixable: true,
    defaultOptions: {},
    optionSchema: {
      minMaxAge: { type: 'integer', minimum: 0, description: 'Smallest max-age.' },
      names: { type: 'array', items: { type: 'string', description: 'A name.' }, description: 'Names.' },
    } as never,
  },
];

/** Pieces that make YAML that is almost right: the inputs where a loader is most likely to break. */
const token = fc.constantFrom(
  'extends',
  'rules',
  'include',
  'exclude',
  'production',
  'uploadPaths',
  'maxFileSize',
  'fileModes',
  'nginx/hsts-weak',
  'harden/parse-error',
  'minMaxAge',
  'names',
  'severity',
  'bogus/rule',
  '__proto__',
  ...RULE_LEVELS,
  ...PRESET_NAMES,
  ':',
  ': ',
  '- ',
  '  ',
  '\t',
  '{',
  '}',
  '[',
  ']',
  ', ',
  '"',
  "'",
  '#',
  '&a ',
  '*a',
  '!!str ',
  '!!binary ',
  '<<: ',
  '|',
  '>-',
  '? ',
  '---',
  '...',
  '%YAML 1.1',
  '0',
  '-1',
  '1e9',
  '1.5',
  'true',
  'null',
  '~',
  '\u00e9',
  '\ud83d\ude00',
  '\r\n',
  '\n',
);
const yamlish = fc
  .array(
    fc.array(token, { maxLength: 12 }).map((parts) => parts.join('')),
    { maxLength: 12 },
  )
  .map((lines) => lines.join('\n'));

function assertWellFormed(text: string): void {
  const { config, problems } = loadConfig(text, '/ws/.harden.yaml', RULES);
  const index = new LineIndex(text);
  for (const { range, message } of problems) {
    assert.ok(message.length > 0);
    for (const position of [range.start, range.end]) {
      assert.ok(
        position.line >= 0 && position.line < index.lineCount,
        `line ${position.line} outside the text`,
      );
      const lineLength = index.lineEnd(position.line) - (index.lineStarts[position.line] ?? 0);
      assert.ok(
        position.character >= 0 && position.character <= lineLength,
        `character ${position.character} outside line`,
      );
    }
    assert.ok(
      range.end.line > range.start.line ||
        (range.end.line === range.start.line && range.end.character >= range.start.character),
    );
  }
  // Whatever the input, the config is one the engine can use.
  assert.ok(config.presets.length > 0 && config.presets.every((p) => PRESET_NAMES.includes(p)));
  assert.ok(Number.isInteger(config.maxFileSize) && config.maxFileSize > 0);
  assert.equal(typeof config.fileModes, 'boolean');
  for (const list of [config.include, config.exclude, config.production, config.uploadPaths]) {
    assert.ok(list.every((item) => typeof item === 'string'));
  }
  for (const [id, override] of Object.entries(config.rules)) {
    assert.ok(
      RULES.some((rule) => rule.id === id),
      id,
    );
    assert.ok(
      override.severity === undefined || (RULE_LEVELS as readonly string[]).includes(override.severity),
    );
  }
}

test('loadConfig never throws and keeps ranges inside the text: 1,000 random strings', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), assertWellFormed), { numRuns: 1000 });
});

test('loadConfig never throws and keeps ranges inside the text: 1,000 YAML-ish documents', () => {
  fc.assert(fc.property(yamlish, assertWellFormed), { numRuns: 1000 });
});
