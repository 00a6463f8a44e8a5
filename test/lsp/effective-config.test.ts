import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_RULE_METAS } from '../../rules/index.ts';
import { defaultConfig } from '../../server/src/engine/config-types.ts';
import { effectiveConfig } from '../../server/src/lsp/effective-config.ts';
import { parseSettings } from '../../server/src/lsp/settings.ts';
import { DEFAULT_SETTINGS, type HardenSettings } from '../../server/src/shared/protocol.ts';

function settings(overrides: Partial<HardenSettings> = {}): HardenSettings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

describe('effectiveConfig: .harden.yaml first, the editor settings fill what it leaves open', () => {
  test('without a config file, the preset and the rule overrides of the settings apply', () => {
    const { config, settingsIssues } = effectiveConfig(
      { root: '/w', problems: [] },
      settings({ preset: 'strict', rules: { 'dotenv/weak-secret': 'off' } }),
      ALL_RULE_METAS,
    );
    assert.deepEqual(config.presets, ['strict']);
    assert.deepEqual(config.rules, { 'dotenv/weak-secret': { severity: 'off' } });
    assert.deepEqual(settingsIssues, []);
  });

  test('with a config file, its presets stay and its rules win; the settings add the others', () => {
    const fromFile = {
      ...defaultConfig(),
      presets: ['chamilo' as const],
      rules: { 'dotenv/weak-secret': { severity: 'warning' as const } },
    };
    const { config } = effectiveConfig(
      { root: '/w', file: '/w/.harden.yaml', config: fromFile, problems: [] },
      settings({
        preset: 'strict',
        rules: { 'dotenv/weak-secret': 'off', 'dotenv/debug-in-production': { severity: 'error' } },
      }),
      ALL_RULE_METAS,
    );
    assert.deepEqual(config.presets, ['chamilo']);
    assert.deepEqual(config.rules, {
      'dotenv/weak-secret': { severity: 'warning' },
      'dotenv/debug-in-production': { severity: 'error' },
    });
    // The loaded config itself is left alone (it is cached and shared).
    assert.deepEqual(fromFile.rules, { 'dotenv/weak-secret': { severity: 'warning' } });
  });

  test('a broken config file still counts as present: the settings preset does not replace it', () => {
    const { config } = effectiveConfig(
      { root: '/w', file: '/w/.harden.yaml', problems: [] },
      settings({ preset: 'strict' }),
      ALL_RULE_METAS,
    );
    assert.deepEqual(config.presets, ['recommended']);
  });

  test('invalid rule settings are reported and left out', () => {
    const { config, settingsIssues } = effectiveConfig(
      undefined,
      settings({ rules: { 'dotenv/weak-secrett': 'off', 'dotenv/weak-secret': 'loud' } }),
      ALL_RULE_METAS,
    );
    assert.deepEqual(config.rules, {});
    assert.equal(settingsIssues.length, 2);
    assert.ok(settingsIssues.every((issue) => issue.startsWith('harden.rules: ')));
    assert.match(settingsIssues.join('\n'), /dotenv\/weak-secrett/);
  });

  test('maxFileSize: the setting applies unless the file sets its own limit', () => {
    assert.equal(
      effectiveConfig(undefined, settings({ maxFileSize: 2048 }), ALL_RULE_METAS).config.maxFileSize,
      2048,
    );
    const fromFile = { ...defaultConfig(), maxFileSize: 1_000_000 };
    const withFile = effectiveConfig(
      { root: '/w', file: '/w/.harden.yaml', config: fromFile, problems: [] },
      settings({ maxFileSize: 2048 }),
      ALL_RULE_METAS,
    );
    assert.equal(withFile.config.maxFileSize, 1_000_000);
  });

  test('file modes are read only when both the file and the setting allow it', () => {
    assert.equal(
      effectiveConfig(undefined, settings({ fileModeChecks: false }), ALL_RULE_METAS).config.fileModes,
      false,
    );
    const fromFile = { ...defaultConfig(), fileModes: false };
    const folder = { root: '/w', file: '/w/.harden.yaml', config: fromFile, problems: [] };
    assert.equal(effectiveConfig(folder, settings(), ALL_RULE_METAS).config.fileModes, false);
    assert.equal(effectiveConfig(undefined, settings(), ALL_RULE_METAS).config.fileModes, true);
  });
});

describe('parseSettings', () => {
  test('takes the valid fields and falls back to the default for each invalid one', () => {
    assert.deepEqual(
      parseSettings({
        enable: 'yes',
        preset: 'paranoid',
        rules: ['x'],
        run: 'onSave',
        maxFileSize: -1,
        fileModeChecks: false,
        trace: { server: 'verbose' },
      }),
      { ...DEFAULT_SETTINGS, run: 'onSave', fileModeChecks: false },
    );
    assert.deepEqual(parseSettings(null), DEFAULT_SETTINGS);
    assert.deepEqual(parseSettings({ preset: 'civicrm', rules: { a: 'off' }, maxFileSize: 4096 }), {
      ...DEFAULT_SETTINGS,
      preset: 'civicrm',
      rules: { a: 'off' },
      maxFileSize: 4096,
    });
  });
});
