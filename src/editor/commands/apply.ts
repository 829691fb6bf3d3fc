/** Shared steps of the annotation commands: the target session, the selection, the commit. */
import * as vscode from 'vscode';
import type { Span } from '../../core/types';
import type { CpSpan } from '../../sidecar/edit';
import type { Sidecar } from '../../sidecar/types';
import type { SourceSession } from '../session';
import { readSettings } from '../settings';
import type { CommandContext } from './context';
import { editorFor, resolveSession } from './target';

export interface EditorTarget {
  readonly session: SourceSession;
  readonly editor: vscode.TextEditor;
}

/** The active source editor, its session brought up to date with the text. */
export async function activeTarget(
  ctx: CommandContext,
  uri?: unknown,
): Promise<EditorTarget | undefined> {
  const session = await resolveSession(ctx, uri);
  if (!session) return undefined;
  const editor = editorFor(session);
  if (!editor) return undefined;
  ctx.sessions.refresh(session);
  return { session, editor };
}

/** The selection as UTF-16 offsets without surrounding whitespace, or undefined when empty. */
export function selectionSpan(t: EditorTarget): Span | undefined {
  const doc = t.editor.document;
  const sel = t.editor.selection;
  let start = doc.offsetAt(sel.start);
  let end = doc.offsetAt(sel.end);
  const text = doc.getText();
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (end <= start) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the text to annotate first.'));
    return undefined;
  }
  return { start, end };
}

export function toCp(s: SourceSession, span: Span): CpSpan {
  return { start: s.toCodePoint(span.start), end: s.toCodePoint(span.end) };
}

/** The cursor position as a code point offset. */
export function cursorCp(t: EditorTarget): number {
  return t.session.toCodePoint(t.editor.document.offsetAt(t.editor.selection.active));
}

export function annotator(s: SourceSession): string {
  return readSettings(s.doc.uri).annotator;
}

/** Commits a new sidecar (undoable), repaints, and reports failures instead of throwing. */
export async function applyChange(
  ctx: CommandContext,
  s: SourceSession,
  next: Sidecar,
  options: { supersede?: string } = {},
): Promise<boolean> {
  try {
    await s.commit(next, options);
    return true;
  } catch (e) {
    void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
    return false;
  } finally {
    ctx.sessions.paint(s);
  }
}
