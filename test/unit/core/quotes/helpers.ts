/** Test helpers: line labels made by hand, and a compact view of the quotes found. */
import { findQuotes } from '../../../../src/core/quotes/index';
import type { LineKind, LineResult, Quote } from '../../../../src/core/types';

/** Every non-blank line labelled body, as an unsure classifier might leave them. */
export function bodyLines(text: string): LineResult[] {
  return labelLines(text, () => null);
}

/**
 * Lines labelled by a callback: return [kind, confidence] for boilerplate, null for body.
 * Line numbers are 0-based and count blank lines.
 */
export function labelLines(
  text: string,
  label: (line: number, content: string) => [LineKind, number] | null,
): LineResult[] {
  const out: LineResult[] = [];
  let start = 0;
  text.split('\n').forEach((content, line) => {
    const end = start + content.length;
    if (content.trim() !== '') {
      const b = label(line, content);
      out.push({
        line,
        span: { start, end },
        label: b ? 'boilerplate' : 'body',
        kind: b ? b[0] : 'paragraph',
        confidence: b ? b[1] : 0.6,
      });
    }
    start = end + 1;
  });
  return out;
}

export interface Seen {
  text: string;
  speaker: string | null;
  speakerName?: string;
  role?: string;
  type: Quote['type'];
  spans: number;
}

/** The quotes of a text as plain values: content from first span start to last span end. */
export function quotesOf(text: string, lines = bodyLines(text), language = 'und'): Seen[] {
  return findQuotes(text, lines, language).map((q) => view(text, q));
}

export function view(text: string, q: Quote): Seen {
  const s = q.spans[0]!.start;
  const e = q.spans[q.spans.length - 1]!.end;
  return {
    text: text.slice(s, e),
    speaker: q.speaker,
    ...(q.speakerName !== undefined ? { speakerName: q.speakerName } : {}),
    ...(q.role !== undefined ? { role: q.role } : {}),
    type: q.type,
    spans: q.spans.length,
  };
}
