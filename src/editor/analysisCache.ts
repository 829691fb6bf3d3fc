/** The analysis of a document, computed lazily once per document version, with its cost. */
import type * as vscode from 'vscode';
import { analyzeText } from '../core';
import type { Analysis } from '../core/types';

export class AnalysisCache {
  private analysis: Analysis | undefined;
  private version = -1;
  /** Milliseconds the last analysis took. */
  lastMs = 0;

  constructor(private readonly doc: () => vscode.TextDocument) {}

  get(): Analysis {
    const doc = this.doc();
    if (!this.analysis || this.version !== doc.version) {
      const t0 = Date.now();
      this.analysis = analyzeText(doc.getText());
      this.version = doc.version;
      this.lastMs = Date.now() - t0;
    }
    return this.analysis;
  }

  /** Forces the next get() to analyse again (Re-analyze). */
  invalidate(): void {
    this.analysis = undefined;
  }
}
