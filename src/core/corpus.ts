/**
 * Corpus-level evidence: normalised lines that recur across the documents of a corpus
 * (templates repeat across pages of a site). Built once per corpus, read per document.
 * A line counts once per document however often it occurs there.
 */
import { REPEAT_KEY_MAX_CHARS } from './boilerplate/constants';
import { repeatKey } from './boilerplate/features';
import { normalizeLine } from './boilerplate/normalize';

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
  const counts = new Map<string, number>();
  for (const text of texts) {
    documents++;
    const seen = new Set<string>();
    for (const line of text.split('\n')) {
      if (line.length > RAW_LINE_MAX_CHARS) continue;
      const key = repeatKey(normalizeLine(line));
      if (key) seen.add(key);
    }
    for (const norm of seen) counts.set(norm, (counts.get(norm) ?? 0) + 1);
  }
  return { documents, lineDocumentCounts: counts };
}
