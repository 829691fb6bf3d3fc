/**
 * Hashing for the line scan: words, phrases and whole normalised lines are looked up by an FNV-1a
 * hash of their code units, computed while the characters are read, so no string is cut or built
 * per line. Every hit is checked against the real text (a collision only costs a comparison), so
 * results are exactly those of string keys.
 */

/**
 * The hash's fixed numbers, as a const enum: esbuild writes them into the code as literals (see
 * `Info` in chars.ts).
 */
export const enum Hash {
  /** FNV-1a's offset basis (32 bits, as a signed integer). */
  Seed = 0x811c9dc5 | 0,
  /** Hashes are looked up by their low 30 bits (small integers in every JS engine). */
  Mask = 0x3fffffff,
}

/** One FNV-1a step (32 bits). */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 16777619);
}

/** FNV-1a of `s`'s code units `from`..`to` (32 bits, not masked). */
export function hashString(s: string, from = 0, to = s.length, seed: number = Hash.Seed): number {
  let h = seed;
  for (let i = from; i < to; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

/** FNV-1a of `buf[from..to)` (32 bits, not masked). */
export function hashUnits(
  buf: Uint16Array,
  from: number,
  to: number,
  seed: number = Hash.Seed,
): number {
  let h = seed;
  for (let i = from; i < to; i++) h = hashStep(h, buf[i]!);
  return h;
}

/** True when `s` equals the code units `buf[from..from+s.length)`. */
export function unitsEqual(s: string, buf: Uint16Array, from: number): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== buf[from + i]) return false;
  return true;
}

/** Smallest power of two ≥ 2 × n (at least 16): load factor ≤ ½ for open addressing. */
export function tableSize(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

/**
 * Open-addressing map from a 30-bit hash to a positive integer (0 = absent), linear probing.
 * Several keys may share a hash: callers store an index into their own candidate lists.
 */
export class HashTable {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;
  /**
   * One bit per key, at `key` modulo 8 × size: a lookup of an absent key (a word that is not a
   * stop word, most of them) usually ends at a clear bit, one byte read from an array a quarter
   * the size of `keys` that stays in the processor's fastest cache. A set bit is only a maybe.
   */
  private present: Uint8Array;

  constructor(expected = 8) {
    const size = tableSize(expected);
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size);
    this.present = new Uint8Array(size);
    this.mask = size - 1;
  }

  /** The value stored for `hash` (masked to 30 bits), or 0. */
  get(hash: number): number {
    const key = (hash & Hash.Mask) + 1;
    if ((this.present[(key >>> 3) & this.mask]! & (1 << (key & 7))) === 0) return 0;
    for (let i = key & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === 0) return 0;
    }
  }

  /** Stores a positive `value` for `hash`, replacing an earlier one. */
  set(hash: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const key = (hash & Hash.Mask) + 1;
    for (let i = key & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.keys[i]!;
      if (k === key || k === 0) {
        if (k === 0) this.count++;
        this.present[(key >>> 3) & this.mask]! |= 1 << (key & 7);
        this.keys[i] = key;
        this.values[i] = value;
        return;
      }
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.present = new Uint8Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i]) this.set(keys[i]! - 1, values[i]!);
  }
}

/**
 * Strings (normalised lines) with a count each, found by hash and compared unit by unit against
 * a buffer, so a line is looked up without building its string. Insertion order is kept.
 */
export class KeyCounter {
  readonly keys: string[] = [];
  counts = new Int32Array(16);
  /** Per key: the last document that counted it (a line counts once per document). */
  lastDoc = new Int32Array(16);
  private hashes = new Int32Array(16);
  /** Open addressing, load ≤ ½: [hash, key index + 1] per slot. */
  private slots = new Int32Array(64);

