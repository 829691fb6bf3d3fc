/**
 * Line classification: body vs boilerplate, on plain text alone.
 * Passes: segment → features → classify (context-free) → revise (by neighbours) → label (kinds
 * and confidence). See docs/algorithm.md.
 */
import type { CorpusStats } from '../corpus';
import { stopwordSet } from '../data/stopwords/index';
import type { LineResult } from '../types';
import { classifyBlock } from './classify';
import { computeFeatures } from './features';
import { label } from './label';
import { revise } from './revise';
import { segment } from './segment';

export interface ClassifyOptions {
  readonly language: string;
  readonly corpus?: CorpusStats;
}

export function classifyLines(text: string, options: ClassifyOptions): LineResult[] {
  const blocks = segment(text);
  const features = computeFeatures(blocks, options.language, options.corpus);
  const hasStoplist = stopwordSet(options.language).size > 0;
  const verdicts = blocks.map((b, i) => classifyBlock(features[i]!, b.text === '', hasStoplist));
  const headingLike = features.map((f, i) => isHeadingLike(f, blocks[i]!.bullet, verdicts[i]!.cls));
  const finals = revise(
    verdicts,
    headingLike,
    features.map((f) => f.chars),
  );
  return label(blocks, features, verdicts, finals);
}

/** Headings: short lines of a few words without a final full stop, not list items. */
function isHeadingLike(
  f: ReturnType<typeof computeFeatures>[number],
  bullet: boolean,
  cls: string,
): boolean {
  return !bullet && cls !== 'bad' && f.words >= 2 && f.words <= 25 && !f.endsSentence;
}
