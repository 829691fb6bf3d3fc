import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildCorpusStats } from '../../../../src/core/corpus';
import { computeFeatures } from '../../../../src/core/boilerplate/features';
import { classifyLines, classifyLinesDetailed } from '../../../../src/core/boilerplate/index';
import { normalizeLine } from '../../../../src/core/boilerplate/normalize';
import { HashTable, hashString } from '../../../../src/core/boilerplate/hashing';
import { norm, scanLine } from '../../../../src/core/boilerplate/scan';
import { segment } from '../../../../src/core/boilerplate/segment';
import { LINE_KINDS } from '../../../../src/core/types';

/**
 * Pieces of scraped lines, the awkward ones included: letters that lower differently in context
 * (İ, Σ), that lower to two units or none, emoji (surrogate pairs), combining marks, CJK, every
 * kind of space (NBSP, tab, zero-width, BOM, doubled), bullets, dates, quotation marks and links.
 */
const piece = fc.constantFrom(
  'The',
  'minister',
  'said',
  'Министр',
  'заявил',
  'ΟΔΟΣ',
  'Σ',
  'İstanbul',
  'ß',
  'ﬁ',
  'e\u0301',
  '日本語',
  '😀',
  'x😀y',
  'Zażółć',
  'ŁÓDŹ',
  '12:30',
  '14.01.2012',
  '2012',
  '©',
  '/',
  ':',
  '...',
  '…',
  '«',
  '»',
  '„',
  '“',
  '?',
  '!',
  '.',
  ',',
  ' ',
  ' ',
  '  ',
  '\u00a0',
  '\t',
  '\u200b',
  '\ufeff',
  '•',
  '  • ',
  'Read more',
  'Читать далее',
  'Share',
  'Sign up to our newsletter',
  'All rights reserved',
  'https://example.com/a?b=1',
  'camelCase',
);
const line = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
const breakAfter = fc.constantFrom('\n', '\r\n', '\n\n');
const page = fc
  .array(fc.tuple(line, breakAfter), { maxLength: 30 })
  .map((lines) => lines.map(([l, b]) => l + b).join(''));

/** The raw lines of `text` as the classifier numbers them: split at "\n", a final "\r" dropped. */
function rawLines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const l of text.split('\n')) {
    const end = l.endsWith('\r') ? start + l.length - 1 : start + l.length;
    out.push({ start, end });
    start += l.length + 1;
  }
  return out;
}

suite('core/boilerplate properties (generated pages)', () => {
  test('the line scan normalises a line exactly as normalizeLine does, word hashes included', () => {
    const lookup = new HashTable(8);
    fc.assert(
      fc.property(line, (text) => {
        if (!scanLine(text, text.length, lookup, 30, true)) return; // context lowering: fallback
        const scanned = String.fromCharCode(...norm.buf.subarray(0, norm.length));
        const expected = normalizeLine(text);
        assert.equal(scanned, expected);
        const words = expected === '' ? [] : expected.split(' ');
        assert.equal(norm.count, words.length);
        words.forEach((w, k) => assert.equal(norm.hashes[k], hashString(w)));
      }),
      { numRuns: 400 },
    );
  });

  test('features are the same whether the segmenter or the scan finds the spaces to collapse', () => {
    fc.assert(
      fc.property(page, (text) => {
        const checked = segment(text, true);
        const unchecked = segment(text, false);
        const a = computeFeatures(checked, 'en');
        const b = computeFeatures(unchecked, 'en', undefined, false);
        assert.deepEqual(
          unchecked.map((x) => x.text),
          checked.map((x) => x.text),
        );
        assert.deepEqual(b, a);
      }),
      { numRuns: 200 },
    );
  });

  test('every line with a letter or digit gets one result, with its exact span, label and kind', () => {
    const kinds = new Set<string>(LINE_KINDS);
    fc.assert(
      fc.property(page, page, fc.constantFrom('en', 'ru', 'pl', 'und'), (text, other, language) => {
        const corpus = buildCorpusStats([text, other, text]);
        for (const options of [{ language }, { language, corpus }]) {
          const results = classifyLines(text, options);
          const lines = rawLines(text);
          const numbers = results.map((r) => r.line);
          assert.deepEqual(
            numbers,
            [...new Set(numbers)].sort((x, y) => x - y),
          );
          for (const r of results) {
            assert.deepEqual(r.span, lines[r.line]);
            assert.ok(r.label === 'body' || r.label === 'boilerplate');
            assert.ok(kinds.has(r.kind), r.kind);
            assert.ok(r.confidence > 0 && r.confidence <= 1);
          }
          const listed = new Set(numbers);
          lines.forEach((l, i) => {
            if (/[\p{L}\p{N}]/u.test(text.slice(l.start, l.end))) assert.ok(listed.has(i), `${i}`);
          });
          assert.deepEqual(classifyLinesDetailed(text, options).lines, results);
        }
      }),
      { numRuns: 150 },
    );
  });
});
