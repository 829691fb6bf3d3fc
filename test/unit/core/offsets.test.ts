import * as assert from 'node:assert/strict';
import { codePointLength, OffsetMap } from '../../../src/core/offsets';

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
});
