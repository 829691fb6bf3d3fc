/**
 * The `source:` block of a sidecar computed with node:crypto's SHA-256 (native) instead of the
 * portable pure-TypeScript one: the same fields and values as `describeSource` / `refreshSource`
 * (src/sidecar/text.ts), several times faster on large corpora. CLI only (Node built-ins).
 */
import { createHash } from 'node:crypto';
import { detectEol, SourceText, type Sidecar, type SourceInfo } from '../sidecar/index';

export function sha256File(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `describeSource(path, text, bytes)` with a precomputed hash of `bytes`. */
export function describeSourceFast(path: string, text: string, sha256: string): SourceInfo {
  const st = new SourceText(text);
  return {
    path,
    sha256,
    length: st.length,
    offset_unit: 'codepoint',
    eol: detectEol(st.text),
    bom: st.bom,
  };
}

/** `refreshSource(sidecar, text, bytes)` with a precomputed hash of `bytes`. */
export function refreshSourceFast(sidecar: Sidecar, text: string, sha256: string): Sidecar {
  const fresh = describeSourceFast(sidecar.source.path, text, sha256);
  return { ...sidecar, source: { ...sidecar.source, ...fresh } };
}
