/**
 * Corpus statistics by number instead of by string, for corpora counted in parallel (the CLI's
 * corpus pass): each normalised line is a 64-bit key, two 32-bit hashes of its code units:
 * FNV-1a (the hash the line scan already computes, `boilerplate/hashing.ts`) and an independent
 * multiply-xorshift hash (`lineHash2`). A document's keys travel as one Int32Array, are counted
 * in an open-addressing table, and the keys kept reach the analysis as one Int32Array table
 * (`LineKeyTable`), which the analysis reads without building anything.
 *
 * Collisions: two different lines share a key with probability 2^-64 per pair, so a corpus with
 * K distinct lines has any collision with probability about K² / 2^65 (1 million distinct lines:
 * about 3 × 10^-8). A collision can only add one line's document count to another's.
 */
import { tableSize } from './boilerplate/hashing';

/** The second 32-bit hash of a line key: multiply, xor-shift per code unit, final avalanche. */
export function lineHash2(buf: Uint16Array, from: number, to: number): number {
  let h = LINE_HASH2_SEED ^ (to - from);
  for (let i = from; i < to; i++) {
    h = Math.imul(h ^ buf[i]!, 0x5bd1e995);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const LINE_HASH2_SEED = 0x9747b28c | 0;

/** Int32 values per slot of a LineKeyTable: FNV-1a hash, second hash, document count (0 = empty). */
const SLOT = 3;

/**
 * Normalised line (by 64-bit key) → number of documents containing it: open addressing, linear
 * probing, `SLOT` int32 per slot, a power-of-two number of slots. Plain data (structured-clones
 * to worker threads as one typed array).
 */
export interface LineKeyTable {
  readonly slots: Int32Array;
  /** Number of keys stored. */
  readonly size: number;
}

/** The document count stored for key (h1, h2), or 0. */
export function lineKeyCount(table: LineKeyTable, h1: number, h2: number): number {
  const slots = table.slots;
  const mask = slots.length / SLOT - 1;
  for (let i = h1 & mask; ; i = (i + 1) & mask) {
    const at = i * SLOT;
    const count = slots[at + 2]!;
    if (count === 0) return 0;
    if (slots[at] === h1 && slots[at + 1] === h2) return count;
  }
}

/** Counts, per key, the documents that contain it (each document's keys added once, in turn). */
export class LineKeyCounter {
  /** Number of documents added. */
  documents = 0;
  /** [h1, h2, count, last document] per slot; count 0 = empty. */
  private slots = new Int32Array(4 * 1024);
  private used = 0;

  /** Adds one document's keys ([h1, h2] pairs; repeats within the document count once). */
  addDocument(keys: Int32Array): void {
    const doc = this.documents++;
    for (let k = 0; k + 1 < keys.length; k += 2) {
      if ((this.used + 1) * 8 > this.slots.length) this.grow();
      const h1 = keys[k]!;
      const h2 = keys[k + 1]!;
      const slots = this.slots;
      const mask = slots.length / 4 - 1;
      for (let i = h1 & mask; ; i = (i + 1) & mask) {
        const at = i * 4;
        if (slots[at + 2] === 0) {
          slots[at] = h1;
          slots[at + 1] = h2;
          slots[at + 2] = 1;
          slots[at + 3] = doc;
          this.used++;
          break;
        }
        if (slots[at] === h1 && slots[at + 1] === h2) {
          if (slots[at + 3] !== doc) {
            slots[at + 2]!++;
            slots[at + 3] = doc;
          }
          break;
        }
      }
    }
  }

  /** The keys seen in at least `minDocs` documents, with their counts. */
  table(minDocs: number): LineKeyTable {
    const src = this.slots;
    const min = Math.max(1, minDocs);
    let kept = 0;
    for (let at = 0; at < src.length; at += 4) if (src[at + 2]! >= min) kept++;
    const slots = new Int32Array(tableSize(kept) * SLOT);
    const mask = slots.length / SLOT - 1;
    for (let at = 0; at < src.length; at += 4) {
      const count = src[at + 2]!;
      if (count < min) continue;
      let i = src[at]! & mask;
      while (slots[i * SLOT + 2] !== 0) i = (i + 1) & mask;
      slots[i * SLOT] = src[at]!;
      slots[i * SLOT + 1] = src[at + 1]!;
      slots[i * SLOT + 2] = count;
    }
    return { slots, size: kept };
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length / 4 - 1;
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 2] === 0) continue;
      let i = old[at]! & mask;
      while (slots[i * 4 + 2] !== 0) i = (i + 1) & mask;
      slots.set(old.subarray(at, at + 4), i * 4);
    }
    this.slots = slots;
  }
}
