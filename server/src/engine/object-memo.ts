/**
 * A memo kept on its key object: what a `WeakMap<K, V>` keeps, for keys that live as long as one
 * lint (a parsed file, an effective tree, a workspace view, a finding).
 *
 * Why not a WeakMap: V8's young-generation collector (the scavenger, which runs every few
 * megabytes of allocation) keeps every value of a WeakMap that has reached the old generation
 * alive, whether its key is alive or not; only a full collection reads them as weak. A
 * module-level WeakMap is old, so the answers a lint kept in one (and the trees they point
 * into) outlived the lint: each scavenge copied them again, then promoted them, until a full
 * collection. With a 10,000-line configuration that was most of what a lint allocated.
 *
 * Here the value is a non-enumerable property of the key under a symbol of this memo's own: it
 * dies with its key like any other field, JSON and object spread do not see it, and no other
 * memo can read it. A key that takes no new property (frozen or sealed) falls back to a WeakMap.
 */
export class ObjectMemo<K extends object, V> {
  private readonly slot: symbol;
  private fallback: WeakMap<K, V> | undefined;

  constructor(description: string) {
    this.slot = Symbol(description);
  }

  get(key: K): V | undefined {
    const value = (key as Record<symbol, V | undefined>)[this.slot];
    // Own properties only: an object whose prototype is a key does not share its answers.
    if (value !== undefined && Object.prototype.hasOwnProperty.call(key, this.slot)) return value;
    return this.fallback?.get(key);
  }

  /** Whether the key has a value (an undefined value is none). */
  has(key: K): boolean {
    return this.get(key) !== undefined || (this.fallback?.has(key) ?? false);
  }

  set(key: K, value: V): this {
    if (Object.prototype.hasOwnProperty.call(key, this.slot)) {
      (key as Record<symbol, V>)[this.slot] = value;
    } else if (Object.isExtensible(key)) {
      Object.defineProperty(key, this.slot, { value, writable: true, configurable: true, enumerable: false });
    } else {
      (this.fallback ??= new WeakMap()).set(key, value);
    }
    return this;
  }

  /** Forgets the key's value (it stays a property holding undefined: deleting it would slow the key's other fields). */
  delete(key: K): boolean {
    if (Object.prototype.hasOwnProperty.call(key, this.slot)) {
      const had = (key as Record<symbol, V | undefined>)[this.slot] !== undefined;
      (key as Record<symbol, V | undefined>)[this.slot] = undefined;
      return had;
    }
    return this.fallback?.delete(key) ?? false;
  }
}
