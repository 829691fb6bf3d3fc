/**
 * One file of `scrapemark export`, as a task of the parallel runner: brat (`<stem>.txt` +
 * `<stem>.ann`), W3C (`<stem>.jsonld`) files are written by the worker; a JSONL line is handed back
 * to the parent, which appends it to one stream in input order.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { bratText, toBrat } from '../sidecar/export/brat';
import { toJsonl } from '../sidecar/export/jsonl';
import { toW3c } from '../sidecar/export/w3c';
import { reanchor } from '../sidecar/index';
import { readSource } from './files';
import { sha256File } from './parallel-hash';
import type { TaskResult } from './parallel-worker';
import { isSourceError, loadSidecar, sourceMatches, type Pair } from './verbs/sidecar-io';
import { writeFileAtomic } from './write';

export type ExportFormat = 'brat' | 'w3c' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['brat', 'w3c', 'jsonl'];

export interface ExportTaskOptions {
  readonly format: ExportFormat;
  /** Output path without extension (`DIR/sub/name`); unused for jsonl. */
  readonly outBase: string;
}

export async function exportOne(pair: Pair, o: ExportTaskOptions): Promise<TaskResult> {
  const fail = (err: string): TaskResult => ({
    out: '',
    err,
    failed: true,
    record: { file: pair.source, status: 'error', error: err.trim() },
  });
  const loaded = await loadSidecar(pair.sidecar);
  if (!loaded.ok) {
    if ('missing' in loaded) {
      if (!pair.explicit)
        return {
          out: '',
          err: '',
          failed: false,
          record: { file: pair.source, status: 'skipped' },
        };
      return fail(
        `scrapemark: ${pair.sidecar}: no sidecar for ${pair.source} (run scrapemark annotate first)\n`,
      );
    }
    const first = loaded.errors[0];
    return fail(
      `${pair.sidecar}:${first?.line ?? 1}:${first?.col ?? 1}: error: ${first?.message ?? 'invalid'}\n`,
    );
  }
  const mismatch = sourceMatches(pair, loaded.sidecar.source.path);
  if (mismatch) return fail(`scrapemark: ${pair.sidecar}: ${mismatch}\n`);
  let file;
  try {
    file = await readSource(pair.source);
  } catch (e) {
    if (!isSourceError(e)) throw e;
    return fail(`scrapemark: ${e.message}\n`);
  }
  let sidecar = loaded.sidecar;
  let err = '';
  const hash = sha256File(file.bytes);
  if (sidecar.source.sha256 !== hash) {
    sidecar = reanchor(sidecar, file.text, hash).sidecar;
    err += `scrapemark: ${pair.sidecar}: the source changed; exported after re-anchoring in memory (run scrapemark reanchor)\n`;
  }
  const name = path.basename(pair.source);
  if (o.format === 'jsonl') {
    const line = JSON.stringify(toJsonl(sidecar, file.text, name));
    return {
      out: '',
      err,
      failed: false,
      payload: `${line}\n`,
      record: { file: pair.source, status: 'exported' },
    };
  }
  await fs.mkdir(path.dirname(o.outBase), { recursive: true });
  let written: string[];
  if (o.format === 'brat') {
    const { ann, skipped } = toBrat(sidecar, file.text);
    if (skipped.length > 0)
      err += `scrapemark: ${pair.sidecar}: ${skipped.length} annotation(s) with an orphaned target left out of brat: ${skipped.join(', ')}\n`;
    written = [`${o.outBase}.txt`, `${o.outBase}.ann`];
    await writeFileAtomic(written[0]!, bratText(file.text));
    await writeFileAtomic(written[1]!, ann);
  } else {
    written = [`${o.outBase}.jsonld`];
    await writeFileAtomic(
      written[0]!,
      `${JSON.stringify(toW3c(sidecar, file.text, name), null, 2)}\n`,
    );
  }
  return {
    out: `${pair.source}: ${sidecar.annotations.length} annotations → ${written.join(', ')}\n`,
    err,
    failed: false,
    record: { file: pair.source, status: 'exported', out: written },
  };
}
