import * as assert from 'node:assert/strict';
import type { Analysis } from '../../../../src/core/types';
import {
  bodyShare,
  decorationKeyOf,
  marksFromAnalysis,
  spansByKey,
  type HighlightToggles,
  type Mark,
} from '../../../../src/editor/model/marks';

const ALL_ON: HighlightToggles = {
  boilerplate: true,
  body: true,
  quotes: true,
  speakers: true,
  cues: true,
  metadata: true,
  proposals: true,
};

const analysis: Analysis = {
  language: 'en',
  lines: [
    {
      line: 0,
      span: { start: 0, end: 4 },
      label: 'boilerplate',
      kind: 'navigation',
      confidence: 1,
    },
    { line: 1, span: { start: 5, end: 10 }, label: 'body', kind: 'title', confidence: 1 },
    { line: 2, span: { start: 11, end: 41 }, label: 'body', kind: 'paragraph', confidence: 1 },
    { line: 3, span: { start: 42, end: 50 }, label: 'boilerplate', kind: 'related', confidence: 1 },
  ],
  quotes: [
    {
      spans: [{ start: 12, end: 20 }],
      speaker: 'Ann',
      speakerSpan: { start: 22, end: 25 },
      cueSpan: { start: 26, end: 30 },
      type: 'direct',
      confidence: 0.9,
    },
  ],
  metadata: { published: { value: '2025-01-13', span: { start: 31, end: 41 }, rule: 't' } },
};

suite('editor/model/marks', () => {
  test('analysis lines, quotes and metadata become proposed marks of the right kinds', () => {
    const marks = marksFromAnalysis(analysis);
    assert.deepEqual(
      marks.map((m) => [m.kind, m.span.start, m.status]),
      [
        ['boilerplate', 0, 'proposed'],
        ['title', 5, 'proposed'],
        ['body', 11, 'proposed'],
        ['boilerplate', 42, 'proposed'],
        ['quote', 12, 'proposed'],
        ['speaker', 22, 'proposed'],
        ['cue', 26, 'proposed'],
        ['metadata', 31, 'proposed'],
      ],
    );
  });

  test('boilerplate kinds are grouped into chrome, feed and other', () => {
    const b = (detail: string): Mark => ({
      kind: 'boilerplate',
      span: { start: 0, end: 1 },
      detail,
      status: 'manual',
    });
    assert.equal(decorationKeyOf(b('navigation')), 'boilerplateChrome');
    assert.equal(decorationKeyOf(b('ticker')), 'boilerplateFeed');
    assert.equal(decorationKeyOf(b('whatever')), 'boilerplateOther');
  });

  test('toggles empty their keys and proposals get the proposal underline', () => {
    const marks = marksFromAnalysis(analysis);
    const on = spansByKey(marks, ALL_ON);
    assert.deepEqual(on.boilerplateChrome, [{ start: 0, end: 4 }]);
    assert.deepEqual(on.boilerplateFeed, [{ start: 42, end: 50 }]);
    assert.deepEqual(on.quote, [{ start: 12, end: 20 }]);
    // Only quote, speaker, cue and metadata proposals are underlined (segments are not).
    assert.deepEqual(on.proposal, [
      { start: 12, end: 20 },
      { start: 22, end: 25 },
      { start: 26, end: 30 },
      { start: 31, end: 41 },
    ]);
    const off = spansByKey(marks, { ...ALL_ON, boilerplate: false, proposals: false });
    assert.deepEqual(off.boilerplateChrome, []);
    assert.deepEqual(off.proposal, []);
    assert.deepEqual(off.quote, [{ start: 12, end: 20 }]);
  });

  test('body share counts body and title characters over classified ones', () => {
    // body 5 + 30 = 35; boilerplate 4 + 8 = 12.
    assert.equal(bodyShare(marksFromAnalysis(analysis)), 35 / 47);
    assert.equal(bodyShare([]), null);
  });
});
