/**
 * The phrase index behind `phrases.ts` (built there from the data lists in `../data/phrases`),
 * also used for the teaser markers and closing notices. Entries and lines are compared
 * in the cc_net normalisation (lower case, punctuation → space, digits → 0), word by word: a
 * line's word n-grams are looked up by hash (`hashing.ts`, extended word by word from the words
 * the line scan hashed), only from words that start some entry, and every hit is compared with
 * the entry, so a line costs one table lookup per word and builds no string. Entries ending in `*`
 * match any word with that prefix.
 */
import { HashTable, hashString, hashStep, hashUnits, unitsEqual } from './hashing';
import { normalizeLine } from './normalize';
import { loadWords, textWords, type NormWords } from './normwords';

export type PhraseKind = 'legal' | 'account' | 'comments' | 'share' | 'related' | 'navigation';

/** A phrase found in a line and the share of the line's letters it covers. */
export interface PhraseMatch {
  readonly kind: PhraseKind;
  readonly coverage: number;
}

/** Kinds by number (matches are summed per kind in a small array). */
const KINDS: readonly PhraseKind[] = [
  'legal',
  'account',
  'comments',
  'share',
  'related',
  'navigation',
];

/** Letters of a prefix entry used to index it (shorter prefixes are not allowed). */
const PREFIX_KEY = 3;
/** Size of the table of prefix entries' first two units (`unitPair`): a cheap pre-check. */
const PREFIX_PAIRS = 4096;
const unitPair = (first: number, second: number) => ((first * 31) ^ second) & (PREFIX_PAIRS - 1);

/** A compiled set of phrase lists. Earlier lists win when an entry is in several. */
export class PhraseIndex {
  private readonly exact = new Map<string, PhraseKind>();
  /** First PREFIX_KEY letters → prefix entries. */
  private readonly prefixes = new Map<string, [string, PhraseKind][]>();
  private readonly starts = new Set<string>();
  private readonly ends = new Set<string>();
  private maxWords = 1;
  // Hashed forms of the above: table value = index + 1 into the arrays beside them.
  private readonly entryTable = new HashTable();
  private readonly entryText: string[] = [];
  private readonly entryKind: number[] = [];
  /** Next entry with the same hash (index + 1, 0 = none). */
  private readonly sameHash: number[] = [];
  private readonly startTable = new HashTable();
  /**
   * Hashes of the first n words of the entries longer than n words: a word n-gram of a line
   * that is none of them is extended no further (most n-grams from an opener like "in" end at
   * their second word). A colliding hash only costs one more extension.
   */
  private readonly longerTable = new HashTable();
  private readonly endTable = new HashTable();
  private readonly prefixTable = new HashTable();
  private readonly prefixBuckets: [string, number][][] = [];
  /** 1 where the first two units of a prefix entry fall: other words skip the hashed lookup. */
  private readonly prefixPairs = new Uint8Array(PREFIX_PAIRS);
  // Matches of the last scan: letters per kind, kinds in the order first found.
  private readonly covered = new Int32Array(KINDS.length);
  private readonly order = new Int32Array(KINDS.length);
  private found = 0;

  constructor(lists: ReadonlyArray<readonly [PhraseKind, readonly string[]]>) {
    for (const [kind, list] of lists) {
      for (const entry of list) {
        const prefix = entry.endsWith('*');
        const norm = normalizeLine(prefix ? entry.slice(0, -1) : entry);
        if (!norm) continue;
        if (prefix && norm.length >= PREFIX_KEY && !norm.includes(' ')) {
          const k = norm.slice(0, PREFIX_KEY);
          const bucket = this.prefixes.get(k) ?? [];
          bucket.push([norm, kind]);
          this.prefixes.set(k, bucket);
          continue;
        }
        if (!this.exact.has(norm)) this.exact.set(norm, kind);
        const words = norm.split(' ');
        for (let n = 1; n < words.length; n++) {
          this.longerTable.set(hashString(words.slice(0, n).join(' ')), 1);
        }
        this.starts.add(words[0]!);
        this.ends.add(words[words.length - 1]!);
        this.maxWords = Math.max(this.maxWords, words.length);
      }
    }
    for (const [norm, kind] of this.exact) {
      const h = hashString(norm);
      this.entryText.push(norm);
      this.entryKind.push(KINDS.indexOf(kind));
      this.sameHash.push(this.entryTable.get(h));
      this.entryTable.set(h, this.entryText.length);
    }
    for (const w of this.starts) this.startTable.set(hashString(w), 1);
    for (const w of this.ends) this.endTable.set(hashString(w), 1);
    for (const [k, entries] of this.prefixes) {
      // Keys sharing a hash share a bucket; a word matches only entries it starts with.
      const bucket = entries.map(([p, kind]): [string, number] => [p, KINDS.indexOf(kind)]);
      const h = hashString(k);
      this.prefixPairs[unitPair(k.charCodeAt(0), k.charCodeAt(1))] = 1;
      const at = this.prefixTable.get(h);
      if (at) this.prefixBuckets[at - 1]!.push(...bucket);
      else this.prefixTable.set(h, this.prefixBuckets.push(bucket));
    }
  }

