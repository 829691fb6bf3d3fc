/**
 * Corpus-level evidence: normalised lines that recur across the documents of a corpus
 * (templates repeat across pages of a site). Built once per corpus, read per document.
 * A line counts once per document however often it occurs there. Lines are normalised into a
 * buffer and found by hash (`boilerplate/hashing.ts`); a key's string is built once, when the
 * corpus first sees it.
 */
import { REPEAT_KEY_MAX_CHARS } from './boilerplate/constants';
import { hashUnits, KeyCounter } from './boilerplate/hashing';
import { normalizeLine, normalizeUnits, unitsToString } from './boilerplate/normalize';
import { rememberCorpusIndex } from './boilerplate/repeats';

/** Raw lines longer than this cannot normalise to a repetition key and are skipped unread. */
const RAW_LINE_MAX_CHARS = REPEAT_KEY_MAX_CHARS * 4;

export interface CorpusStats {
  /** Number of documents seen. */
  readonly documents: number;
  /** Normalised line → number of distinct documents that contain it. */
  readonly lineDocumentCounts: ReadonlyMap<string, number>;
}

export function buildCorpusStats(texts: Iterable<string>): CorpusStats {
  let documents = 0;
  const counter = new KeyCounter();
  let buf = new Uint16Array(RAW_LINE_MAX_CHARS + 1);
  for (const text of texts) {
    const doc = documents++;
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
      const h = hashUnits(buf, 0, n);
      let k = counter.find(buf, 0, n, h);
      if (k < 0) k = counter.add(unitsToString(buf, n), h, 0);
      if (counter.lastDoc[k] !== doc) {
        counter.lastDoc[k] = doc;
        counter.counts[k]!++;
      }
    }
  }
  const counts = new Map<string, number>();
  counter.keys.forEach((key, k) => counts.set(key, counter.counts[k]!));
  rememberCorpusIndex(counts, counter);
  return { documents, lineDocumentCounts: counts };
}
