import * as assert from 'node:assert/strict';
import { countAnnotations, mergeById } from '../../../../src/editor/model/sidecarSummary';
import { addAnnotation, createSidecar } from '../../../../src/sidecar/edit';

const text = '"Yes," Ann said. Body text here.';

suite('editor/model/sidecarSummary', () => {
  const base = createSidecar('a.txt', text);
  const q = addAnnotation(
    base,
    text,
    { kind: 'quote', quoteType: 'direct', spans: [{ start: 1, end: 5 }], speaker: { name: 'Ann' } },
    { by: 'ann' },
  );
  const theirs = addAnnotation(
    base,
    text,
    { kind: 'meta', field: 'author', value: 'Ann', span: { start: 7, end: 10 } },
    { by: 'bob', status: 'proposed' },
  );

  test('counts skip rejected annotations and count proposals and unanchored ones', () => {
    const s = {
      ...q.sidecar,
      annotations: [
        ...q.sidecar.annotations,
        {
          ...theirs.sidecar.annotations[0]!,
          target: { ...theirs.sidecar.annotations[0]!.target, anchor: 'orphaned' as const },
        },
      ],
    };
    assert.deepEqual(countAnnotations(s.annotations), {
      annotations: 2,
      quotes: 1,
      metadata: 1,
      proposals: 1,
      unanchored: 1,
    });
    const rejected = s.annotations.map((a) => ({ ...a, status: 'rejected' as const }));
    assert.equal(countAnnotations(rejected).annotations, 0);
  });

  test('merge keeps ours and adds theirs by id, with their entities', () => {
    const merged = mergeById(theirs.sidecar, q.sidecar);
    assert.deepEqual(merged.annotations.map((a) => a.id).sort(), [q.id, theirs.id].sort());
    assert.equal(merged.entities?.length, 1);
    // Same id on both sides: ours wins.
    const again = mergeById(q.sidecar, {
      ...q.sidecar,
      annotations: q.sidecar.annotations.map((a) => ({ ...a, note: 'mine' })),
    });
    assert.equal(again.annotations.length, 1);
    assert.equal(again.annotations[0]!.note, 'mine');
  });
});
