/**
 * The furniture and legal phrase matchers, built from the data lists in `../data/phrases` with a
 * `PhraseIndex` (`phraseIndex.ts`): a line costs one table lookup per word and builds no string.
 */
import { ACCOUNT_PHRASES } from '../data/phrases/account';
import { COMMENTS_PHRASES } from '../data/phrases/comments';
import { LEGAL_PHRASES } from '../data/phrases/legal';
import { NAVIGATION_PHRASES } from '../data/phrases/navigation';
import { RELATED_PHRASES } from '../data/phrases/related';
import { SHARE_PHRASES } from '../data/phrases/share';
import { hasCopyrightSign } from './chars';
import { PhraseIndex, type PhraseMatch } from './phraseIndex';
import type { NormWords } from './normwords';

const FURNITURE = new PhraseIndex([
  ['legal', LEGAL_PHRASES],
  ['account', ACCOUNT_PHRASES],
  ['comments', COMMENTS_PHRASES],
  ['share', SHARE_PHRASES],
  ['related', RELATED_PHRASES],
  ['navigation', NAVIGATION_PHRASES],
]);
const LEGAL = new PhraseIndex([['legal', LEGAL_PHRASES]]);

/** The phrase list whose match covers most of a normalised line, or undefined. */
export function matchPhrase(norm: string): PhraseMatch | undefined {
  return FURNITURE.best(norm);
}

/** `matchPhrase` for a line already in a `NormWords`. */
export function matchPhraseIn(w: NormWords): PhraseMatch | undefined {
  return FURNITURE.bestIn(w);
}

/** Words that open a furniture phrase (a line without one matches none but by a prefix entry). */
export const FURNITURE_OPENERS = FURNITURE.openers.words;

/** True when a word of the line may match a furniture prefix entry ("subscribe*"). */
export function hasFurniturePrefixIn(w: NormWords): boolean {
  return FURNITURE.hasPrefixOpenerIn(w);
}

/** Words that may open a legal-notice phrase (a cheap pre-check before `hasLegalPhrase`). */
export const LEGAL_OPENERS = LEGAL.openers;

/** True when a line contains © or a legal-notice phrase (`norm` is its normalised text). */
export function hasLegalPhrase(text: string, norm: string): boolean {
  return hasCopyrightSign(text) || LEGAL.any(norm);
}

/** `hasLegalPhrase` for a line whose normalisation is in a `NormWords`. */
export function hasLegalPhraseIn(text: string, w: NormWords): boolean {
  return hasCopyrightSign(text) || LEGAL.anyIn(w);
}
