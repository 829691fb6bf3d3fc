/**
 * Property tests of the anchoring guarantees: random texts (emoji, CRLF, BOM, Cyrillic, NFD) ×
 * random annotations × random edit sequences. Every target ends either plainly anchored on text
 * equal to its `exact` (or hash), `shifted` on equal text, `fuzzy` on its `anchored_exact`, or
 * `orphaned`; no annotation is ever lost; tool-written files round-trip byte for byte.
 * Cases per property: SCRAPEMARK_PROPERTY_RUNS (see the report in docs/sidecar-format.md).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  applyEdits,
  parseSidecar,
  reanchor,
  sameText,
  serializeSidecar,
  SourceText,
  targetsOf,
  type Sidecar,
  type Target,
} from '../../../src/sidecar/index';
import { applyChanges, changesArb, cpLength, RUNS, sidecarArb, textArb } from './gen';

let cases = 0;
const started = Date.now();

/** The invariant: a target is never on wrong text without a status saying so. */
function assertHonest(src: SourceText, t: Target, where: string): void {
  if (t.anchor === 'orphaned') return;
  assert.ok(
    t.start <= t.end && t.end <= src.length,
    `${where}: offsets ${t.start}..${t.end} within ${src.length}`,
  );
  const here = src.slice(t.start, t.end);
  if (t.anchor === 'fuzzy') {
    if (t.anchored_exact !== undefined)
      assert.equal(here, t.anchored_exact, `${where}: fuzzy target holds anchored_exact`);
    assert.ok((t.score ?? 0) >= 0 && (t.score ?? 0) <= 1);
    return;
  }
  assert.ok(
    sameText(t, here),
    `${where}: ${t.anchor ?? 'anchored'} target holds its exact text (${JSON.stringify(t.exact)} vs ${JSON.stringify(here)})`,
  );
}

function assertAll(s: Sidecar, text: string, before: Sidecar, label: string): void {
  const src = new SourceText(text);
  assert.deepEqual(
    s.annotations.map((a) => a.id).sort(),
    before.annotations.map((a) => a.id).sort(),
    `${label}: no annotation lost or added`,
  );
  for (const a of s.annotations) {
    const ts = targetsOf(a);
    const old = before.annotations.find((b) => b.id === a.id)!;
    assert.equal(ts.length, targetsOf(old).length, `${label}: no target lost`);
    ts.forEach((t, i) => assertHonest(src, t, `${label} ${a.id}[${i}]`));
  }
}

function assertRoundTrip(s: Sidecar): void {
  const text = serializeSidecar(s);
  const parsed = parseSidecar(text);
  assert.ok(parsed.ok, `the written file parses: ${JSON.stringify(!parsed.ok && parsed.errors)}`);
  assert.equal(
    serializeSidecar(parsed.sidecar, text),
    text,
    'serialise(parse(file)) is byte-identical',
  );
  assert.equal(serializeSidecar(parsed.sidecar), text, 'and the same without the previous text');
}

/** Maps a code point offset through changes the way a span start moves (insertions at it push it). */
function mapStart(
  p: number,
  changes: readonly { start: number; end: number; text: string }[],
): number {
  let delta = 0;
  for (const c of changes) {
    if (c.end <= p && !(c.start === c.end && c.start === p && false))
      delta += cpLength(c.text) - (c.end - c.start);
    else if (c.start === c.end && c.start === p) delta += cpLength(c.text);
  }
  return p + delta;
}

suite('sidecar/properties', function () {
  // Generous: the budget grows with the number of cases; the machine may be shared.
  this.timeout(20_000 + RUNS * 100);
  suiteTeardown(() => {
    if (process.env.SCRAPEMARK_PROPERTY_RUNS) {
      console.log(
        `\n  sidecar properties: ${cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  });

  test('external edits → reanchor: honest statuses, nothing lost, unique untouched texts found in place, byte-stable files', () => {
    fc.assert(
      fc.property(
        textArb.chain((text) =>
          fc.tuple(
            fc.constant(text),
            sidecarArb(text),
            fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
          ),
        ),
        ([text0, s0, steps]) => {
          cases++;
          assertRoundTrip(s0);
          let text = text0;
          let s = s0;
          for (const seed of steps) {
            const n = cpLength(new SourceText(text).text);
            const changes = fc.sample(changesArb(n), { seed, numRuns: 1 })[0]!;
            const next = applyChanges(text, changes);
            const r = reanchor(s, next);
            assertAll(r.sidecar, next, s, 'reanchor');
            assertRoundTrip(r.sidecar);
            // Correctness, not only honesty: a target the changes did not touch, whose text occurs
            // once in the new text, is found exactly where the edit moved it (or orphaned).
            const src = new SourceText(next);
            for (const a of s.annotations) {
              const after = r.sidecar.annotations.find((b) => b.id === a.id)!;
              targetsOf(a).forEach((t, i) => {
                const u = targetsOf(after)[i]!;
                if (
                  t.anchor ||
                  t.exact === undefined ||
                  t.exact.length === 0 ||
                  u.anchor === 'orphaned'
                )
                  return;
                const touched = changes.some((c) =>
                  c.start === c.end
                    ? c.start > t.start && c.start < t.end
                    : c.start < t.end && c.end > t.start,
                );
                if (touched || src.text.indexOf(t.exact) !== src.text.lastIndexOf(t.exact)) return;
                assert.equal(
                  u.start,
                  mapStart(t.start, changes),
                  `${a.id}[${i}] found where it moved`,
                );
                assert.notEqual(u.anchor, 'fuzzy');
              });
            }
            text = next;
            s = r.sidecar;
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('live edits → applyEdits: untouched targets move exactly, touched ones are re-checked, nothing lost', () => {
    fc.assert(
      fc.property(
        textArb.chain((text) =>
          fc.tuple(
            fc.constant(text),
            sidecarArb(text),
            fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
          ),
        ),
        ([text0, s0, steps]) => {
          cases++;
          let text = text0;
          let s = s0;
          for (const seed of steps) {
            const n = cpLength(new SourceText(text).text);
            const changes = fc.sample(changesArb(n), { seed, numRuns: 1 })[0]!;
            const next = applyChanges(text, changes);
            const r = applyEdits(s, changes, next);
            assertAll(r.sidecar, next, s, 'applyEdits');
            for (const a of s.annotations) {
              const after = r.sidecar.annotations.find((b) => b.id === a.id)!;
              targetsOf(a).forEach((t, i) => {
                const u = targetsOf(after)[i]!;
                const touched = changes.some((c) =>
                  c.start === c.end
                    ? c.start > t.start && c.start < t.end
                    : c.start < t.end && c.end > t.start,
                );
                if (touched) return;
                assert.equal(
                  u.start,
                  mapStart(t.start, changes),
                  `${a.id}[${i}] start moved with the text`,
                );
                assert.equal(u.end - u.start, t.end - t.start, `${a.id}[${i}] length kept`);
                assert.equal(u.anchor, t.anchor, `${a.id}[${i}] status unchanged`);
              });
            }
            // The same edits given in UTF-16 units give the same result.
            const old = new SourceText(text);
            const u16 = changes.map((c) => ({
              start: old.toUtf16(c.start),
              end: old.toUtf16(c.end),
              text: c.text,
            }));
            assert.deepEqual(
              applyEdits(s, u16, next, { unit: 'utf16', oldText: text }).sidecar,
              r.sidecar,
            );
            assertRoundTrip(r.sidecar);
            text = next;
            s = r.sidecar;
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
