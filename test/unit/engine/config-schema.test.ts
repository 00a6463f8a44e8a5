import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import nodePath from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { ALL_RULE_METAS } from '../../../rules/index.ts';
import { loadConfig } from '../../../server/src/engine/config.ts';
import {
  buildConfigSchema,
  buildGenericConfigSchema,
  CONFIG_SETTINGS,
  RULE_ID_PATTERN,
  type JsonSchema,
} from '../../../server/src/engine/config-schema.ts';
import { ENGINE_RULES } from '../../../server/src/engine/engine-rules.ts';
import type { RuleMeta } from '../../../server/src/engine/rule.ts';

const repo = nodePath.resolve(import.meta.dirname, '../../..');
const staticSchema = JSON.parse(
  fs.readFileSync(nodePath.join(repo, 'schemas/harden.schema.json'), 'utf8'),
) as JsonSchema;

const HSTS: RuleMeta = {
  id: 'nginx/hsts-weak',
  format: 'nginx',
  severity: 'warning',
  title: 'HSTS is weak',
  presets: ['recommended'],
  messages: { default: 'x' },
  fixable: true,
  defaultOptions: {},
  optionSchema: { minMaxAge: { type: 'integer', minimum: 0, description: 'Smallest max-age.' } } as never,
};

const strictAjv = (): Ajv => new Ajv({ allErrors: true, strict: true });
const propertiesOf = (schema: JsonSchema): Record<string, JsonSchema> =>
  schema['properties'] as Record<string, JsonSchema>;

describe('schemas/harden.schema.json', () => {
  test('is exactly buildGenericConfigSchema() (regenerate the file from it when the shape changes)', () => {
    assert.deepEqual(staticSchema, buildGenericConfigSchema());
  });

  test('agrees with the builder on the top-level shape', () => {
    const built = buildConfigSchema([...ENGINE_RULES, HSTS]);
    for (const key of ['$schema', 'type', 'additionalProperties', 'title', 'description']) {
      assert.deepEqual(built[key], staticSchema[key], key);
    }
    assert.equal(staticSchema['$schema'], 'http://json-schema.org/draft-07/schema#');
    assert.equal(staticSchema['additionalProperties'], false);
    assert.deepEqual(Object.keys(propertiesOf(built)), [...CONFIG_SETTINGS]);
    assert.deepEqual(Object.keys(propertiesOf(staticSchema)), [...CONFIG_SETTINGS]);
    for (const setting of CONFIG_SETTINGS) {
      if (setting === 'rules') continue;
      assert.deepEqual(propertiesOf(built)[setting], propertiesOf(staticSchema)[setting], setting);
    }
    const builtRules = propertiesOf(built)['rules']!;
    const staticRules = propertiesOf(staticSchema)['rules']!;
    assert.equal(builtRules['type'], staticRules['type']);
    assert.equal(builtRules['additionalProperties'], false);
    assert.equal(staticRules['additionalProperties'], false);
    assert.deepEqual(Object.keys(staticRules['patternProperties'] as object), [RULE_ID_PATTERN]);
    assert.deepEqual(Object.keys(propertiesOf(builtRules)), [
      'harden/config-error',
      'harden/encoding',
      'harden/file-skipped',
      'harden/parse-error',
      'harden/rule-failed',
      'harden/unused-suppression',
      'nginx/hsts-weak',
    ]);
  });

  test('every property has a description', () => {
    const missing: string[] = [];
    const visit = (schema: JsonSchema, path: string): void => {
      for (const [name, child] of Object.entries(
        (schema['properties'] ?? {}) as Record<string, JsonSchema>,
      )) {
        if (typeof child['description'] !== 'string' || child['description'] === '')
          missing.push(`${path}${name}`);
        visit(child, `${path}${name}.`);
      }
      for (const [name, child] of Object.entries(
        (schema['patternProperties'] ?? {}) as Record<string, JsonSchema>,
      )) {
        if (typeof child['description'] !== 'string') missing.push(`${path}${name}`);
        for (const branch of (child['anyOf'] ?? []) as JsonSchema[]) visit(branch, `${path}${name}.`);
      }
    };
    visit(staticSchema, '');
    visit(buildConfigSchema([HSTS]), '');
    assert.deepEqual(missing, []);
  });

  test('compiles in strict mode and judges documents as loadConfig does', () => {
    const validate = strictAjv().compile(staticSchema);
    const examples = fs.readFileSync(nodePath.join(repo, 'examples/.harden.yaml'), 'utf8');
    assert.equal(validate(parse(examples)), true, JSON.stringify(validate.errors));
    const good =
      'extends: [recommended, chamilo]\nrules:\n  nginx/server-tokens: off\n  nginx/hsts-weak: { severity: error, minMaxAge: 63072000 }\nmaxFileSize: 1000\n';
    assert.equal(validate(parse(good)), true);
    for (const bad of [
      'bogus: 1',
      'extends: drupal',
      'rules: { NotARule: off }',
      'rules: { nginx/x: loud }',
      'maxFileSize: 0',
      'include: x',
      'fileModes: 1',
    ]) {
      assert.equal(validate(parse(bad)), false, bad);
      assert.ok(loadConfig(bad, '/ws/.harden.yaml', [HSTS]).problems.length > 0, bad);
    }
  });
});

describe('buildConfigSchema with the real rules', () => {
  test('every rule id has the documented shape, and every option schema compiles in strict mode', () => {
    for (const rule of ALL_RULE_METAS) assert.match(rule.id, new RegExp(RULE_ID_PATTERN), rule.id);
    const validate = strictAjv().compile(buildConfigSchema(ALL_RULE_METAS));
    const rules: Record<string, unknown> = {};
    for (const rule of ALL_RULE_METAS)
      rules[rule.id] = { severity: 'info', ...(rule.defaultOptions as object) };
    assert.equal(validate({ rules }), true, JSON.stringify(validate.errors));
  });

  test('each default option value is valid against its option schema', () => {
    for (const rule of ALL_RULE_METAS) {
      const { problems } = loadConfig(
        `rules:\n  ${rule.id}: ${JSON.stringify({ ...(rule.defaultOptions as object) })}\n`,
        '/ws/.harden.yaml',
        ALL_RULE_METAS,
      );
      assert.deepEqual(problems, [], rule.id);
    }
  });
});
