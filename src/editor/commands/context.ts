/** What every command handler receives: the shared services, injected (no module state). */
import type * as vscode from 'vscode';
import type { Decorator } from '../decorator';
import type { Sessions } from '../sessions';

export interface CommandContext {
  readonly sessions: Sessions;
  readonly decorator: Decorator;
  readonly extension: vscode.ExtensionContext;
}

export type CommandHandler = (ctx: CommandContext, ...args: unknown[]) => unknown;
