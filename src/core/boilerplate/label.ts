/**
 * Pass 5, label: final body/boilerplate labels with a kind and a confidence for every line.
 * Body kinds: the header's (title, metadata), short unterminated lines inside the body are
 * metadata, the rest paragraphs. Boilerplate kinds: the phrase list or rule that fired; a
 * "Related"/"Comments" heading gives its kind to the furniture under it; the rest by position
 * (navigation above the body, related headlines and footer below it).
 */
import type { LineKind, LineResult } from '../types';
import type { Verdict } from './classify';
import { HEADING_MAX_WORDS, TITLE_MIN_WORDS } from './constants';
import type { Features } from './features';
import type { Block } from './segment';

/** Confidence of a label by how it was reached. */
export const CONFIDENCE = {
  /** Firm context-free evidence (phrases, repetition, no letters). */
  firm: 0.95,
  /** Context-free decision the neighbours agreed with. */
  agreed: 0.85,
  /** Decided by the neighbours alone (short lines). */
  context: 0.65,
  /** The neighbours overturned the context-free decision. */
  overturned: 0.55,
} as const;

/** A bare web address or e-mail ("www.example.com", "news@example.com"). */
const WEB_ADDRESS =
  /^(?:https?:\/\/|www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/?$|^\S+@\S+\.\S+$/u;

/**
 * Comments follow the article: a comments phrase above the last body line ("No Comment", a
 * programme's name in a menu; "Comments" as a menu item or in a widget inside the article)
 * opens no comments section.
 */
const COMMENTS_RULE = 'phrase-comments';
/** Rules whose line opens a section of furniture that takes the line's kind. */
const SECTION_RULES = new Set(['phrase-related', 'phrase-comments']);

export function label(
  blocks: readonly Block[],
  features: readonly Features[],
  verdicts: readonly Verdict[],
  finals: readonly ('good' | 'bad')[],
  header: ReadonlyMap<number, LineKind>,
): LineResult[] {
  const firstBody = finals.indexOf('good');
  const lastBody = finals.lastIndexOf('good');
  let section: LineKind | undefined;
  // The header's kinds by block (a read per line, not a map lookup).
  const headerKind: (LineKind | undefined)[] = new Array<LineKind | undefined>(blocks.length);
  for (const [i, kind] of header) headerKind[i] = kind;
  return blocks.map((b, i) => {
    const v = verdicts[i]!;
    const body = finals[i] === 'good';
    const f = features[i]!;
    let kind: LineKind;
    if (body) {
      section = undefined;
      kind =
        headerKind[i] ??
        (v.cls === 'short' && f.words <= 12 && !f.endsSentence ? 'metadata' : 'paragraph');
    } else if (v.rule === COMMENTS_RULE && i < lastBody) {
      kind = i < firstBody ? 'navigation' : 'other';
    } else if (SECTION_RULES.has(v.rule)) {
      kind = v.kind;
      section = v.kind;
    } else if (section && !v.rule.startsWith('phrase-') && v.kind !== 'legal') {
      kind = section;
    } else {
      kind = furnitureKind(v, f, b, i < firstBody || firstBody < 0, i > lastBody);
    }
    const agreed = (v.cls === 'bad') === !body;
    const confidence =
      headerKind[i] !== undefined
        ? CONFIDENCE.context
        : v.firm && agreed
          ? CONFIDENCE.firm
          : v.cls === 'short'
            ? CONFIDENCE.context
            : agreed || v.cls === 'near'
              ? CONFIDENCE.agreed
              : CONFIDENCE.overturned;
    return {
      line: b.line,
      span: { start: b.start, end: b.end },
      label: body ? 'body' : 'boilerplate',
      kind,
      confidence,
    };
  });
}

/** The kind of a boilerplate line outside any section. */
function furnitureKind(
  v: Verdict,
  f: Features,
  b: Block,
  above: boolean,
  below: boolean,
): LineKind {
  // An address has a dot and no space (cheap exact pre-checks before the regex).
  if (below && b.text.includes('.') && !b.text.includes(' ') && WEB_ADDRESS.test(b.text))
    return 'footer';
  if (v.rule === 'no-letters') return f.dated ? (above ? 'navigation' : 'footer') : 'ticker';
  if (v.firm && v.rule !== 'corpus-repeat') return v.kind;
  if (above) return 'navigation';
  if (!below) return v.kind === 'other' ? 'other' : v.kind;
  // Below the body: headline-like lines are related stories, the rest is the footer.
  const headline = !b.bullet || f.words >= TITLE_MIN_WORDS;
  return headline && f.words >= TITLE_MIN_WORDS && f.words <= HEADING_MAX_WORDS && !f.endsSentence
    ? 'related'
    : v.kind === 'related'
      ? 'related'
      : 'footer';
}
