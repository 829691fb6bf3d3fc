/**
 * Shared by the cleanup commands: the cleanup transaction of an open source as ONE WorkspaceEdit
 * (one undo step), and of a closed source through vscode.workspace.fs. Both move every annotation
 * through the same edit list (src/sidecar/cleanup.ts) and record the new source hash.
 */
import * as vscode from 'vscode';
import { cleanSource, type CleanResult } from '../../sidecar/cleanup';
import type { SourceSession } from '../session';
import type { CommandContext } from './context';
import { readBytes, readTextFile, sidecarUriFor, writeTextFile } from '../sidecarFiles';
import * as ops from '../sidecarOps';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

export interface CleanSummary {
  readonly edits: number;
  readonly removed: number;
  readonly orphaned: number;
}

export function summarize(r: CleanResult): CleanSummary {
  return { edits: r.edits.length, removed: r.removed.length, orphaned: r.orphaned.length };
}

/** The clean text of an open source (its current text and in-memory sidecar), without BOM. */
export function cleanOpenText(s: SourceSession): CleanResult {
  return cleanSource(s.currentText(), s.sidecarSnapshot());
}

/**
 * Cleans an open source in place: the edit list as one WorkspaceEdit on the document (one undo
 * step), the moved sidecar committed to the session (annotation history: Undo Annotation Change
 * restores the previous annotations), then the document saved so the sidecar is written with the
 * new source hash. Returns undefined when nothing changes. Undo (the text) then Undo Annotation
 * Change (the sidecar) restores both.
 */
export async function cleanOpenSource(
  ctx: CommandContext,
  s: SourceSession,
): Promise<CleanSummary | undefined> {
  s.assertWritable();
  const result = cleanOpenText(s);
  if (result.edits.length === 0 || !result.sidecar) return undefined;
  const pre = s.sidecarSnapshot();
  const doc = s.doc;
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) {
    const range = new vscode.Range(
      doc.positionAt(s.toUtf16(e.start)),
      doc.positionAt(s.toUtf16(e.end)),
    );
    edit.replace(doc.uri, range, e.text);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    throw new Error(vscode.l10n.t('The cleanup edit could not be applied.'));
  }
  const body = result.text.startsWith('\ufeff') ? result.text.slice(1) : result.text;
  if (doc.getText() !== body) {
    throw new Error(vscode.l10n.t('The document changed during the cleanup; nothing was saved.'));
  }
  // The session has moved its annotations through the same changes (live edits); replace that
  // with the transaction's result, where dropped segments are gone and kept text re-anchored.
  s.refresh();
  // The annotation history records the annotations as they were before the cleanup (not as the
  // live edit moved them): after Undo restores the text, Undo Annotation Change restores them.
  s.sidecar = pre;
  await s.commit(result.sidecar);
  // Saving makes the session write the sidecar (its onDidSave listener, registered before ours,
  // starts the flush); a second flush running at the same time could rewrite the file while the
  // watcher reads it, so wait for that one instead of starting another.
  const saved = new Promise<void>((resolve) => {
    const sub = vscode.workspace.onDidSaveTextDocument((d) => {
      if (d !== doc) return;
      sub.dispose();
      resolve();
    });
  });
  if (!(await doc.save())) throw new Error(vscode.l10n.t('The cleanup edit could not be applied.'));
  await saved;
  await idle(ctx, s);
  if (s.dirty) await ctx.sessions.flush(s);
  return summarize(result);
}

/** Resolves when the session has no write in progress. */
function idle(ctx: CommandContext, s: SourceSession): Promise<void> {
  if (!s.busy) return Promise.resolve();
  return new Promise((resolve) => {
    const sub = ctx.sessions.onDidChange((c) => {
      if (c === s && !s.busy) {
        sub.dispose();
        resolve();
      }
    });
  });
}

/**
 * Cleans a source that is not open: reads it and its sidecar (re-anchored first when the source
 * changed), writes the clean source, then the moved sidecar. Sources without a sidecar are
 * cleaned with the analysis alone.
 */
export async function cleanClosedSource(source: vscode.Uri): Promise<CleanSummary | undefined> {
  const bytes = await readBytes(source);
  const text = decoder.decode(bytes);
  const scUri = sidecarUriFor(source);
  const scText = await readTextFile(scUri);
  let sidecar;
  if (scText !== null) {
    const parsed = ops.parseSidecar(scText);
    if (!parsed.ok)
      throw new Error(
        vscode.l10n.t('The annotation file {0} is invalid; fix it first.', scUri.path),
      );
    const hash = ops.sha256Hex(bytes);
    sidecar =
      parsed.sidecar.source.sha256 === hash
        ? parsed.sidecar
        : ops.reanchor(parsed.sidecar, text, hash).sidecar;
  }
  const result = cleanSource(text, sidecar);
  if (result.text === text) return undefined;
  await vscode.workspace.fs.writeFile(source, encoder.encode(result.text));
  if (result.sidecar) {
    const out = ops.serializeIfChanged(result.sidecar, scText ?? undefined);
    if (out !== null) await writeTextFile(scUri, out);
  }
  return summarize(result);
}
