/**
 * Sidecar naming. A pattern is a FILE NAME template (the sidecar always sits in the source's folder):
 * `{name}` = the source's file name (`a.txt`), `{stem}` = without its last extension (`a`),
 * `{ext}` = the last extension without the dot (`txt`). Default: `{name}.scrapemark.yaml`.
 * Paths use `/` or `\` as given; no Node built-ins (this runs in the browser too).
 */
import { DEFAULT_SIDECAR_PATTERN } from './constants';
import { SOURCE_PATH_PATTERN } from './schema';

/** Why a pattern is unusable, or undefined when it is fine. */
export function checkSidecarPattern(pattern: string): string | undefined {
  if (!/\{(name|stem)\}/.test(pattern)) return 'the sidecar pattern must contain {name} or {stem}';
  if (/[/\\]/.test(pattern))
    return 'the sidecar pattern is a file name: no folders (the sidecar sits beside its source)';
  const unknown = /\{(?!name\}|stem\}|ext\})[^}]*\}/.exec(pattern);
  if (unknown)
    return `unknown placeholder ${unknown[0]} in the sidecar pattern (use {name}, {stem}, {ext})`;
  if (!/\.ya?ml$/.test(pattern)) return 'the sidecar pattern must end with .yaml or .yml';
  return undefined;
}

function split(path: string): { dir: string; name: string } {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return { dir: path.slice(0, i + 1), name: path.slice(i + 1) };
}

/** The sidecar path of a source path. Throws on an invalid pattern (see checkSidecarPattern). */
export function sidecarPathFor(
  sourcePath: string,
  pattern: string = DEFAULT_SIDECAR_PATTERN,
): string {
  const problem = checkSidecarPattern(pattern);
  if (problem) throw new Error(problem);
  const { dir, name } = split(sourcePath);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot + 1) : '';
  return (
    dir +
    pattern
      .replace(/\{name\}/g, name)
      .replace(/\{stem\}/g, stem)
      .replace(/\{ext\}/g, ext)
  );
}

/** True when a file name looks like a sidecar for the pattern (`x.txt.scrapemark.yaml`). */
export function isSidecarName(
  fileName: string,
  pattern: string = DEFAULT_SIDECAR_PATTERN,
): boolean {
  const { name } = split(fileName);
  const parts = pattern.split(/\{(?:name|stem|ext)\}/);
  const re = new RegExp(
    `^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`,
  );
  return re.test(name);
}

/**
 * The source path a sidecar's `source.path` designates, or an error when it leaves the sidecar's
 * folder (absolute, `..`, backslashes).
 */
export function resolveSourcePath(
  sidecarPath: string,
  sourcePathField: string,
): { path: string } | { error: string } {
  if (!SOURCE_PATH_PATTERN.test(sourcePathField)) {
    return {
      error: `source.path ${JSON.stringify(sourcePathField)} is outside the sidecar's folder; refused`,
    };
  }
  return { path: split(sidecarPath).dir + sourcePathField };
}

/** The `source.path` to write for a source beside its sidecar: its file name. */
export function sourcePathField(sourcePath: string): string {
  return split(sourcePath).name;
}
