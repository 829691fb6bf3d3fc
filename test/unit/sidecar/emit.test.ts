/**
 * The direct emitter (src/sidecar/emit.ts) writes exactly the bytes of the `yaml` Document writer:
 * fast-check over random sidecars (any strings, odd plain values, statuses, anchors, scores,
 * entities, `x_*` and unknown keys that must fall back) × previous texts (none, canonical, with
 * comments, without `#`, invalid), and over real proposals for the seed documents and, when
 * SCRAPEMARK_EVAL_DIR names the dev set (`<dir>/<set>/docs/*.txt`), for every dev-set document.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { emitSidecar } from '../../../src/sidecar/emit';
import {
  createSidecar,
  mergeProposals,
  parseSidecar,
  proposalsFromAnalysis,
  serializeIfChanged,
  serializeSidecar,
  type Sidecar,
} from '../../../src/sidecar/index';
import { serializeWithDocument } from '../../../src/sidecar/serialize';
import { FRAGMENTS, RUNS } from './gen';

const oddStrings = [
  '',
  ' ',
  '#x',
  'a #b',
  'a: b',
  '- x',
  '---',
  '...',
  '"q"',
  "'s'",
  '\u2028',
  '\u0085',
  '\u00a0',
  '\x07',
  '\ud800',
  'x\n y',
  'tail ',
];
const strArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(...FRAGMENTS, ...oddStrings),
);
/** Values of keys written plain: identifiers, and words `yaml` must quote. */
const plainArb = fc.oneof(
  {
    weight: 60,
    arbitrary: fc.constantFrom(
      'paragraph',
      'body',
      'title',
      's-0123456789',
      'p-ab',
      'direct',
      'proposed',
      'lf',
      'a-b_c.d/e',
      'x@1',
      'a+b',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'true',
      'True',
      'FALSE',
      'null',
      'Null',
      'yes',
      'no',
      'on',
      '~',
      '1',
      '0x1',
      '.5',
      '.inf',
      '-',
      'a b',
      'a:b',
      ':a',
      '#a',
      'x#y',
      'é',
      '',
      'A1:',
      'n/a',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const numArb = fc.oneof(
  { weight: 40, arbitrary: fc.nat({ max: 5000 }) },
  { weight: 1, arbitrary: fc.double() },
);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
/** Now and then a key only the Document writer handles. */
const extraArb = fc.oneof(
  { weight: 40, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.record({ x_note: strArb }),
      fc.record({ x_data: fc.jsonValue({ maxDepth: 2 }) }),
      fc.record({ unknown: strArb }),
      fc.record({ x_null: fc.constant(null) }),
    ),
  },
);

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const targetArb = fc
  .record({
    start: numArb,
    end: numArb,
    exact: opt(strArb),
    exact_sha256: opt(fc.constantFrom('ab'.repeat(32))),
    head: opt(strArb),
    tail: opt(strArb),
    prefix: strArb,
    suffix: strArb,
    anchor: opt(fc.oneof(fc.constantFrom('shifted', 'fuzzy', 'orphaned'), plainArb)),
    score: opt(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), numArb)),
    anchored_exact: opt(strArb),
    extra: extraArb,
  })
  .map(({ extra, ...t }) => clean({ ...t, ...extra }));

const annotationArb = fc
  .record({
    id: plainArb,
    kind: fc.constantFrom('segment', 'meta', 'quote'),
    label: opt(plainArb),
    block: opt(plainArb),
    field: opt(plainArb),
    quote_type: opt(plainArb),
    value: opt(strArb),
    inferred: opt(fc.boolean()),
    target: targetArb,
    parts: opt(fc.array(targetArb, { maxLength: 2 })),
    speaker: opt(plainArb),
    speaker_span: opt(targetArb),
    cue_span: opt(targetArb),
    by: strArb,
    status: opt(fc.oneof(fc.constantFrom('proposed', 'accepted', 'rejected'), plainArb)),
    note: opt(strArb),
    extra: extraArb,
  })
  .map(({ extra, ...a }) => clean({ ...a, ...extra }));