  /** Index of the key equal to `buf[from..from+len)` with full hash `h`, or -1. */
  find(buf: Uint16Array, from: number, len: number, h: number): number {
    // Slots hold [hash, index + 1] side by side: a probe reads one cache line.
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = slots[2 * i + 1]!;
      if (slot === 0) return -1;
      if (slots[2 * i] === h) {
        const key = this.keys[slot - 1]!;
        if (key.length === len && unitsEqual(key, buf, from)) return slot - 1;
      }
    }
  }

  /** Adds a key that is not in the table yet; returns its index. */
  add(key: string, h: number, count: number): number {
    const k = this.keys.length;
    this.keys.push(key);
    if (k >= this.counts.length) {
      this.counts = grown(this.counts);
      this.lastDoc = grown(this.lastDoc);
      this.hashes = grown(this.hashes);
    }
    this.counts[k] = count;
    this.lastDoc[k] = -1;
    this.hashes[k] = h;
    if (this.keys.length * 4 > this.slots.length) this.rehash();
    else this.place(k);
    return k;
  }

  /** The keys counted at least `min` times, with their counts, as a `UnitKeyIndex`. */
  atLeast(min: number): UnitKeyIndex {
    const out = new UnitKeyIndex();
    for (let k = 0; k < this.keys.length; k++)
      if (this.counts[k]! >= min) out.add(this.keys[k]!, this.hashes[k]!, this.counts[k]!);
    return out;
  }

  private place(k: number): void {
    placeSlot(this.slots, this.hashes[k]!, k);
  }

  private rehash(): void {
    this.slots = new Int32Array(2 * tableSize(this.keys.length));
    for (let k = 0; k < this.keys.length; k++) this.place(k);
  }
}

/**
 * Fixed keys (normalised lines) with a count each, found by hash and compared unit by unit
 * against a buffer, like `KeyCounter`'s, but with the keys' units in one buffer (a comparison
 * reads two typed arrays, not a string) and [hash, key index + 1] per slot.
 */
export class UnitKeyIndex {
  private units = new Uint16Array(256);
  private used = 0;
  private starts = new Int32Array(16);
  private lengths = new Int32Array(16);
  private counts = new Int32Array(16);
  private hashes = new Int32Array(16);
  private size = 0;
  private slots = new Int32Array(64);

  /** The count of the key equal to `buf[from..from+len)` with full hash `h`, or 0. */
  count(buf: Uint16Array, from: number, len: number, h: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const k = slots[2 * i + 1]! - 1;
      if (k < 0) return 0;
      if (slots[2 * i] !== h || this.lengths[k] !== len) continue;
      const units = this.units;
      const at = this.starts[k]! - from;
      let j = from;
      while (j < from + len && units[at + j] === buf[j]) j++;
      if (j === from + len) return this.counts[k]!;
    }
  }

  /** Adds a key that is not in the index yet. */
  add(key: string, h: number, count: number): void {
    const k = this.size++;
    if (k >= this.counts.length) {
      this.starts = grown(this.starts);
      this.lengths = grown(this.lengths);
      this.counts = grown(this.counts);
      this.hashes = grown(this.hashes);
    }
    if (this.units.length < this.used + key.length) {
      const bigger = new Uint16Array((this.used + key.length) * 2);
      bigger.set(this.units.subarray(0, this.used));
      this.units = bigger;
    }
    for (let i = 0; i < key.length; i++) this.units[this.used + i] = key.charCodeAt(i);
    this.starts[k] = this.used;
    this.lengths[k] = key.length;
    this.used += key.length;
    this.counts[k] = count;
    this.hashes[k] = h;
    if (this.size * 4 > this.slots.length) {
      this.slots = new Int32Array(2 * tableSize(this.size));
      for (let j = 0; j < this.size; j++) this.place(j);
    } else this.place(k);
  }

  private place(k: number): void {
    placeSlot(this.slots, this.hashes[k]!, k);
  }
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Puts key index `k` with hash `h` into the first free [hash, index + 1] slot (linear probing). */
function placeSlot(slots: Int32Array, h: number, k: number): void {
  const mask = (slots.length >> 1) - 1;
  let i = h & mask;
  while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
  slots[2 * i] = h;
  slots[2 * i + 1] = k + 1;
}
