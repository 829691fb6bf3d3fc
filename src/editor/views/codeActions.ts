/**
 * Code actions: quick fixes for orphaned/fuzzy annotations (re-attach to the selection, remove)
 * and accept/reject for the proposal under the cursor.
 */
import * as vscode from 'vscode';
import { CommandId } from '../constants';
import { annotationsAt } from '../model/lookup';
import type { Sessions } from '../sessions';
import * as ops from '../sidecarOps';
import { labelOf } from './annotationsTree';

export class AnnotationCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly sessions: Sessions) {}

  provideCodeActions(
    doc: vscode.TextDocument,
    range: vscode.Range,
    ctx: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const s = this.sessions.get(doc.uri);
    if (!s) return [];
    const actions: vscode.CodeAction[] = [];
    const uri = doc.uri;
    const from = s.toCodePoint(doc.offsetAt(range.start));
    const to = s.toCodePoint(doc.offsetAt(range.end));
    const selection =
      vscode.window.activeTextEditor?.document === doc
        ? vscode.window.activeTextEditor.selection
        : undefined;
    for (const a of s.sidecar.annotations) {
      const broken = ops
        .targetsOf(a)
        .find(
          (t) =>
            (t.anchor === 'orphaned' || t.anchor === 'fuzzy') && t.start <= to && from <= t.end,
        );
      if (!broken || a.status === 'rejected') continue;
      const diagnostics = ctx.diagnostics.filter((d) => d.range.intersection(range));
      if (selection && !selection.isEmpty) {
        const fix = new vscode.CodeAction(
          vscode.l10n.t('Re-attach {0} to the selection', a.id),
          vscode.CodeActionKind.QuickFix,
        );
        fix.command = {
          command: CommandId.reattachAnnotation,
          title: fix.title,
          arguments: [{ id: a.id, uri }],
        };
        fix.diagnostics = diagnostics;
        fix.isPreferred = true;
        actions.push(fix);
      }
      const remove = new vscode.CodeAction(
        vscode.l10n.t('Remove annotation {0}', a.id),
        vscode.CodeActionKind.QuickFix,
      );
      remove.command = {
        command: CommandId.removeAnnotation,
        title: remove.title,
        arguments: [{ id: a.id, uri }],
      };
      remove.diagnostics = diagnostics;
      actions.push(remove);
    }
    const proposal = annotationsAt(s.sidecar.annotations, from, (a) => a.status === 'proposed')[0];
    if (proposal) {
      const label = labelOf(proposal);
      for (const [cmd, title] of [
        [CommandId.acceptProposal, vscode.l10n.t('Accept proposal: {0}', label)],
        [CommandId.rejectProposal, vscode.l10n.t('Reject proposal: {0}', label)],
      ] as const) {
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { command: cmd, title, arguments: [{ id: proposal.id, uri }] };
        actions.push(action);
      }
    }
    return actions;
  }
}
