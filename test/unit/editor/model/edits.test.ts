import * as assert from 'node:assert/strict';
import { toCodePointEdits } from '../../../../src/editor/model/edits';

suite('editor/model/edits', () => {
  test('BMP text: code point edits equal the UTF-16 ones', () => {
    assert.deepEqual(
      toCodePointEdits('hello world', [{ rangeOffset: 6, rangeLength: 5, text: 'there' }]),
      [{ start: 6, end: 11, length: 5 }],
    );
  });

  test('an emoji before the edit shifts it by one unit', () => {
    // '😀' is 2 UTF-16 units, 1 code point: UTF-16 offset 3 ('b') is code point 2.
    assert.deepEqual(toCodePointEdits('a😀bc', [{ rangeOffset: 3, rangeLength: 1, text: 'XY' }]), [
      { start: 2, end: 3, length: 2 },
    ]);
  });

  test('inserted emoji count as one code point each', () => {
    assert.deepEqual(toCodePointEdits('abc', [{ rangeOffset: 1, rangeLength: 0, text: '😀😀' }]), [
      { start: 1, end: 1, length: 2 },
    ]);
  });

  test('several changes apply in order, each against the text the previous left', () => {
    // Descending order, as VS Code reports multi-cursor edits: insert at 5, then delete the emoji.
    const edits = toCodePointEdits('😀abc😀', [
      { rangeOffset: 5, rangeLength: 2, text: '' },
      { rangeOffset: 0, rangeLength: 2, text: 'x' },
    ]);
    assert.deepEqual(edits, [
      { start: 4, end: 5, length: 0 },
      { start: 0, end: 1, length: 1 },
    ]);
  });
});
