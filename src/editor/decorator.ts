/**
 * Paints marks: one decoration type per key, created once; themeable colours; overview-ruler
 * marks; repaint of visible editors only.
 */
import * as vscode from 'vscode';
import { ColorId } from './constants';
import { DECORATION_KEYS, type DecorationKey, spansByKey, type Mark } from './model/marks';
import { shiftSpans, toShiftChanges, type EditorChange } from './model/shiftSpans';
import { clip, mergeAdjacent, PAINT_ALL_MAX, VIEWPORT_MARGIN_LINES } from './model/viewport';
import type { Settings } from './settings';
import type { Span } from '../core/types';

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(id);
const RULER = vscode.OverviewRulerLane;

const STYLES: Record<DecorationKey, vscode.DecorationRenderOptions> = {
  boilerplateChrome: {
    color: color(ColorId.boilerplateChromeForeground),
    overviewRulerColor: color(ColorId.boilerplateRuler),
    overviewRulerLane: RULER.Left,
  },
  boilerplateFeed: {
    color: color(ColorId.boilerplateFeedForeground),
    fontStyle: 'italic',
    overviewRulerColor: color(ColorId.boilerplateRuler),
    overviewRulerLane: RULER.Left,
  },
  boilerplateOther: {
    color: color(ColorId.boilerplateOtherForeground),
    overviewRulerColor: color(ColorId.boilerplateRuler),
    overviewRulerLane: RULER.Left,
  },
  title: { color: color(ColorId.titleForeground), fontWeight: 'bold' },
  body: { overviewRulerColor: color(ColorId.bodyRuler), overviewRulerLane: RULER.Left },
  quote: {
    backgroundColor: color(ColorId.quoteBackground),
    overviewRulerColor: color(ColorId.quoteRuler),
    overviewRulerLane: RULER.Center,
  },
  speaker: {
    color: color(ColorId.speakerForeground),
    borderColor: color(ColorId.speakerBorder),
    borderStyle: 'none none solid none',
    borderWidth: '0 0 2px 0',
    fontWeight: 'bold',
  },
  cue: {
    color: color(ColorId.cueForeground),
    fontStyle: 'italic',
    textDecoration: 'underline dotted',
  },
  metadata: {
    backgroundColor: color(ColorId.metadataBackground),
    borderColor: color(ColorId.metadataBorder),
    borderStyle: 'solid',
    borderWidth: '1px',
    borderRadius: '3px',
    overviewRulerColor: color(ColorId.metadataRuler),
    overviewRulerLane: RULER.Right,
  },
  proposal: {
    borderColor: color(ColorId.proposalBorder),
    borderStyle: 'none none dashed none',
    borderWidth: '0 0 1px 0',
  },
};

/** Keys painted whole-line: adjacent spans are merged before they are sent. */
const LINE_KEYS = new Set<DecorationKey>([
  'boilerplateChrome',
  'boilerplateFeed',
  'boilerplateOther',
  'title',
  'body',
  'proposal',
]);

/** When and how a document was last painted (for the benchmarks; `performance.now()` clock). */
export interface PaintRecord {
  /** End of the last paint, in `performance.now()` milliseconds of the extension host. */
  readonly at: number;
  /** How long that paint took (for an edit: shifting the ranges and sending them). */
  readonly ms: number;
  /** 'full': from the analysis or sidecar; 'shift': ranges moved by an edit; 'preview': a window. */
  readonly kind: 'full' | 'shift' | 'preview';
  /** Ranges painted in total (before viewport clipping). */
  readonly ranges: number;
}

/** The first paint shown in an editor, the last paint, and the last paint after an edit. */
export interface PaintRecords {
  readonly first?: PaintRecord;
  readonly last: PaintRecord;
  readonly shift?: PaintRecord;
}

export class Decorator implements vscode.Disposable {
  private readonly types: Record<DecorationKey, vscode.TextEditorDecorationType>;
  /** What is to be painted per document (all of it, also where the viewport limit hides it). */
  private readonly painted = new Map<string, Record<DecorationKey, Span[]>>();
  private readonly records = new Map<string, PaintRecords>();

  constructor() {
    this.types = Object.fromEntries(
      DECORATION_KEYS.map((k) => [k, vscode.window.createTextEditorDecorationType(STYLES[k])]),
    ) as Record<DecorationKey, vscode.TextEditorDecorationType>;
  }

