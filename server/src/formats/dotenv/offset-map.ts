/**
 * Maps positions in a string derived from another by replacing some character sequences with
 * shorter ones (`\n` → newline, `\"` → `"`) back to positions in the original, so a variable
 * reference found in a decoded value still gets its exact range in the file.
 */
export class OffsetMap {
  /** Derived positions from which `shift[i]` more original characters lie before them. */
  private readonly at: number[] = [];
  private readonly shift: number[] = [];

  /** The derived character just before `derivedPosition` stood for `extra` + 1 original characters. */
  shrink(derivedPosition: number, extra: number): void {
    const total = (this.shift[this.shift.length - 1] ?? 0) + extra;
    this.at.push(derivedPosition);
    this.shift.push(total);
  }

  get isIdentity(): boolean {
    return this.at.length === 0;
  }

  original(derivedPosition: number): number {
    let low = 0;
    let high = this.at.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((this.at[mid] ?? 0) <= derivedPosition) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return derivedPosition + (found === -1 ? 0 : (this.shift[found] ?? 0));
  }
}

/** Successive derivations: maps the last string's positions back to the first's. */
export class OffsetChain {
  private readonly maps: OffsetMap[] = [];

  add(map: OffsetMap): void {
    if (!map.isIdentity) this.maps.push(map);
  }

  original(position: number): number {
    let result = position;
    for (let i = this.maps.length - 1; i >= 0; i--) result = this.maps[i]!.original(result);
    return result;
  }
}
