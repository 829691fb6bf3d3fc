import * as assert from 'node:assert/strict';
import { detectLanguage, LANGUAGE_SAMPLE_CHARS } from '../../../src/core/language';
import {
  LANGUAGE_MIDDLE_MIN_CHARS,
  LANGUAGE_PIECE_CHARS,
  readFromMiddle,
} from '../../../src/core/languageMiddle';
import { LATIN_LANGUAGES } from '../../../src/core/data/stopwords/index';
import { ABANDONED, readSample } from '../../../src/core/languageSample';

/** `text` repeated to exactly `n` characters. */
const fill = (text: string, n: number): string =>
  text.repeat(Math.ceil(n / text.length)).slice(0, n);

const de =
  'Der Minister sagte, dass die Gespräche mit dem Bündnis nützlich gewesen seien und weitergehen. ';
const en = 'The minister said that the talks with the alliance had been useful and would go on. ';
const ru = 'Министр заявил, что переговоры с альянсом были полезными и будут продолжены. ';
/** No floor share for the decided language (`minShare` of `readFromMiddle`). */
const NO_FLOOR = LATIN_LANGUAGES.map(() => 0);
/** Latin words that are no language's distinctive stop word. */
const plain = 'garden bridge river tree stone market ';

suite('core/languageMiddle', () => {
  test('a long Latin sample is decided from its middle: edges dense in another language are not read', () => {
    // 1000 characters of English stop words at each end hold more distinctive hits than the 6000
    // of German between them, but the German middle is decisive before the edges are reached.
    const edge = fill('of the and ', 1000);
    const text = edge + fill(de, 6000) + edge;
    assert.ok(text.length <= LANGUAGE_SAMPLE_CHARS);
    const whole = readSample(text, 0, text.length, false);
    assert.ok(
      whole.hits[LATIN_LANGUAGES.indexOf('en')]! > whole.hits[LATIN_LANGUAGES.indexOf('de')]!,
    );
    assert.equal(
      readFromMiddle(text, 0, text.length, 20, 5, NO_FLOOR),
      LATIN_LANGUAGES.indexOf('de'),
    );
    assert.equal(detectLanguage(text), 'de');
  });

  test('a middle that is not decisive is overturned by the rest of the sample', () => {
    const side = fill(en, 3000);
    assert.equal(detectLanguage(side + fill(de, 1500) + side), 'en');
  });

  test('Latin in the middle does not decide a sample that is mostly Cyrillic (scripts stay exact)', () => {
    const side = fill(ru, 2500);
    const text = side + fill(en, 3000) + side;
    assert.equal(typeof readFromMiddle(text, 0, text.length, 20, 5, NO_FLOOR), 'object');
    assert.equal(detectLanguage(text), 'ru');
  });

  test('a tie still goes to the language hit first in the sample, not first in reading order', () => {
    const half = fill(plain, 3000);
    // One hit each: Polish "jest" near the start, German "und" in the middle (read first). (Too
    // few hits for either language's floor share: the order is checked on the tally.)
    const first = (text: string) => {
      const tally = readFromMiddle(text, 0, text.length, 20, 5, NO_FLOOR);
      assert.ok(typeof tally === 'object');
      return LATIN_LANGUAGES[tally.order[0]!];
    };
    assert.equal(first(`jest ${half} und ${half}`), 'pl');
    assert.equal(first(`und ${half} jest ${half}`), 'de');
  });

  test('after a unit that lowers differently in context (İ), the whole sample is read', () => {
    const text = `${fill(de, 3000)} İSTANBUL ${fill(de, 3000)}`;
    const pieces = readFromMiddle(text, 0, text.length, 20, 5, NO_FLOOR);
    assert.ok(typeof pieces === 'object');
    assert.equal(pieces.latin, readSample(text, 0, text.length, false).latin);
    assert.equal(detectLanguage(text), 'de');
  });

  test('a Cyrillic middle sends the sample to the exact script count at once', () => {
    const text = fill(en, 1500) + fill(ru, 4000) + fill(en, 1500);
    const tally = readFromMiddle(text, 0, text.length, 20, 5, NO_FLOOR);
    assert.ok(typeof tally === 'object');
    assert.equal(tally.status, ABANDONED);
    assert.ok(tally.other > tally.latin);
    assert.equal(detectLanguage(text), 'ru');
  });

  test('a middle in a script without a list (Devanagari) sends the sample to the exact script count', () => {
    const hindi = fill('बिजली विभाग उसी पैसे को ', 1500);
    const text = fill(en, 2000) + hindi + fill(en, 2000);
    const tally = readFromMiddle(text, 0, text.length, 20, 5, NO_FLOOR);
    assert.ok(typeof tally === 'object' && tally.status === ABANDONED);
    // Mostly English all the same.
    assert.equal(detectLanguage(text), 'en');
  });

  test('short samples are read whole; pieces are cut between tokens', () => {
    assert.equal(
      readFromMiddle(fill(en, LANGUAGE_MIDDLE_MIN_CHARS - 1), 0, 2047, 20, 5, NO_FLOOR),
      undefined,
    );
    // One token longer than a piece: every count as in one read of the sample.
    const text = `${fill(plain, 2000)}${'x'.repeat(LANGUAGE_PIECE_CHARS * 2)} jest ${fill(plain, 2000)}`;
    const pieces = readFromMiddle(text, 0, text.length, 20, 5, NO_FLOOR);
    const whole = readSample(text, 0, text.length, false);
    assert.ok(typeof pieces === 'object');
    assert.deepEqual(
      [pieces.tokens, pieces.latin, pieces.other, [...pieces.hits], pieces.order],
      [whole.tokens, whole.latin, whole.other, [...whole.hits], whole.order],
    );
  });

  test('a language near its floor share is not decided early: the whole sample is judged', () => {
    // One English stop word in twelve tokens (8%): over the floor (7%) but not with the margin.
    const near = fill('the garden bridge river tree stone market hill field road lake town ', 6000);
    const floors = LATIN_LANGUAGES.map((l) => (l === 'en' ? 0.07 : 0));
    assert.equal(typeof readFromMiddle(near, 0, near.length, 20, 5, floors), 'object');
    assert.equal(
      readFromMiddle(near, 0, near.length, 20, 5, NO_FLOOR),
      LATIN_LANGUAGES.indexOf('en'),
    );
  });
});
