/**
 * Corpus-level evidence: normalised lines that recur across the documents of a corpus
 * (templates repeat across pages of a site). Built once per corpus, read per document.
 * STUB: owned by the boilerplate work; replaced by the real implementation.
 */
export interface CorpusStats {
  /** Number of documents seen. */
  readonly documents: number;
  /** Normalised line → number of distinct documents that contain it. */
  readonly lineDocumentCounts: ReadonlyMap<string, number>;
}

export function buildCorpusStats(texts: Iterable<string>): CorpusStats {
  let documents = 0;
  for (const _ of texts) documents++;
  return { documents, lineDocumentCounts: new Map() };
}
