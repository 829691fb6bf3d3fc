/**
 * What the editor paints: "marks" are spans (UTF-16, like the document) with a visual kind. They
 * come from the analysis (before a sidecar exists) or from the sidecar's annotations. Pure: no
 * vscode import, so the grouping logic is unit-tested in plain Node.
 */
import type { Analysis, Span } from '../../core/types';

export type MarkKind = 'boilerplate' | 'title' | 'body' | 'quote' | 'speaker' | 'cue' | 'metadata';
export type MarkStatus = 'proposed' | 'accepted' | 'manual';

export interface Mark {
  readonly kind: MarkKind;
  readonly span: Span;
  /** Boilerplate line kind, or metadata field. */
  readonly detail?: string;
  readonly status: MarkStatus;
  /** Sidecar annotation id, when the mark comes from one. */
  readonly id?: string;
}

/** One decoration type per key; colours are per key too. */
export const DECORATION_KEYS = [
  'boilerplateChrome',
  'boilerplateFeed',
  'boilerplateOther',
  'title',
  'body',
  'quote',
  'speaker',
  'cue',
  'metadata',
  'proposal',
] as const;
export type DecorationKey = (typeof DECORATION_KEYS)[number];

export interface HighlightToggles {
  readonly boilerplate: boolean;
  readonly body: boolean;
  readonly quotes: boolean;
  readonly speakers: boolean;
  readonly cues: boolean;
  readonly metadata: boolean;
  readonly proposals: boolean;
}

/**
 * Boilerplate kinds grouped by how a reader meets them: site chrome (menus, share bars, legal
 * lines) is dimmed most; feeds (related links, tickers, comments) look like content and get
 * their own tint so an annotator can tell "not the article" from "page furniture".
 */
const BOILERPLATE_GROUP: Partial<Record<string, DecorationKey>> = {
  navigation: 'boilerplateChrome',
  share: 'boilerplateChrome',
  footer: 'boilerplateChrome',
  legal: 'boilerplateChrome',
  related: 'boilerplateFeed',
  ticker: 'boilerplateFeed',
  comments: 'boilerplateFeed',
};

export function decorationKeyOf(mark: Mark): DecorationKey {
  switch (mark.kind) {
    case 'boilerplate':
      return BOILERPLATE_GROUP[mark.detail ?? ''] ?? 'boilerplateOther';
    case 'title':
      return 'title';
    case 'body':
      return 'body';
    case 'quote':
      return 'quote';
    case 'speaker':
      return 'speaker';
    case 'cue':
      return 'cue';
    case 'metadata':
      return 'metadata';
  }
}

const UNDERLINED = new Set<MarkKind>(['quote', 'speaker', 'cue', 'metadata']);

function enabled(key: DecorationKey, t: HighlightToggles): boolean {
  switch (key) {
    case 'boilerplateChrome':
    case 'boilerplateFeed':
    case 'boilerplateOther':
      return t.boilerplate;
    case 'title':
    case 'body':
      return t.body;
    case 'quote':
      return t.quotes;
    case 'speaker':
      return t.speakers;
    case 'cue':
      return t.cues;
    case 'metadata':
      return t.metadata;
    case 'proposal':
      return t.proposals;
  }
}

/** Groups marks by decoration key; disabled keys get an empty list (so they are cleared). */
export function spansByKey(
  marks: readonly Mark[],
  toggles: HighlightToggles,
): Record<DecorationKey, Span[]> {
  const out = Object.fromEntries(DECORATION_KEYS.map((k) => [k, [] as Span[]])) as Record<
    DecorationKey,
    Span[]
  >;
  for (const m of marks) {
    if (m.span.end <= m.span.start && m.kind !== 'metadata') continue;
    const key = decorationKeyOf(m);
    if (enabled(key, toggles)) out[key].push(m.span);
    // Segments are not underlined: nearly every line starts as a proposal, and their dimming
    // already shows them; the underline marks the proposed quotes and metadata to review.
    if (m.status === 'proposed' && UNDERLINED.has(m.kind) && toggles.proposals) {
      out.proposal.push(m.span);
    }
  }
  return out;
}

/** Marks straight from an analysis (used when no sidecar exists yet): all proposed. */
export function marksFromAnalysis(a: Analysis): Mark[] {
  const marks: Mark[] = [];
  for (const l of a.lines) {
    const kind: MarkKind =
      l.label === 'boilerplate' ? 'boilerplate' : l.kind === 'title' ? 'title' : 'body';
    marks.push({ kind, span: l.span, detail: l.kind, status: 'proposed' });
  }
  for (const q of a.quotes) {
    for (const s of q.spans) marks.push({ kind: 'quote', span: s, status: 'proposed' });
    if (q.speakerSpan) marks.push({ kind: 'speaker', span: q.speakerSpan, status: 'proposed' });
    if (q.cueSpan) marks.push({ kind: 'cue', span: q.cueSpan, status: 'proposed' });
  }
  for (const [field, m] of Object.entries(a.metadata)) {
    if (m?.span) marks.push({ kind: 'metadata', span: m.span, detail: field, status: 'proposed' });
  }
  return marks;
}

/** Share of body characters among classified characters (0..1), or null with nothing classified. */
export function bodyShare(marks: readonly Mark[]): number | null {
  let body = 0;
  let all = 0;
  for (const m of marks) {
    const n = m.span.end - m.span.start;
    if (m.kind === 'body' || m.kind === 'title') body += n;
    if (m.kind === 'body' || m.kind === 'title' || m.kind === 'boilerplate') all += n;
  }
  return all === 0 ? null : body / all;
}
