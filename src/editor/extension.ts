/** Activation: wiring only. Every feature lives in its own module under src/editor/. */
import * as vscode from 'vscode';

export interface ScrapemarkApi {
  readonly version: string;
}

export function activate(_context: vscode.ExtensionContext): ScrapemarkApi {
  return { version: '0.1.0' };
}

export function deactivate(): void {}
