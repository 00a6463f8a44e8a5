import type { AnyRule, RuleMeta } from '../server/src/engine/rule.ts';
import { compareStrings } from '../server/src/engine/compare-strings.ts';
import { ENGINE_RULES } from '../server/src/engine/engine-rules.ts';
import { DOTENV_RULES } from './dotenv/index.ts';
import { NGINX_RULES } from './nginx/index.ts';

/** Every rule, sorted by id: the only place that knows them all. */
export const ALL_RULES: readonly AnyRule[] = [...DOTENV_RULES, ...NGINX_RULES].sort((a, b) =>
  compareStrings(a.meta.id, b.meta.id),
);

/** Metadata of every finding the tool can produce: the rules and the engine's own findings. */
export const ALL_RULE_METAS: readonly RuleMeta[] = [
  ...ENGINE_RULES,
  ...ALL_RULES.map((r) => r.meta as RuleMeta),
];
