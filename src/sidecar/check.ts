/**
 * Consistency check of a parsed sidecar against its source (the `check` verb, editor diagnostics):
 * unique ids, speaker references, the source hash/length/EOL/BOM, and every target's text, head,
 * tail, prefix and suffix at its offsets. Orphaned and fuzzy anchors are warnings (they are
 * legitimate, reported states); everything else is an error.
 */
import { describeTarget, sameText } from './anchor';
import { CONTEXT_LENGTH, HEAD_TAIL_LENGTH } from './constants';
import { detectEol, headCp, SourceText, tailCp } from './text';
import type { Sidecar, SidecarProblem, Target } from './types';

type Locate = (path: readonly (string | number)[]) => { line: number; col: number };

export interface SourceState {
  /** The decoded source text (a BOM allowed). */
  readonly text: string;
  /** sha256 of the raw bytes. */
  readonly sha256: string;
}

export function checkSidecar(
  sidecar: Sidecar,
  locate: Locate,
  source: SourceState,
): SidecarProblem[] {
  const problems: SidecarProblem[] = [];
  const add = (
    path: (string | number)[],
    message: string,
    severity: 'error' | 'warning' = 'error',
  ) => problems.push({ ...locate(path), message, severity });
  const src = new SourceText(source.text);

  if (sidecar.source.sha256 !== source.sha256) {
    add(
      ['source', 'sha256'],
      'the source changed since this sidecar was written (sha256 differs); run `scrapemark reanchor`',
    );
  }
  if (sidecar.source.length !== src.length)
    add(
      ['source', 'length'],
      `source.length is ${sidecar.source.length}, the source has ${src.length} code points`,
    );
  if (sidecar.source.bom !== src.bom)
    add(
      ['source', 'bom'],
      `source.bom is ${sidecar.source.bom}, the source ${src.bom ? 'has' : 'has no'} BOM`,
    );
  const eol = detectEol(src.text);
  if (sidecar.source.eol !== eol)
    add(
      ['source', 'eol'],
      `source.eol is ${sidecar.source.eol}, the source's line endings are ${eol}`,
    );

  const ids = new Map<string, number>();
  const entityIds = new Set((sidecar.entities ?? []).map((e) => e.id));
  (sidecar.entities ?? []).forEach((e, i) => {
    if (ids.has(e.id)) add(['entities', i, 'id'], `duplicate id ${e.id}`);
    ids.set(e.id, i);
  });
  sidecar.annotations.forEach((a, i) => {
    if (ids.has(a.id)) add(['annotations', i, 'id'], `duplicate id ${a.id}`);
    ids.set(a.id, i);
    if (a.kind === 'quote' && a.speaker && !entityIds.has(a.speaker))
      add(['annotations', i, 'speaker'], `speaker ${a.speaker} is not in entities`);
    const targets: [(string | number)[], Target][] = [[['target'], a.target]];
    if (a.kind === 'quote') {
      (a.parts ?? []).forEach((t, j) => targets.push([['parts', j], t]));
      if (a.speaker_span) targets.push([['speaker_span'], a.speaker_span]);
      if (a.cue_span) targets.push([['cue_span'], a.cue_span]);
    }
    for (const [sub, t] of targets) {
      for (const p of checkTarget(src, t))
        add(['annotations', i, ...sub, ...p.path], `${a.id}: ${p.message}`, p.severity);
    }
  });
  return problems;
}

function checkTarget(
  src: SourceText,
  t: Target,
): { path: string[]; message: string; severity: 'error' | 'warning' }[] {
  const out: { path: string[]; message: string; severity: 'error' | 'warning' }[] = [];
  const err = (path: string[], message: string) => out.push({ path, message, severity: 'error' });
  if (t.anchor === 'orphaned') {
    out.push({
      path: ['anchor'],
      message: `orphaned: ${describeTarget(t)} is not in the source any more; re-attach or remove it`,
      severity: 'warning',
    });
    return out;
  }
  if (t.end > src.length) {
    err(['end'], `end ${t.end} is past the end of the source (${src.length} code points)`);
    return out;
  }
  const here = src.slice(t.start, t.end);
  if (t.anchor === 'fuzzy') {
    out.push({
      path: ['anchor'],
      message: `fuzzy anchor (score ${t.score ?? '?'}): ${describeTarget(t)} changed; confirm or re-attach it`,
      severity: 'warning',
    });
    if (t.anchored_exact !== undefined && t.anchored_exact !== here)
      err(['anchored_exact'], `anchored_exact does not match the source at ${t.start}..${t.end}`);
  } else if (!sameText(t, here)) {
    err(
      [t.exact !== undefined ? 'exact' : 'exact_sha256'],
      `${t.exact !== undefined ? 'exact' : 'exact_sha256'} does not match the source at ${t.start}..${t.end} (found ${describeTarget({ ...t, exact: here })})`,
    );
    return out;
  }
  if (t.anchor !== 'fuzzy' && t.exact === undefined) {
    if (t.head !== headCp(here, HEAD_TAIL_LENGTH))
      err(['head'], 'head does not match the start of the span');
    if (t.tail !== tailCp(here, HEAD_TAIL_LENGTH))
      err(['tail'], 'tail does not match the end of the span');
  }
  if (t.prefix !== src.slice(Math.max(0, t.start - CONTEXT_LENGTH), t.start))
    err(['prefix'], 'prefix does not match the text before the span');
  if (t.suffix !== src.slice(t.end, t.end + CONTEXT_LENGTH))
    err(['suffix'], 'suffix does not match the text after the span');
  return out;
}
