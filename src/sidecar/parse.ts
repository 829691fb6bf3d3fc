/**
 * Reading a sidecar: size and alias limits → YAML parse → migration → zod validation. Every error
 * carries a 1-based line and column in the sidecar text.
 */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { MAX_ALIAS_COUNT, MAX_SIDECAR_LENGTH, SCHEMA_VERSION } from './constants';
import { migrate, type RawDoc } from './migrate';
import { sidecarSchema } from './schema';
import type { Sidecar, SidecarProblem } from './types';

export type ParseResult =
  | {
      readonly ok: true;
      readonly sidecar: Sidecar;
      /** The schema version the file was written in (< current when it was migrated). */
      readonly fromVersion: number;
      /** Line and column (1-based) of the node at a path, e.g. ['annotations', 3, 'target', 'exact']. */
      readonly locate: (path: readonly (string | number)[]) => { line: number; col: number };
    }
  | { readonly ok: false; readonly errors: readonly SidecarProblem[] };

function fail(message: string, line = 1, col = 1): ParseResult {
  return { ok: false, errors: [{ line, col, message, severity: 'error' }] };
}

/** Parses and validates a sidecar's text. Never throws for bad input. */
export function parseSidecar(text: string): ParseResult {
  if (text.length > MAX_SIDECAR_LENGTH) {
    return fail(
      `sidecar is ${text.length} characters, larger than the ${MAX_SIDECAR_LENGTH} limit; not read`,
    );
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    version: '1.2',
  });
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        ...at(e.pos[0]),
        message: `YAML: ${firstLine(e.message)}`,
        severity: 'error' as const,
      })),
    };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return fail(`YAML: ${(e as Error).message} (aliases are limited to ${MAX_ALIAS_COUNT})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('not a Scrapemark sidecar: the file is not a YAML mapping');
  }
  const locate = (path: readonly (string | number)[]) => locateIn(doc, path, at);
  const migrated = migrate(raw as RawDoc);
  if (!migrated.ok) return fail(migrated.message, ...lineCol(locate(['schema'])));
  const result = sidecarSchema.safeParse(migrated.doc);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const where = path.length > 0 ? `${path.join('.')}: ` : '';
        return { ...locate(path), message: `${where}${issue.message}`, severity: 'error' as const };
      }),
    };
  }
  return { ok: true, sidecar: result.data, fromVersion: migrated.from, locate };
}

/** Line/column of the deepest existing node on a path (its key when the value is missing). */
function locateIn(
  doc: Document,
  path: readonly (string | number)[],
  at: (offset: number) => { line: number; col: number },
): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return at(node.range[0]);
  }
  return { line: 1, col: 1 };
}

function lineCol(p: { line: number; col: number }): [number, number] {
  return [p.line, p.col];
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

export { SCHEMA_VERSION };
