import * as assert from 'node:assert/strict';
import {
  acceptAnnotation,
  addAnnotation,
  createSidecar,
  parseSidecar,
  rejectAnnotation,
  removeAnnotation,
  serializeIfChanged,
  serializeSidecar,
  type Sidecar,
} from '../../../src/sidecar/index';

const TEXT = 'Alpha beta\r\ngamma "delta" 😀 epsilon\r\n';

function build(): Sidecar {
  let s = createSidecar('doc.txt', TEXT);
  s = addAnnotation(
    s,
    TEXT,
    { kind: 'quote', quoteType: 'direct', spans: [{ start: 19, end: 24 }] },
    { by: 'alice' },
  ).sidecar;
  s = addAnnotation(
    s,
    TEXT,
    { kind: 'segment', label: 'body', block: 'title', span: { start: 0, end: 10 } },
    { by: 'rule:seg@1', status: 'proposed' },
  ).sidecar;
  return s;
}

suite('sidecar/serialize', () => {
  test('canonical layout: sorted by position, blank line before each annotation, LF, final newline', () => {
    const text = serializeSidecar(build());
    assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'));
    assert.ok(!text.includes('\r'));
    assert.ok(!/[ \t]$/m.test(text), 'no trailing whitespace');
    const segment = text.indexOf('kind: segment');
    const quote = text.indexOf('kind: quote');
    assert.ok(segment > 0 && quote > segment, 'annotations sorted by start');
    assert.match(text, /annotations:\n\n {2}- id: s-[0-9a-f]{10}\n {4}kind: segment\n/);
    assert.match(text, /\n\n {2}- id: q-[0-9a-f]{10}\n/);
    // Strings are double-quoted on one line, CRLF escaped; identifiers and enums are plain.
    assert.match(text, /exact: "Alpha beta"/);
    assert.match(text, /suffix: "\\r\\ngamma \\"delta\\" 😀 epsilon\\r\\n"/);
    assert.match(text, /label: body\n/);
  });

  test('the same sidecar in any annotation order writes the same bytes', () => {
    const s = build();
    const reversed = { ...s, annotations: [...s.annotations].reverse() };
    assert.equal(serializeSidecar(reversed), serializeSidecar(s));
  });

  test('no write when nothing changes; a change gives new text', () => {
    const text = serializeSidecar(build());
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok);
    assert.equal(serializeIfChanged(parsed.sidecar, text), null);
    const id = parsed.sidecar.annotations.find((a) => a.kind === 'segment')!.id;
    const next = serializeIfChanged(acceptAnnotation(parsed.sidecar, id, 'bob'), text);
    assert.ok(next?.includes('status: accepted') && next.includes('by: "bob"'));
  });

  test('comments and x_ fields survive parse → modify → serialise', () => {
    const text = serializeSidecar(build())
      .replace('schema: scrapemark/1', 'schema: scrapemark/1 # the format')
      .replace(/(\n {2}- id: q-)/, '\n  # reviewed on paper$1')
      .replace('kind: quote', 'kind: quote\n    x_review: {round: 2, who: "carol"}')
      .replace('    by: "alice"', '    # the annotator\n    by: "alice" # trailing')
      .concat('# end of file\n');
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors));
    const seg = parsed.sidecar.annotations.find((a) => a.kind === 'segment')!;
    const out = serializeSidecar(rejectAnnotation(parsed.sidecar, seg.id, 'bob'), text);
    for (const kept of [
      '# the format',
      '# reviewed on paper',
      '# the annotator',
      '# trailing',
      '# end of file',
      'x_review:',
      'round: 2',
      'who: "carol"',
    ]) {
      assert.ok(out.includes(kept), `kept ${kept}\n${out}`);
    }
    assert.ok(out.includes('status: rejected'));
    // The comment stays with its annotation: right before the quote block.
    assert.match(out, /# reviewed on paper\n {2}- id: q-/);
    // And a second cycle is stable.
    const again = parseSidecar(out);
    assert.ok(again.ok);
    assert.equal(serializeSidecar(again.sidecar, out), out);
  });

  test('removing an annotation removes its comments, and its speaker when unused', () => {
    let s = build();
    const added = addAnnotation(
      s,
      TEXT,
      {
        kind: 'quote',
        quoteType: 'direct',
        spans: [{ start: 12, end: 17 }],
        speaker: { name: 'Gamma' },
      },
      { by: 'alice' },
    );
    s = added.sidecar;
    assert.equal(s.entities?.length, 1);
    s = removeAnnotation(s, added.id);
    assert.equal(s.entities, undefined);
    assert.ok(!serializeSidecar(s).includes('Gamma'));
  });

  test('ids are content hashes, stable across runs, and never recomputed', () => {
    const a = build();
    const b = build();
    assert.deepEqual(
      a.annotations.map((x) => x.id),
      b.annotations.map((x) => x.id),
    );
    const moved = {
      ...a,
      annotations: a.annotations.map((x) => ({
        ...x,
        target: { ...x.target, start: x.target.start + 1 },
      })),
    };
    assert.deepEqual(
      moved.annotations.map((x) => x.id),
      a.annotations.map((x) => x.id),
    );
  });

  test('long segments store a hash with head and tail instead of the text', () => {
    const long = `${'Related headline number one. '.repeat(10)}\n`;
    const s = addAnnotation(
      createSidecar('d.txt', long),
      long,
      { kind: 'segment', label: 'boilerplate', block: 'related', span: { start: 0, end: 290 } },
      { by: 'x' },
    ).sidecar;
    const t = s.annotations[0]!.target;
    assert.equal(t.exact, undefined);
    assert.match(t.exact_sha256 ?? '', /^[0-9a-f]{64}$/);
    assert.equal(t.head, 'Related headline number one. Rel');
    assert.equal([...(t.tail ?? '')].length, 32);
  });
});
