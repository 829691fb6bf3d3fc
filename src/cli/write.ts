/**
 * Atomic writes for the CLI: the new content goes to a temporary file in the same folder, which is
 * then renamed over the target (rename is atomic on one file system), so a crash or a full disk
 * never leaves a half-written sidecar.
 */
import { promises as fs, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;

function tempName(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${threadId}.${Date.now()}.${counter++}.tmp`,
  );
}

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const tmp = tempName(file);
  try {
    await fs.writeFile(tmp, text, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** `writeFileAtomic` with synchronous calls (corpus tasks on worker threads). */
export function writeFileAtomicSync(file: string, text: string): void {
  const tmp = tempName(file);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
