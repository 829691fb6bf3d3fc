/**
 * Cleanup as a transaction: the edit list (whitespace, quotation marks, boilerplate, duplicated
 * title), and the rebase of every annotation through it (removed with dropped text for segments,
 * orphaned for the rest, re-made elsewhere), plus a property test over random texts and sidecars.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  applyTextEdits,
  cleanSource,
  cleanTextWithHeader,
  planCleanup,
} from '../../../src/sidecar/cleanup';
import {
  addAnnotation,
  createSidecar,
  sha256Hex,
  SourceText,
  targetHolds,
  targetsOf,
  type AnnotationDraft,
  type Sidecar,
} from '../../../src/sidecar/index';
import { applyChanges, RUNS, sidecarArb, textArb } from './gen';

const cp = (text: string, needle: string, from = 0) =>
  [...text.slice(0, text.indexOf(needle, from))].length;
const len = (s: string) => [...s].length;
const NO_DROP = { boilerplate: false, duplicateTitle: false } as const;

function annotate(text: string, drafts: AnnotationDraft[]): Sidecar {
  let s = createSidecar('doc.txt', text);
  for (const d of drafts) s = addAnnotation(s, text, d, { by: 'tester' }).sidecar;
  return s;
}

suite('sidecar/cleanup', function () {
  this.timeout(120_000);
  test('whitespace: runs become one space, line edges trimmed, one blank line at most, none at the ends', () => {
    const text = '\n  Hello   world \n\n\n\nSecond\tline\u00a0 \n\n';
    const r = cleanSource(text, undefined, NO_DROP);
    assert.equal(r.text, 'Hello world\n\nSecond line\n');
  });

  test('CRLF line ends are kept as they are', () => {
    const r = cleanSource('A  b\r\n\r\n\r\nC\r\n', undefined, NO_DROP);
    assert.equal(r.text, 'A b\r\n\r\nC\r\n');
  });

  test('mismatched quotation marks become a curly pair; matching ones are left alone', () => {
    const text =
      'He said \u201cyes" and "no\u201d and `threat\u2019 and ``so\'\' and \u201cfine\u201d.\n';
    const r = cleanSource(text, undefined, NO_DROP);
    assert.equal(
      r.text,
      'He said \u201cyes\u201d and \u201cno\u201d and \u2018threat\u2019 and \u201cso\u201d and \u201cfine\u201d.\n',
    );
  });

  test('an odd number of double marks on a line (a quote running on) is left alone', () => {
    const text = '\u201cFirst paragraph of a long quote.\nSecond part," he said.\n';
    assert.deepEqual(planCleanup(text, undefined, { ...NO_DROP, whitespace: false }), []);
  });

  test('boilerplate segments are dropped with their lines; annotations move, orphan or go', () => {
    const text =
      'Menu | Home | 13.01.2025\nTitle of the story\n\nHe said "we will  win" today.\nShare this\n';
    const sidecar = annotate(text, [
      {
        kind: 'segment',
        label: 'boilerplate',
        block: 'navigation',
        span: { start: 0, end: len('Menu | Home | 13.01.2025') },
      },
      {
        kind: 'meta',
        field: 'published',
        value: '2025-01-13',
        span: { start: cp(text, '13.01'), end: cp(text, '13.01') + 10 },
      },
      {
        kind: 'meta',
        field: 'title',
        value: 'Title of the story',
        span: { start: cp(text, 'Title'), end: cp(text, 'Title') + 18 },
      },
      {
        kind: 'quote',
        quoteType: 'direct',
        spans: [{ start: cp(text, 'we will'), end: cp(text, 'we will') + len('we will  win') }],
      },
      {
        kind: 'segment',
        label: 'boilerplate',
        block: 'share',
        span: { start: cp(text, 'Share'), end: cp(text, 'Share') + 10 },
      },
    ]);
    const r = cleanSource(text, sidecar);
    assert.equal(r.text, 'Title of the story\n\nHe said "we will win" today.\n');
    const s = r.sidecar!;
    assert.equal(r.removed.length, 2);
    assert.equal(s.annotations.filter((a) => a.kind === 'segment').length, 0);
    const published = s.annotations.find((a) => a.kind === 'meta' && a.field === 'published')!;
    assert.equal(published.target.anchor, 'orphaned');
    assert.equal(published.target.exact, '13.01.2025');
    assert.deepEqual(r.orphaned, [published.id]);
    const quote = s.annotations.find((a) => a.kind === 'quote')!;
    assert.equal(quote.target.exact, 'we will win');
    assert.equal(quote.target.start, cp(r.text, 'we will'));
    const title = s.annotations.find((a) => a.kind === 'meta' && a.field === 'title')!;
    assert.equal(title.target.start, 0);
    assert.equal(s.source.sha256, sha256Hex(r.text));
    assert.equal(s.source.length, len(r.text));
  });

  test('rejected boilerplate segments are kept in the text', () => {
    const text = 'Keep me\nBody.\n';
    let sidecar = annotate(text, [
      { kind: 'segment', label: 'boilerplate', block: 'other', span: { start: 0, end: 7 } },
    ]);
    sidecar = {
      ...sidecar,
      annotations: sidecar.annotations.map((a) => ({ ...a, status: 'rejected' as const })),
    };
    assert.equal(cleanSource(text, sidecar, { duplicateTitle: false }).text, text);
  });

  test('a line repeating the title is dropped; the title itself stays', () => {
    const text = 'Big news today\nSection\n\nBig news today\nBody of the article.\n';
    const at = cp(text, 'Big news today', 5);
    const sidecar = annotate(text, [
      { kind: 'meta', field: 'title', value: 'Big news today', span: { start: at, end: at + 14 } },
      {
        kind: 'segment',
        label: 'body',
        block: 'paragraph',
        span: { start: cp(text, 'Section'), end: cp(text, 'Section') + 7 },
      },
    ]);
    const r = cleanSource(text, sidecar, { boilerplate: false });
    assert.equal(r.text, 'Section\n\nBig news today\nBody of the article.\n');
    const title = r.sidecar!.annotations.find((a) => a.kind === 'meta')!;
    assert.equal(title.target.exact, 'Big news today');
    assert.equal(title.target.start, cp(r.text, 'Big news'));
  });

  test('astral characters and a BOM: offsets stay code points, the BOM is kept', () => {
    const text = '\ufeff😀  Intro 𝔸\n\n\nHe said «good   news» 👍🏽\n';
    const q = cp(text.slice(1), 'good');
    const sidecar = annotate(text, [
      { kind: 'quote', quoteType: 'direct', spans: [{ start: q, end: q + len('good   news') }] },
    ]);
    const r = cleanSource(text, sidecar, NO_DROP);
    assert.equal(r.text, '\ufeff😀 Intro 𝔸\n\nHe said «good news» 👍🏽\n');
    const src = new SourceText(r.text);
    const quote = r.sidecar!.annotations[0]!;
    assert.equal(quote.target.exact, 'good news');
    assert.ok(targetHolds(src, quote.target));
    assert.equal(r.sidecar!.source.bom, true);
  });

  test('export with a header puts the metadata first, JSON-quoted', () => {
    const text = 'Title\nBody "text".\n';
    const sidecar = annotate(text, [
      { kind: 'meta', field: 'title', value: 'A "T"', span: { start: 0, end: 5 } },
    ]);
    const r = cleanSource(text, sidecar, { boilerplate: false, duplicateTitle: false });
    assert.equal(
      cleanTextWithHeader(r, r.sidecar, 'doc.txt'),
      '---\nfile: "doc.txt"\ntitle: "A \\"T\\""\n---\n\nTitle\nBody "text".\n',
    );
  });

  test('property: text = edits applied; every kept target holds or is orphaned; nothing lost silently', () => {
    fc.assert(
      fc.property(
        textArb.chain((text) => sidecarArb(text).map((s) => ({ text, s }))),
        ({ text, s }) => {
          const r = cleanSource(text, s, { duplicateTitle: true });
          const body = new SourceText(text).text;
          assert.equal(r.text, applyChanges(text, r.edits));
          assert.equal(applyTextEdits(body, r.edits), new SourceText(r.text).text);
          const out = r.sidecar!;
          assert.equal(out.annotations.length + r.removed.length, s.annotations.length);
          for (const id of r.removed) {
            const a = s.annotations.find((x) => x.id === id)!;
            assert.equal(a.kind, 'segment');
          }
          const src = new SourceText(r.text);
          for (const a of out.annotations) {
            for (const t of targetsOf(a)) {
              assert.ok(
                t.anchor === 'orphaned' || targetHolds(src, t),
                `${a.id} ${JSON.stringify(t)}`,
              );
            }
          }
          assert.equal(out.source.sha256, sha256Hex(r.text));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
