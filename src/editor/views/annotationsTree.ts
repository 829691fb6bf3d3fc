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

/**
 * Children shown per group at most; the rest are summarised in one item. A 10 MB source has
 * tens of thousands of annotations, and sending them all to the workbench froze the extension
 * host for seconds after every change (measured: ~25 s). Navigation commands reach the rest.
 */
export const TREE_GROUP_MAX_ITEMS = 1000;

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
    }
  | { readonly type: 'more'; readonly id: string; readonly count: number };

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
    if (n.type === 'more') {
      const item = new vscode.TreeItem(
        vscode.l10n.t('… and {0} more (Go to Next Annotation reaches them)', n.count),
      );
      item.id = n.id;
      return item;
    }
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
  const names = new Map((s.sidecar.entities ?? []).map((e) => [e.id, e.name]));
  const bySpeaker = new Map<string, QuoteAnnotation[]>();
  for (const q of quotes) {
    const name = (q.speaker ? names.get(q.speaker) : undefined) ?? vscode.l10n.t('(no speaker)');
    const list = bySpeaker.get(name);
    if (list) list.push(q);
    else bySpeaker.set(name, [q]);
  }
  const groups: Node[] = [
    {
      type: 'group',
      id: `${s.key}#meta`,
      label: vscode.l10n.t('Metadata'),
      icon: 'symbol-field',
      children: capped(`${s.key}#meta`, meta, (a) => node(a)),
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
        children: capped(`${s.key}#speaker#${name}`, qs, (q) => node(q)),
      })),
    },
    {
      type: 'group',
      id: `${s.key}#segments`,
      label: vscode.l10n.t('Segments'),
      icon: 'list-flat',
      children: capped(`${s.key}#segments`, segments, (a) => node(a)),
    },
  ];
  if (problems.length > 0) {
    groups.push({
      type: 'group',
      id: `${s.key}#problems`,
      label: vscode.l10n.t('Problems'),
      icon: 'warning',
      children: capped(`${s.key}#problems`, problems, (a) => node(a)),
    });
  }
  return groups;
}

/** The first TREE_GROUP_MAX_ITEMS items as nodes, and one node for the rest. */
function capped<T>(id: string, items: readonly T[], toNode: (x: T) => Node): Node[] {
  const shown = items.slice(0, TREE_GROUP_MAX_ITEMS).map(toNode);
  const rest = items.length - shown.length;
  return rest > 0 ? [...shown, { type: 'more', id: `${id}#more`, count: rest }] : shown;
}

function countLeaves(n: Node): number {
  if (n.type === 'more') return n.count;
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
