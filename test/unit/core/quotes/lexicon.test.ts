import * as assert from 'node:assert/strict';
import { CUES } from '../../../../src/core/data/cues/index';
import { cueLanguages, lexicon } from '../../../../src/core/quotes/lexicon';

suite('core/quotes/lexicon: cue data and language choice', () => {
  test('cue data: seven languages, lower-case entries, single-token verbs, no duplicates', () => {
    assert.deepEqual(Object.keys(CUES).sort(), ['cs', 'de', 'en', 'fr', 'pl', 'ru', 'uk']);
    for (const [lang, d] of Object.entries(CUES)) {
      for (const v of d.verbs) {
        assert.equal(v, v.toLowerCase(), `${lang} verb ${v}`);
        assert.ok(!/\s/u.test(v), `${lang} verb ${v} is one token`);
      }
      for (const p of [...d.phrases, ...d.sourcePhrases])
        assert.equal(p, p.toLowerCase(), `${lang} ${p}`);
      assert.equal(new Set(d.verbs).size, d.verbs.length, `${lang} verbs repeat`);
      assert.ok(d.verbs.length >= 20 && d.pronouns.length >= 4, `${lang} is populated`);
    }
    assert.ok(CUES.ru!.verbs.includes('заявила') && CUES.uk!.verbs.includes('сказав'));
    assert.ok(CUES.cs!.verbs.includes('řekla') && CUES.pl!.verbs.includes('powiedziała'));
  });

  test('the detected language is used; Cyrillic and Latin lists come together', () => {
    assert.deepEqual(cueLanguages('any text', 'de'), ['de', 'ru', 'uk']);
    assert.deepEqual(cueLanguages('any text', 'ru'), ['ru', 'uk', 'en']);
    const lex = lexicon(['en', 'ru', 'uk']);
    assert.ok(lex.verbs.has('said') && lex.verbs.has('заявил') && lex.verbs.has('сказав'));
    assert.ok(!lexicon(['en']).pronouns.has('on'), 'Czech "on" is not an English pronoun');
  });

  test('an undetected language is guessed from letters and function words', () => {
    assert.equal(cueLanguages('"Jsme tady zatím sami," říká Miroslava.', 'und')[0], 'cs');
    assert.equal(cueLanguages('«Ми готові», – сказав Столтенберг і пішов.', 'und')[0], 'uk');
    assert.equal(cueLanguages('«Мы готовы», — сказал Лавров.', 'und')[0], 'ru');
    assert.equal(cueLanguages('„Wir sind bereit“, sagte der Sprecher und ging.', 'und')[0], 'de');
    assert.equal(cueLanguages('"We are ready," the minister said.', 'und')[0], 'en');
  });
});
