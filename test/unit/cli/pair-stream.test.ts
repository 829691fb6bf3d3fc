/**
 * Streamed inputs: the pair stream gives the pairs of a plain listing of the inputs (`listPairs`
 * below: same order, duplicates of overlapping inputs dropped by a set) without listing the
 * folders, leaves a verb's output folder out, and the runner reads a task stream only as far as
 * its reorder window.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openPairStream } from '../../../src/cli/pair-stream';
import { REORDER_WINDOW_PER_WORKER, runTasks, type Task } from '../../../src/cli/parallel';
import { expandInputs } from '../../../src/cli/glob';
import { parseCorpusArgs, type CorpusArgs, type RootedPair } from '../../../src/cli/parallel-verb';
import type { CliIO } from '../../../src/cli/verb';
import { pairsFor } from '../../../src/cli/verbs/sidecar-io';

const quiet = { out: () => undefined, err: () => undefined };

/** The reference: every input expanded into a list, duplicates dropped with a set of paths. */
async function listPairs(
  parsed: CorpusArgs,
  io: CliIO,
): Promise<{ pairs: RootedPair[]; failed: boolean }> {
  const { paths, errors } = await expandInputs(parsed.paths, parsed.filesFrom);
  let failed = errors.length > 0;
  for (const e of errors) io.err(`scrapemark: ${e}\n`);
  const pairs: RootedPair[] = [];
  const seen = new Set<string>();
  for (const arg of paths) {
    const r = await pairsFor([arg], parsed.pattern, io);
    failed ||= r.failed;
    for (const p of r.pairs) {
      const key = path.resolve(p.source);
      if (seen.has(key)) continue;
      seen.add(key);
      const rel = p.explicit ? path.basename(p.source) : path.relative(arg, p.source);
      pairs.push({ ...p, rel });
    }
  }
  return { pairs, failed };
}

function args(...argv: string[]): CorpusArgs {
  const parsed = parseCorpusArgs(argv, [], []);
  if (typeof parsed === 'string') assert.fail(parsed);
  return parsed;
}

async function streamed(parsed: CorpusArgs) {
  const stream = await openPairStream(parsed, quiet);
  const pairs = [];
  for await (const p of stream) pairs.push(p);
  return { stream, pairs };
}

suite('cli/pair-stream', function () {
  this.timeout(120_000);
  let dir: string;

  setup(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scrapemark-stream-'));
    for (const f of [
      'a/1.txt',
      'a/2.txt',
      'a/sub/3.txt',
      'a/sub/4.clean.txt',
      'a/.hidden/5.txt',
      'a/node_modules/6.txt',
      'a/notes.md',
      'b/7.txt',
    ]) {
      await fs.mkdir(path.dirname(path.join(dir, f)), { recursive: true });
      await fs.writeFile(path.join(dir, f), `text of ${f}\n`);
    }
    await fs.symlink(path.join(dir, 'b', '7.txt'), path.join(dir, 'a', 'link.txt'));
  });
  teardown(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('the same pairs, in the same order, as the listed inputs, overlaps dropped', async () => {
    const d = (p: string) => path.join(dir, p);
    const cases = [
      [d('a')],
      [d('a'), d('a/sub'), d('a/1.txt'), d('b')],
      [d('a/sub/3.txt'), d('a'), d('a/sub')],
      [d('a/link.txt'), d('a/.hidden/5.txt'), d('a'), d('a/.hidden/5.txt'), d('b/7.txt')],
      [`${dir}/*/[12].txt`, d('a'), d('missing')],
    ];
    for (const c of cases) {
      const parsed = args(...c);
      const listed = await listPairs(parsed, quiet);
      const { stream, pairs } = await streamed(parsed);
      assert.deepEqual(pairs, listed.pairs, c.join(' '));
      assert.equal(stream.count, listed.pairs.length);
      assert.equal(stream.failed, listed.failed);
    }
    // Each iteration walks again: a file added since is seen, the count stays the first walk's.
    const { stream } = await streamed(args(d('a')));
    await fs.writeFile(d('a/0.txt'), 'new\n');
    const again = [];
    for await (const p of stream) again.push(path.basename(p.source));
    assert.deepEqual(again, ['0.txt', '1.txt', '2.txt', '3.txt']);
    assert.equal(stream.count, 3);
  });

  test("a verb's output folder is left out of the walks, wherever it lies", async () => {
    const d = (p: string) => path.join(dir, p);
    const names = async (out: string | undefined, ...inputs: string[]) => {
      const stream = await openPairStream(args(...inputs), quiet, out);
      const found = [];
      for await (const p of stream) found.push(path.relative(dir, p.source));
      return { count: stream.count, found };
    };
    // Output written into a folder inside the input while the run walks it is never an input.
    await fs.mkdir(d('a/out'), { recursive: true });
    await fs.writeFile(d('a/out/1.txt'), 'a clean copy\n');
    const inside = await names(d('a/out'), d('a'));
    assert.deepEqual(inside.found, ['a/1.txt', 'a/2.txt', 'a/sub/3.txt']);
    assert.equal(inside.count, 3);
    // A file named on the command line is taken even inside the output folder.
    const named = await names(d('a/out'), d('a'), d('a/out/1.txt'));
    assert.deepEqual(named.found, ['a/1.txt', 'a/2.txt', 'a/sub/3.txt', 'a/out/1.txt']);
    // Without an output folder it is an input like any other.
    assert.equal((await names(undefined, d('a'))).count, 4);
  });

  test('errors of the inputs are reported once, on request', async () => {
    const { stream } = await streamed(args(path.join(dir, 'missing'), path.join(dir, 'b')));
    assert.equal(stream.failed, true);
    let err = '';
    await stream.report({ out: () => undefined, err: (t) => void (err += t) });
    assert.match(err, /missing: no such file or folder/);
  });

  test('the runner reads a task stream no further than its reorder window', async () => {
    const source = path.join(dir, 'a', '1.txt');
    const count = 600;
    let read = 0;
    let emitted = 0;
    let ahead = 0;
    const stream = {
      count,
      async *[Symbol.asyncIterator]() {
        for (let i = 0; i < count; i++) {
          await Promise.resolve();
          read++;
          ahead = Math.max(ahead, read - emitted);
          yield {
            kind: 'corpus-keys',
            pair: { source, sidecar: `${source}.yaml`, explicit: true },
          } satisfies Task;
        }
      },
    };
    const order: number[] = [];
    const stats = await runTasks(stream, { jobs: 2, progress: false, io: quiet }, (i) => {
      order.push(i);
      emitted++;
    });
    assert.equal(stats.files, count);
    assert.deepEqual(order, [...Array(count).keys()]);
    assert.ok(ahead <= 2 * REORDER_WINDOW_PER_WORKER + 1, `read ${ahead} tasks ahead`);

    // A stream that ends before its count: the run ends with the tasks it had.
    read = emitted = 0;
    const got: number[] = [];
    const few = {
      count: count + 100,
      [Symbol.asyncIterator]: () => stream[Symbol.asyncIterator](),
    };
    const s2 = await runTasks(
      few,
      { jobs: 2, progress: false, io: quiet },
      (i) => void got.push(i),
    );
    assert.equal(s2.files, count);
    assert.equal(got.length, count);
  });
});
