/** A CLI verb: parses its own arguments and returns the process exit code. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export interface Verb {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly help: string;
  run(args: readonly string[], io: CliIO): Promise<number>;
}