  /**
   * Paints `marks` (null: clear) into every visible editor of the document. A preview passes the
   * window's text and marks relative to it, and the window's `offset` in the document.
   */
  paint(
    doc: vscode.TextDocument,
    marks: readonly Mark[] | null,
    settings: Settings,
    preview?: { readonly text: string; readonly offset: number },
  ): void {
    const t0 = performance.now();
    const key = doc.uri.toString();
    const on = marks !== null && settings.highlight.enabled;
    if (on) {
      const text = preview?.text ?? doc.getText();
      const spans = spansByKey(marks, settings.highlight);
      for (const k of LINE_KEYS) spans[k] = mergeAdjacent(spans[k], text);
      if (preview)
        for (const k of DECORATION_KEYS) spans[k] = offsetSpans(spans[k], preview.offset);
      this.painted.set(key, spans);
    } else {
      this.painted.delete(key);
    }
    const editors = this.paintVisible(doc);
    this.record(key, t0, preview ? 'preview' : 'full', editors);
  }

  /**
   * Moves the painted ranges of a document through an edit and repaints its visible editors at
   * once (no analysis): what keeps highlighting in place while typing in a big file. The
   * debounced refresh repaints from the session afterwards.
   */
  shift(doc: vscode.TextDocument, changes: readonly EditorChange[]): void {
    const key = doc.uri.toString();
    const spans = this.painted.get(key);
    if (!spans || changes.length === 0) return;
    const t0 = performance.now();
    const c = toShiftChanges(changes);
    // A new record: what paintedSpans() handed out earlier keeps describing the old text.
    const next = { ...spans };
    for (const k of DECORATION_KEYS) next[k] = shiftSpans(spans[k], c);
    this.painted.set(key, next);
    const editors = this.paintVisible(doc);
    this.record(key, t0, 'shift', editors);
  }

  /** The first highlight of a document shown in an editor, its last paint, its last shift. */
  paints(uri: vscode.Uri): PaintRecords | undefined {
    return this.records.get(uri.toString());
  }

  /** Sends the stored decorations to the document's visible editors; returns how many. */
  private paintVisible(doc: vscode.TextDocument): number {
    let n = 0;
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === doc) {
        this.paintEditor(editor);
        n++;
      }
    }
    return n;
  }

  private record(key: string, t0: number, kind: PaintRecord['kind'], editors: number): void {
    const spans = this.painted.get(key);
    const ranges = spans ? DECORATION_KEYS.reduce((n, k) => n + spans[k].length, 0) : 0;
    const at = performance.now();
    const last: PaintRecord = { at, ms: at - t0, kind, ranges };
    const old = this.records.get(key);
    const first = old?.first ?? (editors > 0 && ranges > 0 ? last : undefined);
    const shift = kind === 'shift' ? last : old?.shift;
    this.records.set(key, { ...(first ? { first } : {}), last, ...(shift ? { shift } : {}) });
  }

  /** (Re)sends the decorations of one editor; big documents get only the viewport's neighbourhood. */
  paintEditor(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const spans = this.painted.get(doc.uri.toString());
    const total = spans ? DECORATION_KEYS.reduce((n, k) => n + spans[k].length, 0) : 0;
    const windows = total > PAINT_ALL_MAX ? viewportWindows(editor) : undefined;
    for (const k of DECORATION_KEYS) {
      const list = spans ? (windows ? clip(spans[k], windows) : spans[k]) : [];
      editor.setDecorations(
        this.types[k],
        list.map((s) => toRange(doc, s)),
      );
    }
  }

  /** True when an editor shows only part of its decorations (repaint on scroll). */
  isViewportLimited(doc: vscode.TextDocument): boolean {
    const spans = this.painted.get(doc.uri.toString());
    return (
      spans !== undefined &&
      DECORATION_KEYS.reduce((n, k) => n + spans[k].length, 0) > PAINT_ALL_MAX
    );
  }

  /** Spans painted for a document per decoration key (empty when cleared), before viewport clipping. */
  paintedSpans(uri: vscode.Uri): Partial<Record<DecorationKey, Span[]>> {
    return this.painted.get(uri.toString()) ?? {};
  }

  forget(uri: vscode.Uri): void {
    this.painted.delete(uri.toString());
    this.records.delete(uri.toString());
  }

  dispose(): void {
    for (const k of DECORATION_KEYS) this.types[k].dispose();
  }
}

function viewportWindows(editor: vscode.TextEditor): Span[] {
  const doc = editor.document;
  return editor.visibleRanges.map((r) => {
    const from = Math.max(0, r.start.line - VIEWPORT_MARGIN_LINES);
    const to = Math.min(doc.lineCount - 1, r.end.line + VIEWPORT_MARGIN_LINES);
    return {
      start: doc.offsetAt(new vscode.Position(from, 0)),
      end: doc.offsetAt(doc.lineAt(to).range.end),
    };
  });
}

function offsetSpans(spans: readonly Span[], offset: number): Span[] {
  return spans.map((s) => ({ start: s.start + offset, end: s.end + offset }));
}

export function toRange(doc: vscode.TextDocument, s: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
}
