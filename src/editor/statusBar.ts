/** Status-bar item for the active source: body share, annotation counts, stale/invalid warning. */
import * as vscode from 'vscode';
import { CommandId } from './constants';
import { bodyShare } from './model/marks';
import type { SourceSession } from './session';
import type { Sessions } from './sessions';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'scrapemark.status',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly subs: vscode.Disposable[];

  constructor(private readonly sessions: Sessions) {
    this.item.name = vscode.l10n.t('Scrapemark');
    this.item.command = CommandId.openSidecar;
    this.subs = [
      sessions.onDidChange((s) => {
        if (s === sessions.active()) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  /** The text shown, exposed for tests. */
  get text(): string {
    return this.item.text;
  }

  update(): void {
    const s = this.sessions.active();
    if (!s) {
      this.item.hide();
      return;
    }
    const { text, tooltip, warning } = describe(s);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = warning
      ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.subs) d.dispose();
  }
}

function describe(s: SourceSession): { text: string; tooltip: string; warning: boolean } {
  const marks = s.marks();
  const share = bodyShare(marks);
  const c = s.counts();
  const pct = share === null ? '–' : `${Math.round(share * 100)}%`;
  const problem = s.problem();
  const icon = problem ? '$(warning)' : '$(symbol-text)';
  const text = vscode.l10n.t(
    '{0} body {1} · {2} quotes · {3} proposals',
    icon,
    pct,
    c.quotes,
    c.proposals,
  );
  const lines = [
    vscode.l10n.t('Scrapemark: body share {0}', pct),
    vscode.l10n.t(
      '{0} annotations, {1} quotes, {2} metadata fields, {3} proposals',
      c.annotations,
      c.quotes,
      c.metadata,
      c.proposals,
    ),
  ];
  if (problem) lines.push(problem);
  lines.push(vscode.l10n.t('Click to open the annotation file.'));
  return { text, tooltip: lines.join('\n'), warning: problem !== undefined };
}
