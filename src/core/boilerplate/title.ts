/**
 * Pass 4b, title: the headline sits a few lines above the first paragraph of the main region,
 * often behind a date, a byline, a photo caption or share buttons. The nearest heading-like line
 * above the region is the title; the furniture between them stays boilerplate.
 */
import {
  HEADING_MAX_CHARS,
  HEADING_MAX_WORDS,
  TITLE_LOOKBACK_BLOCKS,
  TITLE_MIN_LETTER_RATIO,
  TITLE_MIN_WORDS,
} from './constants';
import type { Verdict } from './classify';
import type { Features } from './features';
import type { Block } from './segment';

/** Bylines and credits: "By X", "Автор: X", "Фото: X", "Source: X". */
const CREDIT = /^(by|from|source|photo|image|credit|автор|источник|фото|автор|autor|źródło|fot|zdjęcie|από|πηγή|φωτογραφία)\b/iu;
/** A date or a time written in digits. */
const DATE_OR_TIME = /\d{1,2}[:.\/-]\d{2}|\b(1[89]|20)\d\d\b/u;

export function isTitleCandidate(b: Block, f: Features, v: Verdict): boolean {
  if (b.bullet || f.words < TITLE_MIN_WORDS || f.words > HEADING_MAX_WORDS) return false;
  if (f.chars > HEADING_MAX_CHARS || f.letterRatio < TITLE_MIN_LETTER_RATIO) return false;
  if (v.cls === 'bad' && v.rule !== 'page-repeat') return false;
  const last = b.text[b.text.length - 1];
  if (last === '.' || last === ':' || last === ',' || last === ';') return false;
  return !CREDIT.test(b.text) && !DATE_OR_TIME.test(b.text);
}

/** Index of the title block above `regionStart`, or undefined. */
export function findTitle(
  blocks: readonly Block[],
  features: readonly Features[],
  verdicts: readonly Verdict[],
  regionStart: number,
): number | undefined {
  const stop = Math.max(0, regionStart - TITLE_LOOKBACK_BLOCKS);
  for (let i = regionStart - 1; i >= stop; i--) {
    if (isTitleCandidate(blocks[i]!, features[i]!, verdicts[i]!)) return i;
  }
  return undefined;
}
