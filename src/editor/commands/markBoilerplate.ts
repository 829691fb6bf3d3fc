/**
 * Scrapemark: Mark Selection as Boilerplate… — asks for the kind (navigation, related, …) unless
 * given as the argument.
 */
import * as vscode from 'vscode';
import { replaceSegments } from '../model/segments';
import * as ops from '../sidecarOps';
import { activeTarget, annotator, applyChange, selectionSpan, toCp } from './apply';
import type { CommandContext } from './context';

/** Boilerplate kinds, as the analysis core names them. */
export const BOILERPLATE_KINDS = [
  'navigation',
  'related',
  'ticker',
  'comments',
  'share',
  'legal',
  'footer',
  'other',
] as const;

function kindLabel(kind: string): string {
  switch (kind) {
    case 'navigation':
      return vscode.l10n.t('Navigation (menus, breadcrumbs)');
    case 'related':
      return vscode.l10n.t('Related links');
    case 'ticker':
      return vscode.l10n.t('Ticker (rates, headlines feed)');
    case 'comments':
      return vscode.l10n.t('Comments');
    case 'share':
      return vscode.l10n.t('Share buttons');
    case 'legal':
      return vscode.l10n.t('Legal (copyright, terms)');
    case 'footer':
      return vscode.l10n.t('Footer');
    default:
      return vscode.l10n.t('Other');
  }
}

export async function markBoilerplate(
  ctx: CommandContext,
  kindArg?: unknown,
): Promise<string | undefined> {
  const t = await activeTarget(ctx);
  const span = t && selectionSpan(t);
  if (!t || !span) return undefined;
  let kind = typeof kindArg === 'string' && kindArg ? kindArg : undefined;
  if (!kind) {
    const picked = await vscode.window.showQuickPick(
      BOILERPLATE_KINDS.map((k) => ({ label: kindLabel(k), description: k, value: k })),
      {
        title: vscode.l10n.t('Kind of boilerplate'),
        placeHolder: vscode.l10n.t('What is this text?'),
      },
    );
    if (!picked) return undefined;
    kind = picked.value;
  }
  const s = t.session;
  const cp = toCp(s, span);
  const { sidecar, id } = ops.addAnnotation(
    replaceSegments(s.sidecar, s.currentText(), cp),
    s.currentText(),
    { kind: 'segment', label: 'boilerplate', block: kind, span: cp },
    { by: annotator(s) },
  );
  return (await applyChange(ctx, s, sidecar, { supersede: id })) ? id : undefined;
}
