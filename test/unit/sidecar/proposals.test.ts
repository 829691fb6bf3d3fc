import * as assert from 'node:assert/strict';
import type { Analysis } from '../../../src/core/types';
import {
  acceptAnnotation,
  addAnnotation,
  createSidecar,
  mergeProposals,
  proposalsFromAnalysis,
  rejectAnnotation,
  type Sidecar,
} from '../../../src/sidecar/index';

const TEXT = '\ufeffTitle 😀 here\nSecond line\n\n"Quote text here," he said.\n';
// UTF-16 offsets of the BOM-less text, as the core reports them.
const BODY = TEXT.slice(1);
const at = (s: string) => BODY.indexOf(s);

function analysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    language: 'en',
    lines: [
      {
        line: 0,
        span: { start: 0, end: at('\nSecond') },
        label: 'body',
        kind: 'title',
        confidence: 1,
      },
      {
        line: 1,
        span: { start: at('Second'), end: at('\n\n') },
        label: 'body',
        kind: 'title',
        confidence: 1,
      },
      {
        line: 3,
        span: { start: at('"Quote'), end: BODY.length - 1 },
        label: 'body',
        kind: 'paragraph',
        confidence: 1,
      },
    ],
    quotes: [
      {
        spans: [{ start: at('Quote'), end: at(',"') }],
        speaker: 'he',
        speakerSpan: { start: at('he said'), end: at('he said') + 2 },
        speakerName: 'Vladislav Maslennikov',
        cueSpan: { start: at('said'), end: at('said') + 4 },
        type: 'direct',
        confidence: 0.9,
      },
    ],
    metadata: {
      title: {
        value: 'Title 😀 here',
        span: { start: 0, end: at('\nSecond') },
        rule: 'first line',
      },
      site: { value: 'example.org', rule: 'x' },
    },
    ...overrides,
  };
}

function fresh(): Sidecar {
  return mergeProposals(createSidecar('d.txt', TEXT), proposalsFromAnalysis(TEXT, analysis()));
}

suite('sidecar/proposals', () => {
  test('analysis becomes proposals in code points of the BOM-less text', () => {
    const s = fresh();
    assert.deepEqual(s.document, { language: 'en', site: 'example.org' });
    const seg = s.annotations.filter((a) => a.kind === 'segment');
    assert.equal(
      seg.length,
      2,
      'the two adjacent title lines are one segment; the paragraph after a blank line is another',
    );
    assert.equal(seg[0]!.target.exact, 'Title 😀 here\nSecond line');
    const quote = s.annotations.find((a) => a.kind === 'quote')!;
    assert.ok(quote.kind === 'quote');
    assert.equal(quote.target.exact, 'Quote text here');
    assert.equal(quote.speaker_span?.exact, 'he');
    assert.equal(quote.cue_span?.exact, 'said');
    assert.equal(s.entities?.[0]?.name, 'Vladislav Maslennikov');
    assert.equal(quote.speaker, s.entities?.[0]?.id);
    const meta = s.annotations.find((a) => a.kind === 'meta')!;
    assert.equal(meta.by, 'rule:meta-first-line@1');
    assert.equal(meta.target.end, 12, 'the emoji counts as one code point (13 UTF-16 units)');
    assert.ok(s.annotations.every((a) => a.status === 'proposed' && a.by.startsWith('rule:')));
  });

  test('decisions and manual annotations survive a new run; rejected proposals are not proposed again', () => {
    let s = fresh();
    const quote = s.annotations.find((a) => a.kind === 'quote')!;
    const meta = s.annotations.find((a) => a.kind === 'meta')!;
    s = rejectAnnotation(s, quote.id, 'alice');
    s = acceptAnnotation(s, meta.id, 'alice');
    s = addAnnotation(
      s,
      TEXT,
      { kind: 'meta', field: 'author', value: 'Someone', span: { start: 0, end: 5 } },
      { by: 'alice' },
    ).sidecar;
    const again = mergeProposals(s, proposalsFromAnalysis(TEXT, analysis()));
    assert.equal(again.annotations.filter((a) => a.kind === 'quote').length, 1);
    assert.equal(again.annotations.find((a) => a.id === quote.id)?.status, 'rejected');
    assert.equal(again.annotations.find((a) => a.id === meta.id)?.status, 'accepted');
    assert.ok(
      again.annotations.some(
        (a) => a.kind === 'meta' && a.field === 'author' && a.status === undefined,
      ),
    );
    assert.equal(again.annotations.length, s.annotations.length);
    assert.deepEqual(again.entities, s.entities, 'the rejected quote keeps its speaker entity');
  });

  test('an accepted metadata field is not proposed again elsewhere; stale proposals are dropped', () => {
    let s = fresh();
    const meta = s.annotations.find((a) => a.kind === 'meta')!;
    s = acceptAnnotation(s, meta.id);
    const other = analysis({
      quotes: [],
      metadata: {
        title: {
          value: 'Second line',
          span: { start: at('Second'), end: at('\n\n') },
          rule: 'other',
        },
      },
    });
    const again = mergeProposals(s, proposalsFromAnalysis(TEXT, other));
    assert.equal(again.annotations.filter((a) => a.kind === 'meta').length, 1);
    assert.equal(
      again.annotations.filter((a) => a.kind === 'quote').length,
      0,
      'the old quote proposal is gone',
    );
    assert.equal(again.entities, undefined, 'and so is its speaker');
  });

  test('the same proposals again change nothing', () => {
    const s = fresh();
    assert.deepEqual(mergeProposals(s, proposalsFromAnalysis(TEXT, analysis())), s);
  });

  test('an empty analysis gives no proposals and keeps what is there', () => {
    const empty: Analysis = { language: 'und', lines: [], quotes: [], metadata: {} };
    const s = acceptAnnotation(fresh(), fresh().annotations[0]!.id);
    const again = mergeProposals(s, proposalsFromAnalysis(TEXT, empty));
    assert.equal(again.annotations.length, 1);
    assert.equal(again.annotations[0]!.status, 'accepted');
  });
});

suite('sidecar/proposals at scale', () => {
  test('merging thousands of proposals into their own earlier run keeps every id, in linear time', () => {
    const lines: Analysis['lines'][number][] = [];
    let text = '';
    for (let i = 0; i < 6000; i++) {
      const line = `Paragraph ${i} of the story.`;
      lines.push({
        line: 2 * i,
        span: { start: text.length, end: text.length + line.length },
        label: i % 2 ? 'body' : 'boilerplate',
        kind: i % 2 ? 'paragraph' : 'related',
      } as Analysis['lines'][number]);
      text += `${line}\n\n`;
    }
    const analysis = { lines, metadata: {}, quotes: [], language: 'en' } as unknown as Analysis;
    const proposals = proposalsFromAnalysis(text, analysis);
    const first = mergeProposals(createSidecar('big.txt', text), proposals);
    const started = Date.now();
    const again = mergeProposals(first, proposals);
    const ms = Date.now() - started;
    assert.equal(again.annotations.length, 6000);
    assert.deepEqual(
      again.annotations.map((a) => a.id),
      first.annotations.map((a) => a.id),
    );
    assert.ok(ms < 2000, `${ms} ms`);
  });
});
