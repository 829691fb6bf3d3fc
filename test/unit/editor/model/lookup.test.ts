import * as assert from 'node:assert/strict';
import { adjacentMark, annotationsAt } from '../../../../src/editor/model/lookup';
import type { Mark } from '../../../../src/editor/model/marks';
import type { Annotation } from '../../../../src/sidecar/types';

const t = (start: number, end: number, anchor?: 'orphaned') => ({
  start,
  end,
  exact: 'x',
  prefix: '',
  suffix: '',
  ...(anchor ? { anchor } : {}),
});

const body: Annotation = {
  id: 's-1',
  kind: 'segment',
  label: 'body',
  block: 'paragraph',
  target: t(0, 100),
  by: 'a',
};
const quote: Annotation = {
  id: 'q-1',
  kind: 'quote',
  quote_type: 'direct',
  target: t(10, 30),
  speaker_span: t(32, 35),
  by: 'a',
  status: 'proposed',
};
const rejected: Annotation = {
  id: 'm-1',
  kind: 'meta',
  field: 'author',
  value: 'x',
  target: t(10, 20),
  by: 'a',
  status: 'rejected',
};
const orphan: Annotation = {
  id: 'm-2',
  kind: 'meta',
  field: 'agency',
  value: 'y',
  target: t(12, 14, 'orphaned'),
  by: 'a',
};

suite('editor/model/lookup', () => {
  test('the most specific annotation at a position comes first; rejected and orphaned are skipped', () => {
    const all = [body, quote, rejected, orphan];
    assert.deepEqual(
      annotationsAt(all, 13).map((a) => a.id),
      ['q-1', 's-1'],
    );
    assert.deepEqual(
      annotationsAt(all, 33).map((a) => a.id),
      ['q-1', 's-1'],
    ); // speaker span
    assert.deepEqual(
      annotationsAt(all, 31).map((a) => a.id),
      ['s-1'],
    );
    assert.deepEqual(
      annotationsAt(all, 30).map((a) => a.id),
      ['q-1', 's-1'],
    ); // end is inclusive
    assert.deepEqual(
      annotationsAt(all, 13, (a) => a.status === 'proposed').map((a) => a.id),
      ['q-1'],
    );
  });

  test('next and previous marks wrap around and count each annotation once', () => {
    const m = (id: string, start: number, status: Mark['status'] = 'manual'): Mark => ({
      kind: 'quote',
      span: { start, end: start + 2 },
      status,
      id,
    });
    const marks = [m('a', 5), m('b', 20), m('a', 40), m('c', 60, 'proposed')];
    assert.equal(adjacentMark(marks, 5, 1)?.id, 'b');
    assert.equal(adjacentMark(marks, 20, 1)?.id, 'c'); // 'a' at 40 is a second mark of 'a'
    assert.equal(adjacentMark(marks, 60, 1)?.id, 'a'); // wraps
    assert.equal(adjacentMark(marks, 20, -1)?.id, 'a');
    assert.equal(adjacentMark(marks, 0, -1)?.id, 'c'); // wraps
    assert.equal(adjacentMark(marks, 0, 1, (x) => x.status === 'proposed')?.id, 'c');
    assert.equal(adjacentMark([], 0, 1), undefined);
  });
});
