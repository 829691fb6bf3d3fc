/**
 * The inputs of a corpus verb as a stream of source/sidecar pairs, for verbs that go over a corpus
 * more than once (annotate: corpus pass, then annotate pass). Folders are walked lazily, again for
 * each pass, so memory does not grow with the number of files; the paths named on the command
 * line, by globs or by `--files-from` are the only list held. Same pairs, same order as
 * `collectPairs` (parallel-verb.ts): a file that an earlier input already gave (the same file, or
 * a folder that contains it) is skipped, which needs no set of the files seen: a folder covers a
 * path when the path is inside it and its walk would reach it (`walkSources`).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { sidecarPathFor } from '../sidecar/index';
import { isSkippedName, isSourceName, walkSources } from './files';
import { expandInputs } from './glob';
import type { TaskStream } from './parallel-feed';
import type { CorpusArgs, RootedPair } from './parallel-verb';
import type { Task } from './parallel-worker';
import type { CliIO } from './verb';
import { pairsFor } from './verbs/sidecar-io';

/** The pairs of the inputs, walked anew at each iteration. */
export interface PairStream extends AsyncIterable<RootedPair> {
  /** Number of pairs, counted by a first walk. */
  readonly count: number;
  /** Whether an input failed (missing, unreadable sidecar argument, glob without match). */
  readonly failed: boolean;
  /** Walks once more, printing the inputs' errors on `io`. */
  report(io: CliIO): Promise<void>;
}

const quiet: CliIO = { out: () => undefined, err: () => undefined };

/** True when `file` (absolute) is `dir` (absolute) or inside it. */
function inside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!path.isAbsolute(rel) && rel.split(path.sep)[0] !== '..');
}

/**
 * Counts the pairs of the inputs (one walk) and returns them as a stream. Errors go to `io`.
 * `outFolder`: the verb's output folder (clean --out, export --out); walks leave it out, so that
 * files written there during the run are never taken as inputs, wherever it lies.
 */
export async function openPairStream(
  parsed: CorpusArgs,
  io: CliIO,
  outFolder?: string,
): Promise<PairStream> {
  const out = outFolder === undefined ? undefined : path.resolve(outFolder);
  const skipFolder = out === undefined ? undefined : (abs: string) => abs === out;
  /** True when the walk of folder `dir` (absolute) reaches the file `file` (absolute). */
  const walkReaches = (dir: string, file: string): boolean => {
    const rel = path.relative(dir, file);
    if (rel === '' || path.isAbsolute(rel)) return false;
    const parts = rel.split(path.sep);
    if (out !== undefined && !inside(out, dir) && inside(out, file)) return false;
    return parts.every((p) => p !== '..' && !isSkippedName(p)) && isSourceName(parts.at(-1)!);
  };
  const { paths, errors } = await expandInputs(parsed.paths, parsed.filesFrom);
  let failed = errors.length > 0;
  async function* pairs(report: CliIO): AsyncGenerator<RootedPair> {
    for (const e of errors) report.err(`scrapemark: ${e}\n`);
    // Folders already walked (absolute), and files named one by one (absolute).
    const folders: string[] = [];
    const named = new Set<string>();
    const covered = (abs: string) => named.has(abs) || folders.some((d) => walkReaches(d, abs));
    for (const arg of paths) {
      const stat = await fs.stat(arg).catch(() => undefined);
      if (stat?.isDirectory()) {
        for await (const source of walkSources(arg, isSourceName, skipFolder)) {
          if (covered(path.resolve(source))) continue;
          const sidecar = sidecarPathFor(source, parsed.pattern);
          yield { source, sidecar, explicit: false, rel: path.relative(arg, source) };
        }
        folders.push(path.resolve(arg));
        continue;
      }
      const r = await pairsFor([arg], parsed.pattern, report);
      failed ||= r.failed;
      for (const p of r.pairs) {
        const abs = path.resolve(p.source);
        // A symbolic link named on the command line is not reached by a folder's walk.
        const walked = folders.some((d) => walkReaches(d, abs))
          ? await fs.lstat(abs).then(
              (s) => s.isFile(),
              () => false,
            )
          : false;
        if (walked || named.has(abs)) continue;
        named.add(abs);
        yield { ...p, rel: path.basename(p.source) };
      }
    }
  }
  let count = 0;
  for await (const _ of pairs(io)) count++;
  return {
    count,
    failed,
    [Symbol.asyncIterator]: () => pairs(quiet),
    report: async (out: CliIO) => {
      for await (const _ of pairs(out));
    },
  };
}

/** One task per pair of the stream, made as the runner reads ahead (see parallel-feed.ts). */
export function tasksFrom(pairs: PairStream, task: (pair: RootedPair) => Task): TaskStream {
  return {
    count: pairs.count,
    async *[Symbol.asyncIterator]() {
      for await (const pair of pairs) yield task(pair);
    },
  };
}
