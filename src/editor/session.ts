/** The state of one associated source document: its analysis and (later) its sidecar. */
import type * as vscode from 'vscode';
import { analyzeText } from '../core';
import type { Analysis } from '../core/types';
import { marksFromAnalysis, type Mark } from './model/marks';

export class SourceSession {
  readonly key: string;
  analysis: Analysis | undefined;
  /** Document version the analysis and marks reflect (-1: never analysed). */
  version = -1;
  /** True while an asynchronous load (sidecar read) is running. */
  busy = false;
  /** True when the in-memory sidecar has changes not yet written. */
  dirty = false;
  /** Milliseconds the last analysis took. */
  lastAnalysisMs = 0;
  private cachedMarks: Mark[] = [];

  constructor(public doc: vscode.TextDocument) {
    this.key = doc.uri.toString();
  }

  async load(): Promise<void> {
    this.busy = true;
    try {
      await Promise.resolve();
    } finally {
      this.busy = false;
    }
  }

  analyze(): void {
    const t0 = Date.now();
    this.analysis = analyzeText(this.doc.getText());
    this.version = this.doc.version;
    this.cachedMarks = marksFromAnalysis(this.analysis);
    this.lastAnalysisMs = Date.now() - t0;
  }

  applyEdits(_changes: readonly vscode.TextDocumentContentChangeEvent[]): void {}

  marks(): readonly Mark[] {
    return this.cachedMarks;
  }

  counts(): { annotations: number; quotes: number; metadata: number; proposals: number } {
    let quotes = 0;
    let metadata = 0;
    let proposals = 0;
    for (const m of this.cachedMarks) {
      if (m.kind === 'quote') quotes++;
      if (m.kind === 'metadata') metadata++;
      if (m.status === 'proposed') proposals++;
    }
    return { annotations: this.cachedMarks.length, quotes, metadata, proposals };
  }

  /** A one-line description of what is wrong (stale, invalid sidecar), if anything. */
  problem(): string | undefined {
    return undefined;
  }

  async createSidecar(): Promise<void> {}

  sidecarSnapshot(): unknown {
    return null;
  }

  dispose(): void {}
}
