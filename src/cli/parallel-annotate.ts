/**
 * One file of `scrapemark annotate`, as a task of the parallel runner. Same steps and output line
 * as the sequential verb (src/cli/verbs/annotate.ts, which stays the implementation for small
 * inputs): re-anchor a changed source, merge fresh proposals, keep decisions, write atomically
 * only when the bytes change. The corpus statistics are built beforehand from every file.
 */
import { analyzeText, type CorpusStats } from '../core/index';
import {
  mergeProposals,
  proposalsFromAnalysis,
  reanchor,
  SCHEMA_ID,
  serializeIfChanged,
  sourcePathField,
  stripBom,
  type Sidecar,
} from '../sidecar/index';
import { readSourceSync } from './files';
import { describeSourceFast, refreshSourceFast, sha256File } from './parallel-hash';
import type { TaskResult } from './parallel-worker';
import { isSourceError, loadSidecarSync, sourceMatches, type Pair } from './verbs/sidecar-io';
import { writeFileAtomicSync } from './write';

function problems(
  file: string,
  list: readonly { line: number; col: number; severity: string; message: string }[],
): string {
  return list.map((p) => `${file}:${p.line}:${p.col}: ${p.severity}: ${p.message}\n`).join('');
}

function counts(s: Sidecar) {
  const count = (f: (a: Sidecar['annotations'][number]) => boolean) =>
    s.annotations.filter(f).length;
  return {
    annotations: s.annotations.length,
    proposed: count((a) => a.status === 'proposed'),
    accepted: count((a) => a.status === 'accepted'),
    rejected: count((a) => a.status === 'rejected'),
    manual: count((a) => a.status === undefined),
  };
}

/** Synchronous: a worker handles one file at a time, and blocking I/O is cheapest there. */
export function annotateOne(pair: Pair, corpus: CorpusStats | undefined): TaskResult {
  const fail = (err: string): TaskResult => ({
    out: '',
    err,
    failed: true,
    record: { file: pair.source, sidecar: pair.sidecar, status: 'error', error: err.trim() },
  });
  const stamps = [performance.now()];
  const stamp = () => stamps.push(performance.now());
  let file;
  try {
    file = readSourceSync(pair.source);
  } catch (e) {
    if (!isSourceError(e)) throw e;
    return fail(`scrapemark: ${e.message}\n`);
  }
  const loaded = loadSidecarSync(pair.sidecar);
  let base: Sidecar;
  let previous: string | undefined;
  const hash = sha256File(file.bytes);
  if (loaded.ok) {
    const mismatch = sourceMatches(pair, loaded.sidecar.source.path);
    if (mismatch) {
      const where = loaded.locate(['source', 'path']);
      return fail(`${pair.sidecar}:${where.line}:${where.col}: error: ${mismatch}; not modified\n`);
    }
    previous = loaded.text;
    base =
      loaded.sidecar.source.sha256 === hash
        ? loaded.sidecar
        : reanchor(loaded.sidecar, file.text, hash).sidecar;
  } else if ('missing' in loaded) {
    // createSidecar(path, text, bytes), without hashing the bytes a second time.
    base = {
      schema: SCHEMA_ID,
      source: describeSourceFast(sourcePathField(pair.source), file.text, hash),
      annotations: [],
    };
  } else {
    return fail(
      `${problems(pair.sidecar, loaded.errors)}scrapemark: ${pair.sidecar}: not modified (fix the errors above first)\n`,
    );
  }
  stamp();
  const analysis = analyzeText(stripBom(file.text), corpus ? { corpus } : {});
  stamp();
  const proposals = proposalsFromAnalysis(file.text, analysis);
  stamp();
  // A new sidecar's source block was just made from this text and hash: no refresh needed.
  const mergedBase = mergeProposals(base, proposals);
  const merged =
    previous === undefined ? mergedBase : refreshSourceFast(mergedBase, file.text, hash);
  stamp();
  const out = serializeIfChanged(merged, previous);
  stamp();
  if (out !== null) writeFileAtomicSync(pair.sidecar, out);
  stamp();
  const status = out === null ? 'unchanged' : previous === undefined ? 'created' : 'updated';
  const c = counts(merged);
  const summary = `${c.annotations} annotations (${c.proposed} proposed, ${c.accepted} accepted, ${c.rejected} rejected, ${c.manual} manual)`;
  return {
    out: `${pair.sidecar}: ${summary} (${status})\n`,
    err: '',
    failed: false,
    record: { file: pair.source, sidecar: pair.sidecar, status, ...c },
    stages: stamps.slice(1).map((t, i) => t - stamps[i]!),
  };
}
