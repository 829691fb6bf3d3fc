/**
 * `scrapemark export` / `import` end to end: brat out and back in gives the same annotations (the
 * semantic diff is empty but for the document fields brat cannot carry); W3C files; JSONL on
 * stdout and in a file; skipped sources without a sidecar; usage errors.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { compareAnnotations, SourceText } from '../../../src/sidecar/index';
import { makeCorpus, readSidecar, run } from './clean.test';

suite('cli/export', function () {
  this.timeout(120_000);
  let dir: string;

  suiteSetup(async () => {
    dir = await makeCorpus();
    const r = await run('annotate', path.join(dir, 'a'));
    assert.equal(r.code, 0, r.err);
  });
  suiteTeardown(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('brat export → import gives the same annotations for every file', async () => {
    const out = path.join(dir, 'brat');
    const r = await run('export', '--format', 'brat', '--out', out, path.join(dir, 'a'));
    assert.equal(r.code, 0, r.err);
    const names = (await fs.readdir(out)).sort();
    assert.equal(names.filter((n) => n.endsWith('.ann')).length, 5);
    const back = await run('import', '--format', 'brat', out);
    assert.equal(back.code, 0, back.err);
    for (const n of names.filter((x) => x.endsWith('.txt'))) {
      const original = await readSidecar(path.join(dir, 'a', `${n}.scrapemark.yaml`));
      const imported = await readSidecar(path.join(out, `${n}.scrapemark.yaml`));
      assert.deepEqual(
        [...imported.annotations].sort(compareAnnotations),
        [...original.annotations].sort(compareAnnotations),
        n,
      );
      const d = await run(
        'diff',
        path.join(dir, 'a', `${n}.scrapemark.yaml`),
        path.join(out, `${n}.scrapemark.yaml`),
      );
      assert.match(d.out, /0 added, 0 removed, 0 changed, 0 moved/);
    }
    // A second import does not replace what exists, unless forced.
    const again = await run('import', '--format', 'brat', out);
    assert.equal(again.code, 1);
    assert.match(again.err, /exists; not replaced \(use --force\)/);
    assert.equal((await run('import', '--format', 'brat', '--force', out)).code, 0);
  });

  test('W3C files and JSONL (file and stdout) in code points', async () => {
    const w3c = path.join(dir, 'w3c');
    const r = await run('export', '--format', 'w3c', '--out', w3c, path.join(dir, 'a', '*.txt'));
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(
      await fs.readFile(path.join(w3c, '000_35efeead65c6cef0.jsonld'), 'utf8'),
    ) as {
      total: number;
      first: {
        items: {
          target:
            | { selector: { type: string; exact?: string; start?: number; end?: number }[] }
            | unknown[];
        }[];
      };
    };
    const text = new SourceText(
      await fs.readFile(path.join(dir, 'a', '000_35efeead65c6cef0.txt'), 'utf8'),
    );
    assert.ok(doc.total > 0);
    for (const item of doc.first.items) {
      const targets = Array.isArray(item.target) ? item.target : [item.target];
      for (const t of targets as {
        selector: { type: string; exact?: string; start?: number; end?: number }[];
      }[]) {
        const [q, p] = t.selector;
        assert.equal(text.slice(p!.start!, p!.end!), q!.exact);
      }
    }
    const jl = path.join(dir, 'jsonl');
    assert.equal(
      (await run('export', '--format', 'jsonl', '--out', jl, path.join(dir, 'a'))).code,
      0,
    );
    const lines = (await fs.readFile(path.join(jl, 'annotations.jsonl'), 'utf8'))
      .trim()
      .split('\n');
    assert.equal(lines.length, 5);
    const stdout = await run('export', '--format', 'jsonl', '--out', '-', path.join(dir, 'a'));
    assert.equal(stdout.out.trim().split('\n').join('\n'), lines.join('\n'));
    const rec = JSON.parse(lines[0]!) as {
      text: string;
      spans: { start: number; end: number; text: string }[];
    };
    const src = new SourceText(rec.text);
    for (const s of rec.spans) assert.equal(src.slice(s.start, s.end), s.text);
  });

  test('sources without a sidecar: skipped in a folder, an error when named; usage errors exit 2', async () => {
    const bare = path.join(dir, 'b', 'bare.txt');
    await fs.writeFile(bare, 'Just text.\n');
    const folder = await run(
      'export',
      '--format',
      'w3c',
      '--out',
      path.join(dir, 'o1'),
      path.join(dir, 'b'),
    );
    assert.equal(folder.code, 0, folder.err);
    const named = await run('export', '--format', 'w3c', '--out', path.join(dir, 'o2'), bare);
    assert.equal(named.code, 1);
    assert.match(named.err, /no sidecar for/);
    assert.equal((await run('export', '--format', 'xml', '--out', 'x', bare)).code, 2);
    assert.equal((await run('export', '--format', 'brat', bare)).code, 2);
    assert.equal((await run('export', '--format', 'brat', '--out', '-', bare)).code, 2);
    assert.equal(
      (await run('export', '--format', 'brat', '--out', 'x', path.join(dir, 'zz*.txt'))).code,
      1,
    );
  });
});
