/**
 * The worker side of the parallel runner, and the task dispatcher shared with the inline path.
 * When this module is loaded in a worker started by `runTasks` (its `workerData.tag` is
 * WORKER_TAG), it serves batches of tasks from the parent: `{ init }` (the run's data, e.g. the
 * corpus statistics) and `{ batch: [{ index, task }] }` in, `{ results: [{ index, result }], heap }`
 * out; a worker may serve several runs. In the main thread it only exports `runTask`.
 */
import * as v8 from 'node:v8';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { corpusLineKeys, type CorpusStats } from '../core/index';
import { annotateOne } from './parallel-annotate';
import { cleanOne, type CleanTaskOptions } from './parallel-clean';
import { exportOne, type ExportTaskOptions } from './parallel-export';
import { useNativeSha256 } from './parallel-hash';
import { readSourceSync } from './files';
import type { Pair } from './verbs/sidecar-io';

export const WORKER_TAG = 'scrapemark-worker/1';

export type Task =
  | { readonly kind: 'corpus-keys'; readonly pair: Pair }
  | { readonly kind: 'annotate'; readonly pair: Pair }
  | { readonly kind: 'clean'; readonly pair: Pair; readonly options: CleanTaskOptions }
  | { readonly kind: 'export'; readonly pair: Pair; readonly options: ExportTaskOptions };

export interface TaskResult {
  /** Human-readable output (stdout). */
  readonly out: string;
  /** Messages (stderr). */
  readonly err: string;
  readonly failed: boolean;
  /** The `--jsonl` record of this file. */
  readonly record?: Record<string, unknown>;
  /** Data for the parent (a JSONL export line). */
  readonly payload?: string;
  /** corpus-keys: the 64-bit keys of the file's lines, [h1, h2] pairs (`corpusLineKeys`). */
  readonly keys?: Int32Array<ArrayBuffer>;
  /** annotate: milliseconds (thread time) spent in each of ANNOTATE_STAGES, for `--stats`. */
  readonly stages?: readonly number[];
}

/** The steps of one annotate task (load = read source and sidecar, hash, re-anchor), in the order of `TaskResult.stages`. */
export const ANNOTATE_STAGES = [
  'load',
  'analyze',
  'proposals',
  'merge',
  'serialize',
  'write',
] as const;

/** What the parent sends: the data of a run (before its batches), or a batch of tasks. */
type WorkerMessage =
  | { readonly init: WorkerInit | null }
  | { readonly batch: readonly { readonly index: number; readonly task: Task }[] };

/** A worker's answer to one batch. */
export interface BatchResult {
  readonly results: readonly { readonly index: number; readonly result: TaskResult }[];
  /** The worker's V8 heap after the batch, bytes. */
  readonly heap: number;
}

export interface WorkerInit {
  readonly corpus?: CorpusStats;
}

export async function runTask(task: Task, init: WorkerInit | undefined): Promise<TaskResult> {
  switch (task.kind) {
    case 'corpus-keys': {
      try {
        const f = readSourceSync(task.pair.source);
        const text = f.text.startsWith('\ufeff') ? f.text.slice(1) : f.text;
        return { out: '', err: '', failed: false, keys: corpusLineKeys(text) };
      } catch {
        return { out: '', err: '', failed: false, keys: new Int32Array(0) };
      }
    }
    case 'annotate':
      return annotateOne(task.pair, init?.corpus);
    case 'clean':
      return cleanOne(task.pair, task.options);
    case 'export':
      return exportOne(task.pair, task.options);
  }
}

interface Data {
  readonly tag?: string;
  readonly init?: WorkerInit;
}

const data = workerData as Data | undefined;
if (!isMainThread && parentPort && data?.tag === WORKER_TAG) {
  const port = parentPort;
  useNativeSha256();
  let init = data.init;
  // Messages are handled one after the other: a run's `init` before its batches, and the batches
  // of async tasks (clean, export) do not interleave.
  let queue = Promise.resolve();
  const handle = async (m: WorkerMessage) => {
    if ('init' in m) {
      init = m.init ?? undefined;
      return;
    }
    const results: { index: number; result: TaskResult }[] = [];
    for (const { index, task } of m.batch) {
      try {
        results.push({ index, result: await runTask(task, init) });
      } catch (e) {
        results.push({
          index,
          result: {
            out: '',
            err: `scrapemark: ${task.pair.source}: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
            failed: true,
          },
        });
      }
    }
    const reply: BatchResult = { results, heap: v8.getHeapStatistics().used_heap_size };
    // Line keys move to the parent without a copy.
    const keys = results.flatMap(({ result }) => (result.keys ? [result.keys.buffer] : []));
    port.postMessage(reply, keys);
  };
  port.on('message', (m: WorkerMessage) => {
    queue = queue.then(() => handle(m));
  });
}
