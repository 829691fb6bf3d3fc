/**
 * Phrase matchers built from the data lists in `../data/phrases`. Each list compiles once into one
 * alternation regular expression that matches at word boundaries (no letter or digit may touch a
 * match), so a line is scanned once per list.
 */
import { ACCOUNT_PHRASES } from '../data/phrases/account';
import { LEGAL_PHRASES } from '../data/phrases/legal';
import { NAVIGATION_PHRASES } from '../data/phrases/navigation';
import { RELATED_PHRASES } from '../data/phrases/related';
import { SHARE_PHRASES } from '../data/phrases/share';

export type PhraseKind = 'legal' | 'account' | 'share' | 'related' | 'navigation';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles a list: `word*` is a prefix entry, anything else must end at a word boundary. */
export function compilePhrases(list: readonly string[], anchored: 'any' | 'end' = 'any'): RegExp {
  const alts = [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => (p.endsWith('*') ? `${escape(p.slice(0, -1))}[\\p{L}\\p{M}]*` : escape(p)));
  const tail = anchored === 'end' ? '[\\s\\p{P}\\p{S}]*$' : '';
  return new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}])(?:${alts.join('|')})(?![\\p{L}\\p{N}\\p{M}])${tail}`,
    'u',
  );
}

const MATCHERS: ReadonlyArray<readonly [PhraseKind, RegExp]> = [
  ['legal', compilePhrases(LEGAL_PHRASES)],
  ['account', compilePhrases(ACCOUNT_PHRASES)],
  ['share', compilePhrases(SHARE_PHRASES)],
  ['related', compilePhrases(RELATED_PHRASES)],
  ['navigation', compilePhrases(NAVIGATION_PHRASES)],
];

/** "Read more" style markers at the very end of a line (teasers). */
const TEASER_END = compilePhrases(RELATED_PHRASES, 'end');

/** A phrase found in a line and the share of the line's characters it covers. */
export interface PhraseMatch {
  readonly kind: PhraseKind;
  readonly coverage: number;
}

/** The phrase list whose match covers most of a lower-cased line, or undefined. */
export function matchPhrase(lower: string): PhraseMatch | undefined {
  let best: PhraseMatch | undefined;
  const letters = lower.replace(NON_WORD, '').length || 1;
  for (const [kind, re] of MATCHERS) {
    const m = re.exec(lower);
    if (!m) continue;
    const coverage = Math.min(1, m[0].replace(NON_WORD, '').length / letters);
    if (!best || coverage > best.coverage) best = { kind, coverage };
  }
  return best;
}

const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** True when a lower-cased line contains a legal notice phrase or the © sign. */
export function hasLegalPhrase(lower: string): boolean {
  return lower.includes('©') || MATCHERS[0]![1].test(lower);
}

/** True when a lower-cased line ends with a "read more" marker. */
export function endsWithTeaserMarker(lower: string): boolean {
  return TEASER_END.test(lower);
}
