import type { AnyRule } from '../../server/src/engine/rule.ts';

/**
 * Every nginx rule. Add a rule with one import and one entry, keeping both sorted by id
 * (several people add rules here at once: keep each edit to those two lines).
 */
export const NGINX_RULES: AnyRule[] = [];
