/**
 * Pass 4c, tail: an article page often ends its body with notes about the page rather than the
 * story: calls to action ("If you have information to add click here."), the print-edition
 * note, the reporter's contact or bio. The last body lines that carry such a phrase (within
 * TAIL_MAX_BLOCKS of the end of the body) are furniture.
 */
import { TAIL_NOTICE_PHRASES } from '../data/phrases/tail';
import { TAIL_MAX_BLOCKS } from './constants';
import { PhraseIndex } from './phraseIndex';
import type { Final } from './revise';

const TAIL = new PhraseIndex([['share', TAIL_NOTICE_PHRASES]]);

/** Words that open a closing notice, and the first letters of its prefix entries. */
export const TAIL_OPENERS = TAIL.openers;

/** True when a line carries a closing notice phrase. */
export function isTailNotice(text: string): boolean {
  return TAIL.anyInText(text);
}

/**
 * Turns the closing notices at the end of the body into boilerplate, and the body lines under
 * them: the article has ended ("You can comment on this article…", then a teaser of the latest
 * news). `notice(i)`: block i is a closing notice that may go (the caller keeps the header).
 * Returns the notices and the lines under them apart.
 */
export function trimTail(
  finals: Final[],
  notice: (i: number) => boolean,
): { notices: number[]; under: number[] } {
  const notices: number[] = [];
  const under: number[] = [];
  let seen = 0;
  for (let i = finals.length - 1; i >= 0 && seen < TAIL_MAX_BLOCKS; i--) {
    if (finals[i] !== 'good') continue;
    seen++;
    if (!notice(i)) continue;
    finals[i] = 'bad';
    notices.push(i);
    for (let j = i + 1; j < finals.length; j++) {
      if (finals[j] !== 'good') continue;
      finals[j] = 'bad';
      under.push(j);
    }
  }
  return { notices, under };
}
