import * as assert from 'node:assert/strict';
import { History } from '../../../../src/editor/model/history';

suite('editor/model/history', () => {
  test('undo returns the state before the change, redo the one after', () => {
    const h = new History<string>();
    h.push('a'); // a → b
    h.push('b'); // b → c
    assert.equal(h.undo('c'), 'b');
    assert.equal(h.undo('b'), 'a');
    assert.equal(h.undo('a'), undefined);
    assert.equal(h.redo('a'), 'b');
    assert.equal(h.redo('b'), 'c');
    assert.equal(h.canRedo, false);
  });

  test('a new change clears redo, and the stack is bounded', () => {
    const h = new History<number>(2);
    h.push(1);
    h.push(2);
    h.push(3);
    assert.equal(h.undo(4), 3);
    assert.equal(h.undo(3), 2);
    assert.equal(h.canUndo, false); // 1 was dropped
    h.push(9);
    assert.equal(h.canRedo, false);
  });
});
