import * as assert from 'node:assert/strict';
import { supersedeProposals } from '../../../../src/editor/model/supersede';
import { addAnnotation, createSidecar } from '../../../../src/sidecar/edit';

const text = 'Title here\n13.01.2025 09:28\nBody.';

suite('editor/model/supersede', () => {
  test('a manual metadata value drops proposals for the same field; others stay', () => {
    let s = createSidecar('a.txt', text);
    s = addAnnotation(
      s,
      text,
      { kind: 'meta', field: 'published', value: '2025-01-13T09:28', span: { start: 11, end: 27 } },
      { by: 'rule:m@1', status: 'proposed' },
    ).sidecar;
    s = addAnnotation(
      s,
      text,
      { kind: 'meta', field: 'title', value: 'Title here', span: { start: 0, end: 10 } },
      { by: 'rule:m@1', status: 'proposed' },
    ).sidecar;
    const mine = addAnnotation(
      s,
      text,
      { kind: 'meta', field: 'published', value: '2025-01-13', span: { start: 11, end: 21 } },
      { by: 'ann' },
    );
    const out = supersedeProposals(mine.sidecar, mine.id);
    assert.deepEqual(
      out.annotations.map((a) => (a.kind === 'meta' ? [a.field, a.status ?? 'manual'] : [])),
      [
        ['title', 'proposed'],
        ['published', 'manual'],
      ],
    );
  });

  test('a segment proposal with the same span and claim is dropped; nothing to drop returns the input', () => {
    let s = createSidecar('a.txt', text);
    s = addAnnotation(
      s,
      text,
      { kind: 'segment', label: 'body', block: 'paragraph', span: { start: 28, end: 33 } },
      { by: 'rule:s@1', status: 'proposed' },
    ).sidecar;
    const mine = addAnnotation(
      s,
      text,
      { kind: 'segment', label: 'body', block: 'paragraph', span: { start: 28, end: 33 } },
      { by: 'ann' },
    );
    assert.equal(supersedeProposals(mine.sidecar, mine.id).annotations.length, 1);
    const other = addAnnotation(
      s,
      text,
      { kind: 'segment', label: 'boilerplate', block: 'other', span: { start: 0, end: 10 } },
      { by: 'ann' },
    );
    assert.equal(supersedeProposals(other.sidecar, other.id), other.sidecar);
  });
});
