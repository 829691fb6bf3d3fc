import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../../src/core';
import { PendingEdits } from '../../../../src/editor/model/pendingEdits';
import { applyChangesToText } from '../../../../src/editor/model/shiftSpans';
import { applyEdits } from '../../../../src/sidecar/edits';
import {
  createSidecar,
  mergeProposals,
  proposalsFromAnalysis,
} from '../../../../src/sidecar/index';

const TEXT = [
  'Home | World | Sport',
  '',
  'City council approves new budget',
  '13.01.2025 09:28',
  '',
  '"We have balanced the books for the first time in a decade," Jane Doe said on Monday.',
  '',
].join('\n');

suite('editor/model/pendingEdits', () => {
  test('edits recorded one by one and settled later give the sidecar of applying them at once', () => {
    const sidecar = mergeProposals(
      createSidecar('a.txt', TEXT),
      proposalsFromAnalysis(TEXT, analyzeText(TEXT)),
    );
    assert.ok(sidecar.annotations.length > 0);
    // An astral character first (UTF-16 ≠ code points), then a deletion inside the quote.
    const events = [
      [{ rangeOffset: 0, rangeLength: 0, text: '😀 ' }],
      [{ rangeOffset: TEXT.indexOf('balanced') + 3, rangeLength: 4, text: '' }],
    ];
    let expected = sidecar;
    let text = TEXT;
    for (const changes of events) {
      const next = applyChangesToText(text, changes);
      const edits = changes.map((c) => ({
        start: c.rangeOffset,
        end: c.rangeOffset + c.rangeLength,
        text: c.text,
      }));
      expected = applyEdits(expected, edits, next, { unit: 'utf16', oldText: text }).sidecar;
      text = next;
    }
    const pending = new PendingEdits();
    for (const changes of events) pending.push(changes);
    const r = pending.settle(sidecar, TEXT);
    assert.equal(pending.size, 0);
    assert.equal(r.text, text);
    assert.deepEqual(r.sidecar, expected);
    assert.equal(r.touched, true, 'the quote’s text was edited');

    // Settled one event at a time (a big text's refresh in steps): the same sidecar and text.
    const stepwise = new PendingEdits();
    for (const changes of events) stepwise.push(changes);
    let s = { sidecar, text: TEXT, touched: false };
    while (stepwise.size > 0) {
      const step = stepwise.settle(s.sidecar, s.text, 1);
      s = { ...step, touched: s.touched || step.touched };
    }
    assert.equal(s.text, text);
    assert.deepEqual(s.sidecar, expected);
    assert.equal(s.touched, true);
  });
});
