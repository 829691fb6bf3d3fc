/**
 * The state of one associated source document: its analysis, its sidecar as held in memory
 * (code point offsets, shifted live by edits), what is on disk, and the annotation history.
 * Sidecar writes happen only when the source on disk matches the editor (not dirty): annotation
 * offsets always describe the saved text. While the source is dirty, changes are held and written
 * on save.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { Sidecar, SidecarProblem } from '../sidecar/types';
import { AnalysisCache } from './analysisCache';
import { History, type Snapshot } from './model/history';
import type { Mark } from './model/marks';
import { marksFromAnnotations } from './model/sidecarMarks';
import type { StepTimes } from './model/steppedAnalysis';
import { countAnnotations, mergeById, type AnnotationCounts } from './model/sidecarSummary';
import { supersedeProposals } from './model/supersede';
import { readBytes, readTextFile, SidecarFile, sidecarUriFor } from './sidecarFiles';
import { describeProblem, notWritable } from './sessionProblem';
import { SessionText } from './sessionText';
import * as ops from './sidecarOps';

export type ConflictChoice = 'reload' | 'keep' | 'merge';

/**
 * Texts up to this many UTF-16 units are re-analysed after every edit (once the debounce
 * settles) while they have no sidecar; the analysis costs 1–3 s per MB, so larger texts are
 * re-analysed on save and by Re-analyze only.
 */
export const REANALYSE_ON_EDIT_MAX_CHARS = 100_000;

export class SourceSession extends SessionText {
  readonly key: string;
  readonly sidecarUri: vscode.Uri;
  /** Errors of the sidecar on disk: it is then never written (shown as diagnostics). */
  problems: readonly SidecarProblem[] = [];
  /** The sidecar text on disk changed while this session held unsaved changes. */
  conflict: { readonly diskText: string | null } | undefined;
  /** The source changed since the sidecar was written; re-anchored in memory, written on the next change. */
  stale = false;
  /** Document version the marks reflect (-1: never). */
  version = -1;
  /** True while an asynchronous load or write runs. */
  busy = false;
  readonly history = new History<Snapshot>();
  /** The sidecar file as last read or written here. */
  private readonly file: SidecarFile;
  /** sha256 of the source bytes on disk when loaded (undefined: unknown or dirty). */
  private sourceHash: string | undefined;
  private readonly analysisCache = new AnalysisCache(() => this.doc);
  private sourceChangedOnDisk = false;
  private cachedMarks: Mark[] = [];

  constructor(doc: vscode.TextDocument) {
    super(doc);
    this.key = doc.uri.toString();
    this.sidecarUri = sidecarUriFor(doc.uri);
    this.file = new SidecarFile(this.sidecarUri);
  }

  /**
   * Reads the sidecar (if any; `sidecarText`: a read already under way) and builds the in-memory
   * state. Without a sidecar the state is built from the analysis of the whole text;
   * `beforeAnalysis` runs first (a quick preview).
   */
  async load(
    beforeAnalysis?: () => Promise<void>,
    sidecarText?: Promise<string | null>,
  ): Promise<void> {
    await this.withBusy(async () => {
      const text = await (sidecarText ?? readTextFile(this.sidecarUri));
      if (text === null && beforeAnalysis) await beforeAnalysis();
      if (text === null)
        await this.analysisCache.prepareFresh(ops.sourcePathField(this.doc.uri.path));
      // The hash of the file on disk tells whether re-anchoring is needed (not while dirty); it
      // costs a read and a hash of the source, so only when there is a sidecar to check.
      this.sourceHash =
        text === null || this.doc.isDirty
          ? undefined
          : ops.sha256Hex(await readBytes(this.doc.uri));
      // Read the text after the awaits: edits made meanwhile are part of it.
      this.syncText();
      this.applyDisk(text);
    });
  }

  /** The analysis of the current text (computed lazily, once per document version). */
  getAnalysis(): Analysis {
    return this.analysisCache.get();
  }

  /** Milliseconds the last analysis took. */
  get lastAnalysisMs(): number {
    return this.analysisCache.lastMs;
  }

  /** What each step of a big text's analysis in steps cost (benchmarks). */
  get analysisSteps(): Partial<StepTimes> {
    return this.analysisCache.steps;
  }

  /** Brings marks up to date with the document (after edits settle, or on demand). */
  refresh(reanalyse = false): void {
    // Events (a watcher, a debounce) can arrive before load() has built the state.
    if (this.current === undefined) return;
    this.settleEdits();
    const changed = this.version !== this.doc.version;
    if (changed) this.syncText();
    if (reanalyse) this.analysisCache.invalidate();
    if (!this.onDisk && !this.dirty) {
      // Nothing of the user's yet: the proposals follow the text (small texts on every edit,
      // large ones on save or Re-analyze; meanwhile their proposals shift with the edits).
      const small = this.text.length <= REANALYSE_ON_EDIT_MAX_CHARS;
      if ((changed && small) || reanalyse) this.sidecar = this.fresh();
    } else if (reanalyse) {
      const next = this.withProposals(this.sidecar);
      if (next !== this.sidecar) this.dirty = true;
      this.sidecar = next;
    }
    if (this.sourceChangedOnDisk) {
      this.sourceChangedOnDisk = false;
      const r = ops.reanchor(this.sidecar, this.text);
      if (r.changed) {
        this.sidecar = r.sidecar;
        if (this.onDisk) this.dirty = true;
      }
    }
    this.version = this.doc.version;
    this.cachedMarks = marksFromAnnotations(this.sidecar.annotations, this.map);
  }

