/** The small API activate() returns, so integration tests assert state without sleeping. */
import type * as vscode from 'vscode';
import type { Span } from '../core/types';
import type { Decorator, PaintRecords } from './decorator';
import type { Mark } from './model/marks';
import type { Sessions } from './sessions';

export interface DocumentState {
  /** Document version the state reflects. */
  readonly version: number;
  readonly marks: readonly Mark[];
  /** Spans painted per decoration key (UTF-16 offsets); empty when highlighting is off. */
  readonly decorations: Readonly<Record<string, readonly Span[]>>;
  /** The sidecar as held in memory (code point offsets), or null. */
  readonly sidecar: unknown;
  /** True when the in-memory sidecar has changes not yet written. */
  readonly dirty: boolean;
  readonly problem: string | undefined;
  /** True while the sidecar on disk conflicts with unsaved annotation changes. */
  readonly conflict: boolean;
  /** Parse errors of the sidecar on disk (it is then never overwritten). */
  readonly sidecarErrors: number;
  /** Text of the status-bar item while this document is active. */
  readonly status: string;
  /** Milliseconds per step of a big text's analysis in steps (empty if it had none). */
  readonly analysisSteps: Readonly<Record<string, number>>;
}

export interface ScrapemarkApi {
  readonly version: string;
  /** Milliseconds activate() took. */
  readonly activationMs: number;
  /** Labels of the Annotations view for the active editor, depth-first, indented by level. */
  treeLabels(): string[];
  /** Resolves when the document's state reflects its current text (undefined: not a source). */
  ready(uri: vscode.Uri): Promise<boolean>;
  getState(uri: vscode.Uri): DocumentState | undefined;
  /**
   * When the document's decorations were first shown in an editor, last sent, and last moved
   * by an edit (benchmarks; `performance.now()` of the extension host).
   */
  paints(uri: vscode.Uri): PaintRecords | undefined;
}

export function createApi(
  version: string,
  sessions: Sessions,
  decorator: Decorator,
  statusText: () => string,
  treeLabels: () => string[],
  activationMs: number,
): ScrapemarkApi {
  return {
    version,
    activationMs,
    treeLabels,
    ready: async (uri) => (await sessions.ready(uri)) !== undefined,
    paints: (uri) => decorator.paints(uri),
    getState: (uri) => {
      const s = sessions.get(uri);
      if (!s) return undefined;
      return {
        version: s.version,
        marks: s.marks(),
        decorations: decorator.paintedSpans(uri),
        sidecar: s.sidecarSnapshot(),
        dirty: s.dirty,
        problem: s.problem(),
        conflict: s.conflict !== undefined,
        sidecarErrors: s.problems.length,
        status: statusText(),
        analysisSteps: { ...s.analysisSteps },
      };
    },
  };
}
