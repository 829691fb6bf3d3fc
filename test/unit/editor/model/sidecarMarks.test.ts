import * as assert from 'node:assert/strict';
import { OffsetMap } from '../../../../src/core/offsets';
import { marksFromAnnotations } from '../../../../src/editor/model/sidecarMarks';
import type { Annotation } from '../../../../src/sidecar/types';

const t = (start: number, end: number, extra: object = {}) => ({
  start,
  end,
  exact: 'x',
  prefix: '',
  suffix: '',
  ...extra,
});

suite('editor/model/sidecarMarks', () => {
  test('code point offsets become UTF-16 spans past an emoji', () => {
    const text = '😀 "Hi," Ann said.';
    const annotations: Annotation[] = [
      {
        id: 'q-1',
        kind: 'quote',
        quote_type: 'direct',
        target: t(3, 6),
        speaker_span: t(8, 11),
        cue_span: t(12, 16),
        by: 'rule:quotes@1',
        status: 'proposed',
      },
    ];
    const marks = marksFromAnnotations(annotations, new OffsetMap(text));
    assert.deepEqual(
      marks.map((m) => [m.kind, text.slice(m.span.start, m.span.end), m.status, m.id]),
      [
        ['quote', 'Hi,', 'proposed', 'q-1'],
        ['speaker', 'Ann', 'proposed', 'q-1'],
        ['cue', 'said', 'proposed', 'q-1'],
      ],
    );
  });

  test('rejected annotations and orphaned targets are not painted; a title segment is a title', () => {
    const annotations: Annotation[] = [
      { id: 's-1', kind: 'segment', label: 'body', block: 'title', target: t(0, 2), by: 'ann' },
      {
        id: 's-2',
        kind: 'segment',
        label: 'boilerplate',
        block: 'ticker',
        target: t(3, 4),
        by: 'r',
        status: 'rejected',
      },
      {
        id: 'm-1',
        kind: 'meta',
        field: 'author',
        value: 'A',
        target: t(5, 6, { anchor: 'orphaned' }),
        by: 'ann',
      },
      {
        id: 'm-2',
        kind: 'meta',
        field: 'published',
        value: '2025',
        target: t(7, 8),
        by: 'r',
        status: 'accepted',
      },
    ];
    const marks = marksFromAnnotations(annotations, new OffsetMap('abcdefghij'));
    assert.deepEqual(
      marks.map((m) => [m.id, m.kind, m.status, m.detail]),
      [
        ['s-1', 'title', 'manual', 'title'],
        ['m-2', 'metadata', 'accepted', 'published'],
      ],
    );
  });
});
