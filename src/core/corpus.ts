/**
 * Corpus-level evidence: normalised lines that recur across the documents of a corpus
 * (templates repeat across pages of a site). Built once per corpus, read per document.
 * A line counts once per document however often it occurs there. Lines are normalised into a
 * buffer and found by hash (`boilerplate/hashing.ts`); a key's string is built once, when the
 * corpus first sees it. A corpus counted in parallel (the CLI) keeps numeric keys instead
 * (`corpus-keys.ts`): `corpusLineKeys` per document, `LineKeyCounter` over the documents.
 */
import { REPEAT_KEY_MAX_CHARS } from './boilerplate/constants';
import { hashUnits, KeyCounter } from './boilerplate/hashing';
import { normalizeLine, normalizeUnits, unitsToString } from './boilerplate/normalize';
import { rememberCorpusIndex } from './boilerplate/repeats';
import { lineHash2, type LineKeyTable } from './corpus-keys';

/** Raw lines longer than this cannot normalise to a repetition key and are skipped unread. */
const RAW_LINE_MAX_CHARS = REPEAT_KEY_MAX_CHARS * 4;

/** One of the two forms is present; both give the same counts (see corpus-keys.ts on collisions). */
export interface CorpusStats {
  /** Number of documents seen. */
  readonly documents: number;
  /** Normalised line → number of distinct documents that contain it. */
  readonly lineDocumentCounts?: ReadonlyMap<string, number>;
  /** The same counts by the lines' 64-bit keys (no strings), from a `LineKeyCounter`. */
  readonly lineKeyCounts?: LineKeyTable;
}

/** Corpus statistics with the lines as strings (`buildCorpusStats`). */
export interface LineCorpusStats extends CorpusStats {
  readonly lineDocumentCounts: ReadonlyMap<string, number>;
}

let buf = new Uint16Array(RAW_LINE_MAX_CHARS + 1);

/**
 * Calls `visit(buf, n, h)` for each line of `text` that has a repetition key: its normalisation
 * in `buf[0..n)`, `h` its FNV-1a hash. `buf` is reused between lines.
 */
function forEachLineKey(text: string, visit: (buf: Uint16Array, n: number, h: number) => void) {
  for (let from = 0; from <= text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const start = from;
    from = to + 1;
    if (to - start > RAW_LINE_MAX_CHARS) continue;
    let n = normalizeUnits(text, start, to, buf);
    if (n < 0) {
      // A unit that lowers differently in context: the string normalisation, into the buffer.
      const norm = normalizeLine(text.slice(start, to));
      if (buf.length < norm.length) buf = new Uint16Array(norm.length * 2);
      for (let i = 0; i < norm.length; i++) buf[i] = norm.charCodeAt(i);
      n = norm.length;
    }
    if (n === 0 || n > REPEAT_KEY_MAX_CHARS) continue;
    visit(buf, n, hashUnits(buf, 0, n));
  }
}

export function buildCorpusStats(texts: Iterable<string>): LineCorpusStats {
  let documents = 0;
  const counter = new KeyCounter();
  for (const text of texts) {
    const doc = documents++;
    forEachLineKey(text, (units, n, h) => {
      let k = counter.find(units, 0, n, h);
      if (k < 0) k = counter.add(unitsToString(units, n), h, 0);
      if (counter.lastDoc[k] !== doc) {
        counter.lastDoc[k] = doc;
        counter.counts[k]!++;
      }
    });
  }
  const counts = new Map<string, number>();
  counter.keys.forEach((key, k) => counts.set(key, counter.counts[k]!));
  rememberCorpusIndex(counts, counter);
  return { documents, lineDocumentCounts: counts };
}

/**
 * The 64-bit keys of the lines of one document, as [FNV-1a, lineHash2] pairs (a line repeated in
 * the document may appear more than once; `LineKeyCounter` counts a document once per key).
 */
export function corpusLineKeys(text: string): Int32Array<ArrayBuffer> {
  let keys = new Int32Array(256);
  let n = 0;
  forEachLineKey(text, (units, len, h) => {
    if (n + 2 > keys.length) {
      const bigger = new Int32Array(keys.length * 2);
      bigger.set(keys);
      keys = bigger;
    }
    keys[n++] = h;
    keys[n++] = lineHash2(units, 0, len);
  });
  return keys.slice(0, n);
}
