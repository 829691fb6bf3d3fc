/**
 * Interchange formats: brat (export → import gives the same annotations, fragments at line breaks,
 * foreign files, refused mismatches), W3C Web Annotation selectors and JSONL spans in code points.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { fromBrat } from '../../../src/sidecar/export/brat-import';
import { toBrat } from '../../../src/sidecar/export/brat';
import { toJsonl } from '../../../src/sidecar/export/jsonl';
import { toW3c } from '../../../src/sidecar/export/w3c';
import {
  acceptAnnotation,
  addAnnotation,
  compareAnnotations,
  createSidecar,
  mergeProposals,
  proposalsFromAnalysis,
  SourceText,
  type Sidecar,
} from '../../../src/sidecar/index';
import { RUNS, sidecarArb, textArb } from './gen';

const SEED = path.resolve(__dirname, '../../../samples/000_35efeead65c6cef0.txt');
const cp = (text: string, needle: string) => [...text.slice(0, text.indexOf(needle))].length;
const len = (s: string) => [...s].length;

const sorted = (s: Sidecar) => [...s.annotations].sort(compareAnnotations);

function seedSidecar(): { text: string; sidecar: Sidecar } {
  const text = readFileSync(SEED, 'utf8');
  let sidecar = mergeProposals(createSidecar('seed.txt', text), proposalsFromAnalysis(text));
  sidecar = acceptAnnotation(sidecar, sidecar.annotations[0]!.id, 'alice');
  const q1 = 'The relationship between Russia and NATO';
  const q2 = 'Russia has never sought';
  const added = addAnnotation(
    sidecar,
    text,
    {
      kind: 'quote',
      quoteType: 'mixed',
      spans: [
        { start: cp(text, q1), end: cp(text, q1) + len(q1) },
        { start: cp(text, q2), end: cp(text, q2) + len(q2) },
      ],
      speaker: { name: 'Vladislav Maslennikov', role: 'director' },
      speakerSpan: { start: cp(text, 'Vladislav'), end: cp(text, 'Vladislav') + 21 },
    },
    { by: 'alice', note: 'split quote\twith a tab' },
  );
  sidecar = {
    ...added.sidecar,
    annotations: added.sidecar.annotations.map((a) =>
      a.id === added.id ? { ...a, x_checked: true } : a,
    ),
  };
  return { text, sidecar };
}

suite('sidecar/export', function () {
  this.timeout(120_000);
  test('brat: export → import gives the same annotations and entities (seed with proposals, a split quote)', () => {
    const { text, sidecar } = seedSidecar();
    const { ann, skipped } = toBrat(sidecar, text);
    assert.deepEqual(skipped, []);
    assert.match(
      ann,
      /^T\d+\tQuote \d+ \d+;\d+ \d+\tThe relationship between Russia and NATO Russia has never sought$/m,
    );
    assert.match(ann, /^R\d+\tSpeaker Arg1:T\d+ Arg2:T\d+$/m);
    const back = fromBrat(ann, text, 'seed.txt');
    assert.deepEqual(back.problems, []);
    assert.deepEqual(sorted(back.sidecar), sorted(sidecar));
    const ents = (s: Sidecar) => [...(s.entities ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
    const used = new Set(
      sidecar.annotations.flatMap((a) => (a.kind === 'quote' && a.speaker ? [a.speaker] : [])),
    );
    assert.deepEqual(
      ents(back.sidecar),
      ents(sidecar).filter((e) => used.has(e.id)),
    );
  });

  test('brat: spans across lines are fragments joined by a space; orphans are left out', () => {
    const text = 'Line one\r\nline two\nthree';
    let s = addAnnotation(
      createSidecar('a.txt', text),
      text,
      { kind: 'segment', label: 'body', block: 'paragraph', span: { start: 0, end: len(text) } },
      { by: 'bob' },
    ).sidecar;
    const orphan = addAnnotation(
      s,
      text,
      { kind: 'meta', field: 'title', value: 'x', span: { start: 0, end: 4 } },
      { by: 'bob' },
    );
    s = {
      ...orphan.sidecar,
      annotations: orphan.sidecar.annotations.map((a) =>
        a.id === orphan.id ? { ...a, target: { ...a.target, anchor: 'orphaned' as const } } : a,
      ),
    };
    const { ann, skipped } = toBrat(s, text);
    assert.deepEqual(skipped, [orphan.id]);
    assert.match(ann, /^T1\tBody 0 8;10 18;19 24\tLine one line two three$/m);
    const back = fromBrat(ann, text, 'a.txt');
    assert.equal(back.sidecar.annotations.length, 1);
    assert.deepEqual(
      back.sidecar.annotations[0],
      s.annotations.find((a) => a.kind === 'segment'),
    );
  });

  test('brat: a foreign file (no notes) imports by type; a T line whose text differs is refused', () => {
    const text = 'Alice met Bob in Paris.';
    const ann =
      'T1\tPerson 0 5\tAlice\nT2\tQuote 10 13\tBob\nT3\tLocation 17 22\tPerth\nE1\tEvent:T1\n';
    const r = fromBrat(ann, text, 'x.txt', 'importer');
    assert.equal(r.sidecar.annotations.length, 2);
    const person = r.sidecar.annotations.find((a) => a.kind === 'meta')!;
    assert.equal(person.kind === 'meta' && person.field, 'person');
    assert.equal(person.kind === 'meta' && person.value, 'Alice');
    assert.equal(person.by, 'importer');
    assert.equal(r.problems.length, 2);
    assert.ok(
      r.problems.some((p) => /^line 3: the text "Perth" is not at 17 22$/.test(p)),
      r.problems.join('\n'),
    );
    assert.ok(
      r.problems.some((p) => /^line 4: E lines are not imported$/.test(p)),
      r.problems.join('\n'),
    );
  });

  test('brat round trip, property: random texts (emoji, CRLF, BOM) and annotations', () => {
    fc.assert(
      fc.property(
        textArb.chain((text) => sidecarArb(text).map((s) => ({ text, s }))),
        ({ text, s }) => {
          const { ann, skipped } = toBrat(s, text);
          const back = fromBrat(ann, text, 'doc.txt');
          assert.deepEqual(back.problems, []);
          const kept = s.annotations.filter((a) => !skipped.includes(a.id));
          assert.deepEqual(sorted(back.sidecar), [...kept].sort(compareAnnotations));
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('W3C: quote and position selectors in code points, state with the sha256', () => {
    const text = '😀 He said «да» today';
    const s = addAnnotation(
      createSidecar('a.txt', text),
      text,
      { kind: 'quote', quoteType: 'direct', spans: [{ start: 11, end: 13 }] },
      { by: 'rule:quotes@1', status: 'proposed' },
    ).sidecar;
    const doc = toW3c(s, text, 'a.txt') as { first: { items: Record<string, unknown>[] } };
    const item = doc.first.items[0]!;
    const target = item.target as {
      selector: Record<string, unknown>[];
      state: Record<string, unknown>;
      source: string;
    };
    assert.deepEqual(target.selector[0], {
      type: 'TextQuoteSelector',
      exact: 'да',
      prefix: '😀 He said «',
      suffix: '» today',
    });
    assert.deepEqual(target.selector[1], { type: 'TextPositionSelector', start: 11, end: 13 });
    assert.equal(target.state['scrapemark:sha256'], s.source.sha256);
    assert.equal(target.source, 'a.txt');
    assert.deepEqual(item.creator, { type: 'Software', name: 'rule:quotes@1' });
    assert.equal(item['scrapemark:status'], 'proposed');
  });

  test('JSONL: spans and labels agree with the text in code points; rejected ones left out', () => {
    const { text, sidecar } = seedSidecar();
    const rejected = {
      ...sidecar,
      annotations: sidecar.annotations.map((a, i) =>
        i === 1 ? { ...a, status: 'rejected' as const } : a,
      ),
    };
    const rec = toJsonl(rejected, text, 'seed.txt');
    const src = new SourceText(rec.text);
    assert.ok(rec.spans.length > 0);
    for (const s of rec.spans) assert.equal(src.slice(s.start, s.end), s.text);
    assert.deepEqual(
      rec.labels,
      rec.spans.map((s) => [s.start, s.end, s.label]),
    );
    assert.ok(!rec.spans.some((s) => s.id === rejected.annotations[1]!.id));
    const quote = rec.spans.findIndex(
      (s) => s.label === 'quote' && s.text.startsWith('The relationship'),
    );
    const speaker = rec.relations.find((r) => r.head === quote);
    assert.equal(speaker && rec.spans[speaker.child]!.text, 'Vladislav Maslennikov');
  });
});
