/**
 * Paints marks: one decoration type per key, created once; themeable colours; overview-ruler
 * marks; repaint of visible editors only.
 */
import * as vscode from 'vscode';
import { ColorId } from './constants';
import { DECORATION_KEYS, type DecorationKey, spansByKey, type Mark } from './model/marks';
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

export class Decorator implements vscode.Disposable {
  private readonly types: Record<DecorationKey, vscode.TextEditorDecorationType>;
  /** What was last painted per document, for the test API. */
  private readonly painted = new Map<string, Record<DecorationKey, Span[]>>();

  constructor() {
    this.types = Object.fromEntries(
      DECORATION_KEYS.map((k) => [k, vscode.window.createTextEditorDecorationType(STYLES[k])]),
    ) as Record<DecorationKey, vscode.TextEditorDecorationType>;
  }

  /** Paints `marks` (null: clear) into every visible editor of the document. */
  paint(doc: vscode.TextDocument, marks: readonly Mark[] | null, settings: Settings): void {
    const key = doc.uri.toString();
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === doc);
    const on = marks !== null && settings.highlight.enabled;
    const spans = on ? spansByKey(marks, settings.highlight) : null;
    if (spans) this.painted.set(key, spans);
    else this.painted.delete(key);
    for (const editor of editors) {
      for (const k of DECORATION_KEYS) {
        const list = spans ? spans[k].map((s) => toRange(doc, s)) : [];
        editor.setDecorations(this.types[k], list);
      }
    }
  }

  /** Spans last painted for a document, per decoration key (empty when cleared). */
  paintedSpans(uri: vscode.Uri): Partial<Record<DecorationKey, Span[]>> {
    return this.painted.get(uri.toString()) ?? {};
  }

  forget(uri: vscode.Uri): void {
    this.painted.delete(uri.toString());
  }

  dispose(): void {
    for (const k of DECORATION_KEYS) this.types[k].dispose();
  }
}

export function toRange(doc: vscode.TextDocument, s: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
}
