/** fast-check generators shared by the sidecar property tests: texts, annotations, edits. */
import fc from 'fast-check';
import {
  addAnnotation,
  createSidecar,
  type AnnotationDraft,
  type Sidecar,
  type TextChange,
} from '../../../src/sidecar/index';

/** Fragments that stress offsets: astral emoji, ZWJ/skin-tone sequences, CRLF, Cyrillic, NFC and NFD forms. */
export const FRAGMENTS = [
  'a',
  'b',
  'word ',
  'the ',
  'NATO ',
  ' ',
  '.',
  ',',
  '"',
  '«',
  '»',
  '’',
  'Привет ',
  'щ',
  'ї',
  'Ё',
  'é',
  'e\u0301',
  'И\u0306',
  'й',
  '😀',
  '👍🏽',
  '👩‍👩‍👧',
  '𝔸',
  '\n',
  '\r\n',
  '\n\n',
  '\t',
];

/** A text of fragments, sometimes with a BOM. */
export const textArb = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 0, maxLength: 120 }))
  .map(([bom, parts]) => (bom ? '\ufeff' : '') + parts.join(''));

export const cpLength = (s: string) => [...s].length;
const stripBom = (s: string) => (s.startsWith('\ufeff') ? s.slice(1) : s);

/** Random spans within a text of `n` code points (start ≤ end). */
function spanArb(n: number) {
  return fc
    .tuple(fc.nat({ max: n }), fc.nat({ max: n }))
    .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
}

export function draftArb(n: number): fc.Arbitrary<AnnotationDraft> {
  return fc.oneof(
    fc.record({
      kind: fc.constant('segment' as const),
      label: fc.constantFrom('body' as const, 'boilerplate' as const),
      block: fc.constantFrom('paragraph', 'related'),
      span: spanArb(n),
    }),
    fc.record({
      kind: fc.constant('meta' as const),
      field: fc.constantFrom('title', 'published'),
      value: fc.string({ maxLength: 8 }),
      span: spanArb(n),
    }),
    fc
      .tuple(
        fc.array(spanArb(n), { minLength: 1, maxLength: 3 }),
        fc.option(spanArb(n), { nil: undefined }),
        fc.option(spanArb(n), { nil: undefined }),
      )
      .map(([spans, sp, cue]): AnnotationDraft => ({
        kind: 'quote',
        quoteType: 'direct',
        spans,
        ...(sp ? { speaker: { name: 'X' }, speakerSpan: sp } : {}),
        ...(cue ? { cueSpan: cue } : {}),
      })),
  );
}

/** A sidecar on `text` with random annotations. */
export function sidecarArb(text: string): fc.Arbitrary<Sidecar> {
  const n = cpLength(stripBom(text));
  return fc.array(draftArb(n), { maxLength: 8 }).map((drafts) => {
    let s = createSidecar('doc.txt', text);
    for (const d of drafts) s = addAnnotation(s, text, d, { by: 'tester' }).sidecar;
    return s;
  });
}

/** One edit of a text of `n` code points: insert, delete or replace, in code points. */
export function changeArb(n: number): fc.Arbitrary<TextChange> {
  return fc
    .tuple(spanArb(n), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }))
    .map(([span, parts]) => ({ ...span, text: parts.join('') }));
}

/** Up to three non-overlapping changes of a text of `n` code points, relative to that text. */
export function changesArb(n: number): fc.Arbitrary<TextChange[]> {
  return fc.array(changeArb(n), { minLength: 1, maxLength: 3 }).map((cs) => {
    const sorted = [...cs].sort((a, b) => a.start - b.start || a.end - b.end);
    const out: TextChange[] = [];
    for (const c of sorted) {
      const prev = out[out.length - 1];
      if (prev && (c.start < prev.end || c.start === prev.start)) continue;
      out.push(c);
    }
    return out;
  });
}

/** Applies non-overlapping code point changes (relative to `text` without BOM) to the BOM-less text. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  const cps = [...stripBom(text)];
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  let out = '';
  let at = 0;
  for (const c of changes) {
    out += cps.slice(at, c.start).join('') + c.text;
    at = c.end;
  }
  return bom + out + cps.slice(at).join('');
}

/** How many cases each property runs: SCRAPEMARK_PROPERTY_RUNS (default small so `npm test` stays fast). */
export const RUNS = Number(process.env.SCRAPEMARK_PROPERTY_RUNS ?? 50);
