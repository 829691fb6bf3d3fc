/**
 * Atomic writes for the CLI: the new content goes to a temporary file in the same folder, which is
 * then renamed over the target (rename is atomic on one file system), so a crash or a full disk
 * never leaves a half-written sidecar.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

let counter = 0;

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${Date.now()}.${counter++}.tmp`,
  );
  try {
    await fs.writeFile(tmp, text, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
