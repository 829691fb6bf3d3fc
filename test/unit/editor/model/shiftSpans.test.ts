import * as assert from 'node:assert/strict';
import {
  applyChangesToText,
  shiftSpans,
  toShiftChanges,
} from '../../../../src/editor/model/shiftSpans';
import {
  previewWindow,
  PREVIEW_AFTER_CHARS,
  PREVIEW_BEFORE_CHARS,
} from '../../../../src/editor/model/preview';

const change = (rangeOffset: number, rangeLength: number, text: string) => ({
  rangeOffset,
  rangeLength,
  text,
});

suite('editor/model/shiftSpans', () => {
  test('a keystroke moves the spans after it, not those before; insertions at edges stay outside', () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 10, end: 20 },
      { start: 30, end: 40 },
    ];
    const c = toShiftChanges([change(10, 0, 'x')]);
    assert.deepEqual(shiftSpans(spans, c), [
      { start: 0, end: 5 },
      { start: 11, end: 21 },
      { start: 31, end: 41 },
    ]);
    // Typing at a span's end does not grow it; typing inside does.
    assert.deepEqual(shiftSpans(spans, toShiftChanges([change(20, 0, 'yy')]))[1], {
      start: 10,
      end: 20,
    });
    assert.deepEqual(shiftSpans(spans, toShiftChanges([change(15, 0, 'yy')]))[1], {
      start: 10,
      end: 22,
    });
  });

  test('a span deleted whole is dropped; a deletion cutting into a span shortens it', () => {
    const spans = [
      { start: 10, end: 20 },
      { start: 30, end: 40 },
    ];
    assert.deepEqual(shiftSpans(spans, toShiftChanges([change(5, 20, '')])), [
      { start: 10, end: 20 },
    ]);
    assert.deepEqual(shiftSpans(spans, toShiftChanges([change(15, 10, '')])), [
      { start: 10, end: 15 },
      { start: 20, end: 30 },
    ]);
  });

  test('several changes of one event apply simultaneously; the text follows them too', () => {
    const text = 'aaaa bbbb cccc';
    const changes = [change(10, 4, 'CC'), change(0, 0, '>>')];
    const next = applyChangesToText(text, changes);
    assert.equal(next, '>>aaaa bbbb CC');
    assert.deepEqual(shiftSpans([{ start: 5, end: 9 }], toShiftChanges(changes)), [
      { start: 7, end: 11 },
    ]);
    assert.equal(next.slice(7, 11), 'bbbb');
  });
});

suite('editor/model/preview', () => {
  test('the preview window covers the viewport top with context before, inside the text', () => {
    assert.deepEqual(previewWindow(0, 1_000_000), { start: 0, end: PREVIEW_AFTER_CHARS });
    const top = 500_000;
    assert.deepEqual(previewWindow(top, 1_000_000), {
      start: top - PREVIEW_BEFORE_CHARS,
      end: top + PREVIEW_AFTER_CHARS,
    });
    assert.deepEqual(previewWindow(999_000, 1_000_000), {
      start: 999_000 - PREVIEW_BEFORE_CHARS,
      end: 1_000_000,
    });
  });
});
