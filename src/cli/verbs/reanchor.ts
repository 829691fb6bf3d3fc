/** `scrapemark reanchor [--pattern P] <file|dir>...`: re-anchor sidecars after their sources changed. */
import {
  describeTarget,
  parseSidecar,
  reanchor,
  serializeIfChanged,
  sha256Hex,
  type AnchorReport,
} from '../../sidecar/index';
import { readSource } from '../files';
import type { CliIO, Verb } from '../verb';
import { writeFileAtomic } from '../write';
import {
  isSourceError,
  loadSidecar,
  pairsFor,
  parseSidecarArgs,
  reportProblems,
  sourceMatches,
} from './sidecar-io';

export const reanchorVerb: Verb = {
  name: 'reanchor',
  summary: 're-anchor sidecars on changed sources; report shifted, fuzzy and orphaned annotations',
  usage: 'scrapemark reanchor [--pattern P] [--strict] <file|dir>...',
  help: [
    '  --pattern P   sidecar file name pattern (default {name}.scrapemark.yaml)',
    '  --strict      exit 1 when an annotation is orphaned',
    '',
    'Each annotation is found again: at its offsets, else by its exact text (prefix/suffix and',
    'proximity decide between repeats), else fuzzily (score >= MIN_FUZZY_SCORE). Annotations that',
    'cannot be found are kept with anchor: orphaned and reported, never dropped.',
    'Output: <sidecar>:<line>:<col>: <status> <id> (<kind> <which>) "<text>" for each one not plainly anchored.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseSidecarArgs(args, ['--strict']);
    if (typeof parsed === 'string') {
      io.err(`scrapemark reanchor: ${parsed}\nusage: ${reanchorVerb.usage}\n`);
      return 2;
    }
    const { pairs, failed: pairFailed } = await pairsFor(parsed.paths, parsed.pattern, io);
    let failed = pairFailed;
    let orphans = 0;
    for (const pair of pairs) {
      const loaded = await loadSidecar(pair.sidecar);
      if (!loaded.ok) {
        if ('missing' in loaded) {
          if (pair.explicit) {
            io.err(`scrapemark: ${pair.sidecar}: no sidecar (run scrapemark annotate first)\n`);
            failed = true;
          }
          continue;
        }
        reportProblems(io, pair.sidecar, loaded.errors);
        io.err(`scrapemark: ${pair.sidecar}: not modified (fix the errors above first)\n`);
        failed = true;
        continue;
      }
      const mismatch = sourceMatches(pair, loaded.sidecar.source.path);
      if (mismatch) {
        reportProblems(io, pair.sidecar, [
          { ...loaded.locate(['source', 'path']), message: mismatch, severity: 'error' },
        ]);
        failed = true;
        continue;
      }
      let file;
      try {
        file = await readSource(pair.source);
      } catch (e) {
        if (!isSourceError(e)) throw e;
        io.err(`scrapemark: ${e.message}\n`);
        failed = true;
        continue;
      }
      const hash = sha256Hex(file.bytes);
      const result = reanchor(loaded.sidecar, file.text, hash);
      const out = serializeIfChanged(result.sidecar, loaded.text);
      if (out !== null) await writeFileAtomic(pair.sidecar, out);
      if (out === null) io.out(`${pair.sidecar}: unchanged\n`);
      orphans += printReport(io, pair.sidecar, out ?? loaded.text, result.report);
    }
    return failed || (parsed.flags.has('--strict') && orphans > 0) ? 1 : 0;
  },
};

/** Prints one line per target not plainly anchored (located in the written file) and a summary; returns the orphan count. */
function printReport(
  io: CliIO,
  file: string,
  text: string,
  report: readonly AnchorReport[],
): number {
  const parsed = parseSidecar(text);
  const counts = { anchored: 0, shifted: 0, fuzzy: 0, orphaned: 0 };
  const lines: { line: number; text: string }[] = [];
  for (const r of report) {
    counts[r.status]++;
    if (r.status === 'anchored') continue;
    let where = { line: 1, col: 1 };
    if (parsed.ok) {
      const i = parsed.sidecar.annotations.findIndex((a) => a.id === r.id);
      where = parsed.locate([
        'annotations',
        i,
        ...r.which.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      ]);
    }
    const score = r.score !== undefined ? ` (score ${r.score})` : '';
    const text = `${file}:${where.line}:${where.col}: ${r.status}${score} ${r.id} (${r.kind} ${r.which}) ${describeTarget(r.target)}\n`;
    lines.push({ line: where.line, text });
  }
  for (const l of lines.sort((a, b) => a.line - b.line)) io.out(l.text);
  io.out(
    `${file}: ${counts.anchored} anchored, ${counts.shifted} shifted, ${counts.fuzzy} fuzzy, ${counts.orphaned} orphaned\n`,
  );
  return counts.orphaned;
}
