/** Registers every command; the table is the one place that maps ids to handlers. */
import * as vscode from 'vscode';
import { CommandId } from '../constants';
import { acceptAllProposals } from './acceptAllProposals';
import { annotateFile } from './annotateFile';
import { cleanAllSources } from './cleanAllSources';
import { cleanSourceInPlace } from './cleanSourceInPlace';
import { compareWithHead } from './compareWithHead';
import type { CommandContext, CommandHandler } from './context';
import { exportCleanText } from './exportCleanText';
import { redoAnnotationChange, undoAnnotationChange } from './history';
import { markBody } from './markBody';
import { markBoilerplate } from './markBoilerplate';
import { markMetadata } from './markMetadata';
import { markQuote } from './markQuote';
import { nextAnnotation, nextProposal, previousAnnotation, previousProposal } from './navigate';
import { openSampleCorpus } from './openSampleCorpus';
import { openSidecar } from './openSidecar';
import { reanalyze } from './reanalyze';
import { removeAnnotation } from './removeAnnotation';
import { resolveConflict } from './resolveConflict';
import { reattachAnnotation, revealAnnotation } from './reveal';
import { acceptProposal, rejectProposal } from './reviewProposal';
import { toggleHighlighting } from './toggleHighlighting';

const HANDLERS: Record<CommandId, CommandHandler> = {
  [CommandId.markBody]: markBody,
  [CommandId.markBoilerplate]: markBoilerplate,
  [CommandId.markQuote]: markQuote,
  [CommandId.markMetadata]: markMetadata,
  [CommandId.removeAnnotation]: removeAnnotation,
  [CommandId.acceptProposal]: acceptProposal,
  [CommandId.rejectProposal]: rejectProposal,
  [CommandId.acceptAllProposals]: acceptAllProposals,
  [CommandId.nextAnnotation]: nextAnnotation,
  [CommandId.previousAnnotation]: previousAnnotation,
  [CommandId.nextProposal]: nextProposal,
  [CommandId.previousProposal]: previousProposal,
  [CommandId.openSidecar]: openSidecar,
  [CommandId.toggleHighlighting]: toggleHighlighting,
  [CommandId.reanalyze]: reanalyze,
  [CommandId.annotateFile]: annotateFile,
  [CommandId.undoAnnotationChange]: undoAnnotationChange,
  [CommandId.redoAnnotationChange]: redoAnnotationChange,
  [CommandId.resolveConflict]: resolveConflict,
  [CommandId.exportCleanText]: exportCleanText,
  [CommandId.cleanSourceInPlace]: cleanSourceInPlace,
  [CommandId.cleanAllSources]: cleanAllSources,
  [CommandId.compareWithHead]: compareWithHead,
  [CommandId.openSampleCorpus]: openSampleCorpus,
  [CommandId.revealAnnotation]: revealAnnotation,
  [CommandId.reattachAnnotation]: reattachAnnotation,
};

export function registerCommands(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    ...Object.entries(HANDLERS).map(([id, handler]) =>
      vscode.commands.registerCommand(id, (...args: unknown[]) => handler(ctx, ...args)),
    ),
  );
}
