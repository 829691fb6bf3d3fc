/**
 * The parallel runner of the corpus verbs (annotate, clean, export): one task per source file,
 * run on `node:worker_threads` workers (one per core by default) or inline for small inputs.
 * Tasks go to the workers in small batches (TASKS_PER_MESSAGE, MESSAGES_IN_FLIGHT queued per
 * worker); results are emitted in input order through a bounded reorder window, so memory stays
 * flat however many files there are (each worker reads, processes and writes one file, then
 * forgets it).
 *
 * The worker is the same script re-entered: the CLI bundle (dist/cli.js) or, under tsx in tests,
 * src/cli/parallel-worker.ts. It is loaded from a tiny `eval` bootstrap, where `require.main` is
 * undefined, so the CLI's own `main` does not start in the worker; the worker module's top level
 * sees `workerData` and serves tasks instead.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { TaskFeed, type TaskSource } from './parallel-feed';
import { Progress } from './parallel-progress';
import type { CliIO } from './verb';
import {
  ANNOTATE_STAGES,
  runTask,
  WORKER_TAG,
  type BatchResult,
  type Task,
  type TaskResult,
  type WorkerInit,
} from './parallel-worker';

export type { Task, TaskResult, TaskSource, WorkerInit };

/** Below this many files per worker, starting workers costs more than it saves. */
export const MIN_FILES_PER_WORKER = 16;
/** Results may run this far ahead of the oldest unfinished task (per worker) before dispatch waits. */
export const REORDER_WINDOW_PER_WORKER = 64;
/**
 * Tasks sent to a worker in one message: fewer round trips between the threads, small enough that
 * the workers finish together (the last batches are split evenly).
 */
export const TASKS_PER_MESSAGE = 8;
/** Batches queued per worker, so that a worker never waits for the parent between two batches. */
export const MESSAGES_IN_FLIGHT = 2;

export interface RunOptions {
  /** Requested workers: a number, or undefined for automatic (cores, fewer for small inputs). */
  readonly jobs?: number;
  readonly progress: boolean;
  readonly io: CliIO;
  readonly init?: WorkerInit;
  /** Workers to reuse and keep (the caller closes the pool); without one, the run's own are stopped. */
  readonly pool?: WorkerPool;
}

/**
 * Workers kept between runs, so that annotate's corpus pass and annotate pass start (load the
 * bundle, build the phrase data) only once per worker. Close it when done: live workers keep the
 * process running.
 */
export class WorkerPool {
  readonly workers: Worker[] = [];
  async close(): Promise<void> {
    const all = this.workers.splice(0);
    await Promise.all(all.map((w) => w.terminate()));
  }
}

export interface RunStats {
  readonly files: number;
  readonly workers: number;
  readonly ms: number;
  /** Largest V8 heap seen in any worker (or inline), bytes. */
  readonly peakWorkerHeap: number;
  /** Largest V8 heap of the parent thread seen after a batch (the inline run: its own), bytes. */
  readonly peakParentHeap: number;
  /** Largest resident set of the whole process (parent and workers share it), bytes. */
  readonly maxRss: number;
  /** CPU time of the whole process (parent and workers, user + system) during the run, ms. */
  readonly cpuMs: number;
  /** Sums over the files of `TaskResult.stages` (annotate), ms. */
  readonly stages?: readonly number[];
}

/** How many workers to use for `count` files. */
export function workerCount(count: number, jobs?: number): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, count));
  const cores =
    typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, Math.floor(count / MIN_FILES_PER_WORKER)));
}

/** The script a worker loads: the running bundle, or the worker module when run from sources. */
function workerEntry(): string {
  return __filename.endsWith('.ts') ? path.join(__dirname, 'parallel-worker.ts') : __filename;
}

