/**
 * JSONL spans for machine learning (research §7.3 rule 14): one object per document with the text,
 * Prodigy-style `spans` ({start, end, label, text, id}) and doccano-style `labels` ([start, end,
 * label]), offsets in code points of the text without BOM (Python's unit). Rejected annotations and
 * orphaned targets are left out. Labels: `body`, `boilerplate`, `meta:<field>`, `quote`,
 * `speaker`, `cue`. A quote's speaker is in `relations` ({head, child, label: "speaker"}, indices
 * into `spans`).
 */
import { SourceText } from '../text';
import type { Sidecar, Target } from '../types';

export interface JsonlSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly text: string;
  readonly id: string;
}

export interface JsonlRecord {
  readonly text: string;
  readonly meta: { readonly source: string; readonly sha256: string; readonly language?: string };
  readonly spans: JsonlSpan[];
  readonly labels: [number, number, string][];
  readonly relations: { head: number; child: number; label: string }[];
}

export function toJsonl(sidecar: Sidecar, text: string, sourceName: string): JsonlRecord {
  const src = new SourceText(text);
  const spans: JsonlSpan[] = [];
  const relations: JsonlRecord['relations'] = [];
  const add = (t: Target, label: string, id: string): number | undefined => {
    if (t.anchor === 'orphaned' || t.end > src.length) return undefined;
    spans.push({ start: t.start, end: t.end, label, text: src.slice(t.start, t.end), id });
    return spans.length - 1;
  };
  const live = sidecar.annotations
    .filter((a) => a.status !== 'rejected')
    .sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end);
  for (const a of live) {
    if (a.kind === 'segment') add(a.target, a.label, a.id);
    else if (a.kind === 'meta') add(a.target, `meta:${a.field}`, a.id);
    else {
      const heads = [a.target, ...(a.parts ?? [])].map((t) => add(t, 'quote', a.id));
      const sp = a.speaker_span ? add(a.speaker_span, 'speaker', a.id) : undefined;
      if (a.cue_span) add(a.cue_span, 'cue', a.id);
      for (const h of heads)
        if (h !== undefined && sp !== undefined)
          relations.push({ head: h, child: sp, label: 'speaker' });
    }
  }
  return {
    text: src.text,
    meta: {
      source: sourceName,
      sha256: sidecar.source.sha256,
      ...(sidecar.document?.language ? { language: sidecar.document.language } : {}),
    },
    spans,
    labels: spans.map((s) => [s.start, s.end, s.label]),
    relations,
  };
}
