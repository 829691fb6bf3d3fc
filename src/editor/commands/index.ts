/** Registers every command; the table is the one place that maps ids to handlers. */
import * as vscode from 'vscode';
import { CommandId } from '../constants';
import { annotateFile } from './annotateFile';
import type { CommandContext, CommandHandler } from './context';
import { reanalyze } from './reanalyze';
import { toggleHighlighting } from './toggleHighlighting';

const HANDLERS: Partial<Record<CommandId, CommandHandler>> = {
  [CommandId.toggleHighlighting]: toggleHighlighting,
  [CommandId.reanalyze]: reanalyze,
  [CommandId.annotateFile]: annotateFile,
};

export function registerCommands(ctx: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    ...Object.entries(HANDLERS).map(([id, handler]) =>
      vscode.commands.registerCommand(id, (...args: unknown[]) => handler(ctx, ...args)),
    ),
  );
}
