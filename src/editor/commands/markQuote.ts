/**
 * Scrapemark: Mark Selection as Quote… — the selection (quotation marks trimmed) is the content;
 * the speaker is picked from names the analysis found and known entities, or typed; the cue verb
 * next to the quote is detected. Argument (no UI): `{ speaker?: string | null, quoteType?,
 * cue?: boolean }` — `speaker: null` means no speaker.
 */
import * as vscode from 'vscode';
import type { Span } from '../../core/types';
import { detectCue, findSpeakerMention, trimQuoteMarks } from '../model/quoteHelpers';
import type { SourceSession } from '../session';
import * as ops from '../sidecarOps';
import { activeTarget, annotator, applyChange, selectionSpan, toCp } from './apply';
import type { CommandContext } from './context';

export interface MarkQuoteArgs {
  readonly speaker?: string | null;
  readonly quoteType?: 'direct' | 'indirect' | 'mixed';
  readonly cue?: boolean;
}

export async function markQuote(ctx: CommandContext, arg?: unknown): Promise<string | undefined> {
  const args = (arg && typeof arg === 'object' ? arg : {}) as MarkQuoteArgs;
  const t = await activeTarget(ctx);
  const selected = t && selectionSpan(t);
  if (!t || !selected) return undefined;
  const s = t.session;
  const text = s.currentText();
  const content = trimQuoteMarks(text, selected);
  if (content.end <= content.start) return undefined;
  const speaker = args.speaker !== undefined ? args.speaker : await pickSpeaker(s, content);
  if (speaker === undefined) return undefined;
  const speakerSpan = speaker ? findSpeakerMention(text, speaker, content) : undefined;
  const cue = args.cue === false ? undefined : detectCue(text, content);
  const directMarks = content.start > selected.start || content.end < selected.end;
  const { sidecar, id } = ops.addAnnotation(
    s.sidecar,
    text,
    {
      kind: 'quote',
      quoteType: args.quoteType ?? (directMarks ? 'direct' : 'indirect'),
      spans: [toCp(s, content)],
      ...(speaker ? { speaker: { name: speaker } } : {}),
      ...(speakerSpan ? { speakerSpan: toCp(s, speakerSpan) } : {}),
      ...(cue ? { cueSpan: toCp(s, cue) } : {}),
    },
    { by: annotator(s) },
  );
  return (await applyChange(ctx, s, sidecar, { supersede: id })) ? id : undefined;
}

/** Speaker names worth offering, nearest-to-the-quote first. */
export function speakerSuggestions(s: SourceSession, content: Span): string[] {
  const scored = new Map<string, number>();
  const add = (name: string | null | undefined, distance: number): void => {
    const n = name?.trim();
    if (!n) return;
    scored.set(n, Math.min(scored.get(n) ?? Infinity, distance));
  };
  for (const q of s.getAnalysis().quotes) {
    const first = q.spans[0];
    const d = first ? Math.abs(first.start - content.start) : Infinity;
    add(q.speakerName, d);
    if (q.speaker && /^\p{Lu}/u.test(q.speaker)) add(q.speaker, d);
  }
  for (const e of s.sidecar.entities ?? []) add(e.name, Number.MAX_SAFE_INTEGER);
  return [...scored.entries()].sort((a, b) => a[1] - b[1]).map(([n]) => n);
}

/** QuickPick of suggestions plus "type a name" and "no speaker"; undefined when cancelled. */
async function pickSpeaker(s: SourceSession, content: Span): Promise<string | null | undefined> {
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { value: string | null }>();
  qp.title = vscode.l10n.t('Who is speaking?');
  qp.placeholder = vscode.l10n.t('Pick a speaker or type a name');
  const suggestions = speakerSuggestions(s, content).map((n) => ({
    label: n,
    value: n,
  }));
  const none = { label: vscode.l10n.t('$(circle-slash) No speaker'), value: null };
  qp.items = [...suggestions, none];
  qp.onDidChangeValue((v) => {
    const typed = v.trim();
    const exists = suggestions.some((x) => x.label === typed);
    qp.items =
      typed && !exists
        ? [
            { label: typed, description: vscode.l10n.t('new speaker'), value: typed },
            ...suggestions,
            none,
          ]
        : [...suggestions, none];
  });
  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0]?.value ?? (qp.value.trim() || null));
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}
