import * as assert from 'node:assert/strict';
import {
  addAnnotation,
  applyEdits,
  createSidecar,
  textSimilarity,
} from '../../../src/sidecar/index';

const TEXT = 'Intro 😀.\n"We will not attack NATO countries," he said.\n';

function withQuote() {
  const start = [...TEXT].indexOf('W');
  const exact = 'We will not attack NATO countries';
  return addAnnotation(
    createSidecar('d.txt', TEXT),
    TEXT,
    { kind: 'quote', quoteType: 'direct', spans: [{ start, end: start + exact.length }] },
    { by: 'a' },
  );
}

suite('sidecar/applyEdits', () => {
  test('an insertion before a span shifts it without a status (code points)', () => {
    const { sidecar } = withQuote();
    const next = `🎉 ${TEXT}`;
    const r = applyEdits(sidecar, [{ start: 0, end: 0, text: '🎉 ' }], next);
    const t = r.sidecar.annotations[0]!.target;
    assert.equal(t.start, sidecar.annotations[0]!.target.start + 2);
    assert.equal(t.anchor, undefined);
    assert.deepEqual(r.touched, []);
    assert.equal(r.sidecar.source.length, [...next].length);
  });

  test('UTF-16 change offsets are converted with the old text', () => {
    const { sidecar } = withQuote();
    const at = TEXT.indexOf('.\n'); // after the emoji: UTF-16 index ≠ code point offset
    const next = `${TEXT.slice(0, at)}!!${TEXT.slice(at)}`;
    const cp = applyEdits(
      sidecar,
      [{ start: [...TEXT.slice(0, at)].length, end: [...TEXT.slice(0, at)].length, text: '!!' }],
      next,
    );
    const u16 = applyEdits(sidecar, [{ start: at, end: at, text: '!!' }], next, {
      unit: 'utf16',
      oldText: TEXT,
    });
    assert.deepEqual(u16.sidecar, cp.sidecar);
    assert.throws(
      () => applyEdits(sidecar, [{ start: at, end: at, text: '' }], TEXT, { unit: 'utf16' }),
      /oldText/,
    );
  });

  test('a word edited inside a span makes it fuzzy with the new text; insertions at its edges stay outside', () => {
    const { sidecar, id } = withQuote();
    const t0 = sidecar.annotations[0]!.target;
    const wordAt = t0.start + 'We will not attack '.length;
    const next =
      [...TEXT].slice(0, wordAt).join('') + 'OTAN' + [...TEXT].slice(wordAt + 4).join('');
    const r = applyEdits(sidecar, [{ start: wordAt, end: wordAt + 4, text: 'OTAN' }], next);
    const t = r.sidecar.annotations[0]!.target;
    assert.deepEqual(r.touched, [id]);
    assert.equal(t.anchor, 'fuzzy');
    assert.equal(t.anchored_exact, 'We will not attack OTAN countries');
    const edge = applyEdits(
      sidecar,
      [
        { start: t0.start, end: t0.start, text: 'X' },
        { start: t0.end, end: t0.end, text: 'Y' },
      ],
      'unused',
    );
    assert.equal(edge.touched.length, 0);
  });

  test('a span deleted or rewritten beyond recognition is orphaned, not silently wrong', () => {
    const { sidecar } = withQuote();
    const t0 = sidecar.annotations[0]!.target;
    const chars = [...TEXT];
    const next = chars.slice(0, t0.start - 1).join('') + chars.slice(t0.end + 1).join('');
    const r = applyEdits(sidecar, [{ start: t0.start - 1, end: t0.end + 1, text: '' }], next);
    assert.equal(r.sidecar.annotations[0]!.target.anchor, 'orphaned');
  });

  test('overlapping changes are refused', () => {
    const { sidecar } = withQuote();
    assert.throws(
      () =>
        applyEdits(
          sidecar,
          [
            { start: 0, end: 5, text: '' },
            { start: 3, end: 6, text: '' },
          ],
          TEXT,
        ),
      /overlap/,
    );
  });

  test('textSimilarity is 1 − edit distance / longer length, in code points', () => {
    assert.equal(textSimilarity('abcd', 'abcd'), 1);
    assert.equal(textSimilarity('abcd', 'abXd'), 0.75);
    assert.equal(textSimilarity('😀😀', '😀'), 0.5);
    assert.equal(textSimilarity('', ''), 1);
  });
});
