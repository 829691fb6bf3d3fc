/**
 * `scrapemark diff` and `show` end to end: two sidecars, and `--git <rev>` in a temporary git
 * repository (git is spawned), plus the textconv driver wired through git's own config.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { acceptAnnotation, removeAnnotation, serializeSidecar } from '../../../src/sidecar/index';
import { makeCorpus, readSidecar, run } from './clean.test';

const CLI = path.resolve(__dirname, '../../../src/cli/main.ts');
const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The title the analysis found in the seed (a hand-checked headline, read from the sidecar). */
async function titleOf(file: string): Promise<string> {
  const t = (await readSidecar(file)).annotations.find(
    (a) => a.kind === 'meta' && a.field === 'title',
  );
  assert.ok(t && t.kind === 'meta');
  return esc(t.value);
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  });
}

suite('cli/diff', function () {
  this.timeout(120_000);
  let dir: string;
  let sidecarFile: string;

  suiteSetup(async () => {
    dir = await makeCorpus();
    const r = await run('annotate', path.join(dir, 'a'));
    assert.equal(r.code, 0, r.err);
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'annotated');
    sidecarFile = path.join(dir, 'a', '000_35efeead65c6cef0.txt.scrapemark.yaml');
  });
  suiteTeardown(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('two sidecars: accepted and removed annotations are listed with their text', async () => {
    const s = await readSidecar(sidecarFile);
    const title = s.annotations.find((a) => a.kind === 'meta' && a.field === 'title')!;
    const quote = s.annotations.find((a) => a.kind === 'quote')!;
    const next = removeAnnotation(acceptAnnotation(s, title.id, 'alice'), quote.id);
    const other = path.join(dir, 'next.yaml');
    await fs.writeFile(other, serializeSidecar(next));
    const r = await run('diff', sidecarFile, other);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.out,
      new RegExp(`^- quote ${quote.id} direct .*: "The relationship between Russia and NATO`, 'm'),
    );
    assert.match(
      r.out,
      new RegExp(
        `^~ meta ${title.id} title = "${esc(title.kind === 'meta' ? title.value : '')}" \\[accepted\\] by alice`,
        'm',
      ),
    );
    assert.match(r.out, /^ {4}status: "proposed" → "accepted"$/m);
    assert.match(r.out, /0 added, 1 removed, 1 changed, 0 moved\n$/);
    assert.equal((await run('diff', '--exit-code', sidecarFile, other)).code, 1);
    assert.equal((await run('diff', '--exit-code', sidecarFile, sidecarFile)).code, 0);
    assert.equal((await run('diff', sidecarFile)).code, 2);
  });

  test('--git HEAD: changed and new sidecars in the working tree against the revision', async () => {
    const s = await readSidecar(sidecarFile);
    const title = s.annotations.find((a) => a.kind === 'meta' && a.field === 'title')!;
    await fs.writeFile(sidecarFile, serializeSidecar(acceptAnnotation(s, title.id, 'bob')));
    const fresh = path.join(dir, 'b', 'new.txt');
    await fs.writeFile(fresh, 'A new story.\n"Quoted words here," she said.\n');
    assert.equal((await run('annotate', fresh)).code, 0);
    const r = await run('diff', '--git', 'HEAD', dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^diff HEAD:a\/000_35efeead65c6cef0\.txt\.scrapemark\.yaml /m);
    assert.match(r.out, /^ {4}status: "proposed" → "accepted"$/m);
    assert.match(r.out, /^diff HEAD:b\/new\.txt\.scrapemark\.yaml /m);
    assert.match(r.out, /^\+ segment /m);
    const bySource = await run(
      'diff',
      '--git',
      'HEAD',
      path.join(dir, 'a', '000_35efeead65c6cef0.txt'),
    );
    assert.equal(bySource.code, 0, bySource.err);
    assert.match(bySource.out, /^diff HEAD:a\/000_35efeead65c6cef0\.txt\.scrapemark\.yaml /m);
    assert.doesNotMatch(bySource.out, /new\.txt/);
    const bad = await run('diff', '--git', 'no-such-rev', dir);
    assert.equal(bad.code, 1);
    git(dir, 'checkout', '-q', '--', 'a');
  });

  test('show renders a sidecar; git uses it as the textconv driver', async () => {
    const r = await run('show', sidecarFile);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.out,
      /^source 000_35efeead65c6cef0\.txt sha256 [0-9a-f]{12} length 3021 eol lf$/m,
    );
    assert.match(
      r.out,
      new RegExp(`^meta m-\\w+ title = "${await titleOf(sidecarFile)}" \\[proposed\\]`, 'm'),
    );
    const broken = path.join(dir, 'broken.scrapemark.yaml');
    await fs.writeFile(broken, 'schema: nope\n');
    const b = await run('show', broken);
    assert.equal(b.code, 0);
    assert.equal(b.out, 'schema: nope\n');
    assert.match(b.err, /broken\.scrapemark\.yaml:1:/);

    // The documented driver (docs/git.md), with the CLI run from sources through tsx.
    await fs.writeFile(path.join(dir, '.gitattributes'), '*.scrapemark.yaml diff=scrapemark\n');
    const tsx = path.resolve(__dirname, '../../../node_modules/.bin/tsx');
    git(dir, 'config', 'diff.scrapemark.textconv', `${tsx} ${CLI} show`);
    const s = await readSidecar(sidecarFile);
    const title = s.annotations.find((a) => a.kind === 'meta' && a.field === 'title')!;
    await fs.writeFile(sidecarFile, serializeSidecar(acceptAnnotation(s, title.id, 'carol')));
    const out = git(dir, 'diff', '--', 'a');
    assert.match(
      out,
      new RegExp(
        `^-meta m-\\w+ title = "${await titleOf(sidecarFile)}" \\[proposed\\] by rule:`,
        'm',
      ),
    );
    assert.match(
      out,
      new RegExp(
        `^\\+meta m-\\w+ title = "${await titleOf(sidecarFile)}" \\[accepted\\] by carol`,
        'm',
      ),
    );
    git(dir, 'checkout', '-q', '--', 'a');
  });
});
