/** `scrapemark clean (--stdout | --out DIR | --in-place) [options] <file|dir|glob>...` */
import * as path from 'node:path';
import type { Task } from '../parallel-worker';
import { openPairStream, tasksFrom } from '../pair-stream';
import { COMMON_HELP, parseCorpusArgs, runCorpus } from '../parallel-verb';
import type { Verb } from '../verb';

const MODES = ['--stdout', '--out', '--in-place'] as const;

export const cleanVerb: Verb = {
  name: 'clean',
  summary: 'drop boilerplate, normalise whitespace and quote marks; annotations move with the text',
  usage:
    'scrapemark clean (--stdout | --out DIR | --in-place) [--header] [--keep-boilerplate] [--keep-title] [--keep-whitespace] [--keep-quotes] <file|dir|glob>...',
  help: [
    '  --stdout            print the clean text of ONE file',
    '  --out DIR           write clean copies under DIR (same relative paths) with moved sidecars',
    '  --in-place          rewrite each source and its sidecar in one transaction',
    '  --header            start the text with a front-matter header of the metadata (--stdout, --out;',
    '                      no sidecar is written next to a copy with a header: its offsets would not count it)',
    '  --keep-boilerplate  do not drop boilerplate blocks',
    '  --keep-title        do not drop lines repeating the title',
    '  --keep-whitespace   do not normalise whitespace and blank lines',
    '  --keep-quotes       do not repair mismatched quotation marks',
    COMMON_HELP,
    '',
    "Boilerplate is taken from the sidecar's segments (boilerplate, not rejected) when it has any,",
    'else from the analysis. The edit list is applied to the text and to every annotation: segments',
    'whose whole text was dropped are removed; quotes and metadata inside dropped text are kept with',
    'anchor: orphaned (never dropped silently); source.sha256 and length describe the new text.',
    'A sidecar whose source changed is re-anchored first; an invalid sidecar stops the file.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCorpusArgs(
      args,
      [
        '--stdout',
        '--in-place',
        '--header',
        '--keep-boilerplate',
        '--keep-title',
        '--keep-whitespace',
        '--keep-quotes',
      ],
      ['--out'],
    );
    const usage = (m: string) => {
      io.err(`scrapemark clean: ${m}\nusage: ${cleanVerb.usage}\n`);
      return 2;
    };
    if (typeof parsed === 'string') return usage(parsed);
    const modes = MODES.filter((m) => parsed.flags.has(m) || parsed.values.has(m));
    if (modes.length !== 1) return usage('choose one of --stdout, --out DIR, --in-place');
    const mode = modes[0]!;
    if (mode === '--in-place' && parsed.flags.has('--header'))
      return usage('--header cannot be used with --in-place');
    const outDir = parsed.values.get('--out');
    // Streamed: the inputs are walked once to count them and again as the runner reads ahead,
    // leaving out the output folder (clean copies written there are no inputs).
    const pairs = await openPairStream(parsed, io, outDir);
    const pairFailed = pairs.failed;
    if (mode === '--stdout' && pairs.count !== 1)
      return usage(`--stdout takes exactly one file (${pairs.count} given)`);
    const clean = {
      boilerplate: !parsed.flags.has('--keep-boilerplate'),
      duplicateTitle: !parsed.flags.has('--keep-title'),
      whitespace: !parsed.flags.has('--keep-whitespace'),
      quotes: !parsed.flags.has('--keep-quotes'),
    };
    const tasks = tasksFrom(pairs, (pair): Task => ({
      kind: 'clean',
      pair,
      options: {
        mode: mode === '--stdout' ? 'stdout' : mode === '--out' ? 'out' : 'in-place',
        ...(outDir !== undefined ? { outPath: path.join(outDir, pair.rel) } : {}),
        header: parsed.flags.has('--header'),
        pattern: parsed.pattern,
        clean,
      },
    }));
    const { failed } = await runCorpus(
      mode === '--stdout' ? { ...parsed, jsonl: false } : parsed,
      io,
      tasks,
    );
    return failed || pairFailed ? 1 : 0;
  },
};
