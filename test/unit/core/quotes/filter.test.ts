import * as assert from 'node:assert/strict';
import { bodyLines, labelLines, quotesOf } from './helpers';

suite('core/quotes/filter: quotations vs titles, names and scare quotes', () => {
  test('names, titles and scare quotes without a cue are not quotations', () => {
    for (const text of [
      'Der Fehler steckt im Browser „Mozilla Firefox“ und in älteren Versionen.',
      'Он охарактеризовал родной "совок" одной фразой.',
      'došlo v elektrárně k 315 "větším a menším" poruchám.',
      'Der Ballon mit der Aufschrift „Stoppt Kinderarbeit“ stieg auf.',
      'Tim Kaine said he was concerned, he said on "Meet the Press."',
      'Seine Schriften sind: „Zur Geschichte der Syntax“, „Material zu einer neuen Syntax“.',
      'Движение на трассе М-4 «Дон», закрытое из-за ДТП, будет перекрыто еще два дня, сообщила пресс-служба.',
    ]) {
      assert.deepEqual(quotesOf(text), [], text);
    }
  });

  test('a long quoted sentence is a quotation even without a cue', () => {
    const found = quotesOf(
      'The paper wrote on Monday. "Negotiations have reached a point where important decisions must be made."',
    );
    assert.equal(found.length, 1);
  });

  test('a colon intro with a short quotation that ends the sentence', () => {
    const found = quotesOf('Михаил Шемякин поразил меня фразой: "Мы выросли в кефире".');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'Михаил Шемякин');
  });

  test('quotations on a comment feed the classifier marks as furniture are dropped', () => {
    const text = [
      '"We want a legally binding agreement with the West," Lavrov said.',
      '',
      'Комментарий к "Российские военные до конца года получат шестнадцать серийных танков"',
    ].join('\n');
    const furniture = labelLines(text, (line) => (line === 2 ? ['comments', 0.6] : null));
    assert.deepEqual(
      quotesOf(text, furniture).map((q) => q.speaker),
      ['Lavrov'],
    );
    // An unsure classifier (everything body) keeps both; a confident one drops the cue-less title.
    assert.equal(quotesOf(text, bodyLines(text)).length, 2);
    const sure = labelLines(text, (line) => (line === 2 ? ['related', 0.9] : null));
    assert.equal(quotesOf(text, sure).length, 1);
  });

  test('an attributed quotation on a line labelled boilerplate with low confidence is kept', () => {
    const text = '"We will formulate concrete proposals to our Western colleagues," Lavrov said.';
    const unsure = labelLines(text, () => ['comments', 0.6]);
    assert.equal(quotesOf(text, unsure).length, 1);
  });
});
