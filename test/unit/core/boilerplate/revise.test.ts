import * as assert from 'node:assert/strict';
import type { BlockClass, Verdict } from '../../../../src/core/boilerplate/classify';
import { revise } from '../../../../src/core/boilerplate/revise';

function v(cls: BlockClass, firm = false): Verdict {
  return { cls, kind: cls === 'bad' ? 'other' : 'paragraph', rule: cls, firm };
}

function run(
  classes: BlockClass[],
  opts: { heading?: number[]; fragment?: number[]; firm?: number[]; lengths?: number[] } = {},
) {
  const verdicts = classes.map((c, i) => v(c, opts.firm?.includes(i)));
  return revise(
    verdicts,
    classes.map((_, i) => opts.heading?.includes(i) ?? false),
    classes.map((_, i) => opts.fragment?.includes(i) ?? false),
    opts.lengths ?? classes.map(() => 50),
  );
}

suite('core/boilerplate/revise (context)', () => {
  test('a short block between good ones is good; between bad ones bad', () => {
    assert.deepEqual(run(['good', 'short', 'good']), ['good', 'good', 'good']);
    assert.deepEqual(run(['bad', 'short', 'bad']), ['bad', 'bad', 'bad']);
  });

  test('mixed neighbours: good only when the bad side is next to a near-good', () => {
    assert.deepEqual(run(['good', 'short', 'bad']), ['good', 'bad', 'bad']);
    assert.deepEqual(run(['good', 'short', 'near', 'bad']), ['good', 'good', 'good', 'bad']);
  });

  test('fragments never join by the short rule', () => {
    assert.deepEqual(run(['good', 'short', 'good'], { fragment: [1] }), ['good', 'bad', 'good']);
  });

  test('near-good is bad only between bad neighbours', () => {
    assert.deepEqual(run(['bad', 'near', 'bad']), ['bad', 'bad', 'bad']);
    assert.deepEqual(run(['good', 'near', 'bad']), ['good', 'good', 'bad']);
  });

  test('a heading followed by good text within the distance joins the body', () => {
    assert.deepEqual(run(['bad', 'short', 'good'], { heading: [1] }), ['bad', 'good', 'good']);
  });

  test("firm furniture ends a heading's reach", () => {
    assert.deepEqual(run(['bad', 'short', 'bad', 'good'], { heading: [1], firm: [2] }), [
      'bad',
      'bad',
      'bad',
      'good',
    ]);
  });

  test('a heading too far from good text stays bad', () => {
    assert.deepEqual(
      run(['bad', 'short', 'bad', 'good'], { heading: [1], lengths: [50, 50, 500, 300] }),
      ['bad', 'bad', 'bad', 'good'],
    );
  });

  test('long runs of short blocks resolve (linear tables, no rescans)', function () {
    this.timeout(30_000);
    const classes: BlockClass[] = Array.from({ length: 200_000 }, (_, i) =>
      i % 1000 === 0 ? 'good' : 'short',
    );
    const out = run(classes);
    assert.equal(out.length, classes.length);
    assert.equal(out[500], 'good');
    assert.equal(out[199_999], 'bad');
  });
});
