/**
 * The whole-text analysis of a big source and its fresh sidecar, built in steps with the event
 * loop free between them: the same passes as `analyzeText` (language → lines → quotes →
 * metadata), then the proposals, then the sidecar. The extension host (commands, scrolling,
 * keystrokes, other sources) is blocked for the longest step only, not for the whole. The result
 * is the same as the one-piece computation (unit-tested). Pure (the yield is passed in).
 */
import { classifyLines } from '../../core/boilerplate/index';
import { detectLanguage } from '../../core/language';
import { extractMetadata } from '../../core/metadata/index';
import { findQuotes } from '../../core/quotes/index';
import type { Analysis } from '../../core/types';
import { createSidecar, mergeProposals, proposalsFromAnalysis } from '../../sidecar/index';
import type { Sidecar } from '../../sidecar/types';

/** Lets other work run between two steps (in the editor: a macrotask). */
export type Yield = () => Promise<void>;

/** How long each step took, in milliseconds (for the benchmarks and Re-analyze's message). */
export interface StepTimes {
  language: number;
  lines: number;
  quotes: number;
  metadata: number;
  proposals: number;
  sidecar: number;
}

/** The analysis of `text`, one pass per step; `times` receives each pass's cost. */
export async function analyzeInSteps(
  text: string,
  pause: Yield,
  times: Partial<StepTimes> = {},
): Promise<Analysis> {
  let t = performance.now();
  const lap = (k: keyof StepTimes): void => {
    const now = performance.now();
    times[k] = now - t;
    t = now;
  };
  const language = detectLanguage(text);
  lap('language');
  await pause();
  t = performance.now();
  const lines = classifyLines(text, { language });
  lap('lines');
  await pause();
  t = performance.now();
  const quotes = findQuotes(text, lines, language);
  lap('quotes');
  await pause();
  t = performance.now();
  const metadata = extractMetadata(text, lines, language);
  lap('metadata');
  return { language, lines, quotes, metadata };
}

/** A fresh sidecar of `text` holding the analysis's proposals (as `fresh()` builds it), in steps. */
export async function freshSidecarInSteps(
  name: string,
  text: string,
  analysis: Analysis,
  pause: Yield,
  times: Partial<StepTimes> = {},
): Promise<Sidecar> {
  await pause();
  let t = performance.now();
  const proposals = proposalsFromAnalysis(text, analysis);
  times.proposals = performance.now() - t;
  await pause();
  t = performance.now();
  const sidecar = mergeProposals(createSidecar(name, text), proposals);
  times.sidecar = performance.now() - t;
  return sidecar;
}
