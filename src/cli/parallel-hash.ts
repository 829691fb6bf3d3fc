/**
 * Native SHA-256 for the CLI: node:crypto instead of the portable pure-TypeScript implementation
 * of src/sidecar (which the browser keeps). `useNativeSha256` installs it for every sidecar hash
 * (ids, `exact_sha256`, re-anchoring); the digests are identical (tested), several times faster.
 * Also the `source:` block with a precomputed hash, the same fields and values as
 * `describeSource` / `refreshSource` (src/sidecar/text.ts). CLI only (Node built-ins).
 */
import * as crypto from 'node:crypto';
import {
  detectEol,
  setSha256Hasher,
  SourceText,
  type Sidecar,
  type SourceInfo,
} from '../sidecar/index';

/** SHA-256 hex of bytes, or of a string's UTF-8 (lone surrogates as U+FFFD, like TextEncoder). */
export function nativeSha256(data: Uint8Array | string): string {
  return oneShot
    ? oneShot('sha256', data, 'hex')
    : crypto.createHash('sha256').update(data).digest('hex');
}

/** `crypto.hash` (Node ≥ 20.12): one call, about three times faster than createHash for short inputs. */
const oneShot = typeof crypto.hash === 'function' ? crypto.hash : undefined;

/** Makes the sidecar code hash with node:crypto (main thread and every worker call this). */
export function useNativeSha256(): void {
  setSha256Hasher(nativeSha256);
}

export function sha256File(bytes: Uint8Array): string {
  return nativeSha256(bytes);
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
