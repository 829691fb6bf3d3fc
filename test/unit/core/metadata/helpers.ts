/** Test helpers for the metadata rules: line results without a classifier. */
import { extractMetadata, type MetadataOptions } from '../../../../src/core/metadata/index';
import type { LineKind, LineResult, Metadata } from '../../../../src/core/types';

/** Every non-blank line labelled body (the classifier stub), or with the labels given by line number. */
export function linesOf(
  text: string,
  labels: Readonly<Record<number, { kind: LineKind; confidence?: number }>> = {},
): LineResult[] {
  const out: LineResult[] = [];
  let line = 0;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(start, end).trim() !== '') {
      const l = labels[line];
      out.push({
        line,
        span: { start, end },
        label: l ? 'boilerplate' : 'body',
        kind: l ? l.kind : 'paragraph',
        confidence: l?.confidence ?? 0.5,
      });
    }
    if (nl < 0) break;
    start = nl + 1;
    line++;
  }
  return out;
}

/** A fixed "now" so that inferred years and the plausibility limit do not depend on the clock. */
export const REF = new Date(2025, 2, 1, 12, 0);

export function meta(text: string, language = 'en', options: MetadataOptions = {}): Metadata {
  return extractMetadata(text, linesOf(text), language, { referenceDate: REF, ...options });
}

/** The field values only, for compact assertions. */
export function values(m: Metadata): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(m)) if (v) out[k] = v.value;
  return out;
}

/** A paragraph of prose long enough to count as article text. */
export const PROSE =
  'The ministry said on Tuesday that the talks would continue next week, and officials from both sides described the first round as useful and constructive.';

/** Three different prose paragraphs: the article text of the synthetic pages. */
export const BODY = [
  PROSE,
  'Officials from both sides are expected to meet again in the spring, although no date has been set, and observers remain cautious about the outcome.',
  'Negotiators will focus on tariffs for steel and farm products, which have been the main obstacles since the previous agreement expired two years ago.',
].join('\n');
