/**
 * Input lists for the corpus verbs: files, folders and glob patterns (`*`, `?`, `[...]`, `**`),
 * plus `--files-from FILE|-` (one path per line; blank lines and `#` comments skipped) so a
 * distributed engine can hand each machine its shard. Globs are expanded here (the shell may not:
 * quoted patterns, Windows); hidden folders and node_modules are not entered, results are sorted.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const GLOB_CHARS = /[*?[]/;

export function isGlob(arg: string): boolean {
  return GLOB_CHARS.test(arg);
}

/** A regular expression for one path segment pattern (`*`, `?`, `[abc]`, `[!a-z]`). */
function segmentRegex(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = seg.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

async function listDir(dir: string): Promise<{ name: string; dir: boolean }[]> {
  try {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return entries
      .map((e) => ({ name: e.name, dir: e.isDirectory() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

const SKIPPED_DIRS = (name: string) => name.startsWith('.') || name === 'node_modules';

/** Expands one glob pattern into the matching paths (files and folders), sorted. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const norm = pattern.replace(/\\/g, '/');
  const absolute = norm.startsWith('/');
  const segs = norm.split('/').filter((s, i) => s !== '' || i === 0);
  let bases = [absolute ? '/' : '.'];
  let i = absolute ? 1 : 0;
  // The literal prefix of the pattern is one folder.
  const lit: string[] = [];
  while (i < segs.length - 1 && !isGlob(segs[i]!)) lit.push(segs[i++]!);
  if (lit.length > 0) bases = [path.join(bases[0]!, ...lit)];
  const out = new Set<string>();
  const walk = async (dir: string, rest: readonly string[]): Promise<void> => {
    const [seg, ...tail] = rest;
    if (seg === undefined) return;
    if (seg === '**') {
      await walk(dir, tail);
      for (const e of await listDir(dir))
        if (e.dir && !SKIPPED_DIRS(e.name)) await walk(path.join(dir, e.name), rest);
      return;
    }
    if (!isGlob(seg)) {
      const p = path.join(dir, seg);
      if (tail.length === 0) {
        if (await fs.stat(p).catch(() => undefined)) out.add(p);
      } else await walk(p, tail);
      return;
    }
    const re = segmentRegex(seg);
    for (const e of await listDir(dir)) {
      if (!re.test(e.name) || (e.name.startsWith('.') && !seg.startsWith('.'))) continue;
      const p = path.join(dir, e.name);
      if (tail.length === 0) out.add(p);
      else if (e.dir) await walk(p, tail);
    }
  };
  for (const b of bases) await walk(b, segs.slice(i));
  return [...out].sort();
}

/** Paths listed one per line (`#` comments and blank lines skipped). */
export function parseFileList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Reads `--files-from`: a file, or standard input for `-`. */
export async function readFileList(from: string): Promise<string[]> {
  if (from !== '-') return parseFileList(await fs.readFile(from, 'utf8'));
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return parseFileList(Buffer.concat(chunks).toString('utf8'));
}

/**
 * The arguments with globs expanded (a glob that matches nothing is an error message) and the
 * `--files-from` list appended. Folders stay folders (the verbs walk them).
 */
export async function expandInputs(
  args: readonly string[],
  filesFrom?: string,
): Promise<{ paths: string[]; errors: string[] }> {
  const paths: string[] = [];
  const errors: string[] = [];
  for (const a of args) {
    if (!isGlob(a) || (await fs.stat(a).catch(() => undefined))) {
      paths.push(a);
      continue;
    }
    const found = await expandGlob(a);
    if (found.length === 0) errors.push(`${a}: no file matches`);
    paths.push(...found);
  }
  if (filesFrom !== undefined) paths.push(...(await readFileList(filesFrom)));
  return { paths, errors };
}
