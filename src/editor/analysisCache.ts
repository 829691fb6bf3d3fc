/**
 * The analysis of a document, computed lazily once per document version, with its cost; for a big
 * text opened without a sidecar, also its fresh sidecar, both built in steps (see
 * model/steppedAnalysis.ts) so that the extension host is not blocked in one piece.
 */
import type * as vscode from 'vscode';
import { analyzeText } from '../core';
import type { Analysis } from '../core/types';
import type { Sidecar } from '../sidecar/types';
import { PREVIEW_MIN_CHARS } from './model/preview';
import { analyzeInSteps, freshSidecarInSteps, type StepTimes } from './model/steppedAnalysis';

/**
 * Texts longer than this (UTF-16 units) opened without a sidecar are analysed in steps, the
 * extension host free between them, and their recorded edits are applied in steps after typing
 * (the preview's threshold: below it the whole analysis takes well under a second).
 */
export const STEPPED_ANALYSIS_MIN_CHARS = PREVIEW_MIN_CHARS;

/** Lets the extension host handle pending events (a macrotask). */
export const yieldToHost = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class AnalysisCache {
  private analysis: Analysis | undefined;
  private version = -1;
  /** A fresh sidecar built in steps, for the document version it describes. */
  private prepared: { readonly version: number; readonly sidecar: Sidecar } | undefined;
  /** Milliseconds the last analysis took (for one built in steps: the sum of its passes). */
  lastMs = 0;
  /** What each step of the last analysis built in steps cost (empty before one). */
  steps: Partial<StepTimes> = {};

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

  /**
   * For a big text: builds the analysis and the fresh sidecar (`name`: its source path field)
   * in steps, yielding to the host between them; takeFresh() hands the sidecar out.
   */
  async prepareFresh(name: string): Promise<void> {
    const doc = this.doc();
    const version = doc.version;
    const text = doc.getText();
    if (text.length <= STEPPED_ANALYSIS_MIN_CHARS) return;
    const times: Partial<StepTimes> = {};
    const analysis = await analyzeInSteps(text, yieldToHost, times);
    this.analysis = analysis;
    this.version = version;
    this.lastMs = Math.round(
      (times.language ?? 0) + (times.lines ?? 0) + (times.quotes ?? 0) + (times.metadata ?? 0),
    );
    const sidecar = await freshSidecarInSteps(name, text, analysis, yieldToHost, times);
    this.steps = times;
    this.prepared = { version, sidecar };
  }

  /** The sidecar prepareFresh() built, once, if the document has not changed since. */
  takeFresh(): Sidecar | undefined {
    const prepared = this.prepared;
    this.prepared = undefined;
    return prepared?.version === this.doc().version ? prepared.sidecar : undefined;
  }

  /** Forces the next get() to analyse again (Re-analyze). */
  invalidate(): void {
    this.analysis = undefined;
    this.prepared = undefined;
  }
}
