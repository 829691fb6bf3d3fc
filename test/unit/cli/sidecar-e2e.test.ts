/**
 * End to end, in process: annotate a seed, edit the source outside the editor (text inserted at the
 * top, a word changed inside a quote, a paragraph deleted), re-anchor, check; then break the sidecar
 * by hand and check again.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import type { CliIO } from '../../../src/cli/verb';
import {
  addAnnotation,
  parseSidecar,
  rejectAnnotation,
  serializeSidecar,
  SourceText,
  targetsOf,
  type Sidecar,
  type Target,
} from '../../../src/sidecar/index';

const SEED = path.resolve(__dirname, '../../../samples/000_35efeead65c6cef0.txt');
const NAME = path.basename(SEED);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await main(argv, io);
  return { code, out, err };
}

async function readSidecar(file: string): Promise<{ text: string; sidecar: Sidecar }> {
  const text = await fs.readFile(file, 'utf8');
  const parsed = parseSidecar(text);
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors));
  return { text, sidecar: parsed.sidecar };
}

const cpLen = (s: string) => [...s].length;

suite('cli/sidecar end to end', function () {
  this.timeout(60_000);
  let dir: string;
  let source: string;
  let sidecarFile: string;

  suiteSetup(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scrapemark-e2e-'));
    source = path.join(dir, NAME);
    sidecarFile = `${source}.scrapemark.yaml`;
    await fs.copyFile(SEED, source);
  });

  suiteTeardown(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('annotate → manual work → edit outside → reanchor → check', async () => {
    const first = await run('annotate', dir);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /\(created\)/);

    // A person's work: a manual quote on the sentence that will be edited, and a rejected proposal.
    const original = await fs.readFile(source, 'utf8');
    const quote =
      'Russia has never sought to sour relations with NATO. The alliance is totally to blame for downgrading those.';
    const qStart = cpLen(original.slice(0, original.indexOf(quote)));
    const deleted = original.slice(
      original.indexOf('According to the diplomat'),
      original.indexOf('\n', original.indexOf('According to the diplomat')) + 2,
    );
    const dStart = cpLen(original.slice(0, original.indexOf(deleted)));
    const { text, sidecar: initial } = await readSidecar(sidecarFile);
    let sidecar = initial;
    const manual = addAnnotation(
      sidecar,
      original,
      {
        kind: 'quote',
        quoteType: 'direct',
        spans: [{ start: qStart, end: qStart + cpLen(quote) }],
      },
      { by: 'alice' },
    );
    const inDeleted = addAnnotation(
      manual.sidecar,
      original,
      {
        kind: 'meta',
        field: 'keyword',
        value: 'diplomat',
        span: { start: dStart + 17, end: dStart + 25 },
      },
      { by: 'alice' },
    );
    const proposal = inDeleted.sidecar.annotations.find((a) => a.status === 'proposed')!;
    sidecar = rejectAnnotation(inDeleted.sidecar, proposal.id, 'alice');
    await fs.writeFile(sidecarFile, serializeSidecar(sidecar, text));

    // Annotating again keeps the manual and rejected work and rewrites nothing.
    const again = await run('annotate', source);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /\(unchanged\)/);
    ({ sidecar } = await readSidecar(sidecarFile));
    assert.ok(sidecar.annotations.some((a) => a.id === manual.id && a.status === undefined));
    assert.equal(sidecar.annotations.find((a) => a.id === proposal.id)?.status, 'rejected');
    const before = sidecar;

    // Edit outside the editor.
    const top = 'UPDATE: this story was edited.\n\n';
    let edited = top + original;
    edited = edited.replace('totally to blame', 'entirely to blame');
    edited = edited.replace(deleted, '');
    await fs.writeFile(source, edited);

    // An independent model of where each old offset went: the three edits as code point changes.
    const word = cpLen(original.slice(0, original.indexOf('totally to blame')));
    const changes = [
      { start: 0, end: 0, length: cpLen(top) },
      { start: word, end: word + 'totally'.length, length: 'entirely'.length },
      { start: dStart, end: dStart + cpLen(deleted), length: 0 },
    ];
    const mapped = (p: number) =>
      p +
      changes
        .filter((c) => c.end <= p && !(c.start === c.end && c.start > p))
        .reduce((d, c) => d + c.length - (c.end - c.start), 0);
    const touches = (t: Target, c: (typeof changes)[number]) =>
      c.start === c.end ? c.start > t.start && c.start < t.end : c.start < t.end && c.end > t.start;

    const re = await run('reanchor', dir);
    assert.equal(re.code, 0, re.err);
    assert.match(re.out, /\d+ anchored, \d+ shifted, [1-9]\d* fuzzy, [1-9]\d* orphaned/);
    assert.match(re.out, new RegExp(`${manual.id.replace('-', '\\-')} \\(quote target\\)`));

    const after = (await readSidecar(sidecarFile)).sidecar;
    const src = new SourceText(edited);
    assert.deepEqual(
      after.annotations.map((a) => a.id).sort(),
      before.annotations.map((a) => a.id).sort(),
      'no annotation lost',
    );
    let orphaned = 0;
    let fuzzy = 0;
    for (const a of before.annotations) {
      const now = after.annotations.find((b) => b.id === a.id)!;
      targetsOf(a).forEach((t, i) => {
        const u = targetsOf(now)[i]!;
        const label = `${a.id}[${i}] ${JSON.stringify(t.exact ?? t.head)}`;
        const [, word, del] = changes;
        if (touches(t, del!) && t.start >= del!.start && t.end <= del!.end) {
          assert.equal(u.anchor, 'orphaned', `${label}: inside the deleted paragraph`);
          orphaned++;
        } else if (touches(t, word!) || touches(t, del!)) {
          assert.equal(u.anchor, 'fuzzy', `${label}: its text changed`);
          assert.equal(u.start, mapped(t.start), `${label}: fuzzy at the right place`);
          if (u.anchored_exact !== undefined)
            assert.equal(src.slice(u.start, u.end), u.anchored_exact);
          fuzzy++;
        } else {
          assert.ok(u.anchor === undefined || u.anchor === 'shifted', `${label}: ${u.anchor}`);
          assert.equal(u.start, mapped(t.start), `${label}: moved with the text`);
          assert.equal(u.end - u.start, t.end - t.start, label);
        }
      });
    }
    assert.ok(orphaned >= 1 && fuzzy >= 1, `orphaned ${orphaned}, fuzzy ${fuzzy}`);
    const manualNow = after.annotations.find((a) => a.id === manual.id)!.target;
    assert.equal(manualNow.exact, quote, 'the original exact text is kept');
    assert.equal(manualNow.anchored_exact, quote.replace('totally', 'entirely'));

    const ok = await run('check', dir);
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.err, /warning: .*orphaned/);
    assert.equal(ok.err.match(/: error:/g), null);

    // Reanchoring again finds nothing new to write.
    const twice = await run('reanchor', source);
    assert.match(twice.out, /: unchanged/);
  });

  test('check exits 1 on a hand-broken sidecar, with path:line:col', async () => {
    const { text } = await readSidecar(sidecarFile);
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.startsWith('      exact: "Russia is not going'));
    assert.ok(i > 0);
    lines[i] = lines[i]!.replace('Russia is not', 'Russia is NOT');
    await fs.writeFile(sidecarFile, lines.join('\n'));
    const bad = await run('check', source);
    assert.equal(bad.code, 1);
    assert.ok(bad.err.includes(`${sidecarFile}:${i + 1}:14: error:`), bad.err);
    assert.match(bad.err, /exact does not match the source/);
    await fs.writeFile(sidecarFile, text);
    assert.equal((await run('check', sidecarFile)).code, 0, 'a sidecar path works too');
  });

  test('a sidecar that does not parse is reported and never overwritten', async () => {
    const { text } = await readSidecar(sidecarFile);
    const broken = text.replace('kind: segment', 'kind: [segment');
    await fs.writeFile(sidecarFile, broken);
    const c = await run('check', dir);
    assert.equal(c.code, 1);
    assert.match(
      c.err,
      new RegExp(`${path.basename(sidecarFile).replace(/\./g, '\\.')}:\\d+:\\d+: error: YAML`),
    );
    for (const verb of ['annotate', 'reanchor']) {
      const r = await run(verb, source);
      assert.equal(r.code, 1, verb);
      assert.match(r.err, /not modified/);
      assert.equal(await fs.readFile(sidecarFile, 'utf8'), broken, `${verb} left the file alone`);
    }
    const newer = text.replace('schema: scrapemark/1', 'schema: scrapemark/2');
    await fs.writeFile(sidecarFile, newer);
    const n = await run('annotate', source);
    assert.equal(n.code, 1);
    assert.match(n.err, /newer Scrapemark/);
    assert.equal(await fs.readFile(sidecarFile, 'utf8'), newer);
    const outside = text.replace(`path: "${NAME}"`, 'path: "../elsewhere.txt"');
    await fs.writeFile(sidecarFile, outside);
    const o = await run('check', sidecarFile);
    assert.equal(o.code, 1);
    assert.match(o.err, /source\.path/);
    await fs.writeFile(sidecarFile, text);
  });

  test('usage errors exit 2', async () => {
    assert.equal((await run('check')).code, 2);
    assert.equal((await run('annotate', '--pattern', 'x.yaml', dir)).code, 2);
    assert.equal((await run('reanchor', '--bogus', dir)).code, 2);
  });
});
