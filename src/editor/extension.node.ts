/**
 * The Node extension host's entry (dist/extension.js): extension.ts, with every sidecar hash
 * (source hash, annotation ids, `exact_sha256`) computed by node:crypto instead of the portable
 * SHA-256 that the browser bundle (dist/web/extension.js, built from extension.ts) keeps. The
 * digests are the same; on a 10 MB source the fresh sidecar is built seconds sooner.
 */
import * as crypto from 'node:crypto';
import { setSha256Hasher } from '../sidecar/index';

export { activate, deactivate, type ScrapemarkApi } from './extension';

/** `crypto.hash` (Node ≥ 20.12) is one call; createHash otherwise. */
const oneShot = typeof crypto.hash === 'function' ? crypto.hash : undefined;

setSha256Hasher((data) =>
  oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex'),
);
