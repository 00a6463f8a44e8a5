import type { ResolvedConfig, RuleLevel } from './config-types.ts';
import type { AnyRule, PresetName } from './rule.ts';
import type { Severity } from './types.ts';

export interface EffectiveRuleSetting {
  enabled: boolean;
  severity: Severity;
  options: Record<string, unknown>;
}

/**
 * `strict` adds the info-level rules to `recommended`; `chamilo` and `civicrm` build on
 * `recommended` with the guides' exact values. A rule listing `recommended` is therefore
 * on under every preset.
 */
function presetEnables(rulePresets: readonly PresetName[], preset: PresetName): boolean {
  if (rulePresets.includes(preset)) return true;
  return rulePresets.includes('recommended');
}

export function effectiveRuleSetting(rule: AnyRule, config: ResolvedConfig): EffectiveRuleSetting {
  const meta = rule.meta;
  let enabled = config.presets.some((preset) => presetEnables(meta.presets, preset));
  let severity: Severity = meta.severity;
  let options: Record<string, unknown> = { ...(meta.defaultOptions as Record<string, unknown>) };
  for (const preset of config.presets) {
    const presetSeverity = meta.presetSeverity?.[preset];
    if (presetSeverity) severity = presetSeverity;
    const presetOptions = meta.presetOptions?.[preset];
    if (presetOptions) options = { ...options, ...(presetOptions as Record<string, unknown>) };
  }
  const override = config.rules[meta.id];
  if (override) {
    const level: RuleLevel | undefined = override.severity;
    if (level === 'off') enabled = false;
    else if (level) {
      enabled = true;
      severity = level;
    } else if (override.options) enabled = true;
    if (override.options) options = { ...options, ...override.options };
  }
  return { enabled, severity, options };
}
