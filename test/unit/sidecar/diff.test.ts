/** Semantic diff of sidecars and the textconv rendering. */
import * as assert from 'node:assert/strict';
import { diffIsEmpty, diffSidecars, formatDiff, renderSidecar } from '../../../src/sidecar/diff';
import {
  acceptAnnotation,
  addAnnotation,
  applyEdits,
  createSidecar,
  removeAnnotation,
  type Sidecar,
} from '../../../src/sidecar/index';

const TEXT = 'Title here\n"We will win," said Ann Lee.\nMenu\n';

function base(): { s: Sidecar; quote: string; title: string; menu: string } {
  let s = createSidecar('a.txt', TEXT);
  const t = addAnnotation(
    s,
    TEXT,
    { kind: 'meta', field: 'title', value: 'Title here', span: { start: 0, end: 10 } },
    { by: 'rule:meta@1', status: 'proposed' },
  );
  const q = addAnnotation(
    t.sidecar,
    TEXT,
    {
      kind: 'quote',
      quoteType: 'direct',
      spans: [{ start: 12, end: 23 }],
      speaker: { name: 'Ann Lee' },
      speakerSpan: { start: 31, end: 38 },
    },
    { by: 'alice' },
  );
  const m = addAnnotation(
    q.sidecar,
    TEXT,
    { kind: 'segment', label: 'boilerplate', block: 'navigation', span: { start: 40, end: 44 } },
    { by: 'alice' },
  );
  s = m.sidecar;
  return { s, quote: q.id, title: t.id, menu: m.id };
}

suite('sidecar/diff', () => {
  test('identical sidecars: empty diff', () => {
    const { s } = base();
    const d = diffSidecars(s, s);
    assert.ok(diffIsEmpty(d));
    assert.equal(formatDiff(d, s, s), '0 added, 0 removed, 0 changed, 0 moved\n');
  });

  test('added, removed and changed annotations with their text; speaker changes by name', () => {
    const { s, quote, title, menu } = base();
    let next = acceptAnnotation(s, title, 'bob');
    next = removeAnnotation(next, menu);
    next = {
      ...next,
      entities: next.entities!.map((e) => ({ ...e, name: 'Anne Lee' })),
    };
    const added = addAnnotation(
      next,
      TEXT,
      { kind: 'meta', field: 'author', value: 'Ann Lee', span: { start: 31, end: 38 } },
      { by: 'bob' },
    );
    const d = diffSidecars(s, added.sidecar);
    assert.deepEqual(
      d.added.map((a) => a.id),
      [added.id],
    );
    assert.deepEqual(
      d.removed.map((a) => a.id),
      [menu],
    );
    const byId = new Map(d.changed.map((c) => [c.after.id, c.changes]));
    assert.deepEqual(byId.get(title), [
      { field: 'status', before: 'proposed', after: 'accepted' },
      { field: 'by', before: 'rule:meta@1', after: 'bob' },
    ]);
    assert.deepEqual(byId.get(quote), [{ field: 'speaker', before: 'Ann Lee', after: 'Anne Lee' }]);
    const text = formatDiff(d, s, added.sidecar);
    assert.match(
      text,
      new RegExp(`^- segment ${menu} boilerplate/navigation by alice: "Menu"$`, 'm'),
    );
    assert.match(
      text,
      new RegExp(`^\\+ meta ${added.id} author = "Ann Lee" by bob: "Ann Lee"$`, 'm'),
    );
    assert.match(text, /^ {4}status: "proposed" → "accepted"$/m);
    assert.match(text, /1 added, 1 removed, 2 changed, 0 moved\n$/);
  });

  test('offsets that only moved are counted, not listed', () => {
    const { s } = base();
    const moved = applyEdits(s, [{ start: 0, end: 0, text: 'NEW\n' }], `NEW\n${TEXT}`).sidecar;
    const d = diffSidecars(s, moved);
    assert.equal(d.changed.length, 0);
    assert.equal(d.moved, 3);
    assert.deepEqual(d.header, [
      {
        field: 'source.length',
        before: String(s.source.length),
        after: String(s.source.length + 4),
      },
    ]);
  });

  test('show: one line per annotation in position order, no offsets unless asked', () => {
    const { s, quote } = base();
    const lines = renderSidecar(s).split('\n');
    assert.match(lines[0]!, /^source a\.txt sha256 [0-9a-f]{12} length 45 eol lf$/);
    assert.match(
      lines[1]!,
      /^meta m-\w+ title = "Title here" \[proposed\] by rule:meta@1: "Title here"$/,
    );
    assert.equal(lines[2], `quote ${quote} direct speaker "Ann Lee" by alice: "We will win"`);
    assert.equal(lines[3], '    speaker mention: "Ann Lee"');
    assert.match(lines[4]!, /^segment s-\w+ boilerplate\/navigation by alice: "Menu"$/);
    assert.match(renderSidecar(s, { offsets: true }), /^\[12-23\] quote/m);
  });
});
