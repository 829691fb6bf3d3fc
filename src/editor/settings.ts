/** Typed access to the `scrapemark.*` settings; consumers re-read on change instead of patching. */
import * as vscode from 'vscode';
import { PREFIX, Setting } from './constants';
import type { HighlightToggles } from './model/marks';

export interface Settings {
  readonly include: readonly string[];
  readonly highlight: HighlightToggles & { readonly enabled: boolean };
  /** Milliseconds between the last edit and re-decoration. */
  readonly delay: number;
  readonly codeLens: boolean;
  /** Written as `by:` on annotations made by hand. */
  readonly annotator: string;
}

/** Lower bound of `highlight.delay`, so typing never re-analyses per keystroke. */
export const MIN_DELAY_MS = 50;
export const DEFAULT_DELAY_MS = 250;

export function readSettings(scope?: vscode.Uri): Settings {
  // `sources.include` is per folder (resource scope); the others are window settings.
  const c = vscode.workspace.getConfiguration(PREFIX);
  const flag = (key: string): boolean => c.get<boolean>(key, true) !== false;
  const include = vscode.workspace
    .getConfiguration(PREFIX, scope ?? null)
    .get<unknown>(Setting.include, []);
  return {
    include: Array.isArray(include)
      ? include.filter((g): g is string => typeof g === 'string')
      : [],
    highlight: {
      enabled: flag(Setting.highlightEnabled),
      boilerplate: flag(Setting.highlightBoilerplate),
      body: flag(Setting.highlightBody),
      quotes: flag(Setting.highlightQuotes),
      speakers: flag(Setting.highlightSpeakers),
      cues: flag(Setting.highlightCues),
      metadata: flag(Setting.highlightMetadata),
      proposals: flag(Setting.highlightProposals),
    },
    delay: Math.max(MIN_DELAY_MS, c.get<number>(Setting.highlightDelay, DEFAULT_DELAY_MS)),
    codeLens: flag(Setting.codeLensEnabled),
    annotator: c.get<string>(Setting.annotator, '') || 'annotator',
  };
}

export function affectsSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(PREFIX);
}
