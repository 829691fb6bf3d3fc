/**
 * Split quotations inside one pair of marks: «Q1, — сказал X. — Q2» or "Q1, - говорит X, - Q2".
 * The reporter's words sit between two spaced dashes and the first part ends with , ! ? or …
 * (so a dash aside inside a quotation, "relations - I don’t mean good - or", is not a split).
 */
import type { Span } from '../types';
import type { Attribution, Attributor } from './attribution';
import type { Lexicon } from './lexicon';
import { tokenize } from './text';

/** Most tokens between the two dashes for them to hold an attribution. */
export const MAX_INNER_TOKENS = 10;

export interface InnerSplit {
  readonly spans: Span[];
  readonly attribution: Attribution;
}

const SPACED_DASH = /[,!?…]?\s+[-–—]\s+/gu;

export function splitInner(
  text: string,
  content: Span,
  attributor: Attributor,
  _lex: Lexicon,
): InnerSplit | null {
  const body = text.slice(content.start, content.end);
  const dashes: { start: number; end: number; punct: boolean }[] = [];
  for (const m of body.matchAll(SPACED_DASH)) {
    dashes.push({
      start: content.start + m.index,
      end: content.start + m.index + m[0].length,
      punct: /^[,!?…]/u.test(m[0]),
    });
  }
  for (let i = 0; i + 1 < dashes.length; i++) {
    const d1 = dashes[i]!;
    const d2 = dashes[i + 1]!;
    if (!d1.punct) continue;
    const middle = tokenize(text, d1.end, d2.start);
    if (middle.length === 0 || middle.length > MAX_INNER_TOKENS) continue;
    const a = attributor.after(d1.end, d2.start, ',');
    if (!a) continue;
    return {
      spans: [
        { start: content.start, end: d1.start + (d1.punct ? 1 : 0) },
        { start: d2.end, end: content.end },
      ],
      attribution: { ...a, place: 'inner' },
    };
  }
  return null;
}
