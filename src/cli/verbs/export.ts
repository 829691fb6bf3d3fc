/** `scrapemark export --format brat|w3c|jsonl --out DIR|- <file|dir|glob>...` */
import { createWriteStream, promises as fs, type WriteStream } from 'node:fs';
import * as path from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../parallel-export';
import type { Task } from '../parallel-worker';
import { openPairStream, tasksFrom } from '../pair-stream';
import { COMMON_HELP, parseCorpusArgs, runCorpus } from '../parallel-verb';
import type { Verb } from '../verb';

/** File name of the JSONL export inside --out DIR. */
export const JSONL_FILE_NAME = 'annotations.jsonl';

export const exportVerb: Verb = {
  name: 'export',
  summary: 'export sidecars as brat standoff, W3C Web Annotation JSON-LD or JSONL spans',
  usage: 'scrapemark export --format brat|w3c|jsonl --out DIR [options] <file|dir|glob>...',
  help: [
    '  --format brat   DIR/<path>/<stem>.txt + <stem>.ann: T lines in code points (split at line',
    '                  breaks), A Block/QuoteType, R Speaker/Cue, # notes with status and ids',
    '                  (imports back: scrapemark import --format brat)',
    '  --format w3c    DIR/<path>/<stem>.jsonld: an AnnotationCollection, TextQuoteSelector +',
    '                  TextPositionSelector, state with the source sha256',
    `  --format jsonl  DIR/${JSONL_FILE_NAME}: one line per document, Prodigy "spans" and doccano`,
    '                  "labels" (rejected annotations and orphaned targets left out); --out - for stdout',
    '  --out DIR       the output folder (created)',
    COMMON_HELP,
    '',
    'Sources without a sidecar are skipped when found in a folder, an error when named. A sidecar',
    'whose source changed is re-anchored in memory first (with a warning). Annotations with an',
    'orphaned target cannot be placed in brat and are left out with a warning.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCorpusArgs(args, [], ['--format', '--out']);
    const usage = (m: string) => {
      io.err(`scrapemark export: ${m}\nusage: ${exportVerb.usage}\n`);
      return 2;
    };
    if (typeof parsed === 'string') return usage(parsed);
    const format = parsed.values.get('--format') as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format))
      return usage(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const out = parsed.values.get('--out');
    if (out === undefined) return usage('--out DIR is required');
    if (out === '-' && format !== 'jsonl')
      return usage('--out - (stdout) is for --format jsonl only');
    if (out === '-' && parsed.jsonl) return usage('--out - and --jsonl both write stdout');
    // Streamed, leaving out the output folder (brat writes copies of the sources there).
    const pairs = await openPairStream(parsed, io, out === '-' ? undefined : out);
    const pairFailed = pairs.failed;
    let stream: WriteStream | undefined;
    if (format === 'jsonl' && out !== '-') {
      await fs.mkdir(out, { recursive: true });
      stream = createWriteStream(path.join(out, JSONL_FILE_NAME), { encoding: 'utf8' });
    }
    const tasks = tasksFrom(pairs, (pair): Task => ({
      kind: 'export',
      pair,
      options: { format, outBase: path.join(out, pair.rel.replace(/\.[^./\\]*$/, '')) },
    }));
    const { failed } = await runCorpus(parsed, io, tasks, undefined, async (r) => {
      if (!r.payload) return;
      if (stream) {
        if (!stream.write(r.payload))
          await new Promise<void>((res) => stream.once('drain', () => res()));
      } else io.out(r.payload);
    });
    if (stream)
      await new Promise<void>((res, rej) => stream.end((e?: Error | null) => (e ? rej(e) : res())));
    return failed || pairFailed ? 1 : 0;
  },
};
