/** Hovers over annotated text: kind, speaker and role, cue, status, provenance, anchoring. */
import * as vscode from 'vscode';
import type { Annotation } from '../../sidecar/types';
import { CommandId } from '../constants';
import { annotationsAt } from '../model/lookup';
import type { SourceSession } from '../session';
import type { Sessions } from '../sessions';
import * as ops from '../sidecarOps';
import { describeStatus, labelOf } from './annotationsTree';

export class AnnotationHover implements vscode.HoverProvider {
  constructor(private readonly sessions: Sessions) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const s = this.sessions.get(doc.uri);
    if (!s || s.version !== doc.version) return undefined;
    const hits = annotationsAt(s.sidecar.annotations, s.toCodePoint(doc.offsetAt(pos)));
    if (hits.length === 0) return undefined;
    const md = new vscode.MarkdownString(
      hits
        .slice(0, 2)
        .map((a) => describe(s, a))
        .join('\n\n---\n\n'),
    );
    md.isTrusted = {
      enabledCommands: [
        CommandId.acceptProposal,
        CommandId.rejectProposal,
        CommandId.removeAnnotation,
      ],
    };
    md.supportThemeIcons = true;
    return new vscode.Hover(md);
  }
}

function cmd(id: string, title: string, arg: unknown): string {
  return `[${title}](command:${id}?${encodeURIComponent(JSON.stringify([arg]))})`;
}

export function describe(s: SourceSession, a: Annotation): string {
  const lines: string[] = [];
  const kind =
    a.kind === 'quote'
      ? vscode.l10n.t('Quote')
      : a.kind === 'meta'
        ? vscode.l10n.t('Metadata')
        : vscode.l10n.t('Segment');
  lines.push(`**${kind}** — ${escape(labelOf(a))}`);
  if (a.kind === 'quote') {
    const entity = s.sidecar.entities?.find((e) => e.id === a.speaker);
    lines.push(
      `- ${vscode.l10n.t('Speaker')}: ${entity ? escape(entity.name) : vscode.l10n.t('(no speaker)')}`,
    );
    if (entity?.role) lines.push(`- ${vscode.l10n.t('Role')}: ${escape(entity.role)}`);
    if (a.cue_span?.exact) lines.push(`- ${vscode.l10n.t('Cue')}: ${escape(a.cue_span.exact)}`);
    lines.push(`- ${vscode.l10n.t('Type')}: ${a.quote_type}`);
  }
  lines.push(`- ${vscode.l10n.t('Status')}: ${describeStatus(a)}`);
  lines.push(`- ${vscode.l10n.t('By')}: \`${a.by}\``);
  const score = ops.targetsOf(a).find((t) => t.score !== undefined)?.score;
  if (score !== undefined) lines.push(`- ${vscode.l10n.t('Anchor score')}: ${score}`);
  const arg = { id: a.id, uri: s.doc.uri.toString() };
  const actions =
    a.status === 'proposed'
      ? [
          cmd(CommandId.acceptProposal, vscode.l10n.t('$(check) Accept'), arg),
          cmd(CommandId.rejectProposal, vscode.l10n.t('$(close) Reject'), arg),
        ]
      : [cmd(CommandId.removeAnnotation, vscode.l10n.t('$(trash) Remove'), arg)];
  lines.push('', actions.join(' · '));
  return lines.join('\n');
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
