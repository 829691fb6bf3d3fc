/**
 * The parallel runner: `annotate --jobs 2` (worker threads) writes byte-identical sidecars to the
 * sequential verb, including the corpus statistics; JSONL records come in input order; globs and
 * `--files-from` select files; clean/export run on workers too.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { expandGlob, parseFileList } from '../../../src/cli/glob';
import { runTasks, workerCount, WorkerPool, type Task } from '../../../src/cli/parallel';
import { describeSourceFast, sha256File } from '../../../src/cli/parallel-hash';
import { describeSource, sha256Hex, utf8Encode } from '../../../src/sidecar/index';
import { makeCorpus, run } from './clean.test';

async function sidecars(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of (await fs.readdir(dir)).sort())
    if (f.endsWith('.scrapemark.yaml')) out.set(f, await fs.readFile(path.join(dir, f), 'utf8'));
  return out;
}

suite('cli/parallel', function () {
  this.timeout(180_000);
  let dir: string;

  setup(async () => {
    dir = await makeCorpus();
    // A second copy of the samples, so both runs see the same corpus.
    await fs.cp(path.join(dir, 'a'), path.join(dir, 'seq'), { recursive: true });
  });
  teardown(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('annotate --jobs 2 writes the same sidecars as the sequential verb', async () => {
    const seq = await run('annotate', path.join(dir, 'seq'));
    assert.equal(seq.code, 0, seq.err);
    const par = await run('annotate', '--jobs', '2', '--jsonl', path.join(dir, 'a'));
    assert.equal(par.code, 0, par.err);
    const a = await sidecars(path.join(dir, 'seq'));
    const b = await sidecars(path.join(dir, 'a'));
    assert.equal(a.size, 5);
    assert.deepEqual(b, a);
    const records = par.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; status: string });
    assert.deepEqual(
      records.map((r) => path.basename(r.file)),
      [...a.keys()].map((k) => k.replace('.scrapemark.yaml', '')),
    );
    assert.ok(records.every((r) => r.status === 'created'));
    const again = await run('annotate', '--jobs', '2', '--jsonl', path.join(dir, 'a'));
    assert.ok(
      again.out
        .trim()
        .split('\n')
        .every((l) => (JSON.parse(l) as { status: string }).status === 'unchanged'),
    );
  });

  test('globs and --files-from select the files; a glob that matches nothing is an error', async () => {
    const list = path.join(dir, 'list.txt');
    await fs.writeFile(
      list,
      `# shard 1\n${path.join(dir, 'a', '001_160808aab41eb2af.txt')}\n\n${path.join(dir, 'a', '003_8976bb8603f3ace3.txt')}\n`,
    );
    const r = await run(
      'annotate',
      '--jobs',
      '2',
      '--files-from',
      list,
      path.join(dir, 'a', '00[0]*.txt'),
    );
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(
      r.out
        .trim()
        .split('\n')
        .map((l) => path.basename(l.split(':')[0]!)),
      [
        '000_35efeead65c6cef0.txt.scrapemark.yaml',
        '001_160808aab41eb2af.txt.scrapemark.yaml',
        '003_8976bb8603f3ace3.txt.scrapemark.yaml',
      ],
    );
    const none = await run('annotate', path.join(dir, 'a', '*.md'));
    assert.equal(none.code, 1);
    assert.match(none.err, /no file matches/);
    assert.deepEqual(parseFileList('a\r\n# c\n\n b \n'), ['a', 'b']);
    const deep = await expandGlob(path.join(dir, '**', '004_*.txt'));
    assert.deepEqual(
      deep.map((p) => path.relative(dir, p)),
      [path.join('a', '004_e6cbe3d9aa6c03da.txt'), path.join('seq', '004_e6cbe3d9aa6c03da.txt')],
    );
  });

  test('clean and export on workers give the same files as inline', async () => {
    await run('annotate', path.join(dir, 'a'));
    const one = await run(
      'clean',
      '--out',
      path.join(dir, 'c1'),
      '--jobs',
      '1',
      path.join(dir, 'a'),
    );
    const two = await run(
      'clean',
      '--out',
      path.join(dir, 'c2'),
      '--jobs',
      '2',
      path.join(dir, 'a'),
    );
    assert.equal(one.code, 0, one.err);
    assert.equal(two.code, 0, two.err);
    assert.equal(
      two.out.replaceAll(`${path.sep}c2${path.sep}`, `${path.sep}c1${path.sep}`),
      one.out,
    );
    for (const f of await fs.readdir(path.join(dir, 'c1')))
      assert.equal(
        await fs.readFile(path.join(dir, 'c2', f), 'utf8'),
        await fs.readFile(path.join(dir, 'c1', f), 'utf8'),
        f,
      );
    const e = await run(
      'export',
      '--format',
      'jsonl',
      '--out',
      '-',
      '--jobs',
      '2',
      path.join(dir, 'a'),
    );
    const e1 = await run(
      'export',
      '--format',
      'jsonl',
      '--out',
      '-',
      '--jobs',
      '1',
      path.join(dir, 'a'),
    );
    assert.equal(e.out, e1.out);
  });

  test('the native source hash and source block equal the portable ones (BOM, CRLF, astral)', () => {
    for (const text of ['', '\ufeffA\r\nb 😀\r\n', 'x\ny\rz', 'Привет']) {
      const bytes = utf8Encode(text);
      assert.equal(sha256File(bytes), sha256Hex(bytes));
      assert.deepEqual(
        describeSourceFast('a.txt', text, sha256File(bytes)),
        describeSource('a.txt', text, bytes),
      );
    }
  });

  test('--stats: files/s, memory, CPU per file with the corpus pass, and the annotate stages', async () => {
    const r = await run('annotate', '--jobs', '2', '--stats', path.join(dir, 'a'));
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /5 files in [\d.]+ s \([\d.]+ files\/s\) on 2 workers; peak worker heap/);
    assert.match(r.err, /CPU [\d.]+ s, [\d.]+ ms\/file \(parent \+ workers\) \(corpus pass /);
    for (const stage of ['load', 'analyze', 'proposals', 'merge', 'serialize', 'write'])
      assert.match(r.err, new RegExp(`${stage} [\\d.]+ ms \\(\\d+%\\)`));
  });

  test('a worker pool serves several runs (each with its own data) and batches keep the order', async () => {
    const files = (await fs.readdir(path.join(dir, 'a'))).filter((f) => f.endsWith('.txt'));
    const tasks: Task[] = [];
    for (let k = 0; k < 7; k++)
      for (const f of files) {
        const source = path.join(dir, 'a', f);
        tasks.push({
          kind: 'corpus-keys',
          pair: { source, sidecar: `${source}.x.yaml`, explicit: true },
        });
      }
    const io = { out: () => undefined, err: () => undefined };
    const pool = new WorkerPool();
    try {
      const runOnce = async () => {
        const got: string[] = [];
        await runTasks(tasks, { jobs: 2, progress: false, io, pool }, (i, r) => {
          got.push(`${i}:${(r.keys ?? []).length}`);
        });
        return got;
      };
      const first = await runOnce();
      const ids = pool.workers.map((w) => w.threadId);
      const second = await runOnce();
      assert.deepEqual(second, first);
      assert.deepEqual(
        first.map((x) => Number(x.split(':')[0])),
        tasks.map((_, i) => i),
      );
      assert.equal(pool.workers.length, 2);
      assert.deepEqual(
        pool.workers.map((w) => w.threadId),
        ids,
        'the same workers served both runs',
      );
    } finally {
      await pool.close();
    }
    assert.equal(pool.workers.length, 0);
  });

  test('worker count: automatic for large inputs, capped by the files, at least one', () => {
    assert.equal(workerCount(3, 8), 3);
    assert.equal(workerCount(0, 2), 1);
    assert.equal(workerCount(1), 1);
    assert.ok(workerCount(10_000) >= 1);
  });
});
