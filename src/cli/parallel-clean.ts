/**
 * One file of `scrapemark clean`, as a task of the parallel runner: read the source and its sidecar
 * (re-anchored first when the source changed), compute the cleanup transaction, then print it
 * (--stdout), write a clean copy with its moved sidecar (--out), or rewrite the source and the
 * sidecar together (--in-place: the source first, then the sidecar, each atomically; the sidecar's
 * hash always matches the new source).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { cleanSource, cleanTextWithHeader, type CleanOptions } from '../sidecar/cleanup';
import {
  reanchor,
  serializeSidecar,
  sidecarPathFor,
  sourcePathField,
  type Sidecar,
} from '../sidecar/index';
import { readSource } from './files';
import { sha256File } from './parallel-hash';
import type { TaskResult } from './parallel-worker';
import { isSourceError, loadSidecar, sourceMatches, type Pair } from './verbs/sidecar-io';
import { writeFileAtomic } from './write';

export interface CleanTaskOptions {
  readonly mode: 'stdout' | 'out' | 'in-place';
  /** For --out: the path of the clean copy. */
  readonly outPath?: string;
  readonly header: boolean;
  readonly pattern: string;
  readonly clean: Omit<CleanOptions, 'analysis'>;
}

const stripBom = (t: string) => (t.startsWith('\ufeff') ? t.slice(1) : t);

export async function cleanOne(pair: Pair, o: CleanTaskOptions): Promise<TaskResult> {
  const fail = (err: string): TaskResult => ({
    out: '',
    err,
    failed: true,
    record: { file: pair.source, status: 'error', error: err.trim() },
  });
  let file;
  try {
    file = await readSource(pair.source);
  } catch (e) {
    if (!isSourceError(e)) throw e;
    return fail(`scrapemark: ${e.message}\n`);
  }
  const loaded = await loadSidecar(pair.sidecar);
  let sidecar: Sidecar | undefined;
  let note = '';
  if (loaded.ok) {
    const mismatch = sourceMatches(pair, loaded.sidecar.source.path);
    if (mismatch) return fail(`scrapemark: ${pair.sidecar}: ${mismatch}; not cleaned\n`);
    sidecar = loaded.sidecar;
    const hash = sha256File(file.bytes);
    if (sidecar.source.sha256 !== hash) {
      sidecar = reanchor(sidecar, file.text, hash).sidecar;
      note = ' (sidecar re-anchored first)';
    }
  } else if (!('missing' in loaded)) {
    const first = loaded.errors[0];
    return fail(
      `${pair.sidecar}:${first?.line ?? 1}:${first?.col ?? 1}: error: ${first?.message ?? 'invalid'}\nscrapemark: ${pair.source}: not cleaned (fix the sidecar first)\n`,
    );
  }
  const result = cleanSource(file.text, sidecar, o.clean);
  const reasons: Record<string, number> = {};
  for (const e of result.edits) reasons[e.reason] = (reasons[e.reason] ?? 0) + 1;
  const record = {
    file: pair.source,
    edits: reasons,
    removed: result.removed,
    orphaned: result.orphaned,
  };
  const summary = `${result.edits.length} edits, ${result.removed.length} segments removed, ${result.orphaned.length} annotations orphaned${note}`;
  const text = o.header
    ? cleanTextWithHeader(result, result.sidecar, path.basename(pair.source))
    : result.text;

  if (o.mode === 'stdout') {
    return {
      out: stripBom(text),
      err: '',
      failed: false,
      record: { ...record, status: 'printed' },
    };
  }
  if (o.mode === 'out') {
    const dest = o.outPath!;
    await fs.mkdir(path.dirname(dest), { recursive: true });
    await writeFileAtomic(dest, text);
    let wrote = dest;
    if (result.sidecar && !o.header) {
      const sc = {
        ...result.sidecar,
        source: { ...result.sidecar.source, path: sourcePathField(dest) },
      };
      const scPath = sidecarPathFor(dest, o.pattern);
      await writeFileAtomic(scPath, serializeSidecar(sc));
      wrote += ` + ${path.basename(scPath)}`;
    }
    return {
      out: `${pair.source}: ${summary} → ${wrote}\n`,
      err: '',
      failed: false,
      record: { ...record, status: 'written', out: dest },
    };
  }
  if (result.text === file.text) {
    return {
      out: `${pair.source}: clean already (unchanged)\n`,
      err: '',
      failed: false,
      record: { ...record, status: 'unchanged' },
    };
  }
  await writeFileAtomic(pair.source, result.text);
  if (result.sidecar) {
    await writeFileAtomic(
      pair.sidecar,
      serializeSidecar(result.sidecar, loaded.ok ? loaded.text : undefined),
    );
  }
  return {
    out: `${pair.source}: ${summary} (cleaned in place)\n`,
    err: '',
    failed: false,
    record: { ...record, status: 'cleaned' },
  };
}
