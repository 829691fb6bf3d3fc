/**
 * The Annotations view (Explorer): the active source's metadata, quotes grouped by speaker,
 * segments and problems. Clicking an annotation reveals it; proposals have inline accept/reject.
 */
import * as vscode from 'vscode';
import type { Annotation, QuoteAnnotation } from '../../sidecar/types';
import { CommandId } from '../constants';
import type { SourceSession } from '../session';
import type { Sessions } from '../sessions';
import * as ops from '../sidecarOps';

type Node =
  | {
      readonly type: 'group';
      readonly id: string;
      readonly label: string;
      readonly children: Node[];
      readonly icon: string;
    }
  | {
      readonly type: 'annotation';
      readonly a: Annotation;
      readonly session: SourceSession;
      readonly label?: string;
    };

export class AnnotationsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subs: vscode.Disposable[];
  private shownKey = '';
  private shownRevision = -1;

  constructor(private readonly sessions: Sessions) {
    this.subs = [
      this.changed,
      sessions.onDidChange((s) => {
        // Shifts from typing do not change the view: refresh only on a new revision.
        if (
          s !== sessions.active() ||
          (s.key === this.shownKey && s.revision === this.shownRevision)
        )
          return;
        this.changed.fire();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.changed.fire()),
    ];
  }

  getTreeItem(n: Node): vscode.TreeItem {
    if (n.type === 'group') {
      // Segments (one per line run) are many: collapsed; the rest open.
      const state = n.id.endsWith('#segments')
        ? vscode.TreeItemCollapsibleState.Collapsed
        : vscode.TreeItemCollapsibleState.Expanded;
      const item = new vscode.TreeItem(n.label, state);
      item.id = n.id;
      item.iconPath = new vscode.ThemeIcon(n.icon);
      item.description = String(countLeaves(n));
      return item;
    }
    const { a, session } = n;
    const item = new vscode.TreeItem(n.label ?? labelOf(a), vscode.TreeItemCollapsibleState.None);
    item.id = `${session.key}#${a.id}`;
    item.description = describeStatus(a);
    item.tooltip = `${a.id} · ${a.by}`;
    item.contextValue = a.status === 'proposed' ? 'proposal' : 'annotation';
    item.iconPath = new vscode.ThemeIcon(iconOf(a));
    item.command = {
      command: CommandId.revealAnnotation,
      title: vscode.l10n.t('Reveal Annotation'),
      arguments: [{ id: a.id, uri: session.doc.uri }],
    };
    return item;
  }

  getChildren(n?: Node): Node[] {
    if (n) return n.type === 'group' ? n.children : [];
    const s = this.sessions.active();
    this.shownKey = s?.key ?? '';
    this.shownRevision = s?.revision ?? -1;
    return s ? buildGroups(s) : [];
  }

  /** Labels depth-first, two spaces of indent per level (for tests). */
  labels(): string[] {
    const out: string[] = [];
    const walk = (nodes: Node[], depth: number): void => {
      for (const n of nodes) {
        const label = this.getTreeItem(n).label;
        out.push(
          `${'  '.repeat(depth)}${typeof label === 'string' ? label : (label?.label ?? '')}`,
        );
        walk(this.getChildren(n), depth + 1);
      }
    };
    walk(this.getChildren(), 0);
    return out;
  }

  dispose(): void {
    for (const d of this.subs) d.dispose();
  }
}

/** Tree items carry `{ id, uri }` when passed to commands from the inline menu. */
export function treeArg(n: Node): { id: string; uri: vscode.Uri } | undefined {
  return n.type === 'annotation' ? { id: n.a.id, uri: n.session.doc.uri } : undefined;
}

function buildGroups(s: SourceSession): Node[] {
  const live = s.sidecar.annotations.filter((a) => a.status !== 'rejected');
  const node = (a: Annotation, label?: string): Node => ({
    type: 'annotation',
    a,
    session: s,
    ...(label ? { label } : {}),
  });
  const problems = live.filter((a) =>
    ops.targetsOf(a).some((t) => t.anchor === 'orphaned' || t.anchor === 'fuzzy'),
  );
  const meta = live.filter((a) => a.kind === 'meta');
  const quotes = live.filter((a): a is QuoteAnnotation => a.kind === 'quote');
  const segments = live.filter((a) => a.kind === 'segment');
  const bySpeaker = new Map<string, QuoteAnnotation[]>();
  for (const q of quotes) {
    const name =
      s.sidecar.entities?.find((e) => e.id === q.speaker)?.name ?? vscode.l10n.t('(no speaker)');
    bySpeaker.set(name, [...(bySpeaker.get(name) ?? []), q]);
  }
  const groups: Node[] = [
    {
      type: 'group',
      id: `${s.key}#meta`,
      label: vscode.l10n.t('Metadata'),
      icon: 'symbol-field',
      children: meta.map((a) => node(a)),
    },
    {
      type: 'group',
      id: `${s.key}#quotes`,
      label: vscode.l10n.t('Quotes'),
      icon: 'quote',
      children: [...bySpeaker.entries()].map(([name, qs]) => ({
        type: 'group' as const,
        id: `${s.key}#speaker#${name}`,
        label: name,
        icon: 'person',
        children: qs.map((q) => node(q)),
      })),
    },
    {
      type: 'group',
      id: `${s.key}#segments`,
      label: vscode.l10n.t('Segments'),
      icon: 'list-flat',
      children: segments.map((a) => node(a)),
    },
  ];
  if (problems.length > 0) {
    groups.push({
      type: 'group',
      id: `${s.key}#problems`,
      label: vscode.l10n.t('Problems'),
      icon: 'warning',
      children: problems.map((a) => node(a)),
    });
  }
  return groups;
}

function countLeaves(n: Node): number {
  return n.type === 'group' ? n.children.reduce((k, c) => k + countLeaves(c), 0) : 1;
}

export function labelOf(a: Annotation): string {
  const excerpt = ops.describeTarget(a.target, 50);
  switch (a.kind) {
    case 'meta':
      return `${a.field}: ${a.value}`;
    case 'quote':
      return excerpt;
    case 'segment':
      return `${a.label === 'body' ? vscode.l10n.t('body') : vscode.l10n.t('boilerplate')} (${a.block}) ${excerpt}`;
  }
}

export function describeStatus(a: Annotation): string {
  const anchor = ops.targetsOf(a).find((t) => t.anchor)?.anchor;
  const status =
    a.status === 'proposed'
      ? vscode.l10n.t('proposed')
      : a.status === 'accepted'
        ? vscode.l10n.t('accepted')
        : a.status === 'rejected'
          ? vscode.l10n.t('rejected')
          : vscode.l10n.t('manual');
  return anchor ? `${status} · ${anchor}` : status;
}

function iconOf(a: Annotation): string {
  if (ops.targetsOf(a).some((t) => t.anchor === 'orphaned')) return 'warning';
  if (a.status === 'proposed') return 'lightbulb';
  return a.kind === 'meta'
    ? 'symbol-field'
    : a.kind === 'quote'
      ? 'quote'
      : a.label === 'body'
        ? 'note'
        : 'circle-slash';
}
