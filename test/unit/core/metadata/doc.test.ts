import * as assert from 'node:assert/strict';
import { buildDoc, isTrimSpace, wordCount } from '../../../../src/core/metadata/doc';
import { linesOf } from './helpers';

suite('core/metadata line view', () => {
  test('isTrimSpace is the white space of String.prototype.trim and \\s', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const ws = ch.trim() === '';
      assert.equal(isTrimSpace(c), ws, `U+${c.toString(16)}`);
      assert.equal(/\s/u.test(ch), ws, `U+${c.toString(16)}`);
    }
  });

  test('lines are trimmed, a bullet and its spaces are dropped from the bare text', () => {
    const text = '  \u00a0Headline here\u3000\n•\u2003 de.site.ru\n-x\n* \n\u2022';
    const doc = buildDoc(text, linesOf(text), 'en');
    assert.deepEqual(
      doc.lines.map((l) => [
        l.text,
        l.bare,
        l.bullet,
        text.slice(l.start, l.start + l.text.length),
      ]),
      [
        ['Headline here', 'Headline here', false, 'Headline here'],
        ['•\u2003 de.site.ru', 'de.site.ru', true, '•\u2003 de.site.ru'],
        ['-x', '-x', false, '-x'],
        ['*', '*', false, '*'],
        ['\u2022', '\u2022', false, '\u2022'],
      ],
    );
  });

  test('wordCount stops at max', () => {
    assert.equal(wordCount('one two three four'), 4);
    assert.equal(wordCount('one two three four', 2), 2);
    assert.equal(wordCount('one two', 5), 2);
  });
});