  /**
   * Scans a line's words for entries, adding the letters of each match to `covered` (kinds in
   * the order first found). With `firstOnly`, stops at the first match and returns true.
   */
  private scan(w: NormWords, firstOnly: boolean): boolean {
    for (let j = 0; j < this.found; j++) this.covered[this.order[j]!] = 0;
    this.found = 0;
    const { buf, starts, ends } = w;
    for (let i = 0; i < w.count; i++) {
      const from = starts[i]!;
      const len = ends[i]! - from;
      if (len >= PREFIX_KEY && this.prefixPairs[unitPair(buf[from]!, buf[from + 1]!)]) {
        const b = this.prefixTable.get(hashUnits(buf, from, from + PREFIX_KEY));
        if (b) {
          for (const [p, kind] of this.prefixBuckets[b - 1]!) {
            if (p.length <= len && unitsEqual(p, buf, from)) {
              if (firstOnly) return true;
              this.add(kind, len);
            }
          }
        }
      }
      if (!this.startTable.get(w.hashes[i]!)) continue;
      let h = w.hashes[i]!;
      let letters = len;
      for (let n = 1; ; n++) {
        const last = i + n - 1;
        if (n > 1) {
          h = hashUnits(buf, starts[last]!, ends[last]!, hashStep(h, 32));
          letters += ends[last]! - starts[last]!;
        }
        const keyLength = ends[last]! - from;
        for (let e = this.entryTable.get(h); e; e = this.sameHash[e - 1]!) {
          const text = this.entryText[e - 1]!;
          if (text.length !== keyLength || !unitsEqual(text, buf, from)) continue;
          if (firstOnly) return true;
          this.add(this.entryKind[e - 1]!, letters);
          break;
        }
        if (n === this.maxWords || i + n === w.count || !this.longerTable.get(h)) break;
      }
    }
    return false;
  }

  private add(kind: number, letters: number): void {
    if (this.covered[kind] === 0) this.order[this.found++] = kind;
    this.covered[kind] = this.covered[kind]! + letters;
  }

  /**
   * The kind whose matches cover most of a normalised line, or undefined. Matches of one kind
   * add up ("Posted by: X • Report comment"); overlapping matches may count twice, capped at 1.
   */
  bestIn(w: NormWords): PhraseMatch | undefined {
    if (w.length === 0) return undefined;
    const total = w.length - (w.count - 1);
    this.scan(w, false);
    let best: PhraseMatch | undefined;
    for (let j = 0; j < this.found; j++) {
      const kind = this.order[j]!;
      const coverage = Math.min(1, this.covered[kind]! / total);
      if (!best || coverage > best.coverage) best = { kind: KINDS[kind]!, coverage };
    }
    return best;
  }

  /** `bestIn` for a normalised string. */
  best(norm: string): PhraseMatch | undefined {
    return this.bestIn(loadWords(norm));
  }

  /** Words that open an entry, and the first letters of prefix entries. */
  get openers(): { words: ReadonlySet<string>; prefixes: ReadonlySet<string> } {
    return { words: this.starts, prefixes: new Set(this.prefixes.keys()) };
  }

  /** True when a word of the normalised line opens a prefix entry (see `mayMatchIn`). */
  hasPrefixOpenerIn(w: NormWords): boolean {
    if (this.prefixBuckets.length === 0) return false;
    for (let i = 0; i < w.count; i++) {
      const from = w.starts[i]!;
      if (w.ends[i]! - from < PREFIX_KEY) continue;
      if (!this.prefixPairs[unitPair(w.buf[from]!, w.buf[from + 1]!)]) continue;
      if (this.prefixTable.get(hashUnits(w.buf, from, from + PREFIX_KEY))) return true;
    }
    return false;
  }

  /** True when a normalised line contains any entry. */
  anyIn(w: NormWords): boolean {
    return w.length > 0 && this.scan(w, true);
  }

  /** `anyIn` for a normalised string. */
  any(norm: string): boolean {
    return this.anyIn(loadWords(norm));
  }

  /** `any` for a raw line, normalised into a shared buffer (no string is built). */
  anyInText(text: string): boolean {
    return this.anyIn(textWords(text));
  }

  /** How many words of the entry a normalised line ends with (the longest), or 0. */
  endsWithEntry(norm: string): number {
    const words = norm.split(' ');
    let key = '';
    let found = 0;
    for (let n = 1; n <= this.maxWords && n <= words.length; n++) {
      const w = words[words.length - n]!;
      key = n === 1 ? w : `${w} ${key}`;
      if (this.exact.has(key)) found = n;
    }
    return found;
  }

  /** `endsWithEntry` for a normalised line in a `NormWords` (no string cut). */
  endsWithEntryIn(w: NormWords): number {
    let found = 0;
    const end = w.ends[w.count - 1]!;
    for (let n = 1; n <= this.maxWords && n <= w.count; n++) {
      const from = w.starts[w.count - n]!;
      for (let e = this.entryTable.get(hashUnits(w.buf, from, end)); e; e = this.sameHash[e - 1]!) {
        const text = this.entryText[e - 1]!;
        if (text.length === end - from && unitsEqual(text, w.buf, from)) {
          found = n;
          break;
        }
      }
    }
    return found;
  }

  /** True when `word` (lower case) is the last word of some entry. */
  isEnding(word: string): boolean {
    return this.ends.has(word);
  }

  /** False when no entry can end with a word of this FNV hash (a cheap pre-check). */
  mayEndWith(hash: number): boolean {
    return this.endTable.get(hash) !== 0;
  }
}
