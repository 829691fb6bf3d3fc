/**
 * Pass 4d, page notices: sites print notes about the page inside the article text, between its
 * paragraphs or right under it ("Sign up to our newsletter", "This advertisement has not loaded
 * yet, but your article continues below.", "This post may contain affiliate links."). A line of
 * at most NOTICE_MAX_WORDS words with such a phrase (`../data/phrases/notices.ts`) costs the main
 * region no more than a short line, is never a title nor joins the body by its neighbours, and
 * leaves the body whatever the passes before made of it.
 */
import {
  ACCOUNT_NOTICES,
  ADVERT_NOTICES,
  CONTINUES_BELOW_NOTICES,
  DISCLOSURE_NOTICES,
  NEWSLETTER_NOTICES,
  PAYWALL_CUT_NOTICES,
} from '../data/phrases/notices';
import type { NormWords } from './normwords';
import { PhraseIndex, type PhraseKind } from './phraseIndex';
import type { Final } from './revise';

const NOTICES = new PhraseIndex([
  ['share', NEWSLETTER_NOTICES],
  ['navigation', ADVERT_NOTICES],
  ['legal', DISCLOSURE_NOTICES],
  ['account', [...ACCOUNT_NOTICES, ...PAYWALL_CUT_NOTICES]],
]);

/** The context-free rule of a page notice. */
export const NOTICE_RULE = 'page-notice';

/** Words that open a page notice (the line scan flags lines that hold one). */
export const NOTICE_OPENERS = NOTICES.openers.words;

/** The kind of the page notice a normalised line carries, or undefined. */
export function pageNoticeIn(w: NormWords): PhraseKind | undefined {
  return NOTICES.bestIn(w)?.kind;
}

const PAYWALL_CUTS = new PhraseIndex([['account', PAYWALL_CUT_NOTICES]]);
const CONTINUES_BELOW = new PhraseIndex([['navigation', CONTINUES_BELOW_NOTICES]]);

/** True when a page notice says that the article goes on under it ("… continues below."). */
export function saysTextContinues(text: string): boolean {
  return CONTINUES_BELOW.anyInText(text);
}

/** True when a page notice says that the visible text stops there (a paywall's "the rest…"). */
export function cutsTheText(text: string): boolean {
  return PAYWALL_CUTS.anyInText(text);
}

/**
 * Takes the page notices out of the body (`notice(i)`: block i is one); returns their indices.
 */
export function dropNotices(finals: Final[], notice: (i: number) => boolean): number[] {
  const dropped: number[] = [];
  for (let i = 0; i < finals.length; i++) {
    if (finals[i] !== 'good' || !notice(i)) continue;
    finals[i] = 'bad';
    dropped.push(i);
  }
  return dropped;
}