  /** The source file changed outside the editor: re-anchor by quote at the next refresh. */
  noteSourceChangedOnDisk(): void {
    this.sourceChangedOnDisk = true;
  }

  marks(): readonly Mark[] {
    return this.cachedMarks;
  }

  /** Replaces the sidecar (an annotation change): recorded for undo, then written if possible. */
  /** `supersede`: the id of a new annotation whose duplicate proposals are dropped. */
  async commit(next: Sidecar, options: { supersede?: string } = {}): Promise<void> {
    this.assertWritable();
    if (next === this.sidecar) return;
    this.history.push(this.snapshot());
    // A new annotation supersedes the proposals that claim the same (same span, same field).
    this.sidecar = options.supersede ? supersedeProposals(next, options.supersede) : next;
    this.dirty = true;
    this.refresh();
    await this.flush();
  }

  async undo(): Promise<boolean> {
    return this.travel((cur) => this.history.undo(cur));
  }

  async redo(): Promise<boolean> {
    return this.travel((cur) => this.history.redo(cur));
  }

  /** Creates the sidecar file now (Annotate This File) if it does not exist. */
  async createSidecar(): Promise<void> {
    if (this.onDisk) return;
    this.dirty = true;
    await this.flush();
  }

  /** Writes the in-memory sidecar when the source on disk matches the editor. */
  async flush(): Promise<void> {
    if (!this.dirty || this.doc.isDirty || this.problems.length > 0 || this.conflict) return;
    await this.withBusy(async () => {
      this.sidecar = await this.file.write(this.sidecar, this.doc.uri);
      this.onDisk = true;
      this.dirty = false;
      this.stale = false;
    });
  }

  /** The sidecar file changed (or vanished) on disk. Returns what was done. */
  onSidecarChangedOnDisk(text: string | null): 'same' | 'reloaded' | 'conflict' {
    if (text === this.file.text) return 'same';
    if (this.dirty && this.onDisk) {
      this.conflict = { diskText: text };
      return 'conflict';
    }
    this.applyDisk(text);
    this.history.clear();
    return 'reloaded';
  }

  /** Settles a conflict: take the disk version, keep ours (overwrite), or merge both by id. */
  async resolveConflict(choice: ConflictChoice): Promise<void> {
    if (!this.conflict) return;
    this.settleEdits();
    // The file as it is now (it may have changed again since the conflict was noticed).
    const c = { diskText: await readTextFile(this.sidecarUri) };
    this.conflict = undefined;
    if (choice === 'reload') {
      this.applyDisk(c.diskText);
      this.history.clear();
      return;
    }
    this.file.text = c.diskText;
    if (choice === 'merge' && c.diskText !== null) {
      const parsed = ops.parseSidecar(c.diskText);
      if (parsed.ok) {
        this.history.push(this.snapshot());
        this.sidecar = mergeById(ops.reanchor(parsed.sidecar, this.text).sidecar, this.sidecar);
        this.refresh();
      }
    }
    this.dirty = true;
    await this.flush();
  }

  counts(): AnnotationCounts {
    return countAnnotations(this.sidecar.annotations);
  }

  /** A one-line description of what needs attention, if anything. */
  problem(): string | undefined {
    return describeProblem(this);
  }

  assertWritable(): void {
    if (this.problems.length > 0) throw notWritable(this);
  }

  dispose(): void {}

  private snapshot(): Snapshot {
    return { sidecar: this.sidecar, version: this.doc.version };
  }

  private async travel(step: (cur: Snapshot) => Snapshot | undefined): Promise<boolean> {
    this.assertWritable();
    this.settleEdits();
    const target = step(this.snapshot());
    if (!target) return false;
    // Offsets of a snapshot taken before later edits are found again by their text.
    this.sidecar =
      target.version === this.doc.version
        ? target.sidecar
        : ops.reanchor(target.sidecar, this.text).sidecar;
    this.dirty = true;
    this.refresh();
    await this.flush();
    return true;
  }

  private applyDisk(diskText: string | null): void {
    this.settleEdits();
    this.file.text = diskText;
    this.onDisk = diskText !== null;
    this.dirty = false;
    this.problems = [];
    if (diskText === null) {
      this.sidecar = this.fresh();
    } else {
      const parsed = ops.parseSidecar(diskText);
      if (parsed.ok) {
        // Opening changes nothing: the file's own proposals are shown (Re-analyze merges new ones).
        const current = parsed.sidecar.source.sha256 === this.sourceHash;
        const r = current ? undefined : ops.reanchor(parsed.sidecar, this.text, this.sourceHash);
        this.stale = r?.changed === true;
        this.sidecar = r ? r.sidecar : parsed.sidecar;
      } else {
        this.problems = parsed.errors;
        this.sidecar = this.fresh();
      }
    }
    this.refresh();
  }

  private fresh(): Sidecar {
    const prepared = this.analysisCache.takeFresh();
    if (prepared) return prepared;
    const name = ops.sourcePathField(this.doc.uri.path);
    return this.withProposals(ops.createSidecar(name, this.text));
  }

  private withProposals(sidecar: Sidecar): Sidecar {
    return ops.mergeProposals(sidecar, ops.proposalsFromAnalysis(this.text, this.getAnalysis()));
  }

  private async withBusy(fn: () => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      await fn();
    } finally {
      this.busy = false;
    }
  }
}
