import * as assert from 'node:assert/strict';
import { buildCorpusStats } from '../../../../src/core/corpus';
import { computeFeatures } from '../../../../src/core/boilerplate/features';
import { segment } from '../../../../src/core/boilerplate/segment';

function features(text: string, language = 'en', corpusTexts?: string[]) {
  const corpus = corpusTexts ? buildCorpusStats(corpusTexts) : undefined;
  return computeFeatures(segment(text), language, corpus);
}

suite('core/boilerplate/features', () => {
  test('sentence ends count behind closing quotes and brackets, in several scripts', () => {
    const f = features(
      'He said «да».\nОн сказал: «нет»\nIt “works.”\nEllipsis…\nNo end\nΤι;\nList:',
    );
    assert.deepEqual(
      f.map((x) => x.endsSentence),
      [true, false, true, true, false, true, false],
    );
    assert.equal(f[6]!.endsColon, true);
  });

  test('an emoji after the final mark still ends a sentence; an emoji alone does not', () => {
    const f = features(
      'We prepared an outstanding show at the festival! 🙂\nWe hope to see you soon. ☺️ 👍🏽\nSee you 🙂\n🙂',
    );
    assert.deepEqual(
      f.map((x) => x.endsSentence),
      [true, true, false, false],
    );
  });

  test('a copyright sign marks a legal notice, unless it is mojibake glued between letters', () => {
    const [notice, mojibake, long] = features(
      [
        '© 2019 Example News. Reproduction prohibited.',
        'Researchers from the institute, led by FranГ§ois LГ©vesque, found a simple way to make the drug.',
        `${'A long paragraph of prose about the study and its results. '.repeat(60)}Photo ©Reuters`,
      ].join('\n'),
    );
    assert.equal(notice!.legal, true);
    assert.equal(mojibake!.legal, false);
    assert.equal(long!.legal, false, 'more than LEGAL_LINE_MAX_WORDS words');
  });

  test('stop-word density uses the language list', () => {
    const [en] = features('The cat is on the mat and it is happy.');
    assert.ok(en!.stopDensity > 0.5, String(en!.stopDensity));
    const [ru] = features('Кот сидит на ковре, и он очень доволен этим.', 'ru');
    assert.ok(ru!.stopDensity > 0.2, String(ru!.stopDensity));
    const [none] = features('The cat is on the mat.', 'xx');
    assert.equal(none!.stopDensity, 0);
  });

  test('digit-only lines have no letters; dated lines carry a time or a date', () => {
    const f = features(
      '• $ 1.7\n13.01.2025 09:28\nWorld 11:01\nJanuary 14, 2012 - 8:06am Joe\nNo date here',
    );
    assert.deepEqual(
      f.map((x) => [x.noLetters, x.dated]),
      [
        [true, false],
        [true, true],
        [false, true],
        [false, true],
        [false, false],
      ],
    );
  });

  test('amounts and shares are no times: "0.86%", "$1.50", "1,472.19"', () => {
    const f = features(
      [
        'Copper rose 0.86% to $5,880.00 a tonne.',
        'Tickets cost $1.50 at the door.',
        'Gold added to $1,472.19 an ounce.',
        'Updated 10.44am',
        'Updated at 9:38',
      ].join('\n'),
    );
    assert.deepEqual(
      f.map((x) => x.dated),
      [false, false, false, true, true],
    );
  });

  test('teasers: a read-more marker; a trailing ellipsis is its own feature', () => {
    const f = features('Story goes on…\nMore here... \nGreat piece. Read more\nA full sentence.');
    assert.deepEqual(
      f.map((x) => [x.teaser, x.ellipsis]),
      [
        [false, true],
        [false, true],
        [true, false],
        [false, false],
      ],
    );
  });

  test('in-page repetition is counted on normalised lines', () => {
    const f = features('Headline one\nWorld 11:01\nHeadline one\nWorld 10:16\nUnique');
    assert.deepEqual(
      f.map((x) => x.pageRepeats),
      [2, 2, 2, 2, 1],
    );
  });

  test('lines lowered in context (final sigma, dotted İ) get the key of their normalisation', () => {
    const f = features('ΟΙ ΝΕΕΣ ΣΑΣ 2\nοι νέες σας 3\nİstanbul\ni̇stanbul', 'el');
    assert.deepEqual(
      f.map((x) => x.pageRepeats),
      [1, 1, 2, 2],
    );
    const g = features('ΝΕΕΣ ΣΑΣ\nνεες σας', 'el');
    assert.deepEqual(
      g.map((x) => x.pageRepeats),
      [2, 2],
    );
  });

  test('corpus repetition counts documents, not occurrences; rarer lines read 0', () => {
    // "Menu" is in CORPUS_MIN_DOCS = 3 documents (twice in the first), "Story A." in one.
    const docs = ['Menu\nMenu\nStory A.', 'Menu\nStory B.', 'Menu\nStory C.', 'Other'];
    const f = features(docs[0]!, 'en', docs);
    assert.deepEqual(
      f.map((x) => x.corpusDocs),
      [3, 3, 0],
    );
  });

  test('capitalisation ratio and letter ratio', () => {
    const [title, prose] = features(
      'Republicans Are Following Trump\nthey are not following anyone',
    );
    assert.equal(title!.capRatio, 1);
    assert.equal(prose!.capRatio, 0);
    assert.ok(prose!.letterRatio > 0.99);
  });
});
