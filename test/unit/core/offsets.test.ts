import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { codePointLength, OffsetMap } from '../../../src/core/offsets';

/** Text from units of every kind: ASCII, CRLF, BOM, Cyrillic, emoji, lone surrogates. */
const unit = fc.constantFrom(
  'a',
  ' ',
  '\r\n',
  '\ufeff',
  'Ж',
  'ё',
  '😀',
  '𝄞',
  '\ud800',
  '\udc00',
  'é',
);
const text = fc.array(unit, { maxLength: 40 }).map((u) => u.join(''));

suite('core/offsets', () => {
  test('BMP-only text maps indices to themselves', () => {
    const map = new OffsetMap('Привіт, світ\r\n');
    assert.equal(map.isIdentity, true);
    assert.equal(map.toCodePoint(7), 7);
    assert.equal(map.toUtf16(7), 7);
  });

  test('astral characters count once in code points and twice in UTF-16', () => {
    const text = 'a😀b😀😀c';
    const map = new OffsetMap(text);
    const cps = Array.from(text);
    let u16 = 0;
    for (let cp = 0; cp <= cps.length; cp++) {
      assert.equal(map.toUtf16(cp), u16, `toUtf16(${cp})`);
      assert.equal(map.toCodePoint(u16), cp, `toCodePoint(${u16})`);
      if (cp < cps.length) u16 += cps[cp]!.length;
    }
    assert.equal(codePointLength(text), 6);
  });

  test('an index inside a surrogate pair maps to the start of its character', () => {
    const map = new OffsetMap('x😀y');
    assert.equal(map.toCodePoint(2), 1);
  });

  test('on any text, both directions agree with the characters as JavaScript iterates them', () => {
    fc.assert(
      fc.property(text, (t) => {
        const map = new OffsetMap(t);
        const chars = Array.from(t);
        assert.equal(codePointLength(t), chars.length);
        let u16 = 0;
        chars.forEach((c, cp) => {
          assert.equal(map.toUtf16(cp), u16);
          assert.equal(map.toCodePoint(u16), cp);
          // Inside a surrogate pair: the start of its character.
          if (c.length === 2) assert.equal(map.toCodePoint(u16 + 1), cp);
          u16 += c.length;
        });
        assert.equal(map.toUtf16(chars.length), t.length);
        assert.equal(map.toCodePoint(t.length), chars.length);
        assert.equal(map.isIdentity, chars.length === t.length);
      }),
      { numRuns: 500 },
    );
  });
});
