import * as assert from 'node:assert/strict';
import { extractMetadata } from '../../../../src/core/metadata/index';
import { BODY, linesOf, meta, PROSE, REF } from './helpers';

const TITLE = 'Talks on the new trade deal resume in Geneva';

suite('core/metadata published', () => {
  test('the date under the headline, as the wall clock written, with its span and rule', () => {
    const text = ['Home', TITLE, 'Published: 12 March 2024, 10:15 CET', BODY].join('\n');
    const m = meta(text);
    assert.equal(m.published?.value, '2024-03-12T10:15');
    assert.equal(m.published.inferred, undefined);
    assert.equal(
      text.slice(m.published.span!.start, m.published.span!.end),
      '12 March 2024, 10:15',
    );
    assert.equal(m.published.rule, 'date-day-month');
  });

  test('"Date" label with the value on the next line, even below the article (seed 001)', () => {
    const m = meta([TITLE, BODY, 'Date', '2018.07.10 / 15:52', 'Author', 'Axar.az'].join('\n'));
    assert.equal(m.published?.value, '2018-07-10T15:52');
  });

  test('published wins over updated on the same line', () => {
    const m = meta(
      [TITLE, 'Updated: 14.03.2024 08:00 | Published: 12.03.2024 10:15', BODY].join('\n'),
    );
    assert.equal(m.published?.value, '2024-03-12T10:15');
  });

  test('dates of a related-news list after the article are not the article date (seed 003)', () => {
    const rows: string[] = [];
    for (let i = 0; i < 5; i++)
      rows.push(
        '  • News',
        `Another story number ${i + 1} about something else`,
        'Monday February 24th, 2025',
      );
    const m = meta([TITLE, BODY, 'Recent posts', ...rows].join('\n'));
    assert.equal(m.published, undefined);
  });

  test('an event date inside prose is not the publication date', () => {
    const m = meta(
      [
        TITLE,
        `As is known, on 18 October Russia announced it would suspend its mission. ${PROSE}`,
        PROSE,
      ].join('\n'),
    );
    assert.equal(m.published, undefined);
  });

  test('a dateline without a year gets the year inferred and flagged', () => {
    const text = [TITLE, `Stockholm. December 2. INTERFAX - ${PROSE}`, PROSE].join('\n');
    const m = extractMetadata(text, linesOf(text), 'en', { referenceDate: new Date(2022, 0, 10) });
    assert.equal(m.published?.value, '2021-12-02');
    assert.equal(m.published.inferred, true);
    assert.equal(m.published.rule, 'date-dateline');
  });

  test('a date after "now" is not a publication date', () => {
    const m = meta([TITLE, '12.03.2031 10:15', BODY].join('\n'));
    assert.equal(m.published, undefined);
    assert.ok(REF.getFullYear() < 2031);
  });

  test('Russian and Ukrainian date lines', () => {
    assert.equal(
      meta([TITLE, '14 мая 2024, 20:28', BODY].join('\n'), 'ru').published?.value,
      '2024-05-14T20:28',
    );
    assert.equal(
      meta([TITLE, '5 лютого 2025 р., 09:10', BODY].join('\n'), 'uk').published?.value,
      '2025-02-05T09:10',
    );
  });
});
