/**
 * Pass 5, label: final body/boilerplate labels with a kind and a confidence for every line.
 */
import type { LineKind, LineResult } from '../types';
import type { Verdict } from './classify';
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

export function label(
  blocks: readonly Block[],
  features: readonly Features[],
  verdicts: readonly Verdict[],
  finals: readonly ('good' | 'bad')[],
  header: ReadonlyMap<number, LineKind>,
): LineResult[] {
  const firstBody = finals.indexOf('good');
  const lastBody = finals.lastIndexOf('good');
  return blocks.map((b, i) => {
    const v = verdicts[i]!;
    const body = finals[i] === 'good';
    const f = features[i]!;
    let kind: LineKind;
    const headerKind = header.get(i);
    if (body && headerKind) kind = headerKind;
    else if (body) {
      if (i === firstBody && v.cls !== 'good' && !f.endsSentence && f.chars < 200) kind = 'title';
      else if (v.cls === 'short' && f.words <= 12 && !f.endsSentence) kind = 'metadata';
      else kind = 'paragraph';
    } else {
      kind = v.kind;
      if (kind === 'other' && !v.firm)
        kind = i < firstBody || firstBody < 0 ? 'navigation' : i > lastBody ? 'footer' : 'other';
    }
    const agreed = (v.cls === 'bad') === !body;
    const confidence =
      v.firm && agreed
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
