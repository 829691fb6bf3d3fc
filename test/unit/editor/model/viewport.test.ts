import * as assert from 'node:assert/strict';
import { clip, mergeAdjacent } from '../../../../src/editor/model/viewport';

suite('editor/model/viewport', () => {
  test('spans separated by whitespace only are merged; others are kept apart', () => {
    const text = 'aaa\n\nbbb ccc\nddd';
    // aaa 0-3, bbb 5-8, ccc 9-12, ddd 13-16
    const merged = mergeAdjacent(
      [
        { start: 9, end: 12 },
        { start: 0, end: 3 },
        { start: 5, end: 8 },
      ],
      text,
    );
    assert.deepEqual(merged, [{ start: 0, end: 12 }]);
    assert.deepEqual(
      mergeAdjacent(
        [
          { start: 0, end: 3 },
          { start: 13, end: 16 },
        ],
        text,
      ),
      [
        { start: 0, end: 3 },
        { start: 13, end: 16 },
      ],
      'text (bbb ccc) between them',
    );
  });

  test('overlapping spans merge into their union', () => {
    assert.deepEqual(
      mergeAdjacent(
        [
          { start: 0, end: 5 },
          { start: 2, end: 4 },
          { start: 3, end: 8 },
        ],
        'xxxxxxxxxx',
      ),
      [{ start: 0, end: 8 }],
    );
  });

  test('clip keeps the spans touching a window', () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 10, end: 20 },
      { start: 30, end: 40 },
    ];
    assert.deepEqual(clip(spans, [{ start: 15, end: 31 }]), [
      { start: 10, end: 20 },
      { start: 30, end: 40 },
    ]);
    assert.deepEqual(clip(spans, []), []);
  });
});
