/**
 * `scrapemark annotate` at corpus scale: wraps the sequential verb (src/cli/verbs/annotate.ts).
 * Plain invocations on few files go to it unchanged; globs, `--jobs`, `--jsonl`, `--files-from`,
 * `--progress`/`--stats` or many files go through the parallel runner. Corpus statistics (lines
 * repeated across documents) are then built in a first parallel pass over the files (only the
 * keys seen in at least CORPUS_MIN_DOCS documents are kept: the classifier ignores the rest). The
 * inputs are streamed (`pair-stream.ts`): folders are walked again for each pass, not listed.
 */
import { CORPUS_MIN_DOCS } from '../core/boilerplate/constants';
import { LineKeyCounter, type CorpusStats } from '../core/index';
import { MIN_FILES_PER_WORKER, WorkerPool, type RunStats } from './parallel';
import { COMMON_HELP, parseCorpusArgs, plainArgs, runCorpus } from './parallel-verb';
import { openPairStream, tasksFrom } from './pair-stream';
import type { CliIO, Verb } from './verb';

/** Inputs with at least this many files use the parallel runner even without its options. */
export const PARALLEL_MIN_FILES = 2 * MIN_FILES_PER_WORKER;

export function withParallelAnnotate(sequential: Verb): Verb {
  const verb: Verb = {
    name: sequential.name,
    summary: sequential.summary,
    usage:
      'scrapemark annotate [--pattern P] [--no-corpus] [--jobs N] [--jsonl] [--files-from F] <file|dir|glob>...',
    help: `${sequential.help}\n\n${COMMON_HELP}`,
    async run(args, io) {
      const parsed = parseCorpusArgs(args, ['--no-corpus'], []);
      if (typeof parsed === 'string') {
        io.err(`scrapemark annotate: ${parsed}\nusage: ${verb.usage}\n`);
        return 2;
      }
      const quiet: CliIO = { out: () => undefined, err: () => undefined };
      const pairs = await openPairStream(parsed, quiet);
      const pairFailed = pairs.failed;
      if (plainArgs(args, ['--pattern', '--no-corpus']) && pairs.count < PARALLEL_MIN_FILES) {
        return sequential.run(args, io);
      }
      // Errors of the inputs are reported once, now.
      if (pairFailed) await pairs.report({ out: () => undefined, err: (t) => io.err(t) });
      // Both passes run on the same workers (each starts once).
      const pool = new WorkerPool();
      try {
        let corpus: CorpusStats | undefined;
        let corpusPass: RunStats | undefined;
        if (!parsed.flags.has('--no-corpus') && pairs.count > 1) {
          const counter = new LineKeyCounter();
          ({ stats: corpusPass } = await runCorpus(
            { ...parsed, jsonl: false, stats: false, progress: false },
            quiet,
            tasksFrom(pairs, (pair) => ({ kind: 'corpus-keys', pair })),
            undefined,
            (r) => {
              counter.addDocument(r.keys ?? new Int32Array(0));
            },
            undefined,
            pool,
          ));
          corpus = {
            documents: counter.documents,
            lineKeyCounts: counter.table(CORPUS_MIN_DOCS),
          };
        }
        const { failed } = await runCorpus(
          parsed,
          io,
          tasksFrom(pairs, (pair) => ({ kind: 'annotate', pair })),
          corpus ? { corpus } : undefined,
          undefined,
          corpusPass,
          pool,
        );
        return failed || pairFailed ? 1 : 0;
      } finally {
        await pool.close();
      }
    },
  };
  return verb;
}
