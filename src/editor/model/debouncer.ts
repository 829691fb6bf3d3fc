/** Per-key trailing debounce (one timer per document). Pure: only the global timer functions. */
export class Debouncer<K> {
  private readonly timers = new Map<K, ReturnType<typeof setTimeout>>();

  /** Runs `fn` once `delayMs` has passed without another call for the same key. */
  schedule(key: K, delayMs: number, fn: () => void): void {
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        fn();
      }, delayMs),
    );
  }

  cancel(key: K): void {
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
  }

  isPending(key: K): boolean {
    return this.timers.has(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
