import * as assert from 'node:assert/strict';
import {
  detectCue,
  findSpeakerMention,
  trimQuoteMarks,
} from '../../../../src/editor/model/quoteHelpers';

const slice = (text: string, s: { start: number; end: number } | undefined) =>
  s ? text.slice(s.start, s.end) : undefined;

suite('editor/model/quoteHelpers', () => {
  const en =
    'Intro. "We will not attack," Vladislav Maslennikov told Izvestia. Later he said more.';
  const q = trimQuoteMarks(en, { start: 7, end: 28 });

  test('quotation marks and spaces around the selection are trimmed', () => {
    assert.equal(slice(en, q), 'We will not attack,');
    const ru = 'Он заявил: «Мы готовы» ';
    assert.equal(slice(ru, trimQuoteMarks(ru, { start: 11, end: ru.length })), 'Мы готовы');
  });

  test('the cue after the quote is preferred; otherwise the one before it', () => {
    assert.equal(slice(en, detectCue(en, q)), 'told');
    const ru = 'Как заявил министр, «рост продолжится».';
    const quote = trimQuoteMarks(ru, { start: 20, end: ru.length - 1 });
    assert.equal(slice(ru, detectCue(ru, quote)), 'заявил');
    assert.equal(detectCue('"Nothing here at all."', { start: 1, end: 21 }), undefined);
  });

  test('a cue word inside another word does not count', () => {
    const text = '"Go," the unsaid rule. ';
    assert.equal(detectCue(text, { start: 1, end: 4 }), undefined);
  });

  test('the speaker is found by full name, else by surname, nearest to the quote', () => {
    assert.equal(
      slice(en, findSpeakerMention(en, 'Vladislav Maslennikov', q)),
      'Vladislav Maslennikov',
    );
    const text = 'Maslennikov spoke. "Yes," Maslennikov said.';
    const quote = { start: 20, end: 24 };
    const m = findSpeakerMention(text, 'V. Maslennikov', quote);
    assert.deepEqual(m, { start: 26, end: 37 });
    assert.equal(findSpeakerMention(text, 'Nobody Here', quote), undefined);
  });
});
