/**
 * Dense ids (0, 1, 2 … in the order first seen) for fixed-length tuples of numbers: what a
 * `Map<string, number>` keyed by `"a,b,c"` gives, without building and hashing a string per lookup.
 * Simplifying England's 33,700 LSOAs looks up every vertex and every arc this way, millions of times.
 *
 * Numbers are compared with `===`, so 0 and -0 are one key (as their strings are); keys are expected to
 * be whole numbers (grid positions, ids), which is all the hash looks at closely.
 */
export class TupleIndex {
  /** How many distinct tuples have been seen; the next new tuple gets this id. */
  size = 0;
  private keys: Float64Array;
  /** Open addressing, linear probing: id + 1 of the tuple in each slot, 0 for an empty slot. */
  private slots: Int32Array;

  constructor(
    private readonly arity: number,
    expected = 1024,
  ) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.keys = new Float64Array(expected * arity);
  }

  /** The id of (a, b), given the next id if it is new. */
  id2(a: number, b: number): number {
    return this.find(hash(a, b, 0), a, b, 0);
  }

  /** The id of (a, b, c), given the next id if it is new. */
  id3(a: number, b: number, c: number): number {
    return this.find(hash(a, b, c), a, b, c);
  }

  private find(h: number, a: number, b: number, c: number): number {
    const arity = this.arity;
    const keys = this.keys;
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const stored = this.slots[slot] as number;
      if (stored === 0) return this.add(slot, a, b, c);
      const at = (stored - 1) * arity;
      if (keys[at] === a && keys[at + 1] === b && (arity < 3 || keys[at + 2] === c)) return stored - 1;
    }
  }

  private add(slot: number, a: number, b: number, c: number): number {
    const id = this.size++;
    const arity = this.arity;
    if ((id + 1) * arity > this.keys.length) {
      const keys = new Float64Array(this.keys.length * 2 + arity);
      keys.set(this.keys);
      this.keys = keys;
    }
    this.keys[id * arity] = a;
    this.keys[id * arity + 1] = b;
    if (arity >= 3) this.keys[id * arity + 2] = c;
    this.slots[slot] = id + 1;
    if (this.size * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    const arity = this.arity;
    for (let id = 0; id < this.size; id++) {
      const at = id * arity;
      const k = this.keys;
      let slot = hash(k[at] as number, k[at + 1] as number, arity >= 3 ? (k[at + 2] as number) : 0) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/** Mixes the low 32 bits of each number (murmur-style); equal numbers, 0 and -0 included, hash alike. */
function hash(a: number, b: number, c: number): number {
  let h = Math.imul(a | 0, 0xcc9e2d51);
  h = Math.imul((h << 15) | (h >>> 17), 0x1b873593) ^ Math.imul(b | 0, 0x85ebca6b);
  h = Math.imul((h << 13) | (h >>> 19), 5) ^ Math.imul(c | 0, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