const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.entry.endsWith('.ts')) require('tsx/cjs');
require(workerData.entry);
`;

/**
 * Runs the tasks and calls `emit` for each result in input order. Returns statistics. A worker
 * that dies rejects the whole run (the CLI reports an internal error).
 */
export async function runTasks(
  tasks: TaskSource,
  options: RunOptions,
  emit: (index: number, result: TaskResult) => void | Promise<void>,
): Promise<RunStats> {
  const started = Date.now();
  const cpu = process.cpuUsage();
  const stageSums: number[] = [];
  const deliver = (i: number, r: TaskResult) => {
    r.stages?.forEach((ms, k) => (stageSums[k] = (stageSums[k] ?? 0) + ms));
    return emit(i, r);
  };
  const feed = new TaskFeed(tasks);
  const n = workerCount(feed.total, options.jobs);
  const progress = new Progress(options.io, feed.total, options.progress && feed.total > 0);
  let peakHeap = 0;
  let parentHeap = 0;
  if (n <= 1 || feed.total <= 1) {
    for (let i = 0; i < feed.total; i++) {
      await feed.fill(i + 1);
      if (i >= feed.total) break;
      const r = await runTask(feed.take(i), options.init);
      peakHeap = Math.max(peakHeap, v8.getHeapStatistics().used_heap_size);
      progress.clear();
      await deliver(i, r);
      progress.tick(i + 1);
    }
    return stats(feed.total, 1, started, cpu, [peakHeap, peakHeap], stageSums);
  }
  const results = new Map<number, TaskResult>();
  let next = 0;
  let emitted = 0;
  const window = REORDER_WINDOW_PER_WORKER * n;
  const pool = options.pool;
  // A pooled worker that stopped between runs (threadId -1) is replaced.
  if (pool)
    pool.workers.splice(0, pool.workers.length, ...pool.workers.filter((w) => w.threadId !== -1));
  const workers: Worker[] = pool ? pool.workers.slice(0, n) : [];
  while (workers.length < n) {
    const w = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { entry: workerEntry(), tag: WORKER_TAG },
    });
    workers.push(w);
    if (pool) {
      pool.workers.push(w);
      w.on('error', () => undefined); // between runs; a run's own listener reports errors
    }
  }
  const inFlight = new Map<Worker, number>();
  const detach: (() => void)[] = [];
  let flushing = Promise.resolve();
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    const dispatch = () => {
      for (const w of workers) {
        while ((inFlight.get(w) ?? 0) < MESSAGES_IN_FLIGHT && next < feed.total) {
          const room = Math.min(feed.available, emitted + window) - next;
          if (room <= 0) break;
          const fair = Math.ceil((feed.total - next) / (n * MESSAGES_IN_FLIGHT));
          const size = Math.max(1, Math.min(TASKS_PER_MESSAGE, fair, room));
          const batch: { index: number; task: Task }[] = [];
          for (let k = 0; k < size; k++, next++) batch.push({ index: next, task: feed.take(next) });
          w.postMessage({ batch });
          inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
        }
      }
      if (emitted >= feed.total) resolve();
    };
    const flush = async () => {
      while (results.has(emitted)) {
        const r = results.get(emitted)!;
        results.delete(emitted);
        progress.clear();
        await deliver(emitted, r);
        emitted++;
        progress.tick(emitted);
      }
    };
    for (const w of workers) {
      const onMessage = (m: BatchResult) => {
        for (const { index, result } of m.results) results.set(index, result);
        peakHeap = Math.max(peakHeap, m.heap);
        parentHeap = Math.max(parentHeap, v8.getHeapStatistics().used_heap_size);
        inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
        flushing = flushing
          .then(flush)
          .then(() => feed.fill(emitted + window))
          .then(dispatch, fail);
      };
      const onExit = (code: number) => {
        if (emitted < feed.total) fail(new Error(`a worker stopped (exit code ${code})`));
      };
      w.on('message', onMessage);
      w.on('error', fail);
      w.on('exit', onExit);
      detach.push(() => {
        w.off('message', onMessage);
        w.off('error', fail);
        w.off('exit', onExit);
      });
      // This run's data (the corpus statistics) arrives before its first batch.
      w.postMessage({ init: options.init ?? null });
    }
    feed.fill(window).then(dispatch, fail);
  });
  for (const d of detach) d();
  if (!pool) await Promise.all(workers.map((w) => w.terminate()));
  return stats(feed.total, n, started, cpu, [peakHeap, parentHeap], stageSums);
}

function stats(
  files: number,
  workers: number,
  started: number,
  cpu: NodeJS.CpuUsage,
  [peakWorkerHeap, peakParentHeap]: readonly [number, number],
  stages: readonly number[],
): RunStats {
  const used = process.cpuUsage(cpu);
  return {
    files,
    workers,
    ms: Date.now() - started,
    peakWorkerHeap,
    peakParentHeap,
    maxRss: process.resourceUsage().maxRSS * 1024,
    cpuMs: (used.user + used.system) / 1000,
    ...(stages.length > 0 ? { stages } : {}),
  };
}

/**
 * The `--stats` lines on stderr: files, seconds, files/s, workers, memory; then CPU time (parent
 * and workers) per file and, for annotate, the thread time per file of each stage. `before` is an
 * earlier pass over the same files (annotate's corpus pass), counted in the totals.
 */
export function formatStats(s: RunStats, before?: RunStats): string {
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  const ms = s.ms + (before?.ms ?? 0);
  const cpuMs = s.cpuMs + (before?.cpuMs ?? 0);
  const rate = s.files / Math.max(0.001, ms / 1000);
  const perFile = (x: number) => (x / Math.max(1, s.files)).toFixed(2);
  const heap = Math.max(s.peakWorkerHeap, before?.peakWorkerHeap ?? 0);
  const parent = Math.max(s.peakParentHeap, before?.peakParentHeap ?? 0);
  const passes = before
    ? ` (corpus pass ${(before.ms / 1000).toFixed(2)} s, CPU ${perFile(before.cpuMs)} ms/file)`
    : '';
  const total = s.stages?.reduce((a, b) => a + b, 0) ?? 0;
  const stages = s.stages
    ? `; thread time per file on the workers: ${ANNOTATE_STAGES.map((name, k) => `${name} ${perFile(s.stages![k] ?? 0)} ms (${Math.round((100 * (s.stages![k] ?? 0)) / Math.max(1e-9, total))}%)`).join(', ')}`
    : '';
  return (
    `scrapemark: ${s.files} files in ${(ms / 1000).toFixed(2)} s (${rate.toFixed(1)} files/s) on ${s.workers} worker${s.workers === 1 ? '' : 's'}; peak worker heap ${mb(heap)} MB, parent heap ${mb(parent)} MB; max RSS (parent + workers) ${mb(s.maxRss)} MB\n` +
    `scrapemark: CPU ${(cpuMs / 1000).toFixed(2)} s, ${perFile(cpuMs)} ms/file (parent + workers)${passes}${stages}\n`
  );
}