const sidecarArb: fc.Arbitrary<Sidecar> = fc
  .record({
    schema: fc.oneof(
      { weight: 5, arbitrary: fc.constant('scrapemark/1') },
      { weight: 1, arbitrary: plainArb },
    ),
    source: fc.record({
      path: strArb,
      sha256: strArb,
      length: numArb,
      offset_unit: fc.constant('codepoint'),
      eol: fc.oneof(fc.constantFrom('lf', 'crlf', 'cr', 'mixed', 'none'), plainArb),
      bom: fc.boolean(),
    }),
    document: opt(fc.record({ language: opt(strArb), site: opt(strArb) }).map(clean)),
    annotations: fc.array(annotationArb, { maxLength: 5 }),
    entities: opt(
      fc.array(
        fc
          .record({ id: plainArb, name: strArb, role: opt(strArb), extra: extraArb })
          .map(({ extra, ...e }) => clean({ ...e, ...extra })),
        { maxLength: 3 },
      ),
    ),
    extra: extraArb,
  })
  .map(({ extra, ...s }) => clean({ ...s, ...extra }) as unknown as Sidecar);

/** Previous texts: none, its own canonical text, another's, with comments, without `#`, invalid. */
function previousArb(s: Sidecar): fc.Arbitrary<string | undefined> {
  const own = serializeWithDocument(s);
  return fc.oneof(
    fc.constant(undefined),
    fc.constant(own),
    fc.constant(own.replace(/^#.*\n\n/, '')),
    fc.constant(own.replace('\nsource:', '\n# a comment\nsource:')),
    sidecarArb.map((o) => serializeWithDocument(o)),
    sidecarArb.map((o) => serializeWithDocument(o).replace(/^#.*\n\n/, '')),
    fc.constantFrom('', 'a: 1\n', 'a: [\n', '# only a comment\n', 'schema: x # trailing\n'),
  );
}

suite('sidecar/emit', function () {
  this.timeout(30_000 + RUNS * 100);
  test('writes the same bytes as the Document writer, or declines (property)', () => {
    let emitted = 0;
    let total = 0;
    fc.assert(
      fc.property(
        sidecarArb.chain((s) => fc.tuple(fc.constant(s), previousArb(s))),
        ([s, previous]) => {
          total++;
          const direct = emitSidecar(s, true);
          if (direct !== undefined) {
            emitted++;
            assert.equal(direct, serializeWithDocument(s));
          }
          assert.equal(serializeSidecar(s, previous), serializeWithDocument(s, previous));
        },
      ),
      { numRuns: RUNS * 10 },
    );
    if (process.env.SCRAPEMARK_PROPERTY_RUNS)
      console.log(`      emitter: ${emitted} of ${total} cases`);
    assert.ok(emitted > total / 4, `the emitter wrote ${emitted} of ${total} cases itself`);
  });

  test('declines x_* and unknown keys, null and odd plain values', () => {
    const base = mergeProposals(
      createSidecar('a.txt', 'Title\n\n"Hello there," he said.\n'),
      proposalsFromAnalysis('Title\n\n"Hello there," he said.\n'),
    );
    assert.ok(emitSidecar(base, true) !== undefined);
    const a = base.annotations[0]!;
    for (const odd of [
      { x_review: 'later' },
      { extra: 1 },
      { note: null },
      { status: 'true' },
      { id: 'a b' },
    ])
      assert.equal(
        emitSidecar({ ...base, annotations: [{ ...a, ...odd } as typeof a] }, true),
        undefined,
      );
  });

  test('comments of a previous text survive; an unchanged file is not rewritten', () => {
    const text = 'Headline\n\nBody text here.\n';
    const s = mergeProposals(createSidecar('a.txt', text), proposalsFromAnalysis(text));
    const canonical = serializeSidecar(s);
    assert.equal(serializeIfChanged(s, canonical), null);
    const commented = canonical.replace('\nannotations:', '\n# keep me\nannotations:');
    const parsed = parseSidecar(commented);
    assert.ok(parsed.ok);
    assert.match(serializeSidecar(parsed.sidecar, commented), /# keep me\nannotations:/);
  });

  test('real proposals: seed documents and (SCRAPEMARK_EVAL_DIR) the dev set', () => {
    const files = [path.join(__dirname, '../../fixtures/seeds')];
    const evalDir = process.env.SCRAPEMARK_EVAL_DIR;
    if (evalDir && existsSync(evalDir))
      for (const set of readdirSync(evalDir)) files.push(path.join(evalDir, set, 'docs'));
    let n = 0;
    for (const dir of files.filter((d) => existsSync(d))) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
        const text = readFileSync(path.join(dir, f), 'utf8');
        const s = mergeProposals(createSidecar(f, text), proposalsFromAnalysis(text));
        const direct = emitSidecar(s, true);
        assert.ok(direct !== undefined, `${f}: the emitter handles proposals`);
        assert.equal(direct, serializeWithDocument(s), f);
        n++;
      }
    }
    assert.ok(n >= 5);
  });
});
