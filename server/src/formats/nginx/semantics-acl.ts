import type { EffectiveNode } from './effective.ts';

/**
 * ngx_http_access_module as nginx applies it: `allow`/`deny` rules are checked in order, the
 * first that matches decides, and a request no rule matches is allowed. A level (`http`,
 * `server`, `location`, `limit_except`) that declares any rule replaces the rules of the outer
 * levels; one that declares none inherits them. The access phase runs after the rewrite phase,
 * so a `return` or a redirecting `rewrite` answers before any rule is looked at.
 */

const ACCESS_LEVELS = new Set(['http', 'server', 'location', 'limit_except']);

/** Addresses that stand for every client in an `allow`/`deny` rule. */
export const UNIVERSAL_ADDRESSES: ReadonlySet<string> = new Set(['all', '0.0.0.0/0', '::/0']);

/** Authentication directives whose value `off` disables them (inherited like `auth_basic`). */
export const AUTH_DIRECTIVES = ['auth_basic', 'auth_request', 'auth_jwt', 'auth_oidc'];

/** An `allow`/`deny` statement (`allow x { … }` is a syntax error, not a rule nginx applies). */
export function isAccessRule(node: EffectiveNode): boolean {
  return (node.name === 'allow' || node.name === 'deny') && node.directive.kind === 'simple';
}

/** The `allow`/`deny` rules declared directly in a block (includes expanded), in order. */
export function accessRulesIn(block: EffectiveNode): EffectiveNode[] {
  // Asked for every location up to `http`: the indexed lookups avoid a walk over thousands of servers.
  const allows = block.childrenNamed('allow').filter(isAccessRule);
  const denies = block.childrenNamed('deny').filter(isAccessRule);
  if (denies.length === 0) return allows;
  if (allows.length === 0) return denies;
  return block.children.filter(isAccessRule);
}

/** `deny all;` (or the whole IPv4 and IPv6 space). */
export function isDenyAll(rule: EffectiveNode): boolean {
  if (rule.name !== 'deny') return false;
  return UNIVERSAL_ADDRESSES.has(rule.args[0]?.value ?? '');
}

export interface AccessLevel {
  /** The block whose rules apply. */
  level: EffectiveNode;
  rules: EffectiveNode[];
}

/**
 * The rules that apply to requests served by `block` (a `location` or `server`): its own, or
 * those of the nearest outer level that declares some. Undefined when no level does.
 */
export function effectiveAccessRules(block: EffectiveNode): AccessLevel | undefined {
  for (let level: EffectiveNode | undefined = block; level; level = level.parent) {
    if (!ACCESS_LEVELS.has(level.name) || level.name === 'limit_except') continue;
    const rules = accessRulesIn(level);
    if (rules.length > 0) return { level, rules };
  }
  return undefined;
}

/** The `satisfy` directive in effect at a level (its own, else the nearest outer level's), if any. */
export function satisfyDirectiveAt(block: EffectiveNode): EffectiveNode | undefined {
  for (let level: EffectiveNode | undefined = block; level; level = level.parent) {
    const own = level.childrenNamed('satisfy');
    const last = own[own.length - 1];
    if (last) return last;
  }
  return undefined;
}

/** The `satisfy` value in effect at a level (inherited from outer levels; `all` by default). */
export function satisfyAt(block: EffectiveNode): 'all' | 'any' {
  return satisfyDirectiveAt(block)?.args[0]?.value === 'any' ? 'any' : 'all';
}

/** The `location` or `server` whose request processing a directive belongs to (through `if` blocks). */
export function servingBlock(node: EffectiveNode): EffectiveNode | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (p.name === 'location' || p.name === 'server') return p;
    if (p.name !== 'if') return undefined;
  }
  return undefined;
}
