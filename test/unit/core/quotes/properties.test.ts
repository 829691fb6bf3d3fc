import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuotes } from '../../../../src/core/quotes/index';
import { pairMarks } from '../../../../src/core/quotes/marks';
import { bodyLines } from './helpers';

/** Text made of words, spaces, line breaks, punctuation and every quotation mark. */
const pieces = fc.constantFrom(
  'Peskov',
  'said',
  'he',
  'заявил',
  'сказав',
  'sagte',
  'the',
  'minister',
  'NATO',
  'we',
  'are',
  'ready',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  ',',
  '.',
  ':',
  ' – ',
  ' — ',
  '"',
  '“',
  '”',
  '„',
  '«',
  '»',
  '‹',
  '›',
  '‘',
  '’',
  '‚',
  '`',
  "'",
  'don’t',
  'Ministry’s',
);
const texts = fc.array(pieces, { maxLength: 120 }).map((a) => a.join(''));

suite('core/quotes: properties', () => {
  test('spans are ordered, inside the text and trimmed; speakers are slices of the text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const q of findQuotes(text, bodyLines(text), 'und')) {
          let last = -1;
          for (const s of q.spans) {
            assert.ok(s.start > last && s.start < s.end && s.end <= text.length);
            assert.ok(!/\s/u.test(text[s.start]!) && !/\s/u.test(text[s.end - 1]!));
            last = s.end;
          }
          if (q.speakerSpan) {
            assert.equal(q.speaker, text.slice(q.speakerSpan.start, q.speakerSpan.end));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test('every pair closes after it opens, and no pair crosses a paragraph without reopening', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const p of pairMarks(text)) {
          assert.ok(p.open < p.close);
          for (const s of p.segments) assert.ok(!text.slice(s.start, s.end).includes('\n\n'));
        }
      }),
      { numRuns: 300 },
    );
  });
});
