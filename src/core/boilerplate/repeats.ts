/**
 * Repetition of normalised lines, in the page and across the corpus, without building a string
 * per line: each line's key (its normalisation) is copied into one buffer for the document and
 * hashed; equal hashes are confirmed unit by unit, so the counts are exact.
 */
import type { CorpusStats } from '../corpus';
import { lineHash2, lineKeyCount, type LineKeyTable } from '../corpus-keys';
import { CORPUS_MIN_DOCS } from './constants';
import { Hash, hashStep, hashString, type KeyCounter, tableSize, UnitKeyIndex } from './hashing';

let arena = new Uint16Array(8192);
let arenaUsed = 0;
let keyStart = new Int32Array(512);
let keyLength = new Int32Array(512);
let keyHash = new Int32Array(512);
let counts = new Int32Array(512);
let repOf = new Int32Array(512);

/** Starts a document of `lines` lines (every line without a key until `setKey`). */
export function beginKeys(lines: number): void {
  if (keyStart.length < lines) {
    const size = lines * 2;
    keyStart = new Int32Array(size);
    keyLength = new Int32Array(size);
    keyHash = new Int32Array(size);
    counts = new Int32Array(size);
    repOf = new Int32Array(size);
  }
  keyLength.fill(-1, 0, lines);
  arenaUsed = 0;
}

/** The key of line `i`: `buf[0..length)`. */
export function setKey(i: number, buf: Uint16Array, length: number): void {
  if (arena.length < arenaUsed + length) {
    const bigger = new Uint16Array((arenaUsed + length) * 2);
    bigger.set(arena.subarray(0, arenaUsed));
    arena = bigger;
  }
  // Copied and hashed in one loop (no view allocated per line for `set`), through locals (the
  // module's variables are read once).
  const to = arena;
  const at = arenaUsed;
  let h: number = Hash.Seed;
  for (let k = 0; k < length; k++) {
    const c = buf[k]!;
    to[at + k] = c;
    h = hashStep(h, c);
  }
  keyStart[i] = at;
  keyLength[i] = length;
  keyHash[i] = h;
  arenaUsed += length;
}

function sameKey(i: number, j: number): boolean {
  const len = keyLength[i]!;
  if (keyHash[i] !== keyHash[j] || keyLength[j] !== len) return false;
  const a = keyStart[i]!;
  const b = keyStart[j]!;
  for (let k = 0; k < len; k++) if (arena[a + k] !== arena[b + k]) return false;
  return true;
}

/**
 * After every key is set: for line `i`, how many lines of the document share its key (1 for a
 * line without a key), through `pageCount(i)`.
 */
export function countKeys(lines: number): void {
  const slots = new Int32Array(tableSize(lines));
  const mask = slots.length - 1;
  for (let i = 0; i < lines; i++) {
    counts[i] = 1;
    repOf[i] = i;
    if (keyLength[i]! < 0) continue;
    for (let s = keyHash[i]! & mask; ; s = (s + 1) & mask) {
      const j = slots[s]! - 1;
      if (j < 0) {
        slots[s] = i + 1;
        break;
      }
      if (sameKey(i, j)) {
        repOf[i] = j;
        counts[j]!++;
        break;
      }
    }
  }
}

export function hasKey(i: number): boolean {
  return keyLength[i]! >= 0;
}

export function pageCount(i: number): number {
  return counts[repOf[i]!]!;
}

/** A corpus's line counts as the analysis reads them: by string key, or by 64-bit key. */
export type CorpusIndex = UnitKeyIndex | LineKeyTable;

/**
 * In how many documents of the corpus (as indexed by `index`) line `i`'s key occurs: the count
 * when it is at least CORPUS_MIN_DOCS, else 0 or the count (the indexes keep only frequent keys).
 */
export function corpusCount(i: number, index: CorpusIndex): number {
  const start = keyStart[i]!;
  const length = keyLength[i]!;
  if (!(index instanceof UnitKeyIndex))
    return lineKeyCount(index, keyHash[i]!, lineHash2(arena, start, start + length));
  return index.count(arena, start, length, keyHash[i]!);
}

/**
 * Per corpus map: the index of its lines counted in at least CORPUS_MIN_DOCS documents (the
 * classifier reads no lower count, as the CLI's parallel corpus pass keeps no other keys), and
 * the size of the map it was built from. A small index of the few template lines stays in the
 * processor's caches: most lines of a document miss it at an empty slot, without the random
 * read in a table of every line of the corpus and the comparison with a key that a hit costs.
 */
const indexes = new WeakMap<ReadonlyMap<string, number>, { size: number; index: UnitKeyIndex }>();

/** The index of a corpus's line counts: the key table as it is, or the map's, built once. */
export function corpusIndex(corpus: CorpusStats): CorpusIndex {
  if (corpus.lineKeyCounts) return corpus.lineKeyCounts;
  return stringIndex(corpus.lineDocumentCounts ?? new Map<string, number>());
}

/** The hashed index of a map's frequent lines, built once per map (rebuilt if it changed size). */
function stringIndex(counts: ReadonlyMap<string, number>): UnitKeyIndex {
  let entry = indexes.get(counts);
  if (!entry || entry.size !== counts.size) {
    const index = new UnitKeyIndex();
    for (const [key, n] of counts) if (n >= CORPUS_MIN_DOCS) index.add(key, hashString(key), n);
    entry = { size: counts.size, index };
    indexes.set(counts, entry);
  }
  return entry.index;
}

/** Registers the counter a corpus was counted with (see `buildCorpusStats`). */
export function rememberCorpusIndex(
  counts: ReadonlyMap<string, number>,
  counter: KeyCounter,
): void {
  indexes.set(counts, { size: counts.size, index: counter.atLeast(CORPUS_MIN_DOCS) });
}
