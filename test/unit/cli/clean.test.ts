/**
 * `scrapemark clean` end to end on a temporary corpus, in process: --stdout, --out (clean copies
 * with moved sidecars that `check` accepts), --in-place (source and sidecar rewritten together),
 * usage errors and exit codes.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import type { CliIO } from '../../../src/cli/verb';
import { parseSidecar, sha256Hex, type Sidecar } from '../../../src/sidecar/index';

const SAMPLES = path.resolve(__dirname, '../../../samples');

/** The records of a `--jsonl` stdout. */
function jsonlRecords<T>(stdout: string): T[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as T);
}

export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await main(argv, io);
  return { code, out, err };
}

export async function readSidecar(file: string): Promise<Sidecar> {
  const parsed = parseSidecar(await fs.readFile(file, 'utf8'));
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors));
  return parsed.sidecar;
}

/** A temporary corpus: the samples in `a/` and one hand-made file with known boilerplate in `b/`. */
export async function makeCorpus(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scrapemark-cli-'));
  await fs.mkdir(path.join(dir, 'a'));
  await fs.mkdir(path.join(dir, 'b'));
  for (const f of await fs.readdir(SAMPLES)) {
    if (f.endsWith('.txt')) await fs.copyFile(path.join(SAMPLES, f), path.join(dir, 'a', f));
  }
  return dir;
}

suite('cli/clean', function () {
  this.timeout(120_000);
  let dir: string;

  setup(async () => {
    dir = await makeCorpus();
  });
  teardown(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('--stdout prints the clean text of one file; whitespace and quote marks repaired', async () => {
    const f = path.join(dir, 'b', 'x.txt');
    await fs.writeFile(f, 'Body  line with “mixed" marks.  \n\n\n\nSecond   line.\n');
    const r = await run('clean', '--stdout', '--keep-boilerplate', f);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'Body line with “mixed” marks.\n\nSecond line.\n');
    // The source is untouched.
    assert.equal(
      await fs.readFile(f, 'utf8'),
      'Body  line with “mixed" marks.  \n\n\n\nSecond   line.\n',
    );
  });

  test('--in-place rewrites source and sidecar together; check passes; the sidecar hash is the new text', async () => {
    const annotated = await run('annotate', path.join(dir, 'a'));
    assert.equal(annotated.code, 0, annotated.err);
    const source = path.join(dir, 'a', '000_35efeead65c6cef0.txt');
    const before = await fs.readFile(source, 'utf8');
    const scBefore = await readSidecar(`${source}.scrapemark.yaml`);
    const r = await run('clean', '--in-place', '--jobs', '1', path.join(dir, 'a'));
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.out,
      /000_35efeead65c6cef0\.txt: \d+ edits, \d+ segments removed, \d+ annotations orphaned \(cleaned in place\)/,
    );
    const after = await fs.readFile(source, 'utf8');
    assert.ok(after.length < before.length);
    assert.ok(!after.includes('Similar news'), 'the related-news block is dropped');
    const sc = await readSidecar(`${source}.scrapemark.yaml`);
    assert.equal(sc.source.sha256, sha256Hex(Buffer.from(after, 'utf8')));
    // Every quote is still there, on the same words (its `x’ mark repaired as in the text).
    const quotes = (s: Sidecar) =>
      s.annotations.filter((a) => a.kind === 'quote').map((a) => [a.id, a.target.exact]);
    const repaired = quotes(scBefore).map(([id, t]) => [id, t?.replace('`threat’', '‘threat’')]);
    assert.ok(
      quotes(scBefore).some(([, t]) => t?.includes('`threat’')),
      'the seed has the mismatched mark',
    );
    assert.deepEqual(quotes(sc), repaired);
    const check = await run('check', path.join(dir, 'a'));
    assert.equal(check.code, 0, check.err + check.out);
    // Cleaning again changes nothing.
    const again = await run('clean', '--in-place', source);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /clean already \(unchanged\)/);
  });

  test('--out writes clean copies under DIR with moved sidecars; --header adds the metadata', async () => {
    await run('annotate', path.join(dir, 'a'));
    const out = path.join(dir, 'clean');
    const r = await run('clean', '--out', out, '--jsonl', path.join(dir, 'a'));
    assert.equal(r.code, 0, r.err);
    const records = jsonlRecords<{ status: string; out: string }>(r.out);
    assert.equal(records.length, 5);
    assert.ok(records.every((x) => x.status === 'written'));
    const copy = path.join(out, '000_35efeead65c6cef0.txt');
    const sc = await readSidecar(`${copy}.scrapemark.yaml`);
    assert.equal(sc.source.path, '000_35efeead65c6cef0.txt');
    const check = await run('check', out);
    assert.equal(check.code, 0, check.err + check.out);
    const h = await run(
      'clean',
      '--stdout',
      '--header',
      path.join(dir, 'a', '000_35efeead65c6cef0.txt'),
    );
    assert.match(
      h.out,
      /^---\nfile: "000_35efeead65c6cef0\.txt"\ntitle: "Russia not going to attack NATO countries, senior diplomat says"\n/,
    );
  });

  test('--out inside the folder being cleaned: its copies are never cleaned again', async () => {
    const input = path.join(dir, 'a');
    const out = path.join(input, 'zz-clean');
    const r = await run('clean', '--out', out, '--jsonl', '--jobs', '2', input);
    assert.equal(r.code, 0, r.err);
    const records = jsonlRecords<{ file: string; status: string }>(r.out);
    assert.equal(records.length, 5);
    assert.ok(records.every((x) => !x.file.includes('zz-clean')));
    // Run again: the copies from the first run are still left out.
    const again = await run('clean', '--out', out, '--jsonl', input);
    assert.equal(again.out.trim().split('\n').length, 5, again.out);
  });

  test('usage errors exit 2; a missing file exits 1', async () => {
    const f = path.join(dir, 'a', '000_35efeead65c6cef0.txt');
    assert.equal((await run('clean', f)).code, 2);
    assert.equal((await run('clean', '--stdout', '--in-place', f)).code, 2);
    assert.equal((await run('clean', '--stdout', path.join(dir, 'a'))).code, 2);
    assert.equal((await run('clean', '--in-place', '--header', f)).code, 2);
    const missing = await run('clean', '--in-place', path.join(dir, 'nope.txt'));
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nope\.txt: no such file or folder/);
    const help = await run('clean', '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /--in-place/);
  });
});
