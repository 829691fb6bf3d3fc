/**
 * Scrapemark: Compare Annotations with HEAD — the semantic diff (src/sidecar/diff.ts) of the active
 * source's annotations against the sidecar committed at HEAD, read through the built-in git
 * extension (`vscode.git`, API v1 `Repository.show`). Shown in a read-only document
 * (`scrapemark-diff:` scheme). Without git (no extension, no repository, a virtual workspace) it
 * says so.
 */
import * as vscode from 'vscode';
import { diffSidecars, formatDiff } from '../../sidecar/diff';
import type { Sidecar } from '../../sidecar/types';
import { readTextFile } from '../sidecarFiles';
import * as ops from '../sidecarOps';
import type { CommandContext } from './context';
import { resolveSession } from './target';

export const DIFF_SCHEME = 'scrapemark-diff';

/** The part of the git extension's API used here (extensions/git/src/api/git.d.ts). */
interface GitRepository {
  readonly rootUri: vscode.Uri;
  show(ref: string, path: string): Promise<string>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
  /** Opens a repository the extension has not discovered (nested folders); VS Code ≥ 1.72. */
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}
interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** Read-only documents holding the rendered diffs, by URI. */
class DiffDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }
}

const providers = new WeakMap<CommandContext, DiffDocuments>();

function diffDocuments(ctx: CommandContext): DiffDocuments {
  let p = providers.get(ctx);
  if (!p) {
    p = new DiffDocuments();
    ctx.extension.subscriptions.push(
      vscode.workspace.registerTextDocumentContentProvider(DIFF_SCHEME, p),
    );
    providers.set(ctx, p);
  }
  return p;
}

async function gitApi(): Promise<GitApi | string> {
  const ext = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!ext) return vscode.l10n.t('The built-in Git extension is not available.');
  const exports = ext.isActive ? ext.exports : await ext.activate();
  if (!exports.enabled) return vscode.l10n.t('Git is disabled (setting git.enabled).');
  return exports.getAPI(1);
}

/**
 * A repository git has not discovered (it scans only the workspace folders' roots): try the
 * sidecar's folders upwards, within its workspace folder.
 */
async function openNearest(api: GitApi, file: vscode.Uri): Promise<GitRepository | null> {
  const folder = vscode.workspace.getWorkspaceFolder(file);
  if (!folder || !api.openRepository) return null;
  let dir = vscode.Uri.joinPath(file, '..');
  while (dir.path.startsWith(folder.uri.path)) {
    const repo = await api.openRepository(dir).catch(() => null);
    if (repo) return repo;
    if (dir.path === folder.uri.path) break;
    dir = vscode.Uri.joinPath(dir, '..');
  }
  return null;
}

export interface CompareResult {
  /** The diff document, or the reason there is none. */
  readonly uri?: vscode.Uri;
  readonly text?: string;
  readonly error?: string;
}

export async function compareWithHead(ctx: CommandContext, uri?: unknown): Promise<CompareResult> {
  const s = await resolveSession(ctx, uri);
  if (!s) return { error: 'not a source' };
  const fail = (error: string): CompareResult => {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Scrapemark cannot compare with HEAD: {0}', error),
    );
    return { error };
  };
  const api = await gitApi();
  if (typeof api === 'string') return fail(api);
  const repo = api.getRepository(s.sidecarUri) ?? (await openNearest(api, s.sidecarUri));
  if (!repo) return fail(vscode.l10n.t('{0} is not in a git repository.', s.sidecarUri.path));
  let headText: string | undefined;
  try {
    headText = await repo.show('HEAD', s.sidecarUri.fsPath);
  } catch {
    headText = undefined; // not committed yet: everything is new
  }
  let head: Sidecar | undefined;
  if (headText !== undefined) {
    const parsed = ops.parseSidecar(headText);
    if (!parsed.ok) return fail(vscode.l10n.t('the annotation file at HEAD does not parse.'));
    head = parsed.sidecar;
  }
  const disk = await readTextFile(s.sidecarUri);
  const current = s.onDisk || disk !== null ? s.sidecarSnapshot() : undefined;
  const name = s.sidecarUri.path.split('/').pop() ?? '';
  const header = `Scrapemark annotations: HEAD:${name} → working copy${headText === undefined ? ' (not in HEAD yet)' : ''}\n\n`;
  const text = header + formatDiff(diffSidecars(head, current), head, current);
  const docUri = vscode.Uri.from({ scheme: DIFF_SCHEME, path: `/${name}.diff` });
  diffDocuments(ctx).set(docUri, text);
  const doc = await vscode.workspace.openTextDocument(docUri);
  await vscode.window.showTextDocument(doc, {
    preview: true,
    viewColumn: vscode.ViewColumn.Beside,
  });
  return { uri: docUri, text };
}
