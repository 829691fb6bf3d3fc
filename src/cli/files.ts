/**
 * File discovery and safe reading for the CLI. Sources are UTF-8 text; binary, huge or
 * undecodable files are refused with a clear message, never half-read.
 */
import { closeSync, fstatSync, openSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** Largest source the CLI reads (bytes). Larger files are refused. */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;
/** File name endings treated as sources when a folder is given. */
export const SOURCE_EXTENSIONS = ['.txt'];

export class SourceError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** Expands files and folders (recursively, sources only, sorted) into file paths. */
export async function expandPaths(
  args: readonly string[],
  isSource = isSourceName,
): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => undefined);
    if (!stat) throw new SourceError(arg, 'no such file or folder');
    if (stat.isDirectory()) for await (const p of walkSources(arg, isSource)) out.push(p);
    else out.push(arg);
  }
  return out;
}

export function isSourceName(name: string): boolean {
  return SOURCE_EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith('.clean.txt');
}

/** Skipped while walking a folder (files and folders): hidden names and node_modules. */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * The sources under `dir`, depth first, each folder's entries sorted by name, found lazily: only
 * the listings of the folders on the current path are held, never the whole tree. `skipFolder`
 * (given the folder's absolute path) leaves a folder out, e.g. a verb's own output folder.
 */
export async function* walkSources(
  dir: string,
  isSource: (name: string) => boolean = isSourceName,
  skipFolder?: (absolute: string) => boolean,
): AsyncGenerator<string> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (isSkippedName(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!skipFolder?.(path.resolve(p))) yield* walkSources(p, isSource, skipFolder);
    } else if (e.isFile() && isSource(e.name)) yield p;
  }
}

/** The raw bytes and decoded text of a source file. The text keeps a BOM as U+FEFF. */
export interface SourceFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly text: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a source, refusing binary, oversized and non-UTF-8 files with a SourceError. */
export async function readSource(file: string): Promise<SourceFile> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_SOURCE_BYTES) {
      throw new SourceError(
        file,
        `file is ${stat.size} bytes, larger than the ${MAX_SOURCE_BYTES}-byte limit`,
      );
    }
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof SourceError) throw e;
    throw new SourceError(file, `cannot read: ${(e as Error).message}`);
  }
  return { path: file, bytes, text: decodeSource(file, bytes) };
}

/**
 * `readSource` with synchronous calls: for the corpus tasks, which run one file at a time on a
 * worker thread, where a blocking read costs less CPU than a round trip through the thread pool.
 * The size is checked on the open file (one path lookup per file, not two).
 */
export function readSourceSync(file: string): SourceFile {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    if (size > MAX_SOURCE_BYTES) {
      throw new SourceError(
        file,
        `file is ${size} bytes, larger than the ${MAX_SOURCE_BYTES}-byte limit`,
      );
    }
    bytes = readFileSync(fd);
  } catch (e) {
    if (e instanceof SourceError) throw e;
    throw new SourceError(file, `cannot read: ${(e as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return { path: file, bytes, text: decodeSource(file, bytes) };
}

/** Decodes UTF-8, refusing binary data (NUL bytes) and invalid sequences. */
export function decodeSource(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new SourceError(file, 'binary file (contains NUL bytes), skipped');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new SourceError(file, 'not valid UTF-8, skipped (convert it to UTF-8 first)');
  }
}
