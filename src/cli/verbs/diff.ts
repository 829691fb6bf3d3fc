/**
 * `scrapemark diff <old> <new>` and `scrapemark diff --git <rev> [paths]`: the semantic diff of
 * annotations (added, removed, changed, with their text), not of YAML lines.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { diffIsEmpty, diffSidecars, formatDiff } from '../../sidecar/diff';
import {
  DEFAULT_SIDECAR_PATTERN,
  isSidecarName,
  parseSidecar,
  sidecarPathFor,
  type Sidecar,
} from '../../sidecar/index';
import type { CliIO, Verb } from '../verb';

/** Largest output accepted from one git command (bytes). */
const GIT_MAX_BUFFER = 64 * 1024 * 1024;

function git(
  cwd: string,
  args: readonly string[],
): Promise<{ ok: boolean; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-C', cwd, ...args],
      { maxBuffer: GIT_MAX_BUFFER, encoding: 'utf8' },
      (e, out, err) => resolve({ ok: !e, out, err: err || (e ? e.message : '') }),
    );
  });
}

function parse(io: CliIO, name: string, text: string | undefined): Sidecar | undefined | null {
  if (text === undefined) return undefined;
  const p = parseSidecar(text);
  if (p.ok) return p.sidecar;
  for (const e of p.errors) io.err(`${name}:${e.line}:${e.col}: ${e.severity}: ${e.message}\n`);
  return null;
}

async function readMaybe(file: string): Promise<string | undefined> {
  return fs.readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
}

export const diffVerb: Verb = {
  name: 'diff',
  summary: 'semantic diff of annotations: two sidecars, or the working tree against a git revision',
  usage:
    'scrapemark diff [--exit-code] [--pattern P] (<old sidecar> <new sidecar> | --git <rev> [<path>...])',
  help: [
    '  --git REV     compare every changed sidecar under the paths (default .) with its version at REV',
    '                (working tree, untracked sidecars included)',
    '  --exit-code   exit 1 when there are differences (as git diff --exit-code)',
    '  --pattern P   sidecar file name pattern for --git (default {name}.scrapemark.yaml)',
    '',
    'Output: "+ " added, "- " removed, "~ " changed annotations (kind, id, claim, status, author, text),',
    'each changed field indented as `field: "before" → "after"`, then a summary line',
    '"N added, N removed, N changed, N moved" (moved = only the offsets changed, not listed).',
    'A sidecar missing on one side counts as empty. Exit 0 (differences or not), 1 on a problem',
    '(or differences with --exit-code), 2 on usage errors.',
  ].join('\n'),
  async run(args, io) {
    const usage = (m: string) => {
      io.err(`scrapemark diff: ${m}\nusage: ${diffVerb.usage}\n`);
      return 2;
    };
    let rev: string | undefined;
    let pattern = DEFAULT_SIDECAR_PATTERN;
    let exitCode = false;
    const paths: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--git') {
        rev = args[++i];
        if (!rev) return usage('--git needs a revision');
      } else if (a === '--pattern') {
        const p = args[++i];
        if (!p) return usage('--pattern needs a value');
        pattern = p;
      } else if (a === '--exit-code') exitCode = true;
      else if (a.startsWith('-')) return usage(`unknown option ${a}`);
      else paths.push(a);
    }
    let differs = false;
    let failed = false;
    const show = (label: string, before: Sidecar | undefined, after: Sidecar | undefined) => {
      const d = diffSidecars(before, after);
      if (!diffIsEmpty(d)) differs = true;
      io.out(`${label}\n${formatDiff(d, before, after)}`);
    };
    if (rev === undefined) {
      if (paths.length !== 2) return usage('give two sidecars, or --git <rev>');
      const [a, b] = paths as [string, string];
      const ta = await readMaybe(a);
      const tb = await readMaybe(b);
      if (ta === undefined && tb === undefined) {
        io.err(`scrapemark: neither ${a} nor ${b} exists\n`);
        return 1;
      }
      const sa = parse(io, a, ta);
      const sb = parse(io, b, tb);
      if (sa === null || sb === null) return 1;
      show(`diff ${a} ${b}`, sa, sb);
      return exitCode && differs ? 1 : 0;
    }
    for (const p of paths.length > 0 ? paths : ['.']) {
      let abs = path.resolve(p);
      const stat = await fs.stat(abs).catch(() => undefined);
      // A source stands for its sidecar.
      if (!stat?.isDirectory() && !isSidecarName(abs, pattern)) abs = sidecarPathFor(abs, pattern);
      const dir = stat?.isDirectory() ? abs : path.dirname(abs);
      const top = await git(dir, ['rev-parse', '--show-toplevel']);
      if (!top.ok) {
        io.err(`scrapemark: ${p}: not in a git repository (${top.err.trim()})\n`);
        failed = true;
        continue;
      }
      const root = top.out.trim();
      const changed = await git(root, ['diff', '--name-only', '--no-renames', rev, '--', abs]);
      if (!changed.ok) {
        io.err(`scrapemark: git diff ${rev}: ${changed.err.trim()}\n`);
        failed = true;
        continue;
      }
      const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '--', abs]);
      const names = [...new Set([...changed.out.split('\n'), ...untracked.out.split('\n')])]
        .filter((n) => n !== '' && isSidecarName(n, pattern))
        .sort();
      for (const name of names) {
        const file = path.join(root, name);
        const old = await git(root, ['show', `${rev}:${name}`]);
        const oldText = old.ok ? old.out : undefined;
        const label = path.relative(process.cwd(), file) || name;
        const before = parse(io, `${rev}:${name}`, oldText);
        const after = parse(io, label, await readMaybe(file));
        if (before === null || after === null) {
          failed = true;
          continue;
        }
        show(`diff ${rev}:${name} ${label}`, before, after);
      }
    }
    return failed || (exitCode && differs) ? 1 : 0;
  },
};
