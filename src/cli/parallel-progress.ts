/** The progress bar of the corpus verbs, on stderr. */
import type { CliIO } from './verb';

/** Progress bar redraws at most this often (ms). */
export const PROGRESS_INTERVAL_MS = 100;
const BAR_WIDTH = 30;

export class Progress {
  private last = 0;
  private drawn = false;
  private readonly started = Date.now();
  constructor(
    private readonly io: CliIO,
    private readonly total: number,
    private readonly on: boolean,
  ) {}
  /** Erases the bar before other output goes to the terminal (redrawn at the next tick). */
  clear(): void {
    if (!this.drawn) return;
    this.io.err('\r\x1b[K');
    this.drawn = false;
  }
  tick(done: number): void {
    if (!this.on) return;
    const now = Date.now();
    if (done < this.total && this.drawn && now - this.last < PROGRESS_INTERVAL_MS) return;
    this.last = now;
    const filled = Math.round((done / Math.max(1, this.total)) * BAR_WIDTH);
    const rate = done / Math.max(0.001, (now - this.started) / 1000);
    this.io.err(
      `\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${this.total} files ${rate.toFixed(0)}/s`,
    );
    this.drawn = true;
    if (done >= this.total) {
      this.io.err('\n');
      this.drawn = false;
    }
  }
}
