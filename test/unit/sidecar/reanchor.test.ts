import * as assert from 'node:assert/strict';
import {
  addAnnotation,
  confirmAnchor,
  createSidecar,
  MIN_FUZZY_SCORE,
  reanchor,
  reattachAnnotation,
  SourceText,
  targetsOf,
  type Sidecar,
} from '../../../src/sidecar/index';

/** Code point offset of the n-th occurrence of `needle` (0-based), counting in code points. */
function cpIndexOf(text: string, needle: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} in text`);
  return new SourceText(text).toCodePoint(text.startsWith('\ufeff') ? i - 1 : i);
}

function quoteOn(text: string, exact: string, nth = 0): { sidecar: Sidecar; id: string } {
  const start = cpIndexOf(text, exact, nth);
  return addAnnotation(
    createSidecar('d.txt', text),
    text,
    { kind: 'quote', quoteType: 'direct', spans: [{ start, end: start + [...exact].length }] },
    { by: 'alice' },
  );
}

const SEED = [
  'Russia not going to attack NATO countries, senior diplomat says',
  '',
  'Russia not going to attack NATO countries, senior diplomat says',
  '13.01.2025 09:28',
  '"The alliance is totally to blame for downgrading those," he continued. 😀',
  '',
  'According to the diplomat, the hot lines are kept.',
  '',
].join('\n');

suite('sidecar/reanchor', () => {
  test('an unchanged source keeps every annotation plainly anchored and changes nothing', () => {
    const { sidecar } = quoteOn(SEED, 'The alliance is totally to blame');
    const r = reanchor(sidecar, SEED);
    assert.equal(r.changed, false);
    assert.deepEqual(
      r.report.map((x) => x.status),
      ['anchored'],
    );
  });

  test('text inserted above shifts offsets (code points, across emoji) and marks shifted', () => {
    const { sidecar, id } = quoteOn(SEED, 'hot lines');
    const next = `😀😀 BREAKING\r\n\r\n${SEED}`;
    const r = reanchor(sidecar, next);
    const t = r.sidecar.annotations.find((a) => a.id === id)!.target;
    assert.equal(t.anchor, 'shifted');
    assert.equal(t.start, sidecar.annotations[0]!.target.start + 15);
    assert.equal(new SourceText(next).slice(t.start, t.end), 'hot lines');
    assert.equal(r.sidecar.source.eol, 'mixed');
  });

  test('of two identical lines, the one whose context matches is chosen', () => {
    const title = 'Russia not going to attack NATO countries, senior diplomat says';
    const { sidecar, id } = quoteOn(SEED, title, 1); // the second title, before the date
    const next = `Intro paragraph.\n\n${SEED}`;
    const t = reanchor(sidecar, next).sidecar.annotations.find((a) => a.id === id)!.target;
    assert.equal(t.start, cpIndexOf(next, title, 1));
    assert.equal(t.anchor, 'shifted');
  });

  test('a word changed inside a quote gives a fuzzy anchor with the new text, the original exact kept', () => {
    const exact = 'The alliance is totally to blame for downgrading those';
    const { sidecar, id } = quoteOn(SEED, exact);
    const next = `New first line.\n${SEED.replace('totally', 'entirely')}`;
    const t = reanchor(sidecar, next).sidecar.annotations.find((a) => a.id === id)!.target;
    assert.equal(t.anchor, 'fuzzy');
    assert.equal(t.exact, exact);
    assert.equal(t.anchored_exact, exact.replace('totally', 'entirely'));
    assert.ok(t.score! >= MIN_FUZZY_SCORE && t.score! < 1, String(t.score));
    // A person confirms: the new text becomes exact and the status goes away.
    const confirmed = confirmAnchor(reanchor(sidecar, next).sidecar, id, next).annotations[0]!
      .target;
    assert.equal(confirmed.exact, t.anchored_exact);
    assert.equal(confirmed.anchor, undefined);
  });

  test('a deleted paragraph orphans its annotation, kept with its last offsets', () => {
    const { sidecar, id } = quoteOn(SEED, 'According to the diplomat, the hot lines are kept.');
    const next = SEED.replace('According to the diplomat, the hot lines are kept.\n', '');
    const r = reanchor(sidecar, next);
    const a = r.sidecar.annotations.find((x) => x.id === id)!;
    assert.equal(a.target.anchor, 'orphaned');
    assert.equal(a.target.exact, 'According to the diplomat, the hot lines are kept.');
    assert.equal(a.target.start, sidecar.annotations[0]!.target.start);
    // Re-attaching to a selection anchors it again.
    const span = { start: 0, end: 6 };
    const back = reattachAnnotation(r.sidecar, id, next, span).annotations[0]!.target;
    assert.equal(back.anchor, undefined);
    assert.equal(back.exact, 'Russia');
  });

  test('a heavily rewritten quote is orphaned rather than anchored on unrelated text', () => {
    const { sidecar, id } = quoteOn(SEED, 'The alliance is totally to blame for downgrading those');
    const next = SEED.replace(
      'The alliance is totally to blame for downgrading those',
      'Nobody said anything of the kind today',
    );
    assert.equal(
      reanchor(sidecar, next).sidecar.annotations.find((a) => a.id === id)!.target.anchor,
      'orphaned',
    );
  });

  test('a short repeated text with no matching context is orphaned, not guessed', () => {
    const text = 'he said. he said. he said.';
    const s = addAnnotation(
      createSidecar('d.txt', text),
      text,
      { kind: 'meta', field: 'author', value: 'he', span: { start: 9, end: 11 } },
      { by: 'a' },
    ).sidecar;
    const t = reanchor(s, 'Xhe, Xhe, Xhe').sidecar.annotations[0]!.target;
    assert.equal(t.anchor, 'orphaned');
  });

  test('a BOM is not counted; CRLF counts two code points', () => {
    const text = '\ufeffLine one\r\nЛиния два\r\n';
    const { sidecar } = quoteOn(text, 'Линия');
    assert.equal(sidecar.source.bom, true);
    assert.equal(sidecar.source.eol, 'crlf');
    assert.equal(sidecar.annotations[0]!.target.start, 10);
    const next = text.replace('\ufeff', '');
    const r = reanchor(sidecar, next);
    assert.equal(r.sidecar.annotations[0]!.target.start, 10);
    assert.equal(r.sidecar.annotations[0]!.target.anchor, undefined);
    assert.equal(r.sidecar.source.bom, false);
  });

  test('long hashed segments re-anchor by hash, and fuzzily by head and tail when the middle changed', () => {
    const block = Array.from({ length: 12 }, (_, i) => `Related headline ${i}`).join('\n');
    const text = `Body.\n\n${block}\n`;
    const start = cpIndexOf(text, 'Related headline 0');
    const s = addAnnotation(
      createSidecar('d.txt', text),
      text,
      {
        kind: 'segment',
        label: 'boilerplate',
        block: 'related',
        span: { start, end: start + block.length },
      },
      { by: 'r' },
    ).sidecar;
    assert.equal(s.annotations[0]!.target.exact, undefined);
    const moved = reanchor(s, `More body.\n${text}`).sidecar.annotations[0]!.target;
    assert.equal(moved.anchor, 'shifted');
    const edited = reanchor(s, text.replace('headline 5', 'headline five')).sidecar.annotations[0]!
      .target;
    assert.equal(edited.anchor, 'fuzzy');
    assert.ok(edited.score! < 1);
    // The head itself edited: still found (approximately), not orphaned.
    const headEdited = reanchor(s, text.replace('Related headline 0', 'Related headlines 0'))
      .sidecar.annotations[0]!.target;
    assert.equal(headEdited.anchor, 'fuzzy');
    assert.equal(headEdited.start, start);
    // Most of the block gone: orphaned.
    const cut = reanchor(s, text.replace(block.slice(40, 200), '')).sidecar.annotations[0]!.target;
    assert.equal(cut.anchor, 'orphaned');
  });

  test('sub-spans of a quote follow the quote; source info is refreshed', () => {
    const text = 'Intro.\n"We are not going to attack," he said.\n';
    const q = cpIndexOf(text, 'We are');
    const s = addAnnotation(
      createSidecar('d.txt', text),
      text,
      {
        kind: 'quote',
        quoteType: 'direct',
        spans: [{ start: q, end: q + 27 }],
        speaker: { name: 'Him' },
        speakerSpan: { start: cpIndexOf(text, 'he said'), end: cpIndexOf(text, 'he said') + 2 },
        cueSpan: { start: cpIndexOf(text, 'said'), end: cpIndexOf(text, 'said') + 4 },
      },
      { by: 'a' },
    ).sidecar;
    const next = `he said nothing.\n${text}`;
    const r = reanchor(s, next);
    const a = r.sidecar.annotations[0]!;
    assert.ok(a.kind === 'quote');
    assert.equal(a.speaker_span!.start, cpIndexOf(next, 'he said', 1));
    assert.equal(a.cue_span!.start, cpIndexOf(next, 'said', 1));
    assert.equal(r.sidecar.source.length, [...next].length);
    assert.notEqual(r.sidecar.source.sha256, s.source.sha256);
  });
});

suite('sidecar/reanchor at scale', () => {
  test('a big file with repeated short texts: everything shifts exactly, in linear time', () => {
    const para = (i: number) => `"We will see," he said. Item ${i} was sold.\n\n`;
    let text = '';
    for (let i = 0; i < 4000; i++) text += para(i);
    let s = createSidecar('big.txt', text);
    for (let i = 0; i < 4000; i += 7) {
      const start = text.indexOf(`Item ${i} `);
      s = addAnnotation(
        s,
        text,
        {
          kind: 'quote',
          quoteType: 'direct',
          spans: [{ start: start - 23, end: start - 11 }],
          speakerSpan: { start: start - 9, end: start - 7 },
        },
        { by: 'tester' },
      ).sidecar;
    }
    const edited = `Breaking.\n\n${text}`;
    const started = Date.now();
    const r = reanchor(s, edited);
    const ms = Date.now() - started;
    const src = new SourceText(edited);
    for (const a of r.sidecar.annotations)
      for (const t of targetsOf(a)) {
        assert.equal(t.anchor, 'shifted');
        assert.equal(src.slice(t.start, t.end), t.exact);
      }
    assert.ok(ms < 5000, `${ms} ms`);
  });
});
