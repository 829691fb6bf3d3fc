/**
 * Scrapemark: Clean All Sources in Workspace — every source with a sidecar, with a cancellable
 * progress notification and a summary. Open documents go through the editor (one undoable edit
 * each, saved); closed ones through vscode.workspace.fs. Dirty documents are skipped.
 */
import * as vscode from 'vscode';
import { resolveSourcePath } from '../../sidecar/path';
import * as ops from '../sidecarOps';
import type { CommandContext } from './context';
import { cleanClosedSource, cleanOpenSource } from './cleanupEdit';

export interface CleanAllSummary {
  readonly total: number;
  readonly cleaned: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly failed: number;
  readonly cancelled: boolean;
  /** `file: message` for each failure. */
  readonly errors: readonly string[];
}

export interface CleanAllOptions {
  /** Cancels like the notification's Cancel button (tests). */
  readonly token?: vscode.CancellationToken;
  /** Called after each file (tests). */
  readonly onFile?: (done: number, total: number) => void;
}

/** Sources that have a sidecar, sorted by path. */
async function sourcesWithSidecars(): Promise<vscode.Uri[]> {
  const sidecars = await vscode.workspace.findFiles('**/*.scrapemark.yaml', '**/node_modules/**');
  const out = new Map<string, vscode.Uri>();
  for (const sc of sidecars) {
    const parsed = ops.parseSidecar(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(sc)),
    );
    // An invalid sidecar is left for the Problems panel; its source is not touched.
    if (!parsed.ok) continue;
    const resolved = resolveSourcePath(sc.path, parsed.sidecar.source.path);
    if ('error' in resolved) continue;
    const uri = sc.with({ path: resolved.path });
    out.set(uri.toString(), uri);
  }
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export async function cleanAllSources(
  ctx: CommandContext,
  arg?: unknown,
): Promise<CleanAllSummary> {
  const options: CleanAllOptions = arg && typeof arg === 'object' ? arg : {};
  const sources = await sourcesWithSidecars();
  const counts = { cleaned: 0, unchanged: 0, skipped: 0, failed: 0 };
  let cancelled = false;
  const errors: string[] = [];
  await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Scrapemark: cleaning sources'),
      cancellable: true,
    },
    async (progress, token) => {
      for (const [i, uri] of sources.entries()) {
        if (token.isCancellationRequested || options.token?.isCancellationRequested) {
          cancelled = true;
          break;
        }
        progress.report({ message: `${i + 1}/${sources.length}`, increment: 100 / sources.length });
        try {
          const doc = vscode.workspace.textDocuments.find(
            (d) => d.uri.toString() === uri.toString(),
          );
          const session = doc ? await ctx.sessions.ensure(doc) : undefined;
          if (doc?.isDirty) {
            counts.skipped++;
          } else {
            const r = session ? await cleanOpenSource(ctx, session) : await cleanClosedSource(uri);
            if (session) ctx.sessions.paint(session);
            if (r) counts.cleaned++;
            else counts.unchanged++;
          }
        } catch (e) {
          counts.failed++;
          errors.push(
            `${uri.path.split('/').pop() ?? ''}: ${e instanceof Error ? e.message : String(e)}`,
          );
        }
        options.onFile?.(i + 1, sources.length);
      }
    },
  );
  const summary = { total: sources.length, ...counts, cancelled, errors };
  const text = vscode.l10n.t(
    'Scrapemark: {0} of {1} sources cleaned, {2} clean already, {3} skipped (unsaved), {4} failed.',
    counts.cleaned,
    sources.length,
    counts.unchanged,
    counts.skipped,
    counts.failed,
  );
  const suffix = cancelled ? ` ${vscode.l10n.t('Cancelled.')}` : '';
  if (counts.failed > 0)
    void vscode.window.showWarningMessage(`${text}${suffix} ${errors.join('; ')}`);
  else void vscode.window.showInformationMessage(`${text}${suffix}`);
  return summary;
}
