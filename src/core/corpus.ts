/**
 * Corpus-level evidence: normalised lines that recur across the documents of a corpus
 * (templates repeat across pages of a site). Built once per corpus, read per document.
 * A line counts once per document however often it occurs there.
 */
import { normalizeLine } from './boilerplate/normalize';

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
      const norm = normalizeLine(line);
      if (norm) seen.add(norm);
    }
    for (const norm of seen) counts.set(norm, (counts.get(norm) ?? 0) + 1);
  }
  return { documents, lineDocumentCounts: counts };
}
