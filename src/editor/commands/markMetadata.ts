/**
 * Scrapemark: Mark Selection as Metadata… — picks the field, normalises the selected text (dates
 * to ISO 8601) and lets the annotator edit the value. Argument (no UI): `{ field, value? }`.
 */
import * as vscode from 'vscode';
import { METADATA_FIELDS, normaliseMetadataValue } from '../model/normalize';
import * as ops from '../sidecarOps';
import { activeTarget, annotator, applyChange, selectionSpan, toCp } from './apply';
import type { CommandContext } from './context';

export interface MarkMetadataArgs {
  readonly field?: string;
  readonly value?: string;
  /** false: take the normalised value without showing the input box. */
  readonly edit?: boolean;
}

export async function markMetadata(
  ctx: CommandContext,
  arg?: unknown,
): Promise<string | undefined> {
  const args = (
    arg && typeof arg === 'object' ? arg : typeof arg === 'string' ? { field: arg } : {}
  ) as MarkMetadataArgs;
  const t = await activeTarget(ctx);
  const span = t && selectionSpan(t);
  if (!t || !span) return undefined;
  const s = t.session;
  const field = args.field ?? (await pickField());
  if (!field) return undefined;
  const selected = s.currentText().slice(span.start, span.end);
  const normalised = normaliseMetadataValue(field, selected, s.getAnalysis().language);
  const value =
    args.value ??
    (args.edit === false ? normalised.value : undefined) ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('Value of {0}', field),
      prompt: vscode.l10n.t('The normalised value (dates as ISO 8601). Edit it if needed.'),
      value: normalised.value,
    }));
  if (value === undefined) return undefined;
  const inferred = normalised.inferred === true && value === normalised.value;
  const { sidecar, id } = ops.addAnnotation(
    s.sidecar,
    s.currentText(),
    { kind: 'meta', field, value, ...(inferred ? { inferred } : {}), span: toCp(s, span) },
    { by: annotator(s) },
  );
  return (await applyChange(ctx, s, sidecar, { supersede: id })) ? id : undefined;
}

async function pickField(): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    METADATA_FIELDS.map((f) => ({ label: f })),
    {
      title: vscode.l10n.t('Metadata field'),
      placeHolder: vscode.l10n.t('Which field is the selection?'),
    },
  );
  return picked?.label;
}
