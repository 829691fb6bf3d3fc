/** Shared by the sidecar verbs (annotate, reanchor, check): arguments, pairing sources with sidecars, reading. */
import { promises as fs, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import {
  checkSidecarPattern,
  DEFAULT_SIDECAR_PATTERN,
  isSidecarName,
  MAX_SIDECAR_LENGTH,
  parseSidecar,
  resolveSourcePath,
  sidecarPathFor,
  type ParseResult,
  type SidecarProblem,
} from '../../sidecar/index';
import { expandPaths, SourceError } from '../files';
import type { CliIO } from '../verb';

export interface SidecarArgs {
  readonly paths: string[];
  readonly pattern: string;
  readonly flags: Set<string>;
}

/** Parses `[--pattern P] [--flag]... <file|dir>...`; returns an error message on bad usage. */
export function parseSidecarArgs(
  args: readonly string[],
  knownFlags: readonly string[],
): SidecarArgs | string {
  const paths: string[] = [];
  const flags = new Set<string>();
  let pattern = DEFAULT_SIDECAR_PATTERN;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--pattern') {
      const p = args[++i];
      if (!p) return '--pattern needs a value';
      pattern = p;
    } else if (a.startsWith('--pattern=')) {
      pattern = a.slice('--pattern='.length);
    } else if (a.startsWith('--')) {
      if (!knownFlags.includes(a)) return `unknown option ${a}`;
      flags.add(a);
    } else {
      paths.push(a);
    }
  }
  const problem = checkSidecarPattern(pattern);
  if (problem) return problem;
  if (paths.length === 0) return 'no file or folder given';
  return { paths, pattern, flags };
}

/** A source and its sidecar. `explicit` when the user named the file (not found by walking a folder). */
export interface Pair {
  readonly source: string;
  readonly sidecar: string;
  readonly explicit: boolean;
}

/**
 * Sources and sidecars from the arguments: folders give their sources; a file named like a sidecar
 * gives itself and its `source.path`; any other file is a source.
 */
export async function pairsFor(
  paths: readonly string[],
  pattern: string,
  io: CliIO,
): Promise<{ pairs: Pair[]; failed: boolean }> {
  const pairs: Pair[] = [];
  let failed = false;
  for (const arg of paths) {
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch {
      io.err(`scrapemark: ${arg}: no such file or folder\n`);
      failed = true;
      continue;
    }
    if (stat.isDirectory()) {
      for (const source of await expandPaths([arg]))
        pairs.push({ source, sidecar: sidecarPathFor(source, pattern), explicit: false });
    } else if (isSidecarName(arg, pattern) || /\.ya?ml$/.test(arg)) {
      const loaded = await loadSidecar(arg);
      if (!loaded.ok) {
        reportProblems(io, arg, loaded.errors);
        failed = true;
        continue;
      }
      const resolved = resolveSourcePath(arg, loaded.sidecar.source.path);
      if ('error' in resolved) {
        reportProblems(io, arg, [
          { ...loaded.locate(['source', 'path']), message: resolved.error, severity: 'error' },
        ]);
        failed = true;
        continue;
      }
      pairs.push({ source: resolved.path, sidecar: arg, explicit: true });
    } else {
      pairs.push({ source: arg, sidecar: sidecarPathFor(arg, pattern), explicit: true });
    }
  }
  return { pairs, failed };
}

export type Loaded =
  | (ParseResult & { readonly text: string })
  | { readonly ok: false; readonly missing: true; readonly errors: [] };

/** Reads and parses a sidecar; refuses oversized files before reading them. */
export async function loadSidecar(file: string): Promise<Loaded> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    return { ok: false, missing: true, errors: [] };
  }
  if (stat.size > MAX_SIDECAR_LENGTH) return tooLarge(stat.size);
  const text = await fs.readFile(file, 'utf8');
  return { ...parseSidecar(text), text };
}

/** `loadSidecar` with synchronous calls (corpus tasks on worker threads). */
export function loadSidecarSync(file: string): Loaded {
  let stat;
  try {
    stat = statSync(file, { throwIfNoEntry: false });
  } catch {
    stat = undefined;
  }
  if (!stat) return { ok: false, missing: true, errors: [] };
  if (stat.size > MAX_SIDECAR_LENGTH) return tooLarge(stat.size);
  const text = readFileSync(file, 'utf8');
  return { ...parseSidecar(text), text };
}

function tooLarge(size: number): Loaded {
  return {
    ok: false,
    text: '',
    errors: [
      {
        line: 1,
        col: 1,
        severity: 'error',
        message: `sidecar is ${size} bytes, larger than the ${MAX_SIDECAR_LENGTH}-byte limit; not read`,
      },
    ],
  };
}

/** Prints problems as `path:line:col: severity: message`. */
export function reportProblems(io: CliIO, file: string, problems: readonly SidecarProblem[]): void {
  for (const p of problems) io.err(`${file}:${p.line}:${p.col}: ${p.severity}: ${p.message}\n`);
}

/** Checks that a sidecar's source.path designates the source it was paired with. */
export function sourceMatches(pair: Pair, sourcePathFieldValue: string): string | undefined {
  const resolved = resolveSourcePath(pair.sidecar, sourcePathFieldValue);
  if ('error' in resolved) return resolved.error;
  if (path.resolve(resolved.path) !== path.resolve(pair.source)) {
    return `source.path ${JSON.stringify(sourcePathFieldValue)} does not designate ${pair.source}`;
  }
  return undefined;
}

export function isSourceError(e: unknown): e is SourceError {
  return e instanceof SourceError;
}
