import { ObjectMemo } from '../../engine/object-memo.ts';
import { samePlace, walkEffective, type EffectiveConfig, type EffectiveNode } from './effective.ts';
import { isDataBlock } from './directives.ts';
import { locationBlocks } from './server-blocks.ts';
import { NodeMemo } from './node-memo.ts';

/**
 * One walk of a document's effective tree, shared by the rules of a lint: its nodes grouped by
 * name, in reading order. A dozen rules each asking for "every `add_header`" or "every
 * `location`" then cost one walk of a 10,000-line configuration instead of a dozen.
 */

const indexes = new ObjectMemo<EffectiveConfig, Map<string, EffectiveNode[]>>('indexes');

function indexOf(config: EffectiveConfig): Map<string, EffectiveNode[]> {
  let index = indexes.get(config);
  if (!index) {
    const byName = new Map<string, EffectiveNode[]>();
    walkEffective(config, (node) => {
      const list = byName.get(node.name);
      if (list) list.push(node);
      else byName.set(node.name, [node]);
      // The entries of `map`, `geo`, `types`… are data, not directives.
      return !(node.directive.kind === 'block' && isDataBlock(node.name));
    });
    index = byName;
    indexes.set(config, index);
  }
  return index;
}

const NONE: readonly EffectiveNode[] = Object.freeze([]);

/** Every node named `name` in the tree (included files expanded), in reading order. */
export function nodesNamed(config: EffectiveConfig, name: string): readonly EffectiveNode[] {
  return indexOf(config).get(name) ?? NONE;
}

/** The http `server` blocks of the tree written in `document` (not those of `stream`, `mail` or `upstream`). */
export function serversIn(config: EffectiveConfig, document: string): EffectiveNode[] {
  return nodesNamed(config, 'server').filter((node) => {
    if (node.directive.kind !== 'block' || node.path !== document) return false;
    for (let p = node.parent; p; p = p.parent) {
      if (p.name === 'stream' || p.name === 'mail' || p.name === 'upstream') return false;
    }
    return true;
  });
}

const serverLocations = new NodeMemo<EffectiveNode[]>();

/** Every `location` of a server, nested ones included, in reading order (one walk per server per lint). */
export function locationsOfServer(server: EffectiveNode): EffectiveNode[] {
  let known = serverLocations.get(server);
  if (!known) {
    known = locationBlocks(server);
    serverLocations.set(server, known);
  }
  return known;
}

/**
 * The `server` block a node is in (through locations, `if`s and includes), or undefined. Kept
 * per node and filled for the whole way up at once, so asking it for every node of a deeply
 * nested configuration stays linear.
 */
export function serverOf(node: EffectiveNode): EffectiveNode | undefined {
  const memo = serverMemo.get(node);
  if (memo !== undefined) return memo ?? undefined;
  const chain: EffectiveNode[] = [];
  let found: EffectiveNode | null = null;
  for (let p = node.parent; p; p = p.parent) {
    if (p.name === 'server' && p.directive.kind === 'block') {
      found = p;
      break;
    }
    // What is known of `p` is the server around `p`, which is also the one around `node`.
    const known = serverMemo.get(p);
    if (known !== undefined) {
      found = known;
      break;
    }
    chain.push(p);
  }
  for (const p of chain) serverMemo.set(p, found);
  // A leaf (a `listen`, a `root`) is asked once or twice: its parent's answer is enough to keep.
  if (node.directive.kind === 'block') serverMemo.set(node, found);
  return found ?? undefined;
}

/** `serverOf`'s answers for blocks (null: in no server). */
const serverMemo = new NodeMemo<EffectiveNode | null>();

/** Whether `node` is `ancestor` or nested in it (through blocks and includes). */
export function isWithin(node: EffectiveNode, ancestor: EffectiveNode): boolean {
  for (let n: EffectiveNode | undefined = node; n; n = n.parent) if (samePlace(n, ancestor)) return true;
  return false;
}
