import { ifCondition } from './conditions.ts';
import type { EffectiveNode } from './effective.ts';
import {
  accessRulesIn,
  AUTH_DIRECTIVES,
  effectiveAccessRules,
  isDenyAll,
  UNIVERSAL_ADDRESSES,
} from './semantics-acl.ts';
import { refusalBeforeAccess, refusesRequests } from './semantics-php-locations.ts';
import { inheritedDirective } from './server-blocks.ts';
import { readReturn } from './semantics-tls-server.ts';
import { isWithin, serverOf } from './semantics-tree-index.ts';

/**
 * What a location adds to keep clients out of it: a refusal of every request (`internal`,
 * `return 403`, `deny all` first), an address list that ends in a deny (`allow 10.0.0.0/8;
 * deny all;`), or authentication (`auth_basic`, `auth_request`…). Only what the location declares
 * itself counts: what it inherits, any other location of the server inherits as well.
 */

/** The directives `ownRestriction` looks at. */
const RESTRICTING = new Set(['internal', 'return', 'deny', 'if', ...AUTH_DIRECTIVES]);

/**
 * `address`: an `if` on the client's address that refuses the others (`if ($remote_addr !=
 * 203.0.113.45) { return 403; }`). Unlike the others it is not inherited: an `if` runs only in
 * the location nginx chose, never in the locations nested in it.
 */
export type RestrictionKind = 'refuse' | 'access' | 'auth' | 'address';

export interface Restriction {
  kind: RestrictionKind;
  /** The directive that restricts (`deny all`, `internal`, `auth_basic "Admin"`). */
  node: EffectiveNode;
}

/** The restriction a location declares itself, if any (the strongest first). */
export function ownRestriction(location: EffectiveNode): Restriction | undefined {
  // Asked of every location of every server: a block with none of these directives is read once.
  if (!location.children.some((child) => RESTRICTING.has(child.name))) return undefined;
  const refusal = refusalBeforeAccess(location);
  if (refusal) return { kind: 'refuse', node: refusal };
  const rules = accessRulesIn(location);
  const first = rules[0];
  if (first && isDenyAll(first)) return { kind: 'refuse', node: first };
  // ngx_http_access_module stops at the first matching rule: after `allow all` nothing is denied.
  const firstUniversal = rules.find((rule) => UNIVERSAL_ADDRESSES.has(rule.args[0]?.value ?? ''));
  const deny = rules.find((rule) => rule.name === 'deny');
  if (deny && firstUniversal?.name !== 'allow') return { kind: 'access', node: deny };
  for (const name of AUTH_DIRECTIVES) {
    const auth = location.childrenNamed(name)[0];
    if (auth && auth.args[0]?.value !== 'off') return { kind: 'auth', node: auth };
  }
  const check = addressCheck(location);
  return check ? { kind: 'address', node: check } : undefined;
}

/**
 * The check of the client's address that runs for a request answered by `block`: its own `if`,
 * or one written directly in its server (the server's rewrite phase runs for every request).
 * An `if` of a location around `block` does not run: only the chosen location's do.
 */
export function addressCheckFor(block: EffectiveNode): EffectiveNode | undefined {
  const own = addressCheck(block);
  if (own || block.name === 'server') return own;
  const server = serverOf(block);
  return server ? addressCheck(server) : undefined;
}

/** Variables that hold the client's address. */
const CLIENT_ADDRESS = new Set(['$remote_addr', '$binary_remote_addr', '$realip_remote_addr']);

/**
 * An `if` of the block that refuses every client but some addresses: a negated test of the
 * client's address (`!=`, `!~`) whose block answers with an error (`return 403;`, `444`).
 */
export function addressCheck(block: EffectiveNode): EffectiveNode | undefined {
  for (const branch of block.childrenNamed('if')) {
    const condition = ifCondition(branch.directive);
    if (!condition || !CLIENT_ADDRESS.has(condition.subject.value)) continue;
    if (!condition.operator?.startsWith('!')) continue;
    const ret = branch.childrenNamed('return')[0];
    const code = ret ? readReturn(ret)?.code : undefined;
    if (code !== undefined && code >= 400) return branch;
  }
  return undefined;
}

/**
 * Whether the location that nginx chose for a request keeps what `restricted` demands: it refuses
 * the request, or it has authentication (any: a different user file is still a password), or
 * access rules that deny someone and were not replaced by `restricted`'s own. Rules or
 * authentication it inherits from a level around `restricted` are the very ones `restricted`
 * tightened (a server open to the corporate network, an admin location for two addresses and a
 * password): with only those, the chosen location is wider open, and that is the bypass. A
 * location `redirected` to (by a fallback) is entered even when `internal`.
 */
export function keepsRestriction(
  chosen: EffectiveNode,
  restricted: EffectiveNode,
  redirected = false,
): boolean {
  if (refusesRequests(chosen, redirected)) return true;
  // The chosen location's own check of the client's address (an `if` is not inherited); the
  // server's runs for every request, the restricted location's too: it keeps only a restriction
  // that is such a check (not a password or a narrower list added under it; review, nginx 1.22.1).
  if (addressCheck(chosen)) return true;
  if (ownRestriction(restricted)?.kind === 'address' && addressCheckFor(chosen)) return true;
  const access = effectiveAccessRules(chosen);
  if (access && !isAncestor(access.level, restricted) && keepsOut(access.rules, restricted)) return true;
  const auth = authenticationAt(chosen);
  if (!auth) return false;
  // The restricted location's own password is not kept by an outer one it does not share.
  return !isAncestor(auth.parent!, restricted) || ownRestriction(restricted)?.kind !== 'auth';
}

/**
 * Whether access rules keep out those `restricted` keeps out. An address list that ends in
 * `deny all` does (whatever addresses it allows, the public is refused). A list of a few denied
 * addresses (`deny 192.0.2.1;`, a blocked bot) lets everyone else in: it keeps only a list of
 * the same kind, not `allow 10.0.0.0/8; deny all;`, nor a refusal or a password.
 */
function keepsOut(rules: readonly EffectiveNode[], restricted: EffectiveNode): boolean {
  if (refusesOthers(rules)) return true;
  // A refusal or a password keeps out more than any list of blocked addresses.
  if (ownRestriction(restricted)?.kind !== 'access') return false;
  return !refusesOthers(accessRulesIn(restricted)) && rules.some((rule) => rule.name === 'deny');
}

/** Whether a list ends in refusing every address it did not allow (a `deny all` before any `allow all`). */
function refusesOthers(rules: readonly EffectiveNode[]): boolean {
  // ngx_http_access_module stops at the first rule that matches: after `allow all`, nothing is denied.
  const universal = rules.find((rule) => UNIVERSAL_ADDRESSES.has(rule.args[0]?.value ?? ''));
  return universal !== undefined && isDenyAll(universal);
}

/** The authentication directive in effect at a block (own or inherited), unless it is `off`. */
export function authenticationAt(block: EffectiveNode): EffectiveNode | undefined {
  for (const name of AUTH_DIRECTIVES) {
    const found = inheritedDirective(block, name);
    if (found && found.node.args[0]?.value !== 'off') return found.node;
  }
  return undefined;
}

/** Whether `level` encloses `node` (is a proper ancestor of it). */
function isAncestor(level: EffectiveNode, node: EffectiveNode): boolean {
  return node.parent !== undefined && isWithin(node.parent, level);
}
