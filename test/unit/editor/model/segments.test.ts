import * as assert from 'node:assert/strict';
import { replaceSegments } from '../../../../src/editor/model/segments';
import { addAnnotation, createSidecar } from '../../../../src/sidecar/edit';
import type { Sidecar } from '../../../../src/sidecar/types';

const text = 'Menu line\nFirst paragraph.\nSecond paragraph.\nFooter';

function withSegment(
  s: Sidecar,
  start: number,
  end: number,
  label: 'body' | 'boilerplate',
  block: string,
): Sidecar {
  return addAnnotation(
    s,
    text,
    { kind: 'segment', label, block, span: { start, end } },
    { by: 'rule:x@1', status: 'proposed' },
  ).sidecar;
}

suite('editor/model/segments', () => {
  const base = withSegment(
    withSegment(createSidecar('a.txt', text), 0, 9, 'boilerplate', 'navigation'),
    10,
    44,
    'body',
    'paragraph',
  );

  test('a segment over part of another keeps the uncovered parts, trimmed, with the first id kept', () => {
    // Mark "Second paragraph." (27..44) as something else: the body segment keeps 10..26.
    const out = replaceSegments(base, text, { start: 27, end: 44 });
    const body = out.annotations.filter((a) => a.kind === 'segment' && a.label === 'body');
    assert.equal(body.length, 1);
    assert.equal(body[0]!.id, base.annotations[1]!.id);
    assert.equal(text.slice(body[0]!.target.start, body[0]!.target.end), 'First paragraph.');
    assert.equal(body[0]!.target.exact, 'First paragraph.');
  });

  test('a span in the middle splits a segment into two with distinct ids', () => {
    const out = replaceSegments(base, text, { start: 16, end: 26 }); // "paragraph."
    const pieces = out.annotations.filter((a) => a.kind === 'segment' && a.label === 'body');
    assert.deepEqual(
      pieces.map((a) => a.target.exact),
      ['First', 'Second paragraph.'],
    );
    assert.notEqual(pieces[0]!.id, pieces[1]!.id);
  });

  test('segments inside the span are removed; others are untouched (same object when nothing overlaps)', () => {
    const out = replaceSegments(base, text, { start: 0, end: 44 });
    assert.equal(out.annotations.length, 0);
    assert.equal(replaceSegments(base, text, { start: 45, end: 51 }), base);
  });
});
