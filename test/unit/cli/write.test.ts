/**
 * Atomic writes: the target only ever holds a whole old or a whole new text, and no temporary
 * file stays behind, also when the final rename fails.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeFileAtomic, writeFileAtomicSync } from '../../../src/cli/write';

suite('cli/write', () => {
  let dir: string;
  setup(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scrapemark-write-'));
  });
  teardown(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  for (const [name, write] of [
    ['sync', (f: string, t: string) => Promise.resolve().then(() => writeFileAtomicSync(f, t))],
    ['async', writeFileAtomic],
  ] as const) {
    test(`${name}: creates, replaces, and leaves only the target`, async () => {
      const f = path.join(dir, 'a.txt.scrapemark.yaml');
      await write(f, 'first ü\n');
      assert.equal(await fs.readFile(f, 'utf8'), 'first ü\n');
      const inode = (await fs.stat(f)).ino;
      await write(f, 'second\n');
      assert.equal(await fs.readFile(f, 'utf8'), 'second\n');
      // Replaced by a rename (a new file), never rewritten in place.
      assert.notEqual((await fs.stat(f)).ino, inode);
      assert.deepEqual(await fs.readdir(dir), ['a.txt.scrapemark.yaml']);
    });

    test(`${name}: a failed rename leaves the target as it was and no temporary file`, async () => {
      const f = path.join(dir, 'b.yaml');
      await fs.mkdir(f);
      await fs.writeFile(path.join(f, 'inside'), 'x');
      await assert.rejects(write(f, 'new\n'));
      assert.deepEqual(await fs.readdir(dir), ['b.yaml']);
      assert.deepEqual(await fs.readdir(f), ['inside']);
    });
  }
});
