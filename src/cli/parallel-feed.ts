/**
 * The tasks of a run, from a list or read ahead from a stream: the runner asks for the tasks up to
 * its reorder window, so a streamed run holds at most that many tasks at a time.
 */
import type { Task } from './parallel-worker';

/** Tasks as a stream whose length is known beforehand (e.g. counted by a first walk). */
export interface TaskStream extends AsyncIterable<Task> {
  readonly count: number;
}

export type TaskSource = readonly Task[] | TaskStream;

/** Taken tasks are dropped from the front of the read-ahead buffer this many at a time. */
const TAKEN_BEFORE_COMPACTION = 1024;

export class TaskFeed {
  /** Number of tasks of the run (a stream that ends early lowers it; extra tasks are not read). */
  total: number;
  private readonly list?: readonly Task[];
  private readonly iterator?: AsyncIterator<Task>;
  /** Read-ahead tasks, from index `first`; the first `head` are taken already. */
  private buffer: Task[] = [];
  private head = 0;
  private first = 0;

  constructor(source: TaskSource) {
    if (Array.isArray(source)) {
      this.list = source as readonly Task[];
      this.total = this.list.length;
    } else {
      const stream = source as TaskStream;
      this.iterator = stream[Symbol.asyncIterator]();
      this.total = stream.count;
    }
  }

  /** Index one past the last task available without waiting. */
  get available(): number {
    return this.list ? this.total : this.first + this.buffer.length;
  }

  /** Reads ahead until the tasks before index `upTo` are available (or the stream ends). */
  async fill(upTo: number): Promise<void> {
    if (!this.iterator) return;
    const end = Math.min(upTo, this.total);
    while (this.available < end) {
      const r = await this.iterator.next();
      if (r.done) {
        this.total = this.available;
        return;
      }
      this.buffer.push(r.value);
    }
  }

  /** Task `i`: the next one not yet taken (tasks are taken in order). */
  take(i: number): Task {
    if (this.list) return this.list[i]!;
    const task = this.buffer[i - this.first]!;
    this.buffer[i - this.first] = undefined as unknown as Task; // taken: not held any longer
    if (++this.head >= TAKEN_BEFORE_COMPACTION) {
      this.buffer = this.buffer.slice(this.head);
      this.first += this.head;
      this.head = 0;
    }
    return task;
  }
}
