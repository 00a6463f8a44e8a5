import type { EffectiveNode } from './effective.ts';

/**
 * An answer kept per effective node, in a slot of the node's own memo list: what a
 * `WeakMap<EffectiveNode, T>` kept, read with an array load. The semantics modules ask some
 * 60,000 such questions per lint of a 10,000-line configuration; a WeakMap hashes the node for
 * each (about 30 ns), and its entries are ephemerons the garbage collector has to trace apart.
 * A node's answers die with its tree, as the WeakMap's did.
 */
export class NodeMemo<T> {
  private readonly slot = slotCount++;

  get(node: EffectiveNode): T | undefined {
    return node.memos?.[this.slot] as T | undefined;
  }

  /**
   * The answer kept for the node, computed and kept on first ask. `compute` should be a function
   * made once (not a closure per call); an answer of "none" is kept as null, not undefined.
   */
  answer(node: EffectiveNode, compute: (node: EffectiveNode) => T): T {
    let known = this.get(node);
    if (known === undefined) {
      known = compute(node);
      this.set(node, known);
    }
    return known;
  }

  set(node: EffectiveNode, value: T): void {
    let memos = node.memos;
    if (memos === undefined) {
      // Every module's slots are taken when it loads, before any lint: one allocation per node.
      memos = new Array<unknown>(slotCount);
      node.memos = memos;
    } else if (memos.length <= this.slot) memos.length = slotCount;
    memos[this.slot] = value;
  }
}

let slotCount = 0;
