/**
 * What the corpus verbs share: options (`--jobs`, `--jsonl`, `--files-from`, `--progress`,
 * `--stats`, `--pattern`) and running one task per file through the parallel runner with output in
 * input order. The inputs (files, folders, globs, file lists) paired with their sidecars are
 * streamed by `pair-stream.ts`.
 */
import { checkSidecarPattern, DEFAULT_SIDECAR_PATTERN } from '../sidecar/index';
import { isGlob } from './glob';
import {
  formatStats,
  runTasks,
  type RunStats,
  type TaskResult,
  type TaskSource,
  type WorkerInit,
  type WorkerPool,
} from './parallel';
import type { CliIO } from './verb';
import type { Pair } from './verbs/sidecar-io';

export const COMMON_FLAGS = ['--jsonl', '--progress', '--no-progress', '--stats'] as const;
export const COMMON_VALUES = ['--jobs', '--files-from', '--pattern'] as const;

export const COMMON_HELP = [
  '  --jobs N          worker threads (default: one per core, fewer for small inputs; 1 = no workers)',
  '  --files-from F    read more paths from file F, one per line (- = standard input)',
  '  --jsonl           one JSON object per file on stdout instead of text lines',
  '  --progress        progress bar on stderr (default when stderr is a terminal); --no-progress',
  '  --stats           print files/s and peak memory (parent and workers) on stderr at the end',
  '  --pattern P       sidecar file name pattern (default {name}.scrapemark.yaml)',
  '  Paths may be files, folders (searched recursively for *.txt) or glob patterns (*, ?, [..], **).',
].join('\n');

export interface CorpusArgs {
  readonly paths: string[];
  readonly flags: Set<string>;
  readonly values: Map<string, string>;
  readonly pattern: string;
  readonly jobs?: number;
  readonly filesFrom?: string;
  readonly jsonl: boolean;
  readonly progress: boolean;
  readonly stats: boolean;
}

/** Parses `[options] <path>...`; returns an error message on bad usage. */
export function parseCorpusArgs(
  args: readonly string[],
  flags: readonly string[],
  values: readonly string[],
): CorpusArgs | string {
  const allFlags = new Set<string>([...COMMON_FLAGS, ...flags]);
  const allValues = new Set<string>([...COMMON_VALUES, ...values]);
  const seenFlags = new Set<string>();
  const seenValues = new Map<string, string>();
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (allValues.has(name)) {
      const v = eq > 0 && name !== a ? a.slice(eq + 1) : args[++i];
      if (v === undefined) return `${name} needs a value`;
      seenValues.set(name, v);
    } else if (allFlags.has(a)) {
      seenFlags.add(a);
    } else if (a.startsWith('--') || (a.startsWith('-') && a.length > 1)) {
      return `unknown option ${a}`;
    } else {
      paths.push(a);
    }
  }
  const pattern = seenValues.get('--pattern') ?? DEFAULT_SIDECAR_PATTERN;
  const problem = checkSidecarPattern(pattern);
  if (problem) return problem;
  let jobs: number | undefined;
  const j = seenValues.get('--jobs');
  if (j !== undefined && j !== 'auto') {
    jobs = Number(j);
    if (!Number.isInteger(jobs) || jobs < 1) return '--jobs needs a whole number >= 1 or auto';
  }
  const filesFrom = seenValues.get('--files-from');
  if (paths.length === 0 && filesFrom === undefined) return 'no file or folder given';
  const tty = Boolean(process.stderr.isTTY);
  return {
    paths,
    flags: seenFlags,
    values: seenValues,
    pattern,
    ...(jobs !== undefined ? { jobs } : {}),
    ...(filesFrom !== undefined ? { filesFrom } : {}),
    jsonl: seenFlags.has('--jsonl'),
    progress: seenFlags.has('--progress') || (tty && !seenFlags.has('--no-progress')),
    stats: seenFlags.has('--stats'),
  };
}

/** True when the arguments use nothing the sequential verbs lack (no new option, no glob). */
export function plainArgs(args: readonly string[], legacy: readonly string[]): boolean {
  return args.every((a) =>
    a.startsWith('-') ? legacy.some((l) => a === l || a.startsWith(`${l}=`)) : !isGlob(a),
  );
}

/** A pair with the path of its source relative to the folder it was found in (or its name). */
export interface RootedPair extends Pair {
  readonly rel: string;
}

/**
 * Runs one task per pair and prints results in order: JSONL records or text lines on stdout,
 * messages on stderr. `onResult` sees every result first (e.g. to collect export lines); `before`
 * is an earlier pass over the same files, counted in the `--stats` totals; `pool` keeps the workers
 * for a later run.
 * Returns whether any file failed, and the run's statistics.
 */
export async function runCorpus(
  parsed: CorpusArgs,
  io: CliIO,
  tasks: TaskSource,
  init?: WorkerInit,
  onResult?: (r: TaskResult, i: number) => void | Promise<void>,
  before?: RunStats,
  pool?: WorkerPool,
): Promise<{ failed: boolean; stats: RunStats }> {
  let failed = false;
  const stats = await runTasks(
    tasks,
    {
      ...(parsed.jobs !== undefined ? { jobs: parsed.jobs } : {}),
      progress: parsed.progress,
      io,
      ...(init ? { init } : {}),
      ...(pool ? { pool } : {}),
    },
    async (i, r) => {
      failed ||= r.failed;
      if (onResult) await onResult(r, i);
      if (r.err) io.err(r.err);
      if (parsed.jsonl) {
        if (r.record) io.out(`${JSON.stringify(r.record)}\n`);
      } else if (r.out) io.out(r.out);
    },
  );
  if (parsed.stats) io.err(formatStats(stats, before));
  return { failed, stats };
}
