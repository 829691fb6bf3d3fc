/**
 * The one public entry of the analysis core: text in, plain data out.
 * Passes: language → lines (segment → features → classify → revise) → quotes → metadata.
 */
import { classifyLines } from './boilerplate/index';
import type { CorpusStats } from './corpus';
import { detectLanguage } from './language';
import { extractMetadata } from './metadata/index';
import { findQuotes } from './quotes/index';
import type { Analysis } from './types';

export interface AnalyzeOptions {
  /** Cross-document evidence from the other files of the corpus (folder, workspace). */
  readonly corpus?: CorpusStats;
  /** Force a language instead of detecting it. */
  readonly language?: string;
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  const language = options.language ?? detectLanguage(text);
  const lines = classifyLines(text, {
    language,
    ...(options.corpus ? { corpus: options.corpus } : {}),
  });
  const quotes = findQuotes(text, lines, language);
  const metadata = extractMetadata(text, lines, language);
  return { language, lines, quotes, metadata };
}
