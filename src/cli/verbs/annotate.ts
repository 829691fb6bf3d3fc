/** `scrapemark annotate [--pattern P] [--no-corpus] <file|dir>...`: write sidecars with machine proposals. */
import { analyzeText, buildCorpusStats } from '../../core/index';
import {
  createSidecar,
  mergeProposals,
  proposalsFromAnalysis,
  reanchor,
  refreshSource,
  serializeIfChanged,
  sha256Hex,
  sourcePathField,
  stripBom,
  type Sidecar,
} from '../../sidecar/index';
import { readSource, type SourceFile } from '../files';
import type { Verb } from '../verb';
import { writeFileAtomic } from '../write';
import {
  isSourceError,
  loadSidecar,
  pairsFor,
  parseSidecarArgs,
  reportProblems,
  sourceMatches,
  type Pair,
} from './sidecar-io';

export const annotateVerb: Verb = {
  name: 'annotate',
  summary: 'write sidecars (<file>.scrapemark.yaml) with proposals, keeping decisions already made',
  usage: 'scrapemark annotate [--pattern P] [--no-corpus] <file|dir>...',
  help: [
    '  --pattern P   sidecar file name pattern (default {name}.scrapemark.yaml; {name}, {stem}, {ext})',
    '  --no-corpus   do not learn repeated lines across the files given',
    '',
    'Proposals get status: proposed and by: rule:<name>@<version>. Accepted, rejected and manual',
    'annotations already in a sidecar are kept, and a rejected proposal is not proposed again. When',
    'the source changed, the sidecar is re-anchored first. A sidecar that does not parse is not touched.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseSidecarArgs(args, ['--no-corpus']);
    if (typeof parsed === 'string') {
      io.err(`scrapemark annotate: ${parsed}\nusage: ${annotateVerb.usage}\n`);
      return 2;
    }
    const { pairs, failed: pairFailed } = await pairsFor(parsed.paths, parsed.pattern, io);
    let failed = pairFailed;
    const sources: { pair: Pair; file: SourceFile }[] = [];
    for (const pair of pairs) {
      try {
        sources.push({ pair, file: await readSource(pair.source) });
      } catch (e) {
        if (!isSourceError(e)) throw e;
        io.err(`scrapemark: ${e.message}\n`);
        failed = true;
      }
    }
    const texts = sources.map((s) => stripBom(s.file.text));
    const corpus =
      !parsed.flags.has('--no-corpus') && texts.length > 1 ? buildCorpusStats(texts) : undefined;
    for (const [i, { pair, file }] of sources.entries()) {
      const loaded = await loadSidecar(pair.sidecar);
      let base: Sidecar;
      let previous: string | undefined;
      const hash = sha256Hex(file.bytes);
      if (loaded.ok) {
        const mismatch = sourceMatches(pair, loaded.sidecar.source.path);
        if (mismatch) {
          reportProblems(io, pair.sidecar, [
            {
              ...loaded.locate(['source', 'path']),
              message: `${mismatch}; not modified`,
              severity: 'error',
            },
          ]);
          failed = true;
          continue;
        }
        previous = loaded.text;
        base =
          loaded.sidecar.source.sha256 === hash
            ? loaded.sidecar
            : reanchor(loaded.sidecar, file.text, hash).sidecar;
      } else if ('missing' in loaded) {
        base = createSidecar(sourcePathField(pair.source), file.text, file.bytes);
      } else {
        reportProblems(io, pair.sidecar, loaded.errors);
        io.err(`scrapemark: ${pair.sidecar}: not modified (fix the errors above first)\n`);
        failed = true;
        continue;
      }
      const analysis = analyzeText(texts[i]!, corpus ? { corpus } : {});
      const merged = refreshSource(
        mergeProposals(base, proposalsFromAnalysis(file.text, analysis)),
        file.text,
        file.bytes,
      );
      const out = serializeIfChanged(merged, previous);
      if (out !== null) await writeFileAtomic(pair.sidecar, out);
      io.out(
        `${pair.sidecar}: ${summary(merged)}${out === null ? ' (unchanged)' : previous === undefined ? ' (created)' : ' (updated)'}\n`,
      );
    }
    return failed ? 1 : 0;
  },
};

function summary(s: Sidecar): string {
  const count = (f: (a: Sidecar['annotations'][number]) => boolean) =>
    s.annotations.filter(f).length;
  const parts = [
    `${count((a) => a.status === 'proposed')} proposed`,
    `${count((a) => a.status === 'accepted')} accepted`,
    `${count((a) => a.status === 'rejected')} rejected`,
    `${count((a) => a.status === undefined)} manual`,
  ];
  return `${s.annotations.length} annotations (${parts.join(', ')})`;
}
