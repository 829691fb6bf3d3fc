import * as assert from 'node:assert/strict';
import { chronoDates } from '../../../../src/core/metadata/chrono';
import { findDates, inferYear, toIso, type DateHit } from '../../../../src/core/metadata/dates';

const REF_YEAR = 2026;

/** ISO value of each date found in `s`, with the year inferred against 1 March 2025 when missing. */
function iso(s: string): string[] {
  return findDates(s, REF_YEAR).map((h) => toIso(h.year ?? inferYear(h, new Date(2025, 2, 1)), h));
}

suite('core/metadata dates: numeric patterns', () => {
  test('DMY with dots and a time (seed 000)', () => {
    assert.deepEqual(iso('13.01.2025 09:28'), ['2025-01-13T09:28']);
  });
  test('YMD with dots, slash, time (seed 001)', () => {
    assert.deepEqual(iso('2018.07.10 / 15:52'), ['2018-07-10T15:52']);
  });
  test('ISO with T', () => {
    assert.deepEqual(iso('datePublished 2024-05-16T11:26'), ['2024-05-16T11:26']);
  });
  test('slashes are day/month unless the middle number cannot be a month', () => {
    assert.deepEqual(iso('06/01/2026 - 14:02 MEZ'), ['2026-01-06T14:02']);
    assert.deepEqual(iso('12/25/2023'), ['2023-12-25']);
  });
  test('two-digit years and a time glued with a dash (Express.gr footer)', () => {
    assert.deepEqual(iso('Πηγή: Express.gr 02/12/11-10:30'), ['2011-12-02T10:30']);
  });
  test('impossible or implausible dates are dropped', () => {
    assert.deepEqual(iso('31.02.2020'), []);
    assert.deepEqual(iso('01.01.1990'), []);
    assert.deepEqual(iso('version 1.2.3 and 4325'), []);
  });
  test('CJK date with time', () => {
    assert.deepEqual(iso('2025年1月21日 20:50'), ['2025-01-21T20:50']);
  });
});

suite('core/metadata dates: month names per language', () => {
  const cases: [string, string, string][] = [
    ['en', 'Monday 28 September 2020 19:27', '2020-09-28T19:27'],
    ['en', 'PUBLISHED: November 8, 2023 at 11:30 p.m.', '2023-11-08T23:30'],
    ['en', 'Apr. 28, 2023 1:15 pm', '2023-04-28T13:15'],
    ['en', 'Monday February 24th, 2025', '2025-02-24'],
    ['de', '12. MÄR 2025 18:03', '2025-03-12T18:03'],
    ['de', 'Artikel veröffentlicht am 28. April 2024, 14:26 Uhr', '2024-04-28T14:26'],
    ['fr', '15 Mai 2019 à 06h00', '2019-05-15T06:00'],
    ['es', '4 de mayo de 2022 - 00:38', '2022-05-04T00:38'],
    ['sv', 'Publicerad 23 okt 2025 kl 10.23', '2025-10-23T10:23'],
    ['ru', '14 мая 2025, 20:28', '2025-05-14T20:28'],
    ['uk', '18 жовтня 2021 року', '2021-10-18'],
    ['pl', '5 grudnia 2011', '2011-12-05'],
    ['el', '5 Δεκεμβρίου 2011', '2011-12-05'],
  ];
  for (const [lang, s, want] of cases) {
    test(`${lang}: ${s}`, () => assert.deepEqual(iso(s), [want]));
  }

  test('several dates in one line come in order, each with its own time', () => {
    assert.deepEqual(
      iso('PUBLISHED: November 8, 2023 at 11:30 p.m. | UPDATED: November 9, 2023 at 12:21 a.m.'),
      ['2023-11-08T23:30', '2023-11-09T00:21'],
    );
  });

  test('a full month name without a year is kept and its year inferred (seed 004)', () => {
    const [h] = findDates('Russian Politics & Diplomacy December 05, 16:07', REF_YEAR);
    assert.ok(h);
    assert.equal(h.year, undefined);
    assert.equal(toIso(inferYear(h, new Date(2025, 0, 10)), h), '2024-12-05T16:07');
    assert.equal(toIso(inferYear(h, new Date(2025, 11, 20)), h), '2025-12-05T16:07');
  });

  test('an abbreviated month without year or time is not a date ("10 out of 10", "Dec 5")', () => {
    assert.deepEqual(iso('rated 10 out of 10'), []);
    assert.deepEqual(iso('see Dec 5'), []);
  });

  test('the time must be written next to the date, not anywhere in the line', () => {
    const hits: DateHit[] = findDates('25/04/2026 Actualizado a las 15:10h.', REF_YEAR);
    assert.equal(hits.length, 1);
    assert.equal(hits[0]!.hour, undefined);
  });
});

suite('core/metadata dates: chrono-node fallback', () => {
  test('chrono reads a date the patterns do not know, in the page language', () => {
    const hits = chronoDates('Sunday, 5th of January 2025', 'en', new Date(2025, 2, 1));
    assert.equal(hits.length, 1);
    assert.equal(toIso(hits[0]!.year!, hits[0]!), '2025-01-05');
  });
  test('relative expressions are ignored: they need the crawl time', () => {
    assert.deepEqual(chronoDates('Published 15 hours ago', 'en', new Date(2025, 2, 1)), []);
    assert.deepEqual(chronoDates('вчера', 'ru', new Date(2025, 2, 1)), []);
  });
});
