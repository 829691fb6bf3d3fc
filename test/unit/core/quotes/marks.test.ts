import * as assert from 'node:assert/strict';
import { pairMarks } from '../../../../src/core/quotes/marks';

/** Contents of the outermost pairs, multi-paragraph parts joined with " | ". */
function outer(text: string): string[] {
  return pairMarks(text)
    .filter((p) => p.depth === 0)
    .sort((a, b) => a.open - b.open)
    .map((p) => p.segments.map((s) => text.slice(s.start, s.end).trim()).join(' | '));
}

suite('core/quotes/marks: pairing', () => {
  test('every pairing style', () => {
    const cases: [string, string][] = [
      ['He said “yes, we will” today.', 'yes, we will'],
      ['Он сказал «да, будем» вчера.', 'да, будем'],
      ['Er sagte „ja, wir werden“ heute.', 'ja, wir werden'],
      ['Powiedział „tak, będziemy” dziś.', 'tak, będziemy'],
      ['Er sagte ‚ja‘ heute.', 'ja'],
      ['Il a dit ‹ oui › hier.', 'oui'],
      ['Er sagte »ja, wir werden« heute.', 'ja, wir werden'],
      ['Il a dit « oui, nous allons » hier.', 'oui, nous allons'],
      ['He said "yes, we will" today.', 'yes, we will'],
      ['a `threat’ allegedly posed', 'threat'],
      ['She said ‘no’ twice.', 'no'],
    ];
    for (const [text, content] of cases) assert.deepEqual(outer(text), [content], text);
  });

  test('apostrophes never close a quotation', () => {
    assert.deepEqual(outer('“The Ministry’s view is that we don’t care,” he said.'), [
      'The Ministry’s view is that we don’t care,',
    ]);
    assert.deepEqual(outer('a ‘threat to the Ministry’s plans’ was seen'), [
      'threat to the Ministry’s plans',
    ]);
  });

  test('symmetric marks are paired by context, including a same-mark nested title', () => {
    const text = 'Комментарий к "Российские военные получат 16 танков "Армата" - газета"';
    const pairs = pairMarks(text);
    const top = pairs.filter((p) => p.depth === 0);
    assert.equal(top.length, 1);
    assert.equal(
      text.slice(top[0]!.segments[0]!.start, top[0]!.close),
      'Российские военные получат 16 танков "Армата" - газета',
    );
    assert.equal(pairs.filter((p) => p.depth === 1).length, 1);
  });

  test('nested quotations of another mark stay inside the outer one', () => {
    const text = '«Он сказал: „Как это скучно!“ — и ушёл», — вспоминал я.';
    const pairs = pairMarks(text);
    assert.deepEqual(outer(text), ['Он сказал: „Как это скучно!“ — и ушёл»,'.slice(0, -2)]);
    assert.equal(pairs.length, 2);
  });

  test('a multi-paragraph quotation reopens the mark at each paragraph', () => {
    const text = '"First paragraph of the speech.\n\n"Second paragraph, and the end."\n\nAfter.';
    assert.deepEqual(outer(text), [
      'First paragraph of the speech. | Second paragraph, and the end.',
    ]);
  });

  test('an unclosed mark at the end of a paragraph is dropped, not carried on', () => {
    assert.deepEqual(outer('He said "this never closes.\n\nNext "paragraph" here.'), ['paragraph']);
  });

  test('a directed opener met again long after its twin was never closed', () => {
    const long = 'x'.repeat(200);
    const text = `Sie schrieb: „Die einzige Meldung ${long}. Die „Zeitung“ sagt es. „Die Verhandlungen sind offen.“`;
    assert.deepEqual(outer(text), ['Zeitung', 'Die Verhandlungen sind offen.']);
  });
});
