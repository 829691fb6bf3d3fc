/** `scrapemark check [--pattern P] [--strict] <file|dir>...`: validate sidecars against their sources. */
import { checkSidecar, sha256Hex } from '../../sidecar/index';
import { readSource } from '../files';
import type { Verb } from '../verb';
import {
  isSourceError,
  loadSidecar,
  pairsFor,
  parseSidecarArgs,
  reportProblems,
  sourceMatches,
} from './sidecar-io';

export const checkVerb: Verb = {
  name: 'check',
  summary: 'validate sidecars: schema, source hash, and every exact text against the source',
  usage: 'scrapemark check [--pattern P] [--strict] <file|dir>...',
  help: [
    '  --pattern P   sidecar file name pattern (default {name}.scrapemark.yaml)',
    '  --strict      warnings (orphaned or fuzzy anchors) count as problems too',
    '',
    'Prints <sidecar>:<line>:<col>: error|warning: <message>. Exit 1 on any error, 0 otherwise.',
    'Sources without a sidecar are skipped when found in a folder, an error when named.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseSidecarArgs(args, ['--strict']);
    if (typeof parsed === 'string') {
      io.err(`scrapemark check: ${parsed}\nusage: ${checkVerb.usage}\n`);
      return 2;
    }
    const strict = parsed.flags.has('--strict');
    const { pairs, failed: pairFailed } = await pairsFor(parsed.paths, parsed.pattern, io);
    let failed = pairFailed;
    let checked = 0;
    for (const pair of pairs) {
      const loaded = await loadSidecar(pair.sidecar);
      if (!loaded.ok) {
        if ('missing' in loaded) {
          if (pair.explicit) {
            io.err(`${pair.sidecar}:1:1: error: no sidecar for ${pair.source}\n`);
            failed = true;
          }
          continue;
        }
        reportProblems(io, pair.sidecar, loaded.errors);
        failed = true;
        continue;
      }
      checked++;
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
        reportProblems(io, pair.sidecar, [
          { ...loaded.locate(['source', 'path']), message: e.message, severity: 'error' },
        ]);
        failed = true;
        continue;
      }
      const problems = checkSidecar(loaded.sidecar, loaded.locate, {
        text: file.text,
        sha256: sha256Hex(file.bytes),
      });
      reportProblems(io, pair.sidecar, problems);
      if (problems.some((p) => p.severity === 'error' || strict)) failed = true;
    }
    io.out(
      `checked ${checked} sidecar${checked === 1 ? '' : 's'}: ${failed ? 'problems found' : 'ok'}\n`,
    );
    return failed ? 1 : 0;
  },
};
